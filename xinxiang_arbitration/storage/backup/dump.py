"""Making a backup: SQLite's online backup of the file, or on PostgreSQL ``pg_dump -Fc`` when
the client tools are installed (else our own JSON-lines export), with the manifest's
checksums taken in the same snapshot."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from xinxiang_arbitration.storage.backup.manifest import (
    MANIFEST,
    PGDUMP_MEMBER,
    SQLITE_MEMBER,
    TABLES_DIR,
    Manifest,
    TableSum,
    make_manifest,
    reflect,
    sha256_file,
    sum_table,
)
from xinxiang_arbitration.storage.backup.tools import libpq, plain_sqlite, run_tool
from xinxiang_arbitration.storage.db import (
    Database,
    backup_sqlite,
)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest


def _write_zip(out: Path, manifest: Manifest, members: dict[str, Path]) -> None:
    """Write beside the target, then rename: a half-written backup never has its name."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, manifest.to_json())
            for name, path in members.items():
                zf.write(path, name)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


# --- backup ---


def backup(db: Database, out: Path) -> BackupResult:
    """Write a backup of ``db`` to ``out`` (a .zip file); the source stays in use."""
    out = out.expanduser().resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".backup-") as work:
        if db.dialect == "sqlite":
            manifest = _backup_sqlite(db, Path(work))
            members = {SQLITE_MEMBER: Path(work) / SQLITE_MEMBER}
        else:
            manifest, members = _backup_postgresql(db, Path(work))
        _write_zip(out, manifest, members)
    return BackupResult(out, manifest)


def _backup_sqlite(db: Database, work: Path) -> Manifest:
    assert db.url.database
    copy = backup_sqlite(Path(db.url.database), work / SQLITE_MEMBER)
    con = sqlite3.connect(copy)
    try:
        con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        con.close()
    with plain_sqlite(copy) as conn:
        return make_manifest(conn, "sqlite", "sqlite", {SQLITE_MEMBER: sha256_file(copy)})


def _backup_postgresql(db: Database, work: Path) -> tuple[Manifest, dict[str, Path]]:
    pg_dump = shutil.which("pg_dump")
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            schema = str(conn.execute(text("SELECT current_schema()")).scalar_one())
            if pg_dump is None:
                return _export_jsonl(conn, work, schema)
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            dump = work / PGDUMP_MEMBER
            uri, env = libpq(db.url)
            run_tool(
                [
                    pg_dump,
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    f"--schema={schema}",
                    f"--file={dump}",
                    uri,
                ],
                env,
                "pg_dump 备份",
            )
            files = {PGDUMP_MEMBER: sha256_file(dump)}
            return make_manifest(conn, "postgresql", "pg_dump", files, pg_schema=schema), {
                PGDUMP_MEMBER: dump
            }


def _export_jsonl(conn: Connection, work: Path, schema: str) -> tuple[Manifest, dict[str, Path]]:
    members: dict[str, Path] = {}
    tables: dict[str, TableSum] = {}
    for table in reflect(conn):
        path = work / f"{table.name}.jsonl"
        with path.open("wb") as sink:
            tables[table.name] = sum_table(conn, table, sink)
        members[f"{TABLES_DIR}{table.name}.jsonl"] = path
    files = {name: sha256_file(p) for name, p in members.items()}
    manifest = make_manifest(conn, "postgresql", "jsonl", files, tables=tables, pg_schema=schema)
    return manifest, members


# --- checking a backup file, before anything is touched ---
