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

from xinxiang_arbitration.errors import AppError
from xinxiang_arbitration.storage.backup.manifest import (
    OUR_TABLES,
    PG_FUNCTIONS,
    PGDUMP_MEMBER,
    SQLITE_MEMBER,
    TABLES_DIR,
    Manifest,
    check_backup,
    decode,
    refuse,
    table_sums,
)
from xinxiang_arbitration.storage.backup.replace import (
    check_sqlite_copy,
    refuse_foreign_target,
    replace_tables,
)
from xinxiang_arbitration.storage.backup.tools import libpq, run_tool
from xinxiang_arbitration.storage.backup.transfer import move_onto_server
from xinxiang_arbitration.storage.db import (
    make_engine,
    open_database,
)
from xinxiang_arbitration.storage.migrate import head_revision


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
    moving = manifest.payload == "sqlite" and target == "postgresql"  # onto the office server
    if target != manifest.dialect and not moving:
        raise refuse(path, f"是 {manifest.dialect} 数据库的备份，不能恢复到 {target} 数据库")
    with tempfile.TemporaryDirectory(prefix="xinxiang-restore-") as work:
        with zipfile.ZipFile(path) as zf:
            zf.extractall(work, members=list(manifest.files))
        if moving:
            move_onto_server(url, path, Path(work) / SQLITE_MEMBER, manifest)
        elif manifest.payload == "sqlite":
            _restore_sqlite(url, path, Path(work) / SQLITE_MEMBER, manifest)
        elif manifest.payload == "pg_dump":
            _restore_pg_dump(url, path, Path(work) / PGDUMP_MEMBER, manifest)
        else:
            _restore_jsonl(url, Path(work), manifest)
    if not moving:  # moving checked each table against the file itself (dialects differ)
        _check_against(url, manifest)
    upgraded = None
    if manifest.schema_revision != head_revision():
        open_database(url).dispose()  # upgrades (SQLite: after a copy of the restored file)
        upgraded = head_revision()
    return RestoreResult(manifest, upgraded)


def _check_against(url: URL, manifest: Manifest) -> None:
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


def _restore_sqlite(url: URL, path: Path, copy: Path, manifest: Manifest) -> None:
    check_sqlite_copy(path, copy, manifest)
    assert url.database
    dest = Path(url.database)
    refuse_foreign_target(url)
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    dst = sqlite3.connect(dest, timeout=10)
    try:
        src.backup(dst)  # page by page, inside SQLite's own locking: open readers stay safe
    finally:
        dst.close()
        src.close()


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
    refuse_foreign_target(url)
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
    refuse_foreign_target(url)
    replace_tables(
        url,
        manifest,
        lambda conn, table: _load_jsonl(
            conn, table, work / TABLES_DIR / f"{table.name}.jsonl", manifest
        ),
    )


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
