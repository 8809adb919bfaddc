"""The audit log's hash chain: appends link up, and tampering is found and named."""

from __future__ import annotations

import itertools
import threading

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from xinxiang_arbitration.models import AuditChainHead, AuditEntry
from xinxiang_arbitration.models.users import GENESIS_HASH, audit_row_hash
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.storage.db import Database, make_engine, open_database
from xinxiang_arbitration.storage.migrate import upgrade_to


def _append_some(db: Database, n: int) -> list[int]:
    ids = []
    for i in range(n):
        with db.transaction() as s:
            ids.append(audit.append(s, "admin", "test", {"i": i, "名": "张伟"}))
    return ids


def test_appends_form_one_chain_and_verify_ok(db: Database) -> None:
    ids = _append_some(db, 5)
    with db.transaction() as s:
        audit.append(
            s,
            "admin",
            "user_roles",
            {"login": "li"},
            before={"roles": []},
            after={"roles": ["clerk"]},
        )
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [r.id for r in rows] == [*ids, ids[-1] + 1] == list(range(1, 7))
    assert rows[0].prev_hash == GENESIS_HASH
    assert all(b.prev_hash == a.row_hash for a, b in itertools.pairwise(rows))
    assert rows[-1].before_state == {"roles": []} and rows[-1].after_state == {"roles": ["clerk"]}
    result = audit.verify(db)
    assert result.ok and result.rows_checked == 6
    assert "完整" in result.message


def test_direct_writers_of_audit_entry_are_chained_too(db: Database) -> None:
    """Services that still add AuditEntry themselves get linked by the model listener."""
    from xinxiang_arbitration.statistics.month_close import close_month

    _append_some(db, 1)
    close_month(db, "2025-01", actor="主任")
    assert audit.verify(db).ok
    assert audit.recent(db, 1)[0].action == "month-close"


def test_altered_details_are_found(db: Database) -> None:
    _append_some(db, 5)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET details = '{\"i\": 99}' WHERE id = 3"))
    result = audit.verify(db)
    assert not result.ok
    assert (result.broken_id, result.problem) == (3, "altered")
    assert "第 3 条记录被修改" in result.message


def test_altered_row_with_recomputed_hash_is_found(db: Database) -> None:
    """Rewriting a row and its own hash still breaks the link from the next row."""
    _append_some(db, 4)
    with db.transaction() as s:
        row = s.get_one(AuditEntry, 2)
        forged = audit_row_hash(
            id=2,
            at=row.at,
            actor="someone else",
            action=row.action,
            details=row.details,
            before=None,
            after=None,
            prev_hash=row.prev_hash,
        )
        s.execute(
            update(AuditEntry)
            .where(AuditEntry.id == 2)
            .values(actor="someone else", row_hash=forged)
        )
    result = audit.verify(db)
    assert (result.ok, result.broken_id, result.problem) == (False, 2, "altered")


def test_deleted_row_is_found_as_a_gap(db: Database) -> None:
    _append_some(db, 5)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 3"))
    result = audit.verify(db)
    assert (result.ok, result.broken_id, result.problem) == (False, 4, "deleted")
    assert "第 3 条记录已不存在" in result.message


def test_deleted_last_rows_are_found(db: Database) -> None:
    _append_some(db, 5)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id >= 4"))
    result = audit.verify(db)
    assert (result.ok, result.broken_id, result.problem) == (False, 5, "deleted")
    assert "4–5" in result.detail


def test_deleted_first_row_is_found(db: Database) -> None:
    _append_some(db, 3)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 1"))
    result = audit.verify(db)
    assert (result.ok, result.broken_id, result.problem) == (False, 2, "deleted")


def test_inserted_row_after_the_head_is_found(db: Database) -> None:
    _append_some(db, 3)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (id, at, actor, action, prev_hash, row_hash) "
                "VALUES (4, CURRENT_TIMESTAMP, 'x', 'forged', :p, :h)"
            ),
            {"p": "a" * 64, "h": "b" * 64},
        )
    result = audit.verify(db)
    assert (result.ok, result.broken_id, result.problem) == (False, 4, "inserted")


def test_concurrent_appends_keep_one_chain(db: Database) -> None:
    threads, each = 6, 8
    errors: list[BaseException] = []
    start = threading.Barrier(threads)

    def work(k: int) -> None:
        try:
            start.wait()
            for i in range(each):
                with db.transaction() as s:
                    audit.append(s, f"user{k}", "test", {"k": k, "i": i})
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    pool = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert errors == []
    result = audit.verify(db)
    assert result.ok and result.rows_checked == threads * each
    with db.transaction() as s:
        head = s.get_one(AuditChainHead, 1)
        assert head.last_id == threads * each
        assert s.scalar(select(func.count(func.distinct(AuditEntry.prev_hash)))) == threads * each


def _database_from_0010(url: URL) -> Database:
    """A 0010 database with two audit rows (ids 10 and 15), then upgraded by the app."""
    engine = make_engine(url)
    with engine.begin() as conn:
        upgrade_to(conn, "0010")
        for i, at in enumerate(["2025-01-02 03:04:05.123456", "2025-02-03 04:05:06"]):
            conn.execute(
                text(
                    "INSERT INTO audit_log (id, at, actor, action, details) "
                    "VALUES (:id, :at, '管理员', 'ledger-import', :d)"
                ),
                {"id": 10 + 5 * i, "at": at, "d": '{"file": "台账.xlsx", "rows": 3}'},
            )
    engine.dispose()
    return open_database(url)


def test_migration_chains_rows_written_before_it(db_url: URL) -> None:
    """Audit rows of a 0010 database get hashes in id order; verify agrees with them."""
    database = _database_from_0010(db_url)
    try:
        assert audit.verify(database).ok
        _append_some(database, 2)
        result = audit.verify(database)
        assert result.ok and result.rows_checked == 4
        with database.transaction() as s:
            ids = s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()
            assert ids == [10, 15, 16, 17]
    finally:
        database.dispose()


def test_row_slipped_into_an_old_gap_is_found_as_inserted(db_url: URL) -> None:
    """Ids before the chain may have gaps: a row put into one is named as inserted."""
    database = _database_from_0010(db_url)
    try:
        with database.transaction() as s:
            row10 = s.get_one(AuditEntry, 10)
            linked = audit_row_hash(
                id=12, at=row10.at, actor="x", action="forged", details=None, before=None,
                after=None, prev_hash=row10.row_hash,
            )  # fmt: skip
        insert = text(
            "INSERT INTO audit_log (id, at, actor, action, prev_hash, row_hash) "
            "SELECT 12, at, 'x', 'forged', :p, :h FROM audit_log WHERE id = 10"
        )
        with pytest.raises(IntegrityError), database.engine.begin() as conn:
            # linking it properly would fork the chain: prev_hash is unique
            conn.execute(insert, {"p": row10.row_hash, "h": linked})
        with database.engine.begin() as conn:
            conn.execute(insert, {"p": "a" * 64, "h": audit_row_hash(
                id=12, at=row10.at, actor="x", action="forged", details=None, before=None,
                after=None, prev_hash="a" * 64,
            )})  # fmt: skip
        result = audit.verify(database)
        assert (result.ok, result.broken_id, result.problem) == (False, 12, "inserted")
        assert "第 12 条记录被插入" in result.message
    finally:
        database.dispose()
