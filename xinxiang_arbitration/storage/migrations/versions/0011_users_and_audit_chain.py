"""users and roles; the audit log becomes append-only and hash-chained

Existing audit rows get their hashes here, in id order; audit_chain_head holds
the end of the chain.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26
"""

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = ("administrator", "supervisor", "arbitrator", "clerk", "mediator", "inspector")
GENESIS_HASH = "0" * 64


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _row_hash(row: Any, prev_hash: str) -> str:
    """A frozen copy of models.users.audit_row_hash (tests check they agree)."""
    at = row.at if row.at.tzinfo is not None else row.at.replace(tzinfo=dt.UTC)
    fields = {
        "id": row.id,
        "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": row.actor,
        "action": row.action,
        "details": row.details,
        "before": None,
        "after": None,
        "prev": prev_hash,
    }
    return hashlib.sha256(_canonical(fields).encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=50), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_users_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
    )
    op.create_table(
        "user_roles",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "role IN ({})".format(", ".join(f"'{r}'" for r in ROLES)),
            name=op.f("ck_user_roles_role_known"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_roles_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "role", name=op.f("pk_user_roles")),
    )
    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_chain_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )

    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("before_state", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("after_state", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("row_hash", sa.String(length=64), nullable=True))

    # chain the rows already there, oldest first
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer()),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("actor", sa.String()),
        sa.column("action", sa.String()),
        sa.column("details", sa.JSON()),
        sa.column("prev_hash", sa.String()),
        sa.column("row_hash", sa.String()),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(log.c.id, log.c.at, log.c.actor, log.c.action, log.c.details).order_by(log.c.id)
    ).all()
    last_id, last_hash = 0, GENESIS_HASH
    for row in rows:
        row_hash = _row_hash(row, last_hash)
        bind.execute(
            log.update().where(log.c.id == row.id).values(prev_hash=last_hash, row_hash=row_hash)
        )
        last_id, last_hash = row.id, row_hash
    op.bulk_insert(head, [{"id": 1, "last_id": last_id, "last_hash": last_hash}])

    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("row_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_prev_hash"), ["prev_hash"])


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_prev_hash"), type_="unique")
        batch_op.drop_column("row_hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("after_state")
        batch_op.drop_column("before_state")
    op.drop_table("audit_chain_head")
    op.drop_table("user_roles")
    op.drop_table("users")
