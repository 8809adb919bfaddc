"""Users and their roles, and the head of the hash-chained audit log.

The chain is kept here, with the models, rather than in a service: a
``before_insert`` listener on ``AuditEntry`` links every new audit row to the
one before it, whoever writes it (``security.audit.append`` or code that still
adds an ``AuditEntry`` directly). ``security.audit.verify`` walks the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Connection,
    ForeignKey,
    Integer,
    String,
    update,
)
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from xinxiang_arbitration.models.base import Base, utcnow
from xinxiang_arbitration.models.cases import AuditEntry

# Role code → the name the office uses. The CHECK on user_roles.role lists these codes.
ROLE_LABELS: dict[str, str] = {
    "administrator": "系统管理员",
    "supervisor": "负责人",
    "arbitrator": "仲裁员",
    "clerk": "书记员",
    "mediator": "调解员",
    "inspector": "监察员",
}
ROLES_CHECK = "role IN ({})".format(", ".join(f"'{r}'" for r in ROLE_LABELS))


class User(Base):
    """A person who signs in (用户); linked to a staff member when they handle cases."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(50), unique=True)  # 用户名
    display_name: Mapped[str] = mapped_column(String(100))  # 姓名
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    password_hash: Mapped[str] = mapped_column(String(255))  # Argon2id, PHC string
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)  # consecutive
    locked_until: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    password_changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    roles: Mapped[list[UserRole]] = relationship(
        order_by="UserRole.role", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class UserRole(Base):
    """One role of a user; a user may hold several."""

    __tablename__ = "user_roles"
    __table_args__ = (CheckConstraint(ROLES_CHECK, name="role_known"),)

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True)


class AuditChainHead(Base):
    """The one row that says where the audit chain ends (last id and hash).

    Appending locks this row (PostgreSQL) or the database (SQLite), so appends
    are serialised; comparing it with the last row detects rows cut off the end.
    """

    __tablename__ = "audit_chain_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


GENESIS_HASH = "0" * 64  # prev_hash of the first row


def canonical_json(value: Any) -> str:
    """The one JSON spelling a value is hashed (and stored) in."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def audit_row_hash(
    *,
    id: int,
    at: dt.datetime,
    actor: str,
    action: str,
    details: Any,
    before: Any,
    after: Any,
    prev_hash: str,
) -> str:
    """sha256 (hex) over the row's fields and the previous row's hash.

    Frozen: migration 0011 has a copy, and every stored hash depends on it.
    """
    fields = {
        "id": id,
        "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "details": details,
        "before": before,
        "after": after,
        "prev": prev_hash,
    }
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def _normalised(value: Any) -> Any:
    """What the JSON column will give back: hash that, store that."""
    return None if value is None else json.loads(canonical_json(value))


@sa_event.listens_for(AuditEntry, "before_insert")
def _link_to_chain(_mapper: Mapper[Any], connection: Connection, target: AuditEntry) -> None:
    # One statement both locks the head (until commit) and takes the next id.
    row = connection.execute(
        update(AuditChainHead)
        .where(AuditChainHead.id == 1)
        .values(last_id=AuditChainHead.last_id + 1)
        .returning(AuditChainHead.last_id, AuditChainHead.last_hash)
    ).one_or_none()
    if row is None:
        raise RuntimeError("audit_chain_head is missing: the database was not migrated")
    target.id = row.last_id
    target.at = (target.at or utcnow()).astimezone(dt.UTC)
    target.details = _normalised(target.details)
    target.before_state = _normalised(target.before_state)
    target.after_state = _normalised(target.after_state)
    target.prev_hash = row.last_hash
    target.row_hash = audit_row_hash(
        id=target.id,
        at=target.at,
        actor=target.actor,
        action=target.action,
        details=target.details,
        before=target.before_state,
        after=target.after_state,
        prev_hash=target.prev_hash,
    )
    connection.execute(
        update(AuditChainHead).where(AuditChainHead.id == 1).values(last_hash=target.row_hash)
    )
