"""change notifications: PostgreSQL tells every listening PC which table changed

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-25

One NOTIFY per statement (not per row: a ledger import of 100 000 rows is one
message), on the channel ``xa_changes`` with the table's name as payload. SQLite needs
nothing: a single PC watches the file's ``data_version`` instead (see live.py).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "xa_changes"
# The tables whose changes the lists on screen show: cases and everything an action adds.
TABLES = ("cases", "case_events", "hearings", "suspensions", "documents", "mediation_sessions")

FUNCTION = f"""CREATE FUNCTION xa_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$ LANGUAGE plpgsql"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER trg_{table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION xa_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS xa_notify_change()")
