"""The breakdowns supervisors ask for (statistics.md), for any period, counted in SQL.

Ages and durations are turned into date ranges in Python first (an age of at
most 15 days on day D is a start date on or after D − 15), so every query is a
portable range count over indexed dates; no dialect's date arithmetic is used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from xinxiang_arbitration.domain import (
    CLOSURE_MODES_BY_KIND,
    COLLECTIVE_HEADCOUNT,
    CaseKind,
    ClosureMode,
    DisputeType,
)
from xinxiang_arbitration.models import Case, CaseDisputeType, MediationOrg, Staff
from xinxiang_arbitration.statistics.indicators import Period
from xinxiang_arbitration.storage.db import Database

UNASSIGNED = "未分配"
AGE_BANDS = ((0, 15, "≤15 天"), (16, 45, "16–45 天"), (46, 60, "46–60 天"), (61, None, ">60 天"))


def share(part: int, whole: int) -> Decimal | None:
    """A percentage with one decimal, half-up; None when there is nothing to share."""
    if whole == 0:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _closed_in(p: Period) -> ColumnElement[bool]:
    return and_(Case.closed_on >= p.start, Case.closed_on <= p.end)


def _open_at_end(p: Period) -> ColumnElement[bool]:
    return and_(
        Case.received_on <= p.end,
        Case.refused.is_(False),
        or_(Case.closed_on.is_(None), Case.closed_on > p.end),
    )


@dataclass(frozen=True)
class ModeCount:
    kind: CaseKind
    mode: ClosureMode
    count: int
    share: Decimal | None  # of the kind's closures in the period


def closure_modes(db: Database, p: Period) -> list[ModeCount]:
    with db.transaction() as s:
        counts = {
            (k, m): n
            for k, m, n in s.execute(
                select(Case.kind, Case.closure_mode, func.count())
                .where(_closed_in(p))
                .group_by(Case.kind, Case.closure_mode)
            )
        }
    out = []
    for kind, modes in CLOSURE_MODES_BY_KIND.items():
        total = sum(counts.get((kind, m), 0) for m in modes)
        out += [
            ModeCount(kind, m, counts.get((kind, m), 0), share(counts.get((kind, m), 0), total))
            for m in modes
        ]
    return out


@dataclass(frozen=True)
class PersonRow:
    person: str
    kind: CaseKind
    received: int
    closed: int
    open_at_end: int


def by_person(db: Database, p: Period) -> list[PersonRow]:
    """承办人 per kind: received and closed in the period, open at its end."""

    def grouped(s: Session, condition: ColumnElement[bool]) -> dict[tuple[str, CaseKind], int]:
        stmt = (
            select(Staff.name, Case.kind, func.count())
            .select_from(Case)
            .outerjoin(Staff, Case.handler_id == Staff.id)
            .where(condition)
            .group_by(Staff.name, Case.kind)
        )
        return {(n or UNASSIGNED, k): c for n, k, c in s.execute(stmt)}

    with db.transaction() as s:
        received = grouped(s, and_(Case.received_on >= p.start, Case.received_on <= p.end))
        closed = grouped(s, _closed_in(p))
        still_open = grouped(s, _open_at_end(p))
    keys = sorted(
        set(received) | set(closed) | set(still_open),
        key=lambda k: (k[0] == UNASSIGNED, k[0], k[1]),
    )
    return [
        PersonRow(n, k, received.get((n, k), 0), closed.get((n, k), 0), still_open.get((n, k), 0))
        for n, k in keys
    ]


@dataclass(frozen=True)
class OrgRow:
    organisation: str
    closed: int
    agreements: int
    rate: Decimal | None


def by_mediation_org(db: Database, p: Period) -> list[OrgRow]:
    """Mediation cases closed in the period per organisation, and how many by agreement."""
    agreed = func.count().filter(Case.closure_mode == ClosureMode.AGREEMENT)
    stmt = (
        select(MediationOrg.name, func.count(), agreed)
        .select_from(Case)
        .outerjoin(MediationOrg, Case.mediation_org_id == MediationOrg.id)
        .where(Case.kind == CaseKind.MEDIATION, _closed_in(p))
        .group_by(MediationOrg.name)
    )
    with db.transaction() as s:
        rows = [OrgRow(name or UNASSIGNED, n, a, share(a, n)) for name, n, a in s.execute(stmt)]
    return sorted(rows, key=lambda r: (r.organisation == UNASSIGNED, r.organisation))


@dataclass(frozen=True)
class CategoryRow:
    label: str
    kind: CaseKind
    received: int
    closed: int


def by_dispute_type(db: Database, p: Period) -> list[CategoryRow]:
    """A case with two dispute types counts under each."""

    def grouped(
        s: Session, condition: ColumnElement[bool]
    ) -> dict[tuple[DisputeType, CaseKind], int]:
        stmt = (
            select(CaseDisputeType.dispute_type, Case.kind, func.count())
            .join(Case, Case.id == CaseDisputeType.case_id)
            .where(condition)
            .group_by(CaseDisputeType.dispute_type, Case.kind)
        )
        return {(d, k): n for d, k, n in s.execute(stmt)}

    with db.transaction() as s:
        received = grouped(s, and_(Case.received_on >= p.start, Case.received_on <= p.end))
        closed = grouped(s, _closed_in(p))
    return [
        CategoryRow(d.label, k, received.get((d, k), 0), closed.get((d, k), 0))
        for d in DisputeType
        for k in CaseKind
        if (d, k) in received or (d, k) in closed
    ]


def by_scale(db: Database, p: Period) -> list[CategoryRow]:
    """Collective (涉及人数 ≥ 10) against individual cases, and final-award arbitration cases."""
    groups: Sequence[tuple[str, ColumnElement[bool]]] = (
        ("集体争议", Case.headcount >= COLLECTIVE_HEADCOUNT),
        ("个人争议", Case.headcount < COLLECTIVE_HEADCOUNT),
        ("一裁终局", Case.final_award.is_(True)),
    )
    rows = []
    with db.transaction() as s:
        for label, condition in groups:
            for kind in CaseKind:
                received = _count(
                    s, condition, Case.kind == kind, Case.received_on.between(p.start, p.end)
                )
                closed = _count(s, condition, Case.kind == kind, _closed_in(p))
                if received or closed:
                    rows.append(CategoryRow(label, kind, received, closed))
    return rows


def _count(s: Session, *conditions: ColumnElement[bool]) -> int:
    return int(s.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0)


@dataclass(frozen=True)
class DurationRow:
    kind: CaseKind
    closed: int
    average_days: Decimal | None
    median_days: Decimal | None


def days_to_close(db: Database, p: Period) -> list[DurationRow]:
    """Days from acceptance (mediation: receipt) to closure, for cases closed in the period.

    The durations of one period's closures are a single small integer column;
    the average and median are taken from it.
    """
    out = []
    with db.transaction() as s:
        for kind in CaseKind:
            start = Case.received_on if kind is CaseKind.MEDIATION else Case.accepted_on
            pairs = s.execute(
                select(start, Case.closed_on).where(
                    Case.kind == kind, _closed_in(p), start.is_not(None)
                )
            ).all()
            days = sorted((closed - began).days for began, closed in pairs if began and closed)
            if not days:
                out.append(DurationRow(kind, 0, None, None))
                continue
            mid = len(days) // 2
            median = Decimal(days[mid]) if len(days) % 2 else Decimal(days[mid - 1] + days[mid]) / 2
            average = (Decimal(sum(days)) / len(days)).quantize(
                Decimal("0.1"), rounding=ROUND_HALF_UP
            )
            out.append(DurationRow(kind, len(days), average, median))
    return out


@dataclass(frozen=True)
class AgeRow:
    kind: CaseKind
    band: str
    count: int


def open_age_bands(db: Database, on: dt.date) -> list[AgeRow]:
    """Open cases on ``on`` by days since acceptance (mediation: receipt)."""
    rows = []
    day = Period(on, on)
    with db.transaction() as s:
        for kind in CaseKind:
            start = Case.received_on if kind is CaseKind.MEDIATION else Case.accepted_on
            for low, high, label in AGE_BANDS:
                conditions: list[ColumnElement[bool]] = [
                    Case.kind == kind,
                    _open_at_end(day),
                    start <= on - dt.timedelta(days=low),
                ]
                if high is not None:
                    conditions.append(start >= on - dt.timedelta(days=high))
                rows.append(AgeRow(kind, label, _count(s, *conditions)))
    return rows


@dataclass(frozen=True)
class AmountRow:
    kind: CaseKind
    cases: int
    claimed: Decimal


def claimed_amounts(db: Database, p: Period) -> list[AmountRow]:
    """请求金额 of the cases received in the period (awarded amounts come with the award)."""
    stmt = (
        select(Case.kind, func.count(), func.coalesce(func.sum(Case.claim_amount), 0))
        .where(Case.received_on >= p.start, Case.received_on <= p.end)
        .group_by(Case.kind)
    )
    with db.transaction() as s:
        found: dict[CaseKind, tuple[int, Any]] = {k: (n, total) for k, n, total in s.execute(stmt)}
    return [
        AmountRow(
            k,
            found.get(k, (0, 0))[0],
            Decimal(str(found.get(k, (0, 0))[1])).quantize(Decimal("0.01")),
        )
        for k in CaseKind
    ]


@dataclass(frozen=True)
class MonthRow:
    year: int
    month: int
    numerators: tuple[int, int, int]  # indicators 27, 28, 29
    denominators: tuple[int, int, int]


def by_month(db: Database, year: int, *, through_month: int = 12) -> list[MonthRow]:
    """Indicators 27–29 month by month for ``year`` and the same months of the year before."""
    from xinxiang_arbitration.statistics.indicators import count_indicators

    rows = []
    for y in (year - 1, year):
        for m in range(1, through_month + 1):
            last = (dt.date(y + m // 12, m % 12 + 1, 1)) - dt.timedelta(days=1)
            figures = count_indicators(db, Period(dt.date(y, m, 1), last))
            rows.append(
                MonthRow(
                    y,
                    m,
                    (figures[0].numerator, figures[1].numerator, figures[2].numerator),
                    (figures[0].denominator, figures[1].denominator, figures[2].denominator),
                )
            )
    return rows
