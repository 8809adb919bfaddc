"""What is due: every running clock of every open case, as things stood on a day.

The clocks and what each waits for are the contract of ledger-format.md
(``overdue``). Everything is judged as of the given day: an event dated later
has not happened yet, so the same code answers "what was overdue on 30 June".
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from xinxiang_arbitration.bulk import chunked
from xinxiang_arbitration.calendar import WorkCalendar
from xinxiang_arbitration.db import Database
from xinxiang_arbitration.deadlines import Deadline, ExcludedPeriod, Settings, compute
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.models import Case, CaseEvent, Staff, Suspension
from xinxiang_arbitration.services.calendar_service import load_calendar, load_clock_settings
from xinxiang_arbitration.services.case_joins import APPLICANT, RESPONDENT, with_people
from xinxiang_arbitration.services.case_life import EXCLUSION_KINDS

SOON_WORKING_DAYS = 3


@dataclass(frozen=True)
class CaseClock:
    case_id: int
    case_number: str
    kind: CaseKind
    handler: str | None
    applicant: str
    respondent: str
    deadline: Deadline


def _open_cases(session: Session, as_of: dt.date, handler: str | None) -> Sequence[Any]:
    stmt = select(
        Case.id,
        Case.number,
        Case.kind,
        Case.received_on,
        Case.accepted_on,
        Case.refused,
        Case.extended,
        Staff.name,
        APPLICANT.name,
        RESPONDENT.name,
    )
    still_open = or_(Case.closed_on.is_(None), Case.closed_on > as_of)
    stmt = with_people(stmt).where(Case.received_on <= as_of, still_open)
    if handler is not None:
        stmt = stmt.where(Staff.name == handler)
    return session.execute(stmt).all()


def _suspensions(
    session: Session, case_ids: list[int], as_of: dt.date
) -> dict[int, list[ExcludedPeriod]]:
    """中止 and 公告送达 begun by ``as_of``; a resumption after ``as_of`` has not happened yet."""
    found: dict[int, list[ExcludedPeriod]] = defaultdict(list)
    for batch in chunked(case_ids, 1_000):
        for case_id, start, end, kind in session.execute(
            select(
                Suspension.case_id, Suspension.started_on, Suspension.ended_on, Suspension.kind
            ).where(Suspension.case_id.in_(batch), Suspension.started_on <= as_of)
        ):
            ended = end if end is not None and end <= as_of else None
            found[case_id].append(ExcludedPeriod(start, ended, EXCLUSION_KINDS.get(kind, kind)))
    return found


def _restarts(session: Session, case_ids: list[int], as_of: dt.date) -> dict[int, dt.date]:
    """The latest restart of the award clock (the Rules Art. 46) on or before ``as_of``."""
    latest: dict[int, dt.date] = {}
    for batch in chunked(case_ids, 1_000):
        for case_id, on in session.execute(
            select(CaseEvent.case_id, CaseEvent.occurred_on).where(
                CaseEvent.case_id.in_(batch),
                CaseEvent.action == "clock_restart",
                CaseEvent.occurred_on <= as_of,
            )
        ):
            if on is not None and on > latest.get(case_id, dt.date.min):
                latest[case_id] = on
    return latest


def _accepted(row: Any, as_of: dt.date) -> bool:
    return bool(row.accepted_on is not None and row.accepted_on <= as_of)


def running_clocks(
    session: Session,
    cal: WorkCalendar,
    as_of: dt.date,
    settings: Settings | None = None,
    *,
    handler: str | None = None,
) -> Iterator[CaseClock]:
    """Each clock that was running on ``as_of`` (its awaited event had not happened)."""
    rows = _open_cases(session, as_of, handler)
    arbitration = [r.id for r in rows if r.kind is CaseKind.ARBITRATION and _accepted(r, as_of)]
    suspensions = _suspensions(session, arbitration, as_of)
    restarts = _restarts(session, arbitration, as_of)
    for r in rows:
        exclusions = suspensions.get(r.id, [])
        for deadline in _clocks_of(cal, r, as_of, settings, exclusions, restarts.get(r.id)):
            yield CaseClock(r.id, r.number, r.kind, r[7], r[8], r[9], deadline)


def _clocks_of(
    cal: WorkCalendar,
    r: Any,
    as_of: dt.date,
    settings: Settings | None,
    suspensions: list[ExcludedPeriod],
    restarted_on: dt.date | None = None,
) -> Iterator[Deadline]:
    accepted = _accepted(r, as_of)
    if r.kind is CaseKind.MEDIATION:
        yield compute(cal, "mediation", r.received_on, settings=settings, explain=False)
    elif r.kind is CaseKind.ARBITRATION:
        if not accepted and not r.refused:
            yield compute(cal, "acceptance", r.received_on, settings=settings, explain=False)
        if accepted:
            start: dt.date = r.accepted_on
            notes: tuple[str, ...] = ()
            if restarted_on is not None and restarted_on > start:
                start, notes = restarted_on, ("自重新计算事由发生之日起算（办案规则第四十六条）",)
                # only what was excluded after the restart still counts
                suspensions = [p for p in suspensions if p.start >= start]
            yield compute(
                cal,
                "award",
                start,
                settings=settings,
                extended=r.extended,
                excluded=suspensions,
                notes=notes,
                explain=False,
            )
    else:
        if not accepted and not r.refused:
            yield compute(cal, "inspection_filing", r.received_on, settings=settings, explain=False)
        if accepted:
            yield compute(
                cal,
                "inspection_closure",
                r.accepted_on,
                settings=settings,
                extended=r.extended,
                explain=False,
            )


@dataclass(frozen=True)
class OverdueItem:
    case_number: str
    clock: str
    due: dt.date
    days_overdue: int

    def as_json(self) -> dict[str, Any]:
        return {
            "case_number": self.case_number,
            "clock": self.clock,
            "due": self.due.isoformat(),
            "days_overdue": self.days_overdue,
        }


def overdue_as_of(db: Database, as_of: dt.date) -> list[OverdueItem]:
    """Every deadline passed on ``as_of`` whose awaited action had not happened, by due date."""
    with db.transaction() as session:
        cal = load_calendar(session)
        cal.check_year(as_of.year)
        settings = load_clock_settings(session)
        items = [
            OverdueItem(
                c.case_number, c.deadline.clock, c.deadline.due, (as_of - c.deadline.due).days
            )
            for c in running_clocks(session, cal, as_of, settings)
            if c.deadline.due is not None and c.deadline.due < as_of
        ]
    return sorted(items, key=lambda i: (i.due, i.case_number))


class Urgency(enum.StrEnum):
    OVERDUE = "overdue"  # 已逾期
    TODAY = "today"  # 今日到期
    SOON = "soon"  # 3 个工作日内到期


@dataclass(frozen=True)
class QueueItem:
    clock: CaseClock
    urgency: Urgency
    days_left: int  # calendar days; negative when overdue


def due_queue(db: Database, today: dt.date, *, handler: str | None = None) -> list[QueueItem]:
    """The office's (or one person's) queue: overdue, due today, due within 3 working days."""
    with db.transaction() as session:
        cal = load_calendar(session)
        horizon = cal.add_workdays(today, SOON_WORKING_DAYS)
        settings = load_clock_settings(session)
        items: list[QueueItem] = []
        for c in running_clocks(session, cal, today, settings, handler=handler):
            due = c.deadline.due
            if due is None or due > horizon:
                continue
            urgency = (
                Urgency.OVERDUE if due < today else Urgency.TODAY if due == today else Urgency.SOON
            )
            items.append(QueueItem(c, urgency, (due - today).days))
    return sorted(items, key=lambda i: (i.clock.deadline.due, i.clock.case_number))
