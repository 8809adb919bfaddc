"""two-character grams of party names, kept by triggers: search as you type at a million parties

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME_LENGTH = 200  # parties.name is VARCHAR(200)

# The grams of NEW.name: every distinct pair of adjacent characters (see models/search.py).
GRAMS_OF_NEW = (
    "INSERT INTO party_name_grams (gram, party_id) "
    "SELECT DISTINCT substr(NEW.name, p.n, 2), NEW.id FROM gram_positions p "
    "WHERE p.n < length(NEW.name)"
)

SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER trg_parties_grams_insert AFTER INSERT ON parties
    BEGIN {GRAMS_OF_NEW}; END""",
    f"""CREATE TRIGGER trg_parties_grams_update AFTER UPDATE OF name ON parties
    BEGIN DELETE FROM party_name_grams WHERE party_id = OLD.id; {GRAMS_OF_NEW}; END""",
)

PG_FUNCTION = f"""CREATE FUNCTION party_name_grams_sync() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM party_name_grams WHERE party_id = OLD.id;
    END IF;
    {GRAMS_OF_NEW};
    RETURN NULL;
END
$$ LANGUAGE plpgsql"""

PG_TRIGGERS = (
    """CREATE TRIGGER trg_parties_grams_insert AFTER INSERT ON parties
    FOR EACH ROW EXECUTE FUNCTION party_name_grams_sync()""",
    """CREATE TRIGGER trg_parties_grams_update AFTER UPDATE OF name ON parties
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION party_name_grams_sync()""",
)


def upgrade() -> None:
    positions = op.create_table(
        "gram_positions",
        sa.Column("n", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("n", name=op.f("pk_gram_positions")),
    )
    op.bulk_insert(positions, [{"n": n} for n in range(1, NAME_LENGTH)])
    op.create_table(
        "party_name_grams",
        sa.Column("gram", sa.String(length=2), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["parties.id"],
            name=op.f("fk_party_name_grams_party_id_parties"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("gram", "party_id", name=op.f("pk_party_name_grams")),
        sqlite_with_rowid=False,
    )
    # the parties already there; the index on party_id after the fill is cheaper
    op.execute(
        "INSERT INTO party_name_grams (gram, party_id) "
        "SELECT DISTINCT substr(pa.name, p.n, 2), pa.id FROM parties pa "
        "JOIN gram_positions p ON p.n < length(pa.name)"
    )
    op.create_index("ix_party_name_grams_party_id", "party_name_grams", ["party_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        for statement in PG_TRIGGERS:
            op.execute(statement)
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    on_pg = op.get_bind().dialect.name == "postgresql"
    for name in ("trg_parties_grams_update", "trg_parties_grams_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (" ON parties" if on_pg else ""))
    if on_pg:
        op.execute("DROP FUNCTION IF EXISTS party_name_grams_sync()")
    op.drop_index("ix_party_name_grams_party_id", table_name="party_name_grams")
    op.drop_table("party_name_grams")
    op.drop_table("gram_positions")
