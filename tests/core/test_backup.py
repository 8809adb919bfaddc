"""Backup and restore: consistent while in use, equal after restore, refusals touch nothing."""

from __future__ import annotations

import json
import shutil
import threading
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import sessionmaker

from tests.conftest import _pg_dsn
from tests.helpers import fingerprint
from xinxiang_arbitration.demo.build import generate_demo_data
from xinxiang_arbitration.errors import BackupRejected, DatabaseUnavailable
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.storage import backup
from xinxiang_arbitration.storage.db import Database, open_database
from xinxiang_arbitration.storage.migrate import head_revision


def _fill(db: Database) -> None:
    generate_demo_data(db, cases=30, seed=7)
    with db.transaction() as s:
        audit.append(s, "admin", "test", {"note": "备份前"})


def _sqlite_url(path: Path) -> URL:
    return make_url(f"sqlite:///{path}")


@pytest.fixture
def pg_fresh_database(pg_database: URL | None) -> Iterator[URL]:
    """An empty database on the PostgreSQL server (not a schema of the shared test database)."""
    if pg_database is None:
        pytest.skip("PostgreSQL is unreachable (outside CI)")
    name = f"xa_restore_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(_pg_dsn(pg_database), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield pg_database.set(database=name)
    finally:
        with psycopg.connect(_pg_dsn(pg_database), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _in_schema_of(fresh: URL, source: URL) -> URL:
    """``fresh`` database, with the same schema (search_path) as ``source``, created empty."""
    options = source.query.get("options")
    schema = str(options).split("=", 1)[1] if options else "public"
    with psycopg.connect(_pg_dsn(fresh), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    return fresh.update_query_dict({"options": f"-csearch_path={schema}"}) if options else fresh


def test_round_trip_into_a_fresh_database(
    db: Database, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    _fill(db)
    before = fingerprint(db)
    made = backup.backup(db, tmp_path / "office.zip")
    assert made.manifest.schema_revision == head_revision()
    assert made.manifest.tables["cases"].rows == 30
    if db.dialect == "sqlite":
        target = _sqlite_url(tmp_path / "restored" / "cases.sqlite3")
        assert made.manifest.payload == "sqlite"
    else:
        assert made.manifest.payload == "pg_dump"  # the client tools are installed here
        target = _in_schema_of(request.getfixturevalue("pg_fresh_database"), db.url)
    result = backup.restore(target, made.path)
    assert result.upgraded_to is None
    restored = open_database(target)
    try:
        assert fingerprint(restored) == before
        assert audit.verify(restored).ok
    finally:
        restored.dispose()


def test_restore_over_changed_data_brings_the_backup_back(db: Database, tmp_path: Path) -> None:
    _fill(db)
    before = fingerprint(db)
    made = backup.backup(db, tmp_path / "office.zip")
    generate_demo_data(db, cases=5, seed=8)
    with db.transaction() as s:
        audit.append(s, "admin", "test", {"note": "备份后"})
    assert fingerprint(db) != before
    db.dispose()
    backup.restore(db.url, made.path)
    assert fingerprint(db) == before
    # the restored database keeps working: new ids follow the restored ones
    generate_demo_data(db, cases=2, seed=9)
    with db.transaction() as s:
        audit.append(s, "admin", "after restore")
    assert audit.verify(db).ok


def test_postgresql_without_pg_dump_uses_our_own_export(
    pg_fresh_database: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(pg_fresh_database)
    try:
        _fill(db)
        before = fingerprint(db)
        monkeypatch.setattr(shutil, "which", lambda name: None)
        made = backup.backup(db, tmp_path / "office.zip")
        assert made.manifest.payload == "jsonl"
        with zipfile.ZipFile(made.path) as zf:
            assert "tables/cases.jsonl" in zf.namelist()
        generate_demo_data(db, cases=3, seed=4)
        db.dispose()
        backup.restore(db.url, made.path)
        assert fingerprint(db) == before
        generate_demo_data(db, cases=2, seed=5)  # sequences were moved past the restored ids
        assert audit.verify(db).ok
    finally:
        db.dispose()


def test_sqlite_backup_while_another_connection_writes(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "live.sqlite3"))
    try:
        _fill(db)
        stop = threading.Event()
        written: list[int] = []

        def writer() -> None:
            while not stop.is_set():
                with db.transaction() as s:
                    written.append(audit.append(s, "clerk", "busy", {"n": len(written)}))

        thread = threading.Thread(target=writer)
        thread.start()
        try:
            made = [backup.backup(db, tmp_path / f"b{i}.zip") for i in range(3)]
        finally:
            stop.set()
            thread.join()
        assert written, "the writer ran during the backups"
        for i, one in enumerate(made):
            target = _sqlite_url(tmp_path / f"r{i}.sqlite3")
            backup.restore(target, one.path)  # checks every table against the manifest
            restored = open_database(target)
            try:
                assert audit.verify(restored).ok  # a consistent snapshot: the chain is whole
            finally:
                restored.dispose()
    finally:
        db.dispose()


def _untouched(db: Database, path: Path) -> None:
    before = fingerprint(db)
    db.dispose()
    with pytest.raises(BackupRejected, match="未做任何改动"):
        backup.restore(db.url, path)
    assert fingerprint(db) == before


def test_garbage_file_is_refused(db: Database, tmp_path: Path) -> None:
    _fill(db)
    garbage = tmp_path / "garbage.zip"
    garbage.write_bytes(b"this is not a backup at all\n" * 100)
    _untouched(db, garbage)
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("readme.txt", "a zip, but not ours")
    _untouched(db, other)


def test_truncated_backup_is_refused(db: Database, tmp_path: Path) -> None:
    _fill(db)
    made = backup.backup(db, tmp_path / "office.zip")
    data = made.path.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    _untouched(db, cut)


def test_backup_with_a_damaged_member_is_refused(db: Database, tmp_path: Path) -> None:
    _fill(db)
    made = backup.backup(db, tmp_path / "office.zip")
    with zipfile.ZipFile(made.path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    name = next(n for n in members if n != backup.MANIFEST)
    payload = bytearray(members[name])
    payload[len(payload) // 2] ^= 0xFF
    members[name] = bytes(payload)
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(damaged, "w") as zf:
        for n, content in members.items():
            zf.writestr(n, content)
    _untouched(db, damaged)


def test_backup_from_a_newer_schema_is_refused(db: Database, tmp_path: Path) -> None:
    _fill(db)
    made = backup.backup(db, tmp_path / "office.zip")
    newer = tmp_path / "newer.zip"
    with zipfile.ZipFile(made.path) as src, zipfile.ZipFile(newer, "w") as dst:
        for n in src.namelist():
            content = src.read(n)
            if n == backup.MANIFEST:
                manifest = json.loads(content)
                manifest["schema_revision"] = "9999"
                content = json.dumps(manifest).encode()
            dst.writestr(n, content)
    with pytest.raises(BackupRejected, match="较新版本"):
        backup.check_backup(newer)
    _untouched(db, newer)


def test_backup_of_the_other_dialect_is_refused(db: Database, tmp_path: Path) -> None:
    """A server's backup never goes into a single PC's file. (A single PC's backup goes onto
    a server since issue 16: tests/core/storage/test_move_to_server.py; an unreachable
    server is said so.)"""
    _fill(db)
    made = backup.backup(db, tmp_path / "office.zip")
    if db.dialect == "sqlite":
        with pytest.raises(DatabaseUnavailable, match="无法连接数据库"):
            backup.restore(make_url("postgresql+psycopg://postgres@127.0.0.1:1/none"), made.path)
        return
    with pytest.raises(BackupRejected, match="不能恢复到"):
        backup.restore(_sqlite_url(tmp_path / "x.sqlite3"), made.path)
    assert not (tmp_path / "x.sqlite3").exists()


def test_older_backup_is_upgraded_after_restore(tmp_path: Path) -> None:
    """A backup of an older schema comes back as it was, then is brought to head."""
    from xinxiang_arbitration.storage.db import make_engine
    from xinxiang_arbitration.storage.migrate import upgrade_to

    old = tmp_path / "old.sqlite3"
    engine = make_engine(_sqlite_url(old))
    with engine.begin() as conn:
        upgrade_to(conn, "0008")
    engine.dispose()
    old_engine = make_engine(_sqlite_url(old))
    old_db = Database(url=_sqlite_url(old), engine=old_engine, sessions=sessionmaker(old_engine))
    made = backup.backup(old_db, tmp_path / "old.zip")
    old_db.dispose()
    assert made.manifest.schema_revision == "0008"
    target = _sqlite_url(tmp_path / "new.sqlite3")
    result = backup.restore(target, made.path)
    assert result.upgraded_to == head_revision()
    restored = open_database(target)
    try:
        with restored.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == head_revision()
            )
    finally:
        restored.dispose()
