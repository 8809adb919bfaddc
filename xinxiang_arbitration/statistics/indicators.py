"""Indicators 27–29 for any period (shared/domain/statistics.md), counted in SQL.

Every count is one indexed range query: closures by (kind, closed_on), acceptances
by (kind, accepted_on). "Open at the period's start" is counted as accepted
before the period minus closed before it (a case of these kinds is closed only
after its acceptance), so no query walks the cases one by one.

``indicators`` is what a front end shows (it needs ``stats.view``); the services that
count the indicators as part of a larger output they check themselves (the monthly
report, the dashboard, month close) use ``count_indicators``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from xinxiang_arbitration.domain import CaseKind, ClosureMode
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import Case, IndicatorTarget
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database

NAMES = {
    27: "劳动人事争议调解成功率",
    28: "劳动人事争议仲裁结案率",
    29: "劳动保障监察举报投诉案件结案率",
}
FORMULAS = {
    27: "（调解组织调解成功结案数 + 仲裁调解结案数）÷（调解组织结案数 + 仲裁结案数）",
    28: "本期结案数 ÷（本期受理数 + 上期未结数）",
    29: "本期结案数 ÷（本期立案数 + 上期未结数）",
}


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            order = f"{self.end.isoformat()} < {self.start.isoformat()}"
            raise InvalidInput(f"统计期间的结束日期早于开始日期（{order}）")


def month_period(month: str) -> Period:
    """``YYYY-MM`` as a period; anything else is a one-line error."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", month)
    if not match or not 1 <= int(match[2]) <= 12:
        raise InvalidInput(f"月份应为 YYYY-MM，例如 2026-10：{month}")
    year, number = int(match[1]), int(match[2])
    first = dt.date(year, number, 1)
    last = dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)
    return Period(first, last)


@dataclass(frozen=True)
class Indicator:
    id: int
    name: str
    numerator: int
    denominator: int
    target: Decimal
    formula: str

    @property
    def exact_rate(self) -> Decimal | None:
        if self.denominator == 0:
            return None
        return Decimal(self.numerator) * 100 / Decimal(self.denominator)

    @property
    def rate(self) -> Decimal | None:
        """Percentage rounded half-up to one decimal, for display only."""
        exact = self.exact_rate
        return None if exact is None else exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    @property
    def met(self) -> bool | None:
        """Strictly greater than the target, compared unrounded (the plan writes ">")."""
        if self.denominator == 0:
            return None
        return Decimal(self.numerator) * 100 > self.target * self.denominator

    def as_json(self) -> dict[str, Any]:
        rate = self.rate
        return {
            "id": self.id,
            "name": self.name,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "rate": None if rate is None else float(rate),
            "target": float(self.target),
            "met": self.met,
        }


def _closed_in(kind: CaseKind, p: Period) -> ColumnElement[bool]:
    return and_(Case.kind == kind, Case.closed_on >= p.start, Case.closed_on <= p.end)


def _count(session: Session, *conditions: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0)


def _caseload(session: Session, kind: CaseKind, p: Period) -> tuple[int, int]:
    """(closed in the period, accepted in it + accepted before and still open at its start).

    "Open at the start" is counted as two seeks on (kind, closed_on, accepted_on):
    never closed, or closed on or after the start — both with acceptance before it.
    Refused cases have no acceptance date, so no acceptance range includes them.
    """
    accepted_in = _count(session, Case.kind == kind, Case.accepted_on.between(p.start, p.end))
    open_never_closed = _count(
        session, Case.kind == kind, Case.closed_on.is_(None), Case.accepted_on < p.start
    )
    open_closed_later = _count(
        session, Case.kind == kind, Case.closed_on >= p.start, Case.accepted_on < p.start
    )
    closed_in = _count(session, _closed_in(kind, p), Case.accepted_on.is_not(None))
    return closed_in, accepted_in + open_never_closed + open_closed_later


def _targets(session: Session) -> dict[int, Decimal]:
    return {t.indicator_id: t.target for t in session.scalars(select(IndicatorTarget))}


