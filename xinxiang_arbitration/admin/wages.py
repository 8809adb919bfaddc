"""Minimum wages (月最低工资标准): one monthly amount per region and date it takes effect."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.admin.checks import ValueRefused, audit_change, checked_text
from xinxiang_arbitration.models import MinimumWage
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.record_check import locked_row

WAGE_MAX = Decimal("99999999.99")  # Numeric(10, 2)


@dataclass(frozen=True)
class WageRow:
    id: int
    region: str
    monthly: Decimal
    effective_from: dt.date
    source: str


def parse_amount(text: str | Decimal) -> Decimal:
    """A monthly minimum wage: a positive amount in yuan with at most two decimals."""
    raw = text if isinstance(text, Decimal) else str(text).strip().replace(",", "")
    if raw == "":
        raise ValueRefused("monthly", "请填写月最低工资金额")
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        raise ValueRefused("monthly", f"金额应为数字，例如 2100：{text}") from None
    if not amount.is_finite() or amount <= 0:
        raise ValueRefused("monthly", "月最低工资必须是大于 0 的金额")
    if amount > WAGE_MAX:
        raise ValueRefused("monthly", "金额过大")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueRefused("monthly", "金额最多两位小数（元、角、分）")
    return amount.quantize(Decimal("0.01"))


def _wage(row: MinimumWage) -> WageRow:
    return WageRow(row.id, row.region, row.monthly, row.effective_from, row.source)


WAGE_FIELDS = {
    "region": "适用区域",
    "monthly": "月最低工资",
    "effective_from": "执行日期",
    "source": "依据文件",
}


def list_wages(db: Database) -> list[WageRow]:
    with db.transaction() as s:
        rows = s.scalars(
            select(MinimumWage).order_by(MinimumWage.region, MinimumWage.effective_from.desc())
        )
        return [_wage(r) for r in rows]


def _check_wage(
    s: Session, region: str, effective_from: dt.date, source: str, ignore: int | None
) -> tuple[str, str]:
    region = checked_text(region, "region", "适用区域", 100)
    source = checked_text(source, "source", "依据文件", 200)
    clash = s.scalar(
        select(MinimumWage.id).where(
            MinimumWage.region == region,
            MinimumWage.effective_from == effective_from,
            MinimumWage.id != (ignore or 0),
        )
    )
    if clash is not None:
        raise ValueRefused(
            "effective_from", f"{region}已有自 {effective_from.isoformat()} 起执行的标准"
        )
    return region, source


def add_wage(
    db: Database,
    region: str,
    monthly: str | Decimal,
    effective_from: dt.date,
    source: str,
    *,
    actor: SignedIn | str,
) -> WageRow:
    amount = parse_amount(monthly)
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        region, source = _check_wage(s, region, effective_from, source, None)
        row = MinimumWage(
            region=region, monthly=amount, effective_from=effective_from, source=source
        )
        s.add(row)
        s.flush()
        audit_change(
            s,
            actor,
            "minimum_wage_add",
            region=region,
            monthly=str(amount),
            effective_from=effective_from.isoformat(),
            source=source,
        )
        return _wage(row)


def update_wage(
    db: Database,
    wage_id: int,
    region: str,
    monthly: str | Decimal,
    effective_from: dt.date,
    source: str,
    *,
    actor: SignedIn | str,
    seen: WageRow | None = None,
) -> WageRow:
    """Change a standard; ``seen`` is the row as the user read it (see ``record_check``)."""
    amount = parse_amount(monthly)
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = locked_row(
            s,
            MinimumWage,
            wage_id,
            seen=seen,
            shown=_wage,
            what=lambda r: f"最低工资标准 {r.region}",
            labels=WAGE_FIELDS,
            missing=f"没有编号为 {wage_id} 的最低工资标准（可能已被他人删除）",
        )
        region, source = _check_wage(s, region, effective_from, source, wage_id)
        before = {"region": row.region, "monthly": str(row.monthly)}
        row.region, row.monthly, row.effective_from, row.source = (
            region,
            amount,
            effective_from,
            source,
        )
        audit_change(
            s,
            actor,
            "minimum_wage_update",
            id=wage_id,
            before=before,
            region=region,
            monthly=str(amount),
            effective_from=effective_from.isoformat(),
        )
        return _wage(row)


__all__ = ["WAGE_FIELDS", "WageRow", "add_wage", "list_wages", "parse_amount", "update_wage"]
