"""Indicator targets (指标目标值): the percentage each indicator of the report must beat."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from xinxiang_arbitration.admin.checks import ValueRefused, audit_change
from xinxiang_arbitration.models import IndicatorTarget
from xinxiang_arbitration.models.base import utcnow
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.record_check import locked_row


@dataclass(frozen=True)
class TargetRow:
    indicator_id: int
    name: str
    target: Decimal  # percent; a rate meets it only when strictly greater (the plan's ">")
    updated_at: dt.datetime


def parse_target(text: str | Decimal) -> Decimal:
    """A target percentage from 0 to 100 with at most two decimals."""
    raw = text if isinstance(text, Decimal) else str(text).strip().rstrip("%％").strip()
    if raw == "":
        raise ValueRefused("target", "请填写目标值（0–100）")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueRefused("target", f"目标值应为数字，例如 90：{text}") from None
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise ValueRefused("target", "目标值应在 0 到 100 之间（百分比）")
    if value != value.quantize(Decimal("0.01")):
        raise ValueRefused("target", "目标值最多两位小数")
    return value.quantize(Decimal("0.01"))


def _target(row: IndicatorTarget) -> TargetRow:
    return TargetRow(row.indicator_id, row.name, row.target, row.updated_at)


def list_targets(db: Database) -> list[TargetRow]:
    with db.transaction() as s:
        rows = s.scalars(select(IndicatorTarget).order_by(IndicatorTarget.indicator_id))
        return [_target(r) for r in rows]


def set_target(
    db: Database,
    indicator_id: int,
    target: str | Decimal,
    *,
    actor: SignedIn | str,
    seen: TargetRow | None = None,
) -> TargetRow:
    value = parse_target(target)
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = locked_row(
            s,
            IndicatorTarget,
            indicator_id,
            seen=seen,
            shown=_target,
            what=lambda r: f"指标 {r.indicator_id} 的目标值",
            labels={"target": "目标值（%）"},
            missing=f"没有第 {indicator_id} 项指标",
        )
        before = str(row.target)
        row.target, row.updated_at = value, utcnow()
        audit_change(
            s, actor, "target_set", indicator=indicator_id, before=before, after=str(value)
        )
        s.flush()
        return _target(row)


__all__ = ["TargetRow", "list_targets", "parse_target", "set_target"]
