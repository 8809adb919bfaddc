"""The week of hearings with the parties' names, the rooms used, and the notice clock."""

from __future__ import annotations

import datetime as dt

from tests.doc_cases import make_doc_cases
from xinxiang_arbitration import proceedings as pr
from xinxiang_arbitration.clocks.deadlines import latest_notice_date
from xinxiang_arbitration.clocks.store import load_calendar
from xinxiang_arbitration.proceedings.hearing_week import (
    monday_of,
    notice_clock,
    rooms_used,
    week_hearings,
)
from xinxiang_arbitration.storage.db import Database

D = dt.date


def test_monday_of() -> None:
    assert monday_of(D(2026, 12, 3)) == D(2026, 11, 30)  # a Thursday
    assert monday_of(D(2026, 11, 30)) == D(2026, 11, 30)
    assert monday_of(D(2026, 12, 6)) == D(2026, 11, 30)  # a Sunday belongs to the week before


def test_a_week_lists_its_hearings_with_both_parties(db: Database) -> None:
    cases = make_doc_cases(db)  # one hearing: 2026-12-03 09:30–11:00, 第一仲裁庭
    (card,) = week_hearings(db, D(2026, 11, 30))
    assert card.hearing.case_number == cases.arbitration
    assert (card.hearing.held_on, card.hearing.room) == (D(2026, 12, 3), "第一仲裁庭")
    assert (card.applicant, card.respondent) == ("张伟", "新乡市红旗机械有限公司")
    assert week_hearings(db, D(2026, 11, 23)) == []
    assert week_hearings(db, D(2026, 12, 7)) == []


def test_rooms_used_most_used_first(db: Database) -> None:
    cases = make_doc_cases(db)
    assert rooms_used(db) == ["第一仲裁庭"]
    for day in (D(2026, 12, 7), D(2026, 12, 8)):
        pr.schedule_hearing(
            db,
            cases.arbitration,
            on=day,
            starts_at=dt.time(9, 0),
            ends_at=dt.time(10, 0),
            room="第二仲裁庭",
            actor="王芳",
            today=D(2026, 11, 20),
        )
    assert rooms_used(db) == ["第二仲裁庭", "第一仲裁庭"]


def test_the_notice_clock_agrees_with_schedule_hearing(db: Database) -> None:
    """The Law Art. 35: the parties are notified at least 5 (working) days before."""
    cases = make_doc_cases(db)
    clock = notice_clock(db)
    hearing_on = D(2026, 12, 10)
    with db.transaction() as session:
        expected = latest_notice_date(load_calendar(session), hearing_on)
    assert clock.latest_notice(hearing_on).due == expected.due == D(2026, 12, 3)
    assert not clock.too_late(hearing_on, D(2026, 12, 3))
    assert clock.too_late(hearing_on, D(2026, 12, 4))
    late = pr.schedule_hearing(
        db,
        cases.arbitration,
        on=hearing_on,
        starts_at=dt.time(14, 0),
        ends_at=dt.time(15, 0),
        room="第一仲裁庭",
        actor="王芳",
        today=D(2026, 12, 4),
    )
    assert late.notice_latest == D(2026, 12, 3) and late.warnings


def test_a_year_the_calendar_lacks_gives_no_date(db: Database) -> None:
    notice = notice_clock(db).latest_notice(D(2030, 3, 4))
    assert notice.due is None and notice.missing_year == 2030
