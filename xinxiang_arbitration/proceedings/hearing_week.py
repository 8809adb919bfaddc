"""The office's week of hearings (开庭周历) and what a hearing form needs.

The hearings come from ``proceedings.hearings.hearings_between``; this module adds the
parties' names for the cards, the rooms used before, and the notice clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.deadlines import Deadline, Settings, latest_notice_date
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.models import Case, Hearing, Party
from xinxiang_arbitration.proceedings.hearings import HearingRow, hearings_between
from xinxiang_arbitration.storage.db import Database

WEEK = dt.timedelta(days=7)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekHearing:
    """One hearing as a card shows it: the row and both parties' names."""

    hearing: HearingRow
    applicant: str
    respondent: str


def week_hearings(db: Database, monday: dt.date) -> list[WeekHearing]:
    """The hearings of the week starting ``monday`` (Monday to Sunday), by date and time."""
    rows = hearings_between(db, monday, monday + WEEK - dt.timedelta(days=1))
    if not rows:
        return []
    applicant, respondent = aliased(Party), aliased(Party)
    with db.transaction(read_only=True) as session:
        names = {
            number: (a, r)
            for number, a, r in session.execute(
                select(Case.number, applicant.name, respondent.name)
                .join(applicant, applicant.id == Case.applicant_id)
                .join(respondent, respondent.id == Case.respondent_id)
                .where(Case.number.in_({row.case_number for row in rows}))
            )
        }
    return [WeekHearing(row, *names.get(row.case_number, ("", ""))) for row in rows]


def rooms_used(db: Database) -> list[str]:
    """Rooms (仲裁庭) hearings were held in, the most used first."""
    with db.transaction(read_only=True) as session:
        uses = func.count(Hearing.id)
        return list(
            session.scalars(
                select(Hearing.room).group_by(Hearing.room).order_by(uses.desc(), Hearing.room)
            )
        )


@dataclass(frozen=True)
class NoticeClock:
    """The calendar and clock settings, loaded once, to show the notice date as a date is
    picked (开庭通知最迟送达日, the Law Art. 35)."""

    calendar: WorkCalendar
    settings: Settings

    def latest_notice(self, hearing_on: dt.date) -> Deadline:
        return latest_notice_date(self.calendar, hearing_on, settings=self.settings)

    def too_late(self, hearing_on: dt.date, today: dt.date) -> bool:
        """True when the notice can no longer be served in time (today is after the last day)."""
        due = self.latest_notice(hearing_on).due
        return due is not None and today > due


def notice_clock(db: Database) -> NoticeClock:
    with db.transaction(read_only=True) as session:
        return NoticeClock(load_calendar(session), dict(load_clock_settings(session)))