def _indicators(session: Session, period: Period) -> list[Indicator]:
    targets = _targets(session)
    mediation_closed = _count(session, _closed_in(CaseKind.MEDIATION, period))
    arbitration_closed = _count(session, _closed_in(CaseKind.ARBITRATION, period))
    agreed = _count(
        session,
        or_(
            and_(
                _closed_in(CaseKind.MEDIATION, period),
                Case.closure_mode == ClosureMode.AGREEMENT,
            ),
            and_(
                _closed_in(CaseKind.ARBITRATION, period),
                Case.closure_mode == ClosureMode.MEDIATED,
            ),
        ),
    )
    arb_num, arb_den = _caseload(session, CaseKind.ARBITRATION, period)
    insp_num, insp_den = _caseload(session, CaseKind.INSPECTION, period)
    figures = {
        27: (agreed, mediation_closed + arbitration_closed),
        28: (arb_num, arb_den),
        29: (insp_num, insp_den),
    }
    return [
        Indicator(i, NAMES[i], num, den, targets.get(i, Decimal(0)), FORMULAS[i])
        for i, (num, den) in figures.items()
    ]


def period_subject(period: Period) -> str:
    """A period as the audit log names it when a look at its figures is refused."""
    return f"{period.start.isoformat()}..{period.end.isoformat()}"


def indicators(db: Database, period: Period, *, actor: SignedIn | str) -> list[Indicator]:
    """Indicators 27, 28 and 29 for ``period``: integers kept, rates derived.

    Needs ``stats.view`` (``permissions.require``)."""
    with db.transaction() as session:
        require(session, actor, "stats.view", subject=period_subject(period))
        return _indicators(session, period)


def count_indicators(db: Database, period: Period) -> list[Indicator]:
    """The same figures, unchecked: for services that check their own output's permission
    (the dashboard, the monthly report) or count as part of a change (month close)."""
    with db.transaction() as session:
        return _indicators(session, period)


Parts = tuple[ColumnElement[bool], ...]


def _denominator_parts(indicator: int, p: Period) -> Parts:
    """The figure's cases as disjoint parts, each one index range (no ``OR`` across them)."""
    if indicator == 27:
        return (_closed_in(CaseKind.MEDIATION, p), _closed_in(CaseKind.ARBITRATION, p))
    kind = CaseKind.ARBITRATION if indicator == 28 else CaseKind.INSPECTION
    base = (Case.kind == kind, Case.refused.is_(False), Case.accepted_on <= p.end)
    # open at the start: never closed, or closed on or after the start
    return (and_(*base, Case.closed_on.is_(None)), and_(*base, Case.closed_on >= p.start))


def _numerator_parts(indicator: int, p: Period) -> Parts:
    if indicator == 27:
        return (
            and_(_closed_in(CaseKind.MEDIATION, p), Case.closure_mode == ClosureMode.AGREEMENT),
            and_(_closed_in(CaseKind.ARBITRATION, p), Case.closure_mode == ClosureMode.MEDIATED),
        )
    # the denominator's cases closed by the period's end: those closed in the period
    kind = CaseKind.ARBITRATION if indicator == 28 else CaseKind.INSPECTION
    return (
        and_(
            Case.kind == kind,
            Case.refused.is_(False),
            Case.accepted_on <= p.end,
            Case.closed_on >= p.start,
            Case.closed_on <= p.end,
        ),
    )


def indicator_case_numbers(
    db: Database, indicator: int, period: Period, part: str, *, limit: int | None = None
) -> list[str]:
    """The cases behind a figure (``part`` is "numerator" or "denominator"), by case number."""
    if indicator not in NAMES:
        raise InvalidInput(f"没有指标 {indicator}（应为 27、28 或 29）")
    if part not in ("numerator", "denominator"):
        raise InvalidInput(f"part 应为 numerator 或 denominator：{part}")
    parts = (_numerator_parts if part == "numerator" else _denominator_parts)(indicator, period)
    numbers = union_all(*(select(Case.number).where(c) for c in parts)).subquery()
    stmt = select(numbers.c.number).order_by(numbers.c.number).limit(limit)
    with db.transaction() as session:
        return list(session.scalars(stmt))
