"""What every way of restoring shares: the target checked to be ours (or empty), our
tables replaced in one transaction at the backup's schema revision, serial ids moved past
the restored rows, and the SQLite file inside a backup checked before it is used."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Table, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from xinxiang_arbitration import APP_NAME
from xinxiang_arbitration.errors import AppError, DatabaseUnavailable, NotOurDatabase
from xinxiang_arbitration.storage.backup.manifest import (
    DERIVED_TABLES,
    PG_FUNCTIONS,
    UNTOUCHED,
    Manifest,
    reflect,
    refuse,
    table_sums,
)
from xinxiang_arbitration.storage.backup.tools import plain_sqlite
from xinxiang_arbitration.storage.db import SQLITE_MAGIC, describe, make_engine
from xinxiang_arbitration.storage.migrate import upgrade_to


def refuse_foreign_target(url: URL) -> None:
    """Never overwrite another application's data with ours."""
    from xinxiang_arbitration.storage.db import _read_state

    try:
        tables, _revision, marker = _read_state(url)
    except NotOurDatabase as exc:
        raise NotOurDatabase(f"{exc.message}；恢复已取消") from None
    except DatabaseUnavailable:
        raise  # the server cannot be reached: nothing can be restored there
    except AppError:
        return  # damaged: restoring is exactly what it needs
    if tables and marker != APP_NAME:
        raise NotOurDatabase(f"{describe(url)} 不是本系统的数据库，恢复已取消{UNTOUCHED}")


def check_sqlite_copy(path: Path, copy: Path, manifest: Manifest) -> None:
    """The SQLite file inside a backup: a SQLite file, intact, and its rows the manifest's."""
    with copy.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise refuse(path, "已损坏（其中的数据库不是 SQLite 文件）")
    try:
        with plain_sqlite(copy) as conn:
            check = conn.execute(text("PRAGMA integrity_check")).scalar()
            if check != "ok":
                raise refuse(path, f"已损坏（完整性检查：{check}）")
            if table_sums(conn) != manifest.tables:
                raise refuse(path, "已损坏（数据与清单不符）")
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        raise refuse(path, f"已损坏（{getattr(exc, 'orig', None) or exc}）") from None


def replace_tables(
    url: URL,
    manifest: Manifest,
    load: Callable[[Connection, Table], None],
    verify: Callable[[Connection], None] | None = None,
) -> None:
    """Drop our tables at ``url``, create the backup's schema revision, clear the rows the
    migrations seed, ``load`` each table (parents first) and ``verify`` the result: all in
    one transaction, so the old data stays unless every table went in as it should."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            old = reflect(conn)
            for table in reversed(old):
                table.drop(conn)
            if conn.dialect.name == "postgresql":
                for function in PG_FUNCTIONS:
                    conn.execute(text(f"DROP FUNCTION IF EXISTS {function} CASCADE"))
            upgrade_to(conn, manifest.schema_revision)
            tables = reflect(conn)
            for table in reversed(tables):
                conn.execute(table.delete())  # the seeds the migrations wrote
            order = sorted(tables, key=lambda t: t.name != "gram_positions")  # stable otherwise
            for table in order:
                if table.name in DERIVED_TABLES:
                    continue
                load(conn, table)
            if conn.dialect.name == "postgresql":
                for table in tables:
                    reset_sequence(conn, table)
            if verify is not None:
                verify(conn)
    finally:
        engine.dispose()


def reset_sequence(conn: Connection, table: Table) -> None:
    """After inserting explicit ids, the next serial id must follow the highest one."""
    pk = list(table.primary_key.columns)
    if len(pk) != 1:
        return
    seq = conn.execute(
        text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
    ).scalar()
    if seq:
        top = f'MAX("{pk[0].name}")'
        conn.execute(
            text(f'SELECT setval(:s, COALESCE({top}, 1), {top} IS NOT NULL) FROM "{table.name}"'),
            {"s": seq},
        )
