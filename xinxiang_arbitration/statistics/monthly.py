"""The figures of the monthly closure report (月度结案统计表, shared/domain/statistics.md).

Everything is counted in SQL with range conditions on the indexed (kind, accepted_on)
and (kind, closed_on) columns, grouped where a breakdown is asked for; no query
loads the cases one by one. The result is plain values, ready for PDF or XLSX.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from xinxiang_arbitration.clocks.deadlines import CLOCKS
from xinxiang_arbitration.clocks.due import overdue_cases
from xinxiang_arbitration.domain import CLOSURE_MODES_BY_KIND, CaseKind, ClosureMode
from xinxiang_arbitration.errors import CalendarNotCovered
from xinxiang_arbitration.models import AppMeta, Case, Staff
from xinxiang_arbitration.statistics.breakdowns import share
from xinxiang_arbitration.statistics.indicators import (
    FORMULAS,
    Indicator,
    Period,
    count_indicators,
    month_period,
)
from xinxiang_arbitration.statistics.month_close import closed_month
from xinxiang_arbitration.storage.db import Database

DEFAULT_OFFICE_NAME = "新乡市劳动人事争议仲裁委员会"
UNASSIGNED = "未分配"
ARBITRATION = CaseKind.ARBITRATION
_CASELOAD_TERMS = ("opening", "accepted", "closed", "closing")


@dataclass(frozen=True)
class Caseload:
    """Arbitration caseload movement: 上期未结 + 本期受理 − 本期结案 = 期末未结."""

    opening: int  # 上期未结: accepted before the month, still open at its start
    accepted: int  # 本期受理
    closed: int  # 本期结案
    closing: int  # 期末未结: accepted by the month's end, still open at its end

    @property
    def expected_closing(self) -> int:
        return self.opening + self.accepted - self.closed

    @property
    def balanced(self) -> bool:
        """Each term is counted on its own, so a case closed before it was accepted shows."""
        return self.expected_closing == self.closing


@dataclass(frozen=True)
class ModeCount:
    """One closure mode (结案方式) of the arbitration cases closed in the month."""

    mode: ClosureMode
    label: str
    count: int
    share: Decimal | None  # percent, one decimal, half-up; None when nothing was closed


@dataclass(frozen=True)
class PersonRow:
    """承办人 and the arbitration cases in his or her hands."""

    name: str
    accepted: int
    closed: int
    open_at_end: int
    overdue_at_end: int | None  # None when the holiday calendar does not cover the year


@dataclass(frozen=True)
class OverdueRow:
    case_number: str
    kind: str  # 仲裁 / 调解 / 监察
    clock: str  # the clock's Chinese name, e.g. 仲裁审理期限
    due: dt.date
    days_overdue: int
    handler: str


@dataclass(frozen=True)
class MonthClosedNote:
    """A closed month shows its frozen indicators; this says so, and what has changed since."""

    closed_by: str
    closed_at: dt.datetime
    changed_cases: tuple[str, ...]  # cases that entered or left a figure after the close
    current: tuple[Indicator, ...]  # what today's data would give


@dataclass(frozen=True)
class MonthlyFigures:
    month: str  # YYYY-MM
    start: dt.date
    end: dt.date
    office_name: str
    database: str
    generated_at: dt.datetime  # timezone-aware
    indicators_month: tuple[Indicator, ...]
    indicators_ytd: tuple[Indicator, ...]  # 1 January to the month's end
    caseload: Caseload
    closure_modes: tuple[ModeCount, ...]
    by_person: tuple[PersonRow, ...]
    overdue: tuple[OverdueRow, ...]
    overdue_note: str | None  # why there is no overdue list, when there is none
    closed: MonthClosedNote | None = None  # set when a supervisor has closed the month

    @property
    def balanced(self) -> bool:
        return self.caseload.balanced

    @property
    def label(self) -> str:
        return f"{self.start.year}年{self.start.month}月"

    @property
    def ytd_start(self) -> dt.date:
        return self.start.replace(month=1)


Parts = tuple[ColumnElement[bool], ...]


def _arbitration_conditions(start: dt.date, end: dt.date) -> dict[str, Parts]:
    """Each term as disjoint parts whose counts add up to it.

    "Still open at a day" is "never closed" or "closed after it": two index seeks on
    (kind, closed_on, accepted_on), where the ``OR`` of the two walks every acceptance.
    """
    arb, not_refused = Case.kind == ARBITRATION, Case.refused.is_(False)
    return {
        "opening": (
            and_(arb, not_refused, Case.accepted_on < start, Case.closed_on.is_(None)),
            and_(arb, not_refused, Case.accepted_on < start, Case.closed_on >= start),
        ),
        "accepted": (and_(arb, not_refused, Case.accepted_on >= start, Case.accepted_on <= end),),
        "closed": (
            and_(
                arb,
                not_refused,
                Case.accepted_on.is_not(None),
                Case.closed_on >= start,
                Case.closed_on <= end,
            ),
        ),
        "closing": (
            and_(arb, not_refused, Case.accepted_on <= end, Case.closed_on.is_(None)),
            and_(arb, not_refused, Case.accepted_on <= end, Case.closed_on > end),
        ),
    }


def _count(session: Session, parts: Parts) -> int:
    return sum(
        int(session.scalar(select(func.count()).select_from(Case).where(part)) or 0)
        for part in parts
    )


def _by_handler(session: Session, parts: Parts) -> dict[str | None, int]:
    """Counts by Staff.name (None: no 承办人), the parts' groups added up."""
    counts: dict[str | None, int] = {}
    for part in parts:
        stmt = (
            select(Staff.name, func.count())
            .select_from(Case)
            .outerjoin(Staff, Case.handler_id == Staff.id)
            .where(part)
            .group_by(Staff.name)
        )
        for name, n in session.execute(stmt):
            counts[name] = counts.get(name, 0) + int(n)
    return counts


