"""A unit of work that cannot commit says so as NotSaved, leaves nothing behind, and the
next attempt works (issue 9: "an action that did not commit says so and can be retried")."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select, text

from xinxiang_arbitration.db import Database
from xinxiang_arbitration.errors import NotSaved
from xinxiang_arbitration.models import Staff


def _staff(db: Database) -> int:
    with db.transaction() as s:
        return int(s.scalar(select(func.count()).select_from(Staff)) or 0)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # a server connection
def test_a_server_connection_lost_mid_action_is_not_saved_and_a_retry_works(db: Database) -> None:
    assert db.dialect == "postgresql"
    with pytest.raises(NotSaved, match="连接中断，本次操作没有保存"), db.transaction() as s:
        s.add(Staff(name="断线前"))
        s.flush()
        pid = s.scalar(text("SELECT pg_backend_pid()"))
        with db.engine.connect() as other:  # what a server restart does to our connection
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        s.add(Staff(name="断线后"))
        s.flush()
    assert _staff(db) == 0  # nothing of the unit was written
    with db.transaction() as s:  # the retry gets a fresh connection
        s.add(Staff(name="重试"))
    assert _staff(db) == 1


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # file locking is SQLite's
def test_a_database_kept_busy_by_another_writer_is_not_saved(db: Database) -> None:
    path = db.url.database
    assert path is not None
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(NotSaved, match="数据库正忙"), db.transaction() as s:
            s.execute(text("PRAGMA busy_timeout = 50"))
            s.add(Staff(name="等不到"))
            s.flush()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with db.transaction() as s:
        s.execute(text("PRAGMA busy_timeout = 5000"))
        s.add(Staff(name="稍后重试"))
    assert _staff(db) == 1
