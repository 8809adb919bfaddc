"""A case's clocks as the case view shows them: every running and finished clock with
its due date, the working days left and its explanation.

The clocks come from ``clocks.due.clocks_of`` (the same code that fills the office's
queue) and ``deadlines.latest_notice_date`` for each scheduled hearing's notice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.case_detail.lines import ClockLine, EventLine
from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.deadlines import Deadline, Settings, latest_notice_date
from xinxiang_arbitration.clocks.due import clocks_of, restarts_of, suspensions_of
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.errors import CalendarNotCovered
from xinxiang_arbitration.models import Case, Hearing


def hearing_rows(session: Session, case_id: int) -> list[Hearing]:
    return list(
        session.scalars(
            select(Hearing)
            .where(Hearing.case_id == case_id)
            .order_by(Hearing.held_on, Hearing.starts_at, Hearing.id)
        )
    )


# --- clocks --------------------------------------------------------------------------------

# What each clock waits for, read off the case once it has happened.
_FIRST_CLOCK = {CaseKind.ARBITRATION: "acceptance", CaseKind.INSPECTION: "inspection_filing"}


def clock_lines(
    session: Session, case: Case, as_of: dt.date, events: tuple[EventLine, ...]
) -> Iterator[ClockLine]:
    cal, settings = load_calendar(session), load_clock_settings(session)
    closed = case.closed_on is not None and case.closed_on <= as_of
    suspensions = suspensions_of(session, [case.id], as_of).get(case.id, [])
    restarted = restarts_of(session, [case.id], as_of).get(case.id)
    found = {d.clock: d for d in clocks_of(cal, case, as_of, settings, suspensions, restarted)}
    decided = _decided_on(case, events, as_of)
    first = _FIRST_CLOCK.get(case.kind)
    if first is not None and first not in found and decided is not None:
        # accepted or refused: the acceptance clock is over, still worth showing how it went
        found = {first: _first_clock(cal, settings, case, first), **found}
    for code, d in found.items():
        done_on = decided if code == first else (case.closed_on if closed else None)
        yield _line(cal, d, as_of, done_on=done_on)
    for h in hearing_rows(session, case.id):
        if h.status != "scheduled":
            continue
        notice = latest_notice_date(cal, h.held_on, settings=settings)
        notice = dataclasses.replace(notice, name=f"{notice.name}（{h.held_on.isoformat()} 开庭）")
        yield _line(cal, notice, as_of, done_on=h.notice_served_on, open_case=not closed)


def _first_clock(cal: WorkCalendar, settings: Settings, case: Case, code: str) -> Deadline:
    # an empty run of ``clocks_of`` as of the receipt day: the clock it yields is this one
    as_received = dataclasses.replace(_Row.of(case), accepted_on=None, refused=False)
    for d in clocks_of(cal, as_received, case.received_on, settings, []):
        if d.clock == code:
            return d
    raise AssertionError(code)  # pragma: no cover - clocks_of always starts with it


@dataclass(frozen=True)
class _Row:
    """The columns ``clocks_of`` reads, as the caseload query hands them over."""

    kind: CaseKind
    received_on: dt.date
    accepted_on: dt.date | None
    refused: bool
    extended: bool

    @classmethod
    def of(cls, case: Case) -> _Row:
        return cls(case.kind, case.received_on, case.accepted_on, case.refused, case.extended)


def _decided_on(case: Case, events: tuple[EventLine, ...], as_of: dt.date) -> dt.date | None:
    """受理 (立案) or 不予受理: the day the first clock stopped waiting."""
    if case.accepted_on is not None and case.accepted_on <= as_of:
        return case.accepted_on
    if case.refused:
        refusals = [e.occurred_on for e in events if e.action == "refuse" and e.occurred_on]
        return refusals[-1] if refusals else case.received_on
    return None


def _line(
    cal: WorkCalendar,
    d: Deadline,
    as_of: dt.date,
    *,
    done_on: dt.date | None,
    open_case: bool = True,
) -> ClockLine:
    running = open_case and done_on is None and not d.stopped
    if d.due is not None and not d.holidays and not d.backward:
        d = dataclasses.replace(d, holidays=tuple(_holidays(cal, d.start, d.due)))
    days = working = None
    if running and d.due is not None:
        days = (d.due - as_of).days
        working = _working_days_between(cal, as_of, d.due)
    return ClockLine(
        code=d.clock,
        name=d.name,
        due=d.due,
        running=running,
        stopped=d.stopped,
        done_on=done_on,
        days_left=days,
        working_days_left=working,
        article=d.article,
        explanation=d.explain(),
    )


def _holidays(cal: WorkCalendar, start: dt.date, due: dt.date) -> list[Any]:
    # ``clocks_of`` computes without the list of holidays passed (lists of thousands need
    # only dates); one case's explanation wants it, as ``deadlines.compute`` would give it
    try:
        return cal.holidays_between(start + dt.timedelta(days=1), due)
    except CalendarNotCovered:
        return []


def _working_days_between(cal: WorkCalendar, today: dt.date, due: dt.date) -> int | None:
    """Working days after ``today`` up to ``due`` (negative: after ``due`` up to today)."""
    first, last, sign = (today, due, 1) if due >= today else (due, today, -1)
    count, day = 0, first
    try:
        while day < last:
            day += dt.timedelta(days=1)
            count += cal.is_workday(day)
    except CalendarNotCovered:
        return None
    return sign * count
