"""reference data: holiday calendar, indicator targets, case-number patterns, mediation orgs

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from xinxiang_arbitration.clocks.calendar_seed import SOURCE, package_days, package_years

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOW = dt.datetime.now(dt.UTC)

TARGETS = [  # 新乡市"十四五"人才和人力资源及就业规划, indicators 27-29 (2025 targets, ">")
    (27, "劳动人事争议调解成功率", Decimal("60")),
    (28, "劳动人事争议仲裁结案率", Decimal("90")),
    (29, "劳动保障监察举报投诉案件结案率", Decimal("98")),
]

PATTERNS = [
    ("mediation", "新劳人调字〔{year}〕第{n}号"),
    ("arbitration", "新劳人仲案字〔{year}〕第{n}号"),
    ("inspection", "新人社监字〔{year}〕第{n}号"),
]

MEDIATION_ORGS = [
    ("新乡市劳动人事争议仲裁院调解中心", "仲裁院调解中心"),
    ("新乡市人民调解委员会", "基层人民调解组织"),
]


def upgrade() -> None:
    years = sa.table(
        "calendar_years",
        sa.column("year", sa.Integer),
        sa.column("source", sa.String),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    days = sa.table(
        "calendar_days",
        sa.column("day", sa.Date),
        sa.column("is_workday", sa.Boolean),
        sa.column("name", sa.String),
    )
    op.bulk_insert(
        years, [{"year": y, "source": SOURCE, "updated_at": NOW} for y in package_years()]
    )
    op.bulk_insert(
        days, [{"day": d.day, "is_workday": d.is_workday, "name": d.name} for d in package_days()]
    )
    targets = sa.table(
        "indicator_targets",
        sa.column("indicator_id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("target", sa.Numeric(5, 2)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    op.bulk_insert(
        targets,
        [{"indicator_id": i, "name": n, "target": t, "updated_at": NOW} for i, n, t in TARGETS],
    )
    patterns = sa.table(
        "case_number_patterns", sa.column("kind", sa.String), sa.column("pattern", sa.String)
    )
    op.bulk_insert(patterns, [{"kind": k, "pattern": p} for k, p in PATTERNS])
    orgs = sa.table(
        "mediation_orgs",
        sa.column("name", sa.String),
        sa.column("category", sa.String),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(orgs, [{"name": n, "category": c, "active": True} for n, c in MEDIATION_ORGS])


def downgrade() -> None:
    for table in (
        "mediation_orgs",
        "case_number_patterns",
        "indicator_targets",
        "calendar_days",
        "calendar_years",
    ):
        op.execute(sa.text(f"DELETE FROM {table}"))
