"""The calendar and the clock rules as the database holds them, read for computing.

The holiday table (``calendar_days``, ``calendar_years``) and the counting rule of
each clock (``clock_settings``) are data an administrator keeps (``admin.holidays``);
everything that computes a deadline reads them through these two functions.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.deadlines import Rule, Settings
from xinxiang_arbitration.models import CalendarDay, CalendarYear, ClockSetting


def load_calendar(session: Session) -> WorkCalendar:
    years = session.scalars(select(CalendarYear.year)).all()
    special = {
        day: (is_work, name)
        for day, is_work, name in session.execute(
            select(CalendarDay.day, CalendarDay.is_workday, CalendarDay.name)
        )
    }
    return WorkCalendar(years, special)


def load_clock_settings(session: Session) -> Settings:
    return {
        code: Rule(rule)
        for code, rule in session.execute(select(ClockSetting.code, ClockSetting.rule))
    }
