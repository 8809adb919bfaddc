"""Counting working days between two dates, as the caseload and 今日到期 show them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.calendar_seed import package_days, package_years
from xinxiang_arbitration.clocks.due import working_days_left
from xinxiang_arbitration.errors import CalendarNotCovered

CAL = WorkCalendar(package_years(), {s.day: (s.is_workday, s.name) for s in package_days()})
D = dt.date


def test_national_day_week_and_its_make_up_saturday() -> None:
    # 2026: Oct 1–7 off; Sat Oct 10 is a make-up working day (国务院办公厅 2026 notice)
    assert CAL.workdays_between(D(2026, 9, 30), D(2026, 10, 9)) == 2  # Oct 8, Oct 9
    assert CAL.workdays_between(D(2026, 10, 9), D(2026, 10, 10)) == 1  # the make-up Saturday
    assert CAL.workdays_between(D(2026, 10, 9), D(2026, 10, 9)) == 0


def test_left_and_overdue_in_working_days() -> None:
    friday = D(2026, 11, 20)
    assert working_days_left(CAL, friday, friday) == 0
    assert working_days_left(CAL, friday, D(2026, 11, 23)) == 1  # Monday
    assert working_days_left(CAL, D(2026, 11, 23), D(2026, 11, 21)) == -1  # due Sat: 1 late
    assert working_days_left(CAL, D(2026, 11, 22), D(2026, 11, 21)) == -1  # never 0 when late
    assert working_days_left(CAL, friday, D(2027, 1, 5)) is None  # 2027 not in the calendar
    with pytest.raises(CalendarNotCovered):
        CAL.workdays_between(friday, D(2027, 1, 5))


@given(
    st.dates(min_value=D(2005, 1, 1), max_value=D(2026, 6, 30)),
    st.integers(min_value=1, max_value=120),
)
def test_counting_undoes_adding(start: dt.date, n: int) -> None:
    assert CAL.workdays_between(start, CAL.add_workdays(start, n)) == n
