"""case life: case links, claim items, minimum wages, final-award flag, suspension kind

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 河南省人民政府 notices: the 2018 one (from 2018-10-01) and 豫政〔2021〕33号 (from 2022-01-01).
# Administrators add later notices; the app takes the row in force on the award date.
MINIMUM_WAGES = [
    (
        "河南省一类行政区域",
        Decimal("1900"),
        dt.date(2018, 10, 1),
        "河南省人民政府 2018年7月19日通知",
    ),
    (
        "河南省二类行政区域",
        Decimal("1700"),
        dt.date(2018, 10, 1),
        "河南省人民政府 2018年7月19日通知",
    ),
    (
        "河南省三类行政区域",
        Decimal("1500"),
        dt.date(2018, 10, 1),
        "河南省人民政府 2018年7月19日通知",
    ),
    ("河南省一类行政区域", Decimal("2000"), dt.date(2022, 1, 1), "豫政〔2021〕33号"),
    ("河南省二类行政区域", Decimal("1800"), dt.date(2022, 1, 1), "豫政〔2021〕33号"),
    ("河南省三类行政区域", Decimal("1600"), dt.date(2022, 1, 1), "豫政〔2021〕33号"),
]


def upgrade() -> None:
    op.create_table(
        "minimum_wages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("monthly", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.CheckConstraint("monthly > 0", name=op.f("ck_minimum_wages_monthly_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minimum_wages")),
    )
    op.create_table(
        "case_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_case_id", sa.Integer(), nullable=False),
        sa.Column("target_case_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_case_id"],
            ["cases.id"],
            name=op.f("fk_case_links_source_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_case_id"],
            ["cases.id"],
            name=op.f("fk_case_links_target_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_links")),
    )
    op.create_index("ix_case_links_source", "case_links", ["source_case_id"])
    op.create_index("ix_case_links_target", "case_links", ["target_case_id"])
    op.create_table(
        "claim_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.CheckConstraint(
            "amount IS NULL OR amount >= 0", name=op.f("ck_claim_items_amount_nonnegative")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_claim_items_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_items")),
    )
    op.create_index("ix_claim_items_case", "claim_items", ["case_id"])
    # plain ADD COLUMN: no table is rebuilt, so no foreign-key cascade can touch existing rows
    op.add_column("cases", sa.Column("final_award", sa.Boolean(), nullable=True))
    op.add_column(
        "suspensions",
        sa.Column("kind", sa.String(length=20), server_default="suspension", nullable=False),
    )
    op.add_column("suspensions", sa.Column("approver", sa.String(length=100), nullable=True))
    wages = sa.table(
        "minimum_wages",
        sa.column("region", sa.String),
        sa.column("monthly", sa.Numeric(10, 2)),
        sa.column("effective_from", sa.Date),
        sa.column("source", sa.String),
    )
    op.bulk_insert(
        wages,
        [
            {"region": r, "monthly": m, "effective_from": d, "source": s}
            for r, m, d, s in MINIMUM_WAGES
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("suspensions") as batch_op:
        batch_op.drop_column("approver")
        batch_op.drop_column("kind")
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_column("final_award")
    op.drop_table("claim_items")
    op.drop_table("case_links")
    op.drop_table("minimum_wages")
