"""A unit of work that cannot commit says so as NotSaved, leaves nothing behind, and the
next attempt works (issue 9: "an action that did not commit says so and can be retried")."""

from __future__ import annotations

import contextlib
import sqlite3
import threading

import pytest
from sqlalchemy import func, select, text

from xinxiang_arbitration.errors import NotSaved
from xinxiang_arbitration.models import Staff
from xinxiang_arbitration.storage import db as db_module
from xinxiang_arbitration.storage.db import Database


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
def test_a_database_kept_busy_by_another_writer_is_not_saved(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = db.url.database
    assert path is not None
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 50)  # wait 50 ms, not 10 s
    db.engine.dispose()  # new connections take the short wait
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(NotSaved, match="数据库正忙"), db.transaction() as s:
            s.add(Staff(name="等不到"))
            s.flush()
        with db.transaction(read_only=True) as s:  # reading does not wait for the writer
            assert s.scalar(select(func.count()).select_from(Staff)) == 0
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with db.transaction() as s:
        s.add(Staff(name="稍后重试"))
    assert _staff(db) == 1


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # SQLite's write lock
def test_two_saves_at_once_on_one_file_queue_instead_of_failing(db: Database) -> None:
    """Both read first, then write: with a deferred BEGIN the later writer's snapshot is
    stale and SQLite refuses it at once (SQLITE_BUSY_SNAPSHOT); a save takes the write
    lock when it begins, so the second waits for the first and both are kept."""
    read_both = threading.Barrier(2, timeout=10)
    outcomes: list[str] = []

    def save(name: str) -> None:
        try:
            with db.transaction() as s:
                s.scalar(select(func.count()).select_from(Staff))
                with contextlib.suppress(threading.BrokenBarrierError):
                    read_both.wait(timeout=0.5)  # the other may be queued behind us
                s.add(Staff(name=name))
            outcomes.append("ok")
        except NotSaved as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=save, args=(n,)) for n in ("甲", "乙")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes == ["ok", "ok"]
    assert _staff(db) == 2
