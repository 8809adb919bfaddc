"""Office settings (机构信息): the commission's name, address and the like, as documents
print them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from xinxiang_arbitration.admin.checks import ValueRefused, audit_change, printable
from xinxiang_arbitration.errors import StaleRecord
from xinxiang_arbitration.models.documents import OfficeSetting
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database

OFFICE_LABELS = {  # the keys documents read (documents/context.py), in form order
    "commission_name": "委员会名称",
    "commission_short": "简称（案号用字）",
    "commission_address": "地址",
    "commission_phone": "电话",
    "inspection_office_name": "劳动保障监察机构名称",
    "hearing_place": "开庭地点",
}
OFFICE_REQUIRED = frozenset({"commission_name", "commission_short"})


@dataclass(frozen=True)
class OfficeRow:
    key: str
    label: str
    value: str


def list_office_settings(db: Database) -> list[OfficeRow]:
    with db.transaction() as s:
        stored = dict(s.execute(select(OfficeSetting.key, OfficeSetting.value)).all())
    return [OfficeRow(k, label, stored.get(k, "")) for k, label in OFFICE_LABELS.items()]


def check_office_value(key: str, value: str) -> str:
    if key not in OFFICE_LABELS:
        raise ValueRefused(key, f"未知的设置：{key}")
    cleaned = printable(value, key, OFFICE_LABELS[key]).strip()
    if key in OFFICE_REQUIRED and not cleaned:
        raise ValueRefused(key, f"请填写{OFFICE_LABELS[key]}（文书中要用）")
    if len(cleaned) > 500:
        raise ValueRefused(key, f"{OFFICE_LABELS[key]}过长（最多 500 个字）")
    return cleaned


def set_office_settings(
    db: Database,
    values: dict[str, str],
    *,
    actor: SignedIn | str,
    seen: Sequence[OfficeRow] | None = None,
) -> list[OfficeRow]:
    """Save several settings at once: all are checked before any is written. ``seen`` is
    the page as the user read it: a value someone else changed since is not overwritten."""
    cleaned = {k: check_office_value(k, v) for k, v in values.items()}
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        if seen is not None:
            stored = dict(
                s.execute(select(OfficeSetting.key, OfficeSetting.value).with_for_update()).all()
            )
            changes = [
                f"{row.label} {row.value or '（空）'} → {stored.get(row.key, '') or '（空）'}"
                for row in seen
                if row.key in cleaned and stored.get(row.key, "") != row.value
            ]
            if changes:
                raise StaleRecord("机构信息", changes)
        changed: dict[str, str] = {}
        for key, value in cleaned.items():
            row = s.get(OfficeSetting, key)
            if row is None:
                s.add(OfficeSetting(key=key, value=value))
            elif row.value != value:
                row.value = value
            else:
                continue
            changed[key] = value
        if changed:
            audit_change(s, actor, "office_settings", changed=changed)
    return list_office_settings(db)


__all__ = [
    "OFFICE_LABELS",
    "OFFICE_REQUIRED",
    "OfficeRow",
    "check_office_value",
    "list_office_settings",
    "set_office_settings",
]
