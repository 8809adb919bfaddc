"""Restoring a backup: every check of the file before the target is touched, then the
target replaced in one transaction, checked against the manifest, and upgraded."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from xinxiang_arbitration import APP_NAME
from xinxiang_arbitration.errors import AppError, NotOurDatabase
from xinxiang_arbitration.storage.backup.manifest import (
    DERIVED_TABLES,
    OUR_TABLES,
    PG_FUNCTIONS,
    PGDUMP_MEMBER,
    SQLITE_MEMBER,
    TABLES_DIR,
    UNTOUCHED,
    Manifest,
    check_backup,
    decode,
    reflect,
    refuse,
    table_sums,
)
from xinxiang_arbitration.storage.backup.tools import libpq, plain_sqlite, run_tool
from xinxiang_arbitration.storage.db import (
    SQLITE_MAGIC,
    describe,
    make_engine,
    open_database,
)
from xinxiang_arbitration.storage.migrate import head_revision, upgrade_to


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    upgraded_to: str | None  # set when the restored schema was older and was upgraded


def restore(url: URL, path: Path) -> RestoreResult:
    """Replace the database at ``url`` with the backup in ``path``; check it; upgrade it.

    Every check of the file happens before the target is touched.
    """
    path = path.expanduser().resolve()
    manifest = check_backup(path)
    target = url.get_backend_name()
    if target != manifest.dialect:
        raise refuse(path, f"是 {manifest.dialect} 数据库的备份，不能恢复到 {target} 数据库")
    with tempfile.TemporaryDirectory(prefix="xinxiang-restore-") as work:
        with zipfile.ZipFile(path) as zf:
            zf.extractall(work, members=list(manifest.files))
        if manifest.payload == "sqlite":
            _restore_sqlite(url, path, Path(work) / SQLITE_MEMBER, manifest)
        elif manifest.payload == "pg_dump":
            _restore_pg_dump(url, path, Path(work) / PGDUMP_MEMBER, manifest)
        else:
            _restore_jsonl(url, Path(work), manifest)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            found = table_sums(conn)
    finally:
        engine.dispose()
    if found != manifest.tables:
        differ = sorted(
            t
            for t in manifest.tables.keys() | found.keys()
            if found.get(t) != manifest.tables.get(t)
        )
        raise AppError(
            f"恢复后的数据与备份清单不一致（{'、'.join(differ)}），请保留备份文件并联系技术支持"
        )
    upgraded = None
    if manifest.schema_revision != head_revision():
        open_database(url).dispose()  # upgrades (SQLite: after a copy of the restored file)
        upgraded = head_revision()
    return RestoreResult(manifest, upgraded)


def _restore_sqlite(url: URL, path: Path, copy: Path, manifest: Manifest) -> None:
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
    assert url.database
    dest = Path(url.database)
    _refuse_foreign_target(url)
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    dst = sqlite3.connect(dest, timeout=10)
    try:
        src.backup(dst)  # page by page, inside SQLite's own locking: open readers stay safe
    finally:
        dst.close()
        src.close()


def _refuse_foreign_target(url: URL) -> None:
    """Never overwrite another application's data with ours."""
    from xinxiang_arbitration.storage.db import _read_state

    try:
        tables, _revision, marker = _read_state(url)
    except NotOurDatabase as exc:
        raise NotOurDatabase(f"{exc.message}；恢复已取消") from None
    except AppError:
        return  # damaged: restoring is exactly what it needs
    if tables and marker != APP_NAME:
        raise NotOurDatabase(f"{describe(url)} 不是本系统的数据库，恢复已取消{UNTOUCHED}")


def _target_schema(url: URL) -> str:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SELECT current_schema()")).scalar_one())
    finally:
        engine.dispose()


def _drop_ours_sql(url: URL, schema: str) -> list[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            present = [t for t in inspect(conn).get_table_names() if t in OUR_TABLES]
    finally:
        engine.dispose()
    quoted = f'"{schema}"'
    return [f'DROP TABLE IF EXISTS {quoted}."{t}" CASCADE;' for t in present] + [
        f"DROP FUNCTION IF EXISTS {quoted}.{f} CASCADE;" for f in PG_FUNCTIONS
    ]


def _restore_pg_dump(url: URL, path: Path, dump: Path, manifest: Manifest) -> None:
    pg_restore, psql = shutil.which("pg_restore"), shutil.which("psql")
    if pg_restore is None or psql is None:
        raise refuse(path, "需要 PostgreSQL 客户端工具 pg_restore 和 psql，本机未安装")
    uri, env = libpq(url)
    listing = subprocess.run([pg_restore, "--list", str(dump)], capture_output=True, check=False)
    if listing.returncode != 0:
        raise refuse(path, "已损坏（pg_restore 无法读取其目录）")
    schema = _target_schema(url)
    if manifest.pg_schema and schema != manifest.pg_schema:
        raise refuse(
            path,
            f"来自模式 {manifest.pg_schema}，目标数据库当前模式为 {schema}，请在同名模式中恢复",
        )
    _refuse_foreign_target(url)
    # the schema itself stays; only our objects in it are replaced
    kept = [
        ln
        for ln in listing.stdout.decode().splitlines()
        if " SCHEMA - " not in ln and " COMMENT - SCHEMA " not in ln
    ]
    toc = dump.with_suffix(".list")
    toc.write_text("\n".join(kept) + "\n", encoding="utf-8")
    body = run_tool(
        [pg_restore, "--no-owner", "--no-privileges", f"--use-list={toc}", "--file=-", str(dump)],
        env,
        "pg_restore",
    ).stdout
    script = dump.with_suffix(".sql")
    with script.open("wb") as fh:
        fh.write("\n".join(_drop_ours_sql(url, schema)).encode() + b"\n")
        fh.write(body)
    # one transaction: the old data stays unless all of the backup went in
    run_tool(
        [psql, "--no-psqlrc", "--quiet", "--single-transaction", "-v", "ON_ERROR_STOP=1",
         f"--file={script}", uri],
        env,
        "恢复（psql）",
    )  # fmt: skip


def _restore_jsonl(url: URL, work: Path, manifest: Manifest) -> None:
    _refuse_foreign_target(url)
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
                _load_jsonl(conn, table, work / TABLES_DIR / f"{table.name}.jsonl", manifest)
            if conn.dialect.name == "postgresql":
                for table in tables:
                    _reset_sequence(conn, table)
    finally:
        engine.dispose()


def _load_jsonl(conn: Connection, table: Table, path: Path, manifest: Manifest) -> None:
    names = manifest.tables[table.name].columns
    columns = [table.c[n] for n in names]
    batch: list[dict[str, Any]] = []
    with path.open("rb") as fh:
        for line in fh:
            values = json.loads(line)
            batch.append({c.name: decode(v, c) for c, v in zip(columns, values, strict=True)})
            if len(batch) >= 1000:
                conn.execute(insert(table), batch)
                batch = []
    if batch:
        conn.execute(insert(table), batch)


def _reset_sequence(conn: Connection, table: Table) -> None:
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
