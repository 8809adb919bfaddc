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

from sqlalchemy import ColumnElement, Select, and_, or_, select, union_all
from sqlalchemy.orm import Session

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.deadlines import (
    CLOCKS,
    EXCLUSION_KINDS,
    Deadline,
    ExcludedPeriod,
    Settings,
    compute,
)
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.errors import CalendarNotCovered
from xinxiang_arbitration.models import Case, CaseEvent, Staff, Suspension
from xinxiang_arbitration.models.joins import APPLICANT, RESPONDENT, with_people
from xinxiang_arbitration.storage.bulk import chunked
from xinxiang_arbitration.storage.db import Database

SOON_WORKING_DAYS = 3
BATCH = 5_000  # open cases read and judged at a time


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
    stmt = with_people(stmt).where(_open_on(as_of))
    if handler is not None:
        stmt = stmt.where(Staff.name == handler)
    return session.execute(stmt).all()


def _open_on(as_of: dt.date) -> ColumnElement[bool]:
    return and_(Case.received_on <= as_of, or_(Case.closed_on.is_(None), Case.closed_on > as_of))


# The clocks ``clocks_of`` can start, and the shortest of them in days.
RUNNING_CLOCKS = ("mediation", "acceptance", "award", "inspection_filing", "inspection_closure")
SHORTEST_CLOCK_DAYS = min(CLOCKS[code].length for code in RUNNING_CLOCKS)


def _may_be_overdue(as_of: dt.date) -> ColumnElement[bool]:
    """The open cases with a clock that can have passed by ``as_of`` (a superset, cheap in SQL).

    A clock of n days ends no earlier than n calendar days after its start: W(d, n) and
    C(d, n) are both at least d + n, and excluded days, an extension or a restart only
    move it later. Every clock starts on or after receipt (acceptance is never before
    receipt: the ``accepted_order`` check), so a case received in the last
    ``SHORTEST_CLOCK_DAYS`` days has nothing overdue. A refused arbitration or
    inspection case not accepted by ``as_of`` has no running clock at all.
    """
    return and_(
        _open_on(as_of),
        Case.received_on < as_of - dt.timedelta(days=SHORTEST_CLOCK_DAYS),
        or_(
            Case.refused.is_(False),
            Case.kind == CaseKind.MEDIATION,
            Case.accepted_on <= as_of,
        ),
    )


def suspensions_of(
    session: Session, case_ids: list[int] | Select[tuple[int]], as_of: dt.date
) -> dict[int, list[ExcludedPeriod]]:
    """中止 and 公告送达 begun by ``as_of``; a resumption after ``as_of`` has not happened yet."""
    found: dict[int, list[ExcludedPeriod]] = defaultdict(list)
    for batch in _id_batches(case_ids):
        for case_id, start, end, kind in session.execute(
            select(
                Suspension.case_id, Suspension.started_on, Suspension.ended_on, Suspension.kind
            ).where(Suspension.case_id.in_(batch), Suspension.started_on <= as_of)
        ):
            ended = end if end is not None and end <= as_of else None
            found[case_id].append(ExcludedPeriod(start, ended, EXCLUSION_KINDS.get(kind, kind)))
    return found


def _id_batches(
    case_ids: list[int] | Select[tuple[int]],
) -> Iterator[list[int] | Select[tuple[int]]]:
    """A list of ids in batches of 1 000, or a query of ids as it is."""
    if isinstance(case_ids, list):
        yield from chunked(case_ids, 1_000)
    else:
        yield case_ids


def restarts_of(
    session: Session, case_ids: list[int] | Select[tuple[int]], as_of: dt.date
) -> dict[int, dt.date]:
    """The latest restart of the award clock (the Rules Art. 46) on or before ``as_of``."""
    latest: dict[int, dt.date] = {}
    for batch in _id_batches(case_ids):
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


def _accepted_arbitration_open_on(as_of: dt.date) -> Select[tuple[int]]:
    """The arbitration cases accepted by ``as_of`` and open on it: the ones with an award clock.

    Two seeks on (kind, closed_on, accepted_on) that read nothing else (never closed, or
    closed after ``as_of``), so their suspensions and restarts come in one query each
    instead of one per thousand cases.
    """
    parts = (Case.closed_on.is_(None), Case.closed_on > as_of)
    ids = union_all(
        *(
            select(Case.id).where(Case.kind == CaseKind.ARBITRATION, Case.accepted_on <= as_of, p)
            for p in parts
        )
    ).subquery()
    return select(ids.c.id)


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
    suspensions, restarts = _exclusions(session, rows, as_of)
    memo: DeadlineMemo = {}
    for r in rows:
        exclusions = suspensions.get(r.id, [])
        for deadline in clocks_of(
            cal, r, as_of, settings, exclusions, restarts.get(r.id), memo=memo
        ):
            yield CaseClock(r.id, r.number, r.kind, r[7], r[8], r[9], deadline)


def _exclusions(
    session: Session, rows: Sequence[Any], as_of: dt.date
) -> tuple[dict[int, list[ExcludedPeriod]], dict[int, dt.date]]:
    """Suspensions and restarts of the rows' accepted arbitration cases."""
    arbitration = [r.id for r in rows if r.kind is CaseKind.ARBITRATION and _accepted(r, as_of)]
    return suspensions_of(session, arbitration, as_of), restarts_of(session, arbitration, as_of)


# Deadlines by (clock, start, extended) for one calendar and one set of clock settings.
DeadlineMemo = dict[tuple[str, dt.date, bool], Deadline]


