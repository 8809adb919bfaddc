"""Counts for the start screen and the benchmarks: cases by kind and status."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.models import Case
from xinxiang_arbitration.storage.db import Database


@dataclass(frozen=True)
class KindStatusCount:
    kind: CaseKind
    status: str
    count: int


def count_by_kind_and_status(db: Database) -> list[KindStatusCount]:
    """One grouped query (index on kind/status), never loading cases."""
    stmt = (
        select(Case.kind, Case.status, func.count())
        .group_by(Case.kind, Case.status)
        .order_by(Case.kind, Case.status)
    )
    with db.transaction(read_only=True) as session:
        return [KindStatusCount(k, s, n) for k, s, n in session.execute(stmt)]


def count_by_kind(db: Database) -> dict[CaseKind, int]:
    totals = dict.fromkeys(CaseKind, 0)
    for row in count_by_kind_and_status(db):
        totals[row.kind] += row.count
    return totals
