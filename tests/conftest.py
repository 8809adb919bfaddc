"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

PostgreSQL: one fresh database per test run (dropped at the end), one fresh
schema per test inside it. Where the server cannot be reached the PostgreSQL
variants are skipped with the reason, except under CI=true, where the whole run
fails: CI must exercise both databases.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

from xinxiang_arbitration.storage.db import Database, open_database

PG_SERVER = os.environ.get("XINXIANG_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"
# The app's log file goes to a folder of this run, not the user's real log folder.
os.environ.setdefault(
    "XINXIANG_ARBITRATION_LOG_DIR",
    str(Path(tempfile.gettempdir()) / f"xinxiang-test-logs-{os.getpid()}"),
)


def _pg_dsn(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_database() -> Iterator[URL | None]:
    """A database made for this run on the PostgreSQL server, or None when unreachable."""
    server = make_url(PG_SERVER)
    name = f"xa_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect(_pg_dsn(server), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        if IN_CI:
            pytest.exit(f"PostgreSQL at {server} is unreachable and CI=true: {exc}", returncode=1)
        yield None
        return
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name)
    finally:
        with psycopg.connect(_pg_dsn(server), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[URL]:
    """The URL of an empty database (not yet created by the app) on each dialect."""
    if request.param == "sqlite":
        yield make_url(f"sqlite:///{tmp_path / 'cases.sqlite3'}")
        return
    base: URL | None = request.getfixturevalue("pg_database")
    if base is None:
        pytest.skip(f"PostgreSQL at {PG_SERVER} is unreachable (outside CI)")
    with fresh_schema(base) as url:
        yield url


@contextmanager
def fresh_schema(base: URL, prefix: str = "t") -> Iterator[URL]:
    """A new, empty schema in the run's PostgreSQL database (dropped afterwards), as the
    URL of a database whose search_path is that schema."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_pg_dsn(base), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema}"})
    finally:
        with psycopg.connect(_pg_dsn(base), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def db(db_url: URL) -> Iterator[Database]:
    """A freshly created, migrated database on each dialect."""
    database = open_database(db_url)
    try:
        yield database
    finally:
        database.dispose()
