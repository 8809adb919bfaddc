"""What became of a case after its receipt: acceptance or refusal, closure, suspension.

Working days come from the office's holiday calendar (``WorkCalendar``). The demo's
cases are received in years it covers; a closure that would fall past its last year
is past the anchor, which is all that matters then.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, partial
from typing import NamedTuple

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.demo.shapes import (
    ACCEPT_WORKDAYS,
    ANCHOR,
    ARBITRATION,
    CALENDAR_OFFSET_SHARE,
    EXTENDED_SHARE,
    HOLIDAY_DUTY_SHARE,
    INSPECTION,
    LATE_SHARE,
    MEDIATION,
    ONE_DAY,
    OPEN_SUSPENSION_SHARE,
    OVERDUE_SHARE,
    SHAPES,
    SUSPENDED_SHARE,
    UNDECIDED_SHARE,
    long_breaks,
)
from xinxiang_arbitration.demo.weighted import Rand, between
from xinxiang_arbitration.domain import CaseStatus
from xinxiang_arbitration.errors import CalendarNotCovered

AFTER_ANCHOR = ANCHOR + ONE_DAY
DAYS = tuple(dt.timedelta(days=n) for n in range(400))  # cheaper than a new timedelta
Suspension = tuple[dt.date, dt.date | None]  # started, ended
# plain codes: enum attribute access is slow in the case loop
CLOSED, REFUSED, SUSPENDED = (
    CaseStatus.CLOSED.value,
    CaseStatus.REFUSED.value,
    CaseStatus.SUSPENDED.value,
)
ACCEPTED, RECEIVED = CaseStatus.ACCEPTED.value, CaseStatus.RECEIVED.value


class Course(NamedTuple):
    """What became of a case after its receipt."""

    accepted: dt.date | None = None
    refused: bool = False
    extended: bool = False
    closed: dt.date | None = None
    mode: str | None = None
    suspension: Suspension | None = None

    @property
    def status(self) -> str:
        if self.closed is not None:
            return CLOSED
        if self.refused:
            return REFUSED
        if self.suspension is not None and self.suspension[1] is None:
            return SUSPENDED
        if self.accepted is not None:
            return ACCEPTED
        return RECEIVED

    def last_day(self, received: dt.date) -> dt.date:
        last = self.closed or self.accepted or received
        if self.suspension is not None:
            last = max(last, self.suspension[1] or self.suspension[0])
        return last


NOT_DECIDED_YET = Course()  # shared: a Course never changes
REFUSED_CASE = Course(refused=True)


def add_workdays(calendar: WorkCalendar, day: dt.date, n: int) -> dt.date:
    """The n-th working day after ``day`` (``day`` itself for n = 0).

    Past the calendar's last year only "after the anchor" matters, so the first day
    of the missing year stands in for the answer.
    """
    if n == 0:
        return day
    try:
        return calendar.add_workdays(day, n)
    except CalendarNotCovered as missing:
        return dt.date(missing.year, 1, 1)


def roll_forward(calendar: WorkCalendar, day: dt.date) -> dt.date:
    """``day``, or the next working day (see ``add_workdays`` past the calendar)."""
    try:
        return calendar.roll_forward(day)
    except CalendarNotCovered as missing:
        return dt.date(missing.year, 1, 1)


class Courses:
    """Decides the course of each case, drawing from ``rand`` in a fixed order."""

    def __init__(self, rand: Rand, calendar: WorkCalendar) -> None:
        self.rand = rand
        self.breaks = long_breaks(calendar)
        # few distinct questions, asked a million times
        self.add_workdays = cache(partial(add_workdays, calendar))
        self.roll_forward = cache(partial(roll_forward, calendar))
        self.closures = [shape.closures.map(lambda c: (c[0].value, c[1], c[2])) for shape in SHAPES]

    def decided(self, k: int, received: dt.date) -> dt.date:
        """Acceptance or refusal (受理; 立案 for inspection): the Law Art. 29, 5 working days."""
        rand = self.rand
        holiday = self.breaks.get(received)
        if k == MEDIATION:
            decided = self.add_workdays(received, 0 if rand() < 0.6 else between(rand, 1, 2))
        elif holiday and rand() < HOLIDAY_DUTY_SHARE:
            decided = holiday + DAYS[between(rand, 0, 2)]
        elif rand() < CALENDAR_OFFSET_SHARE:
            decided = received + DAYS[between(rand, 0, 7)]
        else:
            decided = self.add_workdays(received, ACCEPT_WORKDAYS.pick(rand))
        if k != MEDIATION and rand() < UNDECIDED_SHARE:
            return AFTER_ANCHOR
        return decided

    def __call__(self, k: int, received: dt.date) -> Course:
        """What became of a case of kind index ``k`` received on that day."""
        rand = self.rand
        accepted = self.decided(k, received)
        if accepted > ANCHOR:
            return NOT_DECIDED_YET
        if rand() < SHAPES[k].refused:
            return REFUSED_CASE
        extended = k != MEDIATION and rand() < EXTENDED_SHARE
        mode, plain, longer = self.closures[k].pick(rand)
        length = between(rand, *(longer if extended else plain))
        if rand() < LATE_SHARE:
            length += between(rand, 1, 60)
        if k == INSPECTION:  # 条例 Art. 17: working days
            close_at = self.add_workdays(accepted, length)
        else:
            close_at = self.roll_forward(accepted + DAYS[length])
        suspension: Suspension | None = None
        if k == ARBITRATION and rand() < SUSPENDED_SHARE:
            start = accepted + DAYS[between(rand, 3, 30)]
            if start <= ANCHOR:
                pause = DAYS[between(rand, 10, 120)]
                # suspended days do not count (the Rules Art. 46)
                later = max(close_at + pause, start + pause + DAYS[between(rand, 1, 20)])
                close_at = self.roll_forward(later)
                suspension = (start, start + pause)
        stuck = rand() < OVERDUE_SHARE
        if stuck or close_at > ANCHOR:
            if suspension is not None:
                start, end = suspension
                resumed = end is not None and end <= ANCHOR
                resumed = resumed and rand() >= OPEN_SUSPENSION_SHARE[stuck]
                suspension = (start, end if resumed else None)
            return Course(accepted, False, extended, None, None, suspension)
        return Course(accepted, False, extended, close_at, mode, suspension)
