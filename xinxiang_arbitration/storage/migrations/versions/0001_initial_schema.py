"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_workday", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_days")),
    )
    op.create_table(
        "calendar_years",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_calendar_years")),
    )
    op.create_table(
        "case_number_counters",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "year", name=op.f("pk_case_number_counters")),
    )
    op.create_table(
        "case_number_patterns",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("pattern", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_case_number_patterns")),
    )
    op.create_table(
        "indicator_targets",
        sa.Column("indicator_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("target", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "target >= 0 AND target <= 100", name=op.f("ck_indicator_targets_target_range")
        ),
        sa.PrimaryKeyConstraint("indicator_id", name=op.f("pk_indicator_targets")),
    )
    op.create_table(
        "mediation_orgs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_orgs")),
        sa.UniqueConstraint("name", name=op.f("uq_mediation_orgs_name")),
    )
    op.create_table(
        "parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "person",
                "organisation",
                name="party_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("credit_code", sa.String(length=18), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parties")),
    )
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.create_index("ix_parties_credit_code", ["credit_code"], unique=False)
        batch_op.create_index("ix_parties_id_number", ["id_number"], unique=False)
        batch_op.create_index("ix_parties_name", ["name"], unique=False)

    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_name")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "mediation",
                "arbitration",
                "inspection",
                name="case_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("respondent_id", sa.Integer(), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column("claim_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("mediation_org_id", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("refused", sa.Boolean(), nullable=False),
        sa.Column("extended", sa.Boolean(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column(
            "closure_mode",
            sa.Enum(
                "agreement",
                "no_agreement",
                "withdrawn",
                "award",
                "mediated",
                "deemed_withdrawn",
                "cancelled",
                "terminated",
                "rectification",
                "penalty",
                "referral",
                "filing_revoked",
                name="closure_mode",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(closed_on IS NULL) = (closure_mode IS NULL)", name=op.f("ck_cases_closure_pair")
        ),
        sa.CheckConstraint(
            "accepted_on IS NULL OR accepted_on >= received_on",
            name=op.f("ck_cases_accepted_order"),
        ),
        sa.CheckConstraint(
            "claim_amount IS NULL OR claim_amount >= 0", name=op.f("ck_cases_amount_nonnegative")
        ),
        sa.CheckConstraint(
            "closed_on IS NULL OR closed_on >= received_on", name=op.f("ck_cases_closed_order")
        ),
        sa.CheckConstraint("headcount >= 1", name=op.f("ck_cases_headcount_positive")),
        sa.ForeignKeyConstraint(
            ["applicant_id"], ["parties.id"], name=op.f("fk_cases_applicant_id_parties")
        ),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["staff.id"], name=op.f("fk_cases_handler_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["mediation_org_id"],
            ["mediation_orgs.id"],
            name=op.f("fk_cases_mediation_org_id_mediation_orgs"),
        ),
        sa.ForeignKeyConstraint(
            ["respondent_id"], ["parties.id"], name=op.f("fk_cases_respondent_id_parties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_cases_number")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_applicant", ["applicant_id"], unique=False)
        batch_op.create_index("ix_cases_handler", ["handler_id"], unique=False)
        batch_op.create_index("ix_cases_kind_accepted", ["kind", "accepted_on"], unique=False)
        batch_op.create_index("ix_cases_kind_closed", ["kind", "closed_on"], unique=False)
        batch_op.create_index("ix_cases_kind_received", ["kind", "received_on"], unique=False)
        batch_op.create_index("ix_cases_respondent", ["respondent_id"], unique=False)
        batch_op.create_index("ix_cases_status", ["status"], unique=False)

    op.create_table(
        "case_dispute_types",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column(
            "dispute_type",
            sa.Enum(
                "remuneration",
                "contract_end",
                "social_insurance",
                "work_injury",
                "compensation",
                "working_time",
                "relationship",
                "personnel",
                "other",
                name="dispute_type",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_dispute_types_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "position", name=op.f("pk_case_dispute_types")),
    )
    with op.batch_alter_table("case_dispute_types", schema=None) as batch_op:
        batch_op.create_index("ix_case_dispute_types_type", ["dispute_type"], unique=False)

    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.create_index("ix_case_events_case", ["case_id", "recorded_at"], unique=False)

    op.create_table(
        "suspensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "ended_on IS NULL OR ended_on >= started_on", name=op.f("ck_suspensions_order")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_suspensions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suspensions")),
    )
    with op.batch_alter_table("suspensions", schema=None) as batch_op:
        batch_op.create_index("ix_suspensions_case", ["case_id"], unique=False)

    # Marks the database as ours: opening refuses files without this row.
    op.bulk_insert(
        sa.table("app_meta", sa.column("key", sa.String), sa.column("value", sa.String)),
        [{"key": "application", "value": "xinxiang-arbitration"}],
    )


def downgrade() -> None:

    with op.batch_alter_table("suspensions", schema=None) as batch_op:
        batch_op.drop_index("ix_suspensions_case")

    op.drop_table("suspensions")
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.drop_index("ix_case_events_case")

    op.drop_table("case_events")
    with op.batch_alter_table("case_dispute_types", schema=None) as batch_op:
        batch_op.drop_index("ix_case_dispute_types_type")

    op.drop_table("case_dispute_types")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_status")
        batch_op.drop_index("ix_cases_respondent")
        batch_op.drop_index("ix_cases_kind_received")
        batch_op.drop_index("ix_cases_kind_closed")
        batch_op.drop_index("ix_cases_kind_accepted")
        batch_op.drop_index("ix_cases_handler")
        batch_op.drop_index("ix_cases_applicant")

    op.drop_table("cases")
    op.drop_table("staff")
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.drop_index("ix_parties_name")
        batch_op.drop_index("ix_parties_id_number")
        batch_op.drop_index("ix_parties_credit_code")

    op.drop_table("parties")
    op.drop_table("mediation_orgs")
    op.drop_table("indicator_targets")
    op.drop_table("case_number_patterns")
    op.drop_table("case_number_counters")
    op.drop_table("calendar_years")
    op.drop_table("calendar_days")
    op.drop_table("audit_log")
    op.drop_table("app_meta")
