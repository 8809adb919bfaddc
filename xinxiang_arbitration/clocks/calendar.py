"""Working days on the State Council's holiday calendar (make-up working days included).

``WorkCalendar`` is an immutable snapshot of the ``calendar_days`` table for
the years it covers; a question about any other year raises
``CalendarNotCovered``: nothing silently assumes Monday–Friday.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from xinxiang_arbitration.errors import CalendarNotCovered

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Holiday:
    day: dt.date
    name: str


class WorkCalendar:
    """Answers working-day questions for the covered years, in O(log n) each."""

    def __init__(self, years: Iterable[int], special: Mapping[dt.date, tuple[bool, str]]) -> None:
        self.years = frozenset(years)
        self._special = dict(special)
        self._days_off = sorted(
            (day, name) for day, (is_work, name) in self._special.items() if not is_work
        )
        self._days_off_index = [day for day, _ in self._days_off]
        self._workdays: list[dt.date] = []
        for year in sorted(self.years):
            day = dt.date(year, 1, 1)
            while day.year == year:
                if self._is_workday_unchecked(day):
                    self._workdays.append(day)
                day += ONE_DAY

    def _is_workday_unchecked(self, day: dt.date) -> bool:
        special = self._special.get(day)
        if special is not None:
            return special[0]
        return day.weekday() < 5

    def check_year(self, year: int) -> None:
        if year not in self.years:
            raise CalendarNotCovered(year)

    def covers(self, day: dt.date) -> bool:
        return day.year in self.years

    def is_workday(self, day: dt.date) -> bool:
        self.check_year(day.year)
        return self._is_workday_unchecked(day)

    def holiday_name(self, day: dt.date) -> str | None:
        special = self._special.get(day)
        return special[1] if special and not special[0] else None

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """W(start, n): the n-th working day after ``start`` (the start day never counts)."""
        if n < 1:
            raise ValueError("n must be at least 1")
        self.check_year(start.year)
        index = bisect.bisect_right(self._workdays, start) + n - 1
        if index >= len(self._workdays) or not self._contiguous(start, self._workdays[index]):
            self.check_year(self._first_uncovered_after(start))
        return self._workdays[index]

    def subtract_workdays(self, end: dt.date, n: int) -> dt.date:
        """The n-th working day before ``end`` (the end day never counts)."""
        if n < 1:
            raise ValueError("n must be at least 1")
        self.check_year(end.year)
        index = bisect.bisect_left(self._workdays, end) - n
        if index < 0 or not self._contiguous(self._workdays[index], end):
            year = end.year
            while year in self.years:
                year -= 1
            raise CalendarNotCovered(year)
        return self._workdays[index]

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """How many working days lie in (start, end]; 0 when ``end`` is not after ``start``."""
        if end <= start:
            return 0
        self.check_year(start.year)
        self.check_year(end.year)
        if not self._contiguous(start, end):
            self.check_year(self._first_uncovered_after(start))
        return bisect.bisect_right(self._workdays, end) - bisect.bisect_right(self._workdays, start)

    def roll_back(self, day: dt.date) -> dt.date:
        """``day`` if it is a working day, else the working day before it."""
        if self.is_workday(day):
            return day
        return self.subtract_workdays(day, 1)

    def roll_forward(self, day: dt.date) -> dt.date:
        """``day`` if it is a working day, else the next working day."""
        self.check_year(day.year)
        index = bisect.bisect_left(self._workdays, day)
        if index >= len(self._workdays) or not self._contiguous(day, self._workdays[index]):
            self.check_year(self._first_uncovered_after(day))
        return self._workdays[index]

    def add_calendar_days(self, start: dt.date, n: int) -> dt.date:
        """C(start, n): start + n calendar days, moved to the next working day if need be."""
        return self.roll_forward(start + dt.timedelta(days=n))

    def holidays_between(self, first: dt.date, last: dt.date) -> list[Holiday]:
        """Named days off in [first, last] (for explaining a deadline)."""
        lo = bisect.bisect_left(self._days_off_index, first)
        hi = bisect.bisect_right(self._days_off_index, last)
        return [Holiday(day, name) for day, name in self._days_off[lo:hi]]

    def _contiguous(self, start: dt.date, end: dt.date) -> bool:
        """Every year from start's to end's is covered (no gap in the table)."""
        return all(y in self.years for y in range(start.year, end.year + 1))

    def _first_uncovered_after(self, day: dt.date) -> int:
        year = day.year
        while year in self.years:
            year += 1
        return year

    @property
    def last_covered_day(self) -> dt.date | None:
        return dt.date(max(self.years), 12, 31) if self.years else None
