"""Mediation organisations (调解组织): the list a mediated case names its organisation from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.admin.checks import ValueRefused, audit_change, checked_text, printable
from xinxiang_arbitration.models import MediationOrg
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.record_check import locked_row


@dataclass(frozen=True)
class OrgRow:
    id: int
    name: str
    category: str | None
    active: bool


ORG_FIELDS = {"name": "名称", "category": "类别", "active": "在用"}


def _org(row: MediationOrg) -> OrgRow:
    return OrgRow(row.id, row.name, row.category, bool(row.active))


def list_orgs(db: Database, *, include_inactive: bool = True) -> list[OrgRow]:
    stmt = select(MediationOrg).order_by(MediationOrg.active.desc(), MediationOrg.name)
    if not include_inactive:
        stmt = stmt.where(MediationOrg.active.is_(True))
    with db.transaction() as s:
        return [_org(o) for o in s.scalars(stmt)]


def _org_name(s: Session, name: str, ignore: int | None) -> str:
    cleaned = checked_text(name, "name", "调解组织名称", 200)
    clash = s.scalar(
        select(MediationOrg.id).where(
            MediationOrg.name == cleaned, MediationOrg.id != (ignore or 0)
        )
    )
    if clash is not None:
        raise ValueRefused("name", f"已有名为“{cleaned}”的调解组织")
    return cleaned


def _category(category: str | None) -> str | None:
    cleaned = " ".join(printable(category or "", "category", "类别").split())
    if len(cleaned) > 50:
        raise ValueRefused("category", "类别过长（最多 50 个字）")
    return cleaned or None


def _locked_org(s: Session, org_id: int, seen: OrgRow | None) -> MediationOrg:
    return locked_row(
        s,
        MediationOrg,
        org_id,
        seen=seen,
        shown=_org,
        what=lambda r: f"调解组织 {r.name}",
        labels=ORG_FIELDS,
        missing=f"没有编号为 {org_id} 的调解组织",
    )


def add_org(
    db: Database, name: str, category: str | None = None, *, actor: SignedIn | str
) -> OrgRow:
    kind = _category(category)
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = MediationOrg(name=_org_name(s, name, None), category=kind, active=True)
        s.add(row)
        s.flush()
        audit_change(s, actor, "mediation_org_add", id=row.id, name=row.name, category=kind)
        return OrgRow(row.id, row.name, row.category, True)


def update_org(
    db: Database,
    org_id: int,
    name: str,
    category: str | None = None,
    *,
    actor: SignedIn | str,
    seen: OrgRow | None = None,
) -> OrgRow:
    """Rename (or re-categorise) an organisation; its cases follow, they refer to its id."""
    kind = _category(category)
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = _locked_org(s, org_id, seen)
        before = row.name
        row.name, row.category = _org_name(s, name, org_id), kind
        audit_change(s, actor, "mediation_org_update", id=org_id, before=before, after=row.name)
        return _org(row)


def set_org_active(
    db: Database,
    org_id: int,
    active: bool,
    *,
    actor: SignedIn | str,
    seen: OrgRow | None = None,
) -> OrgRow:
    """停用 / 启用: an inactive organisation is no longer offered for new cases."""
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = _locked_org(s, org_id, seen)
        row.active = active
        audit_change(s, actor, "mediation_org_active", id=org_id, name=row.name, active=active)
        return OrgRow(row.id, row.name, row.category, active)


__all__ = ["ORG_FIELDS", "OrgRow", "add_org", "list_orgs", "set_org_active", "update_org"]
