"""documents and proceedings: templates, generated documents, office settings,
agents, tribunal, hearings, mediation sessions, award items, case texts; party details

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The defaults an administrator edits (documents print them in headings and footers).
OFFICE_SETTINGS = {
    "commission_name": "新乡市劳动人事争议仲裁委员会",
    "commission_short": "新劳人仲",
    "commission_address": "新乡市",
    "commission_phone": "",
    "inspection_office_name": "新乡市劳动保障监察支队",
    "hearing_place": "新乡市劳动人事争议仲裁院仲裁庭",
}


def upgrade() -> None:

    op.create_table(
        "document_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_templates")),
        sa.UniqueConstraint("name", "version", name="uq_document_templates_version"),
    )
    op.create_table(
        "office_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_office_settings")),
    )
    op.create_table(
        "award_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("pay_within_days", sa.SmallInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_award_items_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_items")),
    )
    with op.batch_alter_table("award_items", schema=None) as batch_op:
        batch_op.create_index("ix_award_items_case_id", ["case_id"], unique=False)

    op.create_table(
        "case_agents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.CheckConstraint(
            "side IN ('applicant', 'respondent')", name=op.f("ck_case_agents_side_known")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_agents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_agents")),
    )
    with op.batch_alter_table("case_agents", schema=None) as batch_op:
        batch_op.create_index("ix_case_agents_case_id", ["case_id"], unique=False)

    op.create_table(
        "case_texts",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_texts_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "name", name=op.f("pk_case_texts")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("made_by", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_documents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["document_templates.id"],
            name=op.f("fk_documents_template_id_document_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index("ix_documents_case_id", ["case_id"], unique=False)

    op.create_table(
        "hearings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("ends_at", sa.Time(), nullable=False),
        sa.Column("room", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notice_served_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('scheduled', 'held', 'postponed', 'cancelled')",
            name=op.f("ck_hearings_status_known"),
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_hearings_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_hearings_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hearings")),
    )
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.create_index("ix_hearings_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_hearings_held_on", ["held_on"], unique=False)

    op.create_table(
        "mediation_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("mediator_id", sa.Integer(), nullable=True),
        sa.Column("attendees", sa.Text(), nullable=True),
        sa.Column("proposals", sa.Text(), nullable=True),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_mediation_sessions_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mediator_id"], ["staff.id"], name=op.f("fk_mediation_sessions_mediator_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_sessions")),
    )
    with op.batch_alter_table("mediation_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_mediation_sessions_case_id", ["case_id"], unique=False)

    op.create_table(
        "tribunal_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("seat", sa.String(length=20), nullable=False),
        sa.Column("appointed_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "seat IN ('presiding', 'member', 'sole', 'clerk')",
            name=op.f("ck_tribunal_members_seat_known"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_tribunal_members_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_tribunal_members_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tribunal_members")),
    )
    with op.batch_alter_table("tribunal_members", schema=None) as batch_op:
        batch_op.create_index("ix_tribunal_members_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_tribunal_members_staff_id", ["staff_id"], unique=False)

    op.create_table(
        "document_files",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_files_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_files")),
    )
    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sex", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("birth_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("legal_representative", sa.String(length=100), nullable=True))
        batch_op.add_column(
            sa.Column("legal_representative_title", sa.String(length=50), nullable=True)
        )

    office_settings = sa.table(
        "office_settings", sa.column("key", sa.String), sa.column("value", sa.Text)
    )
    op.bulk_insert(
        office_settings,
        [{"key": key, "value": value} for key, value in OFFICE_SETTINGS.items()],
    )


def downgrade() -> None:

    with op.batch_alter_table("parties", schema=None) as batch_op:
        batch_op.drop_column("legal_representative_title")
        batch_op.drop_column("legal_representative")
        batch_op.drop_column("birth_date")
        batch_op.drop_column("sex")

    op.drop_table("document_files")
    with op.batch_alter_table("tribunal_members", schema=None) as batch_op:
        batch_op.drop_index("ix_tribunal_members_staff_id")
        batch_op.drop_index("ix_tribunal_members_case_id")

    op.drop_table("tribunal_members")
    with op.batch_alter_table("mediation_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_mediation_sessions_case_id")

    op.drop_table("mediation_sessions")
    with op.batch_alter_table("hearings", schema=None) as batch_op:
        batch_op.drop_index("ix_hearings_held_on")
        batch_op.drop_index("ix_hearings_case_id")

    op.drop_table("hearings")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_case_id")

    op.drop_table("documents")
    op.drop_table("case_texts")
    with op.batch_alter_table("case_agents", schema=None) as batch_op:
        batch_op.drop_index("ix_case_agents_case_id")

    op.drop_table("case_agents")
    with op.batch_alter_table("award_items", schema=None) as batch_op:
        batch_op.drop_index("ix_award_items_case_id")

    op.drop_table("award_items")
    op.drop_table("office_settings")
    op.drop_table("document_templates")