def _deadline(
    cal: WorkCalendar,
    code: str,
    start: dt.date,
    settings: Settings | None,
    memo: DeadlineMemo | None,
    *,
    extended: bool = False,
    excluded: Sequence[ExcludedPeriod] = (),
    notes: tuple[str, ...] = (),
) -> Deadline:
    """``compute`` without explanations; with ``memo``, a clock that excludes nothing and
    carries no notes is computed once per (clock, start, extended): thousands of open
    cases share a few hundred start days, and a Deadline is immutable."""
    if memo is None or excluded or notes:
        return compute(
            cal,
            code,
            start,
            settings=settings,
            extended=extended,
            excluded=excluded,
            notes=notes,
            explain=False,
        )
    key = (code, start, extended)
    found = memo.get(key)
    if found is None:
        found = memo[key] = compute(
            cal, code, start, settings=settings, extended=extended, explain=False
        )
    return found


def clocks_of(
    cal: WorkCalendar,
    r: Any,
    as_of: dt.date,
    settings: Settings | None,
    suspensions: list[ExcludedPeriod],
    restarted_on: dt.date | None = None,
    *,
    memo: DeadlineMemo | None = None,
) -> Iterator[Deadline]:
    accepted = _accepted(r, as_of)
    if r.kind is CaseKind.MEDIATION:
        yield _deadline(cal, "mediation", r.received_on, settings, memo)
    elif r.kind is CaseKind.ARBITRATION:
        if not accepted and not r.refused:
            yield _deadline(cal, "acceptance", r.received_on, settings, memo)
        if accepted:
            start: dt.date = r.accepted_on
            notes: tuple[str, ...] = ()
            if restarted_on is not None and restarted_on > start:
                start, notes = restarted_on, ("自重新计算事由发生之日起算（办案规则第四十六条）",)
                # only what was excluded after the restart still counts
                suspensions = [p for p in suspensions if p.start >= start]
            yield _deadline(
                cal,
                "award",
                start,
                settings,
                memo,
                extended=r.extended,
                excluded=suspensions,
                notes=notes,
            )
    else:
        if not accepted and not r.refused:
            yield _deadline(cal, "inspection_filing", r.received_on, settings, memo)
        if accepted:
            yield _deadline(
                cal, "inspection_closure", r.accepted_on, settings, memo, extended=r.extended
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


@dataclass(frozen=True)
class OverdueCase:
    """An overdue clock with its case's kind and 承办人 (the monthly report's annex)."""

    item: OverdueItem
    kind: CaseKind
    handler: str | None


def overdue_cases(db: Database, as_of: dt.date) -> list[OverdueCase]:
    """``overdue_as_of`` with each case's kind and 承办人, in the same order."""
    with db.transaction(read_only=True) as session:
        cal = load_calendar(session)
        cal.check_year(as_of.year)
        settings = load_clock_settings(session)
        stmt = (
            select(
                Case.id,
                Case.number,
                Case.kind,
                Case.received_on,
                Case.accepted_on,
                Case.refused,
                Case.extended,
                Staff.name,
            )
            .outerjoin(Staff, Case.handler_id == Staff.id)
            .where(_may_be_overdue(as_of))
        )
        accepted = _accepted_arbitration_open_on(as_of)
        suspensions = suspensions_of(session, accepted, as_of)
        restarts = restarts_of(session, accepted, as_of)
        memo: DeadlineMemo = {}
        found = []
        # plain Core rows, a batch at a time: only the overdue clocks outlive their batch
        for rows in session.connection().execute(stmt).partitions(BATCH):
            for r in rows:
                exclusions = suspensions.get(r.id, [])
                restarted = restarts.get(r.id)
                for d in clocks_of(cal, r, as_of, settings, exclusions, restarted, memo=memo):
                    if d.due is not None and d.due < as_of:
                        item = OverdueItem(r.number, d.clock, d.due, (as_of - d.due).days)
                        found.append(OverdueCase(item, r.kind, r[7]))
    return sorted(found, key=lambda c: (c.item.due, c.item.case_number))


def overdue_as_of(db: Database, as_of: dt.date) -> list[OverdueItem]:
    """Every deadline passed on ``as_of`` whose awaited action had not happened, by due date."""
    return [c.item for c in overdue_cases(db, as_of)]


class Urgency(enum.StrEnum):
    OVERDUE = "overdue"  # 已逾期
    TODAY = "today"  # 今日到期
    SOON = "soon"  # 3 个工作日内到期


@dataclass(frozen=True)
class QueueItem:
    clock: CaseClock
    urgency: Urgency
    days_left: int  # calendar days; negative when overdue
    working_days_left: int | None  # as the caseload counts them; None: calendar lacks a year


def working_days_left(cal: WorkCalendar, today: dt.date, due: dt.date) -> int | None:
    """Working days from ``today`` to ``due`` (0: due today); negative when overdue, and at
    least one day overdue however many of the days since were days off. None when the
    calendar lacks a year in between."""
    try:
        if due >= today:
            return cal.workdays_between(today, due)
        return -max(1, cal.workdays_between(due, today))
    except CalendarNotCovered:
        return None


def due_queue(db: Database, today: dt.date, *, handler: str | None = None) -> list[QueueItem]:
    """The office's (or one person's) queue: overdue, due today, due within 3 working days."""
    with db.transaction(read_only=True) as session:
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
            items.append(
                QueueItem(c, urgency, (due - today).days, working_days_left(cal, today, due))
            )
    return sorted(items, key=lambda i: (i.clock.deadline.due, i.clock.case_number))
