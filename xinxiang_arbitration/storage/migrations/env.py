"""Alembic environment: always given a live connection by xinxiang_arbitration.storage.migrate."""

from alembic import context

from xinxiang_arbitration.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via `alembic` by hand
    raise SystemExit("Run migrations through xinxiang_arbitration (it opens the database).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
