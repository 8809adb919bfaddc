"""Running the Alembic migrations that ship inside the package."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in _script().walk_revisions())


def upgrade_to_head(connection: Connection) -> None:
    """Upgrade inside the caller's transaction: all of it, or none of it."""
    command.upgrade(alembic_config(connection), "head")


def upgrade_to(connection: Connection, revision: str) -> None:
    command.upgrade(alembic_config(connection), revision)