def _named(counts: dict[str | None, int]) -> dict[str, int]:
    return {name or UNASSIGNED: n for name, n in counts.items()}


def _closure_modes(session: Session, parts: Parts) -> tuple[ModeCount, ...]:
    counts: dict[ClosureMode | None, int] = {}
    for part in parts:
        stmt = select(Case.closure_mode, func.count()).where(part).group_by(Case.closure_mode)
        for mode, n in session.execute(stmt):
            counts[mode] = counts.get(mode, 0) + int(n)
    total = sum(counts.values())
    return tuple(
        ModeCount(mode, mode.label, counts.get(mode, 0), share(counts.get(mode, 0), total))
        for mode in CLOSURE_MODES_BY_KIND[ARBITRATION]
    )


def _office_name(session: Session) -> str:
    row = session.get(AppMeta, "office_name")
    return row.value.strip() if row is not None and row.value.strip() else DEFAULT_OFFICE_NAME


def _overdue(db: Database, end: dt.date) -> tuple[tuple[OverdueRow, ...], str | None]:
    try:
        found = overdue_cases(db, end)
    except CalendarNotCovered as exc:
        return (), f"未列出逾期案件：{exc.message}"
    rows = []
    for c in found:
        i = c.item
        name = CLOCKS[i.clock].name if i.clock in CLOCKS else i.clock
        handler = c.handler or UNASSIGNED
        rows.append(OverdueRow(i.case_number, c.kind.label, name, i.due, i.days_overdue, handler))
    return tuple(rows), None


def _people(
    counts: dict[str, dict[str, int]], overdue: tuple[OverdueRow, ...], covered: bool
) -> tuple[PersonRow, ...]:
    late: dict[str, set[str]] = {}
    for r in overdue:
        if r.kind == ARBITRATION.label:
            late.setdefault(r.handler, set()).add(r.case_number)
    names = set(late).union(*(c.keys() for c in counts.values()))
    ordered = sorted(names - {UNASSIGNED}) + ([UNASSIGNED] if UNASSIGNED in names else [])
    return tuple(
        PersonRow(
            name,
            counts["accepted"].get(name, 0),
            counts["closed"].get(name, 0),
            counts["closing"].get(name, 0),
            len(late.get(name, ())) if covered else None,
        )
        for name in ordered
    )


def monthly_figures(db: Database, month: str, *, now: dt.datetime | None = None) -> MonthlyFigures:
    """All the figures of the report for ``month`` (``YYYY-MM``)."""
    period = month_period(month)
    start, end = period.start, period.end
    generated_at = now or dt.datetime.now(dt.UTC)
    month_indicators = tuple(count_indicators(db, Period(start, end)))
    ytd_indicators = tuple(count_indicators(db, Period(start.replace(month=1), end)))
    conditions = _arbitration_conditions(start, end)
    with db.transaction() as session:
        office = _office_name(session)
        handlers = {k: _by_handler(session, conditions[k]) for k in _CASELOAD_TERMS[1:]}
        # a case has one 承办人 or none: a term's count is the sum of its groups
        counts = [sum(handlers[k].values()) for k in _CASELOAD_TERMS[1:]]
        caseload = Caseload(_count(session, conditions["opening"]), *counts)
        modes = _closure_modes(session, conditions["closed"])
    per_person = {k: _named(v) for k, v in handlers.items()}
    overdue, note = _overdue(db, end)
    closed = closed_month(db, month)
    closed_note = None
    if closed is not None:
        closed_note = MonthClosedNote(
            closed.closed_by, closed.closed_at, tuple(closed.changed_cases), month_indicators
        )
        month_indicators = tuple(_from_json(i) for i in closed.frozen["indicators"])
    return MonthlyFigures(
        month=f"{start.year:04d}-{start.month:02d}",
        start=start,
        end=end,
        office_name=office,
        database=db.describe(),
        generated_at=generated_at,
        indicators_month=month_indicators,
        indicators_ytd=ytd_indicators,
        caseload=caseload,
        closure_modes=modes,
        by_person=_people(per_person, overdue, note is None),
        overdue=overdue,
        overdue_note=note,
        closed=closed_note,
    )


def _from_json(item: dict[str, Any]) -> Indicator:
    """A frozen indicator back from the month-close snapshot."""
    return Indicator(
        item["id"],
        item["name"],
        item["numerator"],
        item["denominator"],
        Decimal(str(item["target"])),
        FORMULAS[item["id"]],
    )
