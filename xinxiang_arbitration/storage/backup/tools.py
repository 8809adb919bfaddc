"""The tools a backup and a restore call on: a SQLite file opened as a plain file, and
PostgreSQL's client programs (``pg_dump``, ``pg_restore``, ``psql``) run with the
connection in their environment, a failure told in words."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from xinxiang_arbitration.errors import AppError


@contextmanager
def plain_sqlite(path: Path) -> Iterator[Connection]:
    """A connection to a loose SQLite file, without the app's pragmas (no WAL files)."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq URI without the password, and the environment that carries it."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return url.set(drivername="postgresql", password=None).render_as_string(), env


def run_tool(args: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[bytes]:
    done = subprocess.run(args, env=env, capture_output=True, check=False)
    if done.returncode != 0:
        lines = [ln for ln in done.stderr.decode(errors="replace").splitlines() if ln.strip()]
        raise AppError(f"{what}失败：{lines[0] if lines else done.returncode}")
    return done
