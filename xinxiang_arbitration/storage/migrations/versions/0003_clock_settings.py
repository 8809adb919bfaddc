"""clock settings: the counting rule of each statutory clock

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "clock_settings",
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("rule", sa.String(length=20), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "rule IN ('working_days', 'calendar_days')", name=op.f("ck_clock_settings_rule_known")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_clock_settings")),
    )


def downgrade() -> None:
    op.drop_table("clock_settings")
