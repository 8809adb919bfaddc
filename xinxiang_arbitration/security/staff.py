"""The office's staff (承办人): who can be picked at sign-in, and adding a name.

Until the user and role system (issue 9) exists, signing in is choosing a name: the
client lists the active staff and, for a name that is not there yet, adds a row.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import Staff
from xinxiang_arbitration.storage.db import Database

NAME_MAX_LENGTH = 100  # Staff.name is String(100)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    active: bool


def clean_name(name: str) -> str:
    """The name as stored: without surrounding spaces, inner runs of spaces made one.

    Raises ``InvalidInput`` for an empty or over-long name.
    """
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("姓名不能为空")
    if len(cleaned) > NAME_MAX_LENGTH:
        raise InvalidInput(f"姓名过长（最多 {NAME_MAX_LENGTH} 个字）：{cleaned[:20]}…")
    return cleaned


def list_staff(db: Database, *, include_inactive: bool = False) -> list[StaffMember]:
    """The staff by name; only the active ones unless ``include_inactive``."""
    stmt = select(Staff.id, Staff.name, Staff.active).order_by(Staff.name, Staff.id)
    if not include_inactive:
        stmt = stmt.where(Staff.active.is_(True))
    with db.transaction(read_only=True) as session:
        return [StaffMember(i, n, bool(a)) for i, n, a in session.execute(stmt)]


def _find(db: Database, name: str) -> StaffMember | None:
    with db.transaction(read_only=True) as session:
        row = session.execute(
            select(Staff.id, Staff.name, Staff.active).where(Staff.name == name)
        ).first()
    return None if row is None else StaffMember(row[0], row[1], bool(row[2]))


def ensure_staff(db: Database, name: str) -> StaffMember:
    """The staff member called ``name``, added when there is none.

    A member who was marked inactive is made active again: whoever signs in under a
    name works in the office. Two clients adding the same new name at once (a shared
    PostgreSQL server) both get the one row: the unique name decides, the loser reads.
    """
    name = clean_name(name)
    found = _find(db, name)
    if found is not None and found.active:
        return found
    try:
        with db.transaction() as session:
            if found is None:
                staff = Staff(name=name, active=True)
                session.add(staff)
                session.flush()
                log.info("新增承办人：%s", name)
                return StaffMember(staff.id, staff.name, True)
            existing = session.get(Staff, found.id)
            if existing is not None:
                existing.active = True
                log.info("承办人重新启用：%s", name)
            return StaffMember(found.id, found.name, True)
    except IntegrityError:
        again = _find(db, name)
        if again is None:
            raise
        return again


__all__ = ["NAME_MAX_LENGTH", "StaffMember", "clean_name", "ensure_staff", "list_staff"]
