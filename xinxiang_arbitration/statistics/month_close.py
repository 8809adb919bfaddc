"""Closing a month: its indicator figures are frozen, and later drift is shown, not hidden.

The snapshot keeps each figure and the case numbers behind it, so a reprint of
a closed month shows the frozen figures and can name every case whose
membership in a figure has changed since (a late correction of an old case).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError

from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import MonthClose
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor, require
from xinxiang_arbitration.statistics.indicators import (
    count_indicators,
    indicator_case_numbers,
    month_period,
)
from xinxiang_arbitration.storage.db import Database

PARTS = ("numerator", "denominator")


def snapshot(db: Database, month: str) -> dict[str, Any]:
    """Today's figures of the month and the case numbers behind each."""
    period = month_period(month)
    members = {
        f"{i}/{part}": indicator_case_numbers(db, i, period, part)
        for i in (27, 28, 29)
        for part in PARTS
    }
    return {"indicators": [f.as_json() for f in count_indicators(db, period)], "members": members}


@dataclass(frozen=True)
class ClosedMonth:
    month: str
    closed_at: dt.datetime
    closed_by: str
    frozen: dict[str, Any]
    current: dict[str, Any]

    @property
    def changed_cases(self) -> list[str]:
        """Cases that entered or left any figure since the month was closed."""
        changed: set[str] = set()
        for key, numbers in self.frozen["members"].items():
            changed |= set(numbers) ^ set(self.current["members"].get(key, []))
        return sorted(changed)

    @property
    def differs(self) -> bool:
        return self.frozen["indicators"] != self.current["indicators"] or bool(self.changed_cases)


def close_month(db: Database, month: str, *, actor: SignedIn | str) -> None:
    """Freeze the month's figures; a month is closed once (needs ``month.close``)."""
    frozen = snapshot(db, month)
    try:
        with db.transaction() as s:
            who = require(s, actor, "month.close", subject=month)
            s.add(MonthClose(month=month, closed_by=who, snapshot=frozen))
            s.flush()
            audit.append(s, audit_actor(actor), "month-close", {"month": month})
    except IntegrityError:
        raise InvalidInput(f"{month} 已经结账，不能重复结账") from None


def closed_month(db: Database, month: str) -> ClosedMonth | None:
    """The frozen figures of a closed month with today's beside them, or None if still open."""
    month_period(month)
    with db.transaction() as s:
        row = s.get(MonthClose, month)
        if row is None:
            return None
        closed_at, closed_by, frozen = row.closed_at, row.closed_by, row.snapshot
    return ClosedMonth(month, closed_at, closed_by, frozen, snapshot(db, month))
