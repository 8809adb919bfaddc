"""备份与恢复 (backup and restore) of the whole database, checked both ways.

A backup is one ZIP file: ``manifest.json`` (application, schema revision,
row count and checksum of every table, sha256 of every member) and the data:

* SQLite: ``database.sqlite3``, a copy made with SQLite's online backup API
  (safe while the program is in use);
* PostgreSQL: ``database.pgdump`` from ``pg_dump -Fc`` when the client tools
  are installed, otherwise ``tables/<table>.jsonl``, our own export. Either is
  taken in one snapshot, the manifest's checksums in that same snapshot.

``restore`` refuses a file that is not ours, damaged, or from a newer schema
before it touches the target; it then replaces the target in one transaction,
checks every table against the manifest, and upgrades an older schema.

Nothing here asks who is acting: ``admin.backups.run_backup`` is a backup as a person
asks for it (``backup.run``, written to the audit log). ``restore`` is not checked at
all: it replaces the very database whose accounts would be asked (which may be empty or
unreadable), so its front ends check ``backup.run`` in the database being replaced
before calling it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, MetaData, Table, create_engine, insert, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from xinxiang_arbitration import APP_NAME, __version__
from xinxiang_arbitration.errors import AppError, BackupRejected, NotOurDatabase
from xinxiang_arbitration.models import Base
from xinxiang_arbitration.storage.db import (
    SQLITE_MAGIC,
    Database,
    backup_sqlite,
    describe,
    make_engine,
    open_database,
)
from xinxiang_arbitration.storage.migrate import head_revision, known_revisions, upgrade_to

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite3"
PGDUMP_MEMBER = "database.pgdump"
TABLES_DIR = "tables/"
OUR_TABLES = frozenset(Base.metadata.tables) | {"alembic_version"}
DERIVED_TABLES = frozenset({"party_name_grams"})  # kept by triggers from parties
PG_FUNCTIONS = ("party_name_grams_sync()", "xa_notify_change()")  # our trigger functions
UNTOUCHED = "；未做任何改动"


@dataclass(frozen=True)
class TableSum:
    rows: int
    sha256: str
    columns: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Manifest:
    application: str
    format_version: int
    app_version: str
    schema_revision: str
    dialect: str  # sqlite | postgresql
    payload: str  # sqlite | pg_dump | jsonl
    created_at: str
    tables: dict[str, TableSum]
    files: dict[str, str]  # member → sha256
    pg_schema: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        data = json.loads(raw)
        data["tables"] = {k: TableSum(**v) for k, v in data["tables"].items()}
        return cls(**data)

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables.values())


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    upgraded_to: str | None  # set when the restored schema was older and was upgraded


# --- the canonical rows: the same text for checksums and for the JSON-lines export ---


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str | dict | list):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return (value.astimezone(dt.UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def _decode(value: Any, column: Any) -> Any:
    if value is None:
        return None
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return value
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is dt.time:
        return dt.time.fromisoformat(value)
    if kind is Decimal:
        return Decimal(value)
    if kind is bytes:
        return base64.b64decode(value)
    return value


def _reflect(conn: Connection) -> list[Table]:
    """Our tables as they are in this database (whatever its revision), parents first."""
    meta = MetaData()
    present = [t for t in inspect(conn).get_table_names() if t in OUR_TABLES]
    meta.reflect(conn, only=present)
    return list(meta.sorted_tables)


def _lines(conn: Connection, table: Table) -> Iterator[bytes]:
    order = list(table.primary_key.columns) or list(table.columns)
    for row in conn.execute(select(table).order_by(*order)):
        yield json.dumps([_encode(v) for v in row], ensure_ascii=False, sort_keys=True).encode()


def _sum_table(conn: Connection, table: Table, sink: IO[bytes] | None = None) -> TableSum:
    digest, rows = hashlib.sha256(), 0
    for line in _lines(conn, table):
        digest.update(line + b"\n")
        if sink is not None:
            sink.write(line + b"\n")
        rows += 1
    return TableSum(rows, digest.hexdigest(), [c.name for c in table.columns])


def table_sums(conn: Connection) -> dict[str, TableSum]:
    return {t.name: _sum_table(conn, t) for t in _reflect(conn)}


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _revision(conn: Connection) -> str:
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    marker = conn.execute(text("SELECT value FROM app_meta WHERE key = 'application'")).scalar()
    if marker != APP_NAME:
        raise NotOurDatabase("数据库不是本系统的数据库，不能备份")
    return str(revision)


def _manifest(
    conn: Connection, dialect: str, payload: str, files: dict[str, str], **extra: Any
) -> Manifest:
    return Manifest(
        application=APP_NAME,
        format_version=FORMAT_VERSION,
        app_version=__version__,
        schema_revision=_revision(conn),
        dialect=dialect,
        payload=payload,
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        tables=extra.pop("tables", None) or table_sums(conn),
        files=files,
        **extra,
    )


@contextmanager
def _plain_sqlite(path: Path) -> Iterator[Connection]:
    """A connection to a loose SQLite file, without the app's pragmas (no WAL files)."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


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
    with _plain_sqlite(copy) as conn:
        return _manifest(conn, "sqlite", "sqlite", {SQLITE_MEMBER: _sha256_file(copy)})


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq URI without the password, and the environment that carries it."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return url.set(drivername="postgresql", password=None).render_as_string(), env


def _run(args: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[bytes]:
    done = subprocess.run(args, env=env, capture_output=True, check=False)
    if done.returncode != 0:
        lines = [ln for ln in done.stderr.decode(errors="replace").splitlines() if ln.strip()]
        raise AppError(f"{what}失败：{lines[0] if lines else done.returncode}")
    return done


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
            uri, env = _libpq(db.url)
            _run(
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
            files = {PGDUMP_MEMBER: _sha256_file(dump)}
            return _manifest(conn, "postgresql", "pg_dump", files, pg_schema=schema), {
                PGDUMP_MEMBER: dump
            }


def _export_jsonl(conn: Connection, work: Path, schema: str) -> tuple[Manifest, dict[str, Path]]:
    members: dict[str, Path] = {}
    tables: dict[str, TableSum] = {}
    for table in _reflect(conn):
        path = work / f"{table.name}.jsonl"
        with path.open("wb") as sink:
            tables[table.name] = _sum_table(conn, table, sink)
        members[f"{TABLES_DIR}{table.name}.jsonl"] = path
    files = {name: _sha256_file(p) for name, p in members.items()}
    manifest = _manifest(conn, "postgresql", "jsonl", files, tables=tables, pg_schema=schema)
    return manifest, members


# --- checking a backup file, before anything is touched ---


def _refuse(path: Path, why: str) -> BackupRejected:
    return BackupRejected(f"备份文件 {path} {why}{UNTOUCHED}")


def check_backup(path: Path) -> Manifest:
    """The manifest of a sound backup of ours, or ``BackupRejected`` saying what is wrong."""
    if not path.is_file():
        raise _refuse(path, "不存在")
    try:
        with zipfile.ZipFile(path) as zf:
            try:
                raw = zf.read(MANIFEST)
            except KeyError:
                raise _refuse(path, "不是本系统的备份（缺少清单）") from None
            try:
                manifest = Manifest.from_json(raw)
            except (ValueError, TypeError, KeyError) as exc:
                raise _refuse(path, f"的清单无法读取：{exc}") from None
            _check_manifest(path, manifest)
            bad = zf.testzip()
            if bad is not None:
                raise _refuse(path, f"已损坏（{bad} 校验失败）")
            for name, expected in manifest.files.items():
                digest = hashlib.sha256()
                with zf.open(name) as member:
                    for chunk in iter(lambda: member.read(1 << 20), b""):
                        digest.update(chunk)
                if digest.hexdigest() != expected:
                    raise _refuse(path, f"已损坏（{name} 与清单不符）")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise _refuse(path, f"已损坏或不是本系统的备份（{exc}）") from None
    except KeyError as exc:
        raise _refuse(path, f"已损坏（缺少 {exc}）") from None
    return manifest


def _check_manifest(path: Path, manifest: Manifest) -> None:
    if manifest.application != APP_NAME:
        raise _refuse(path, f"不是本系统的备份（来自 {manifest.application}）")
    if (
        manifest.format_version > FORMAT_VERSION
        or manifest.schema_revision not in known_revisions()
    ):
        raise _refuse(
            path,
            f"由较新版本的程序生成（结构版本 {manifest.schema_revision}），请先安装新版本",
        )
    if manifest.payload not in ("sqlite", "pg_dump", "jsonl"):
        raise _refuse(path, f"的格式未知：{manifest.payload}")


# --- restore ---


def restore(url: URL, path: Path) -> RestoreResult:
    """Replace the database at ``url`` with the backup in ``path``; check it; upgrade it.

    Every check of the file happens before the target is touched.
    """
    path = path.expanduser().resolve()
    manifest = check_backup(path)
    target = url.get_backend_name()
    if target != manifest.dialect:
        raise _refuse(path, f"是 {manifest.dialect} 数据库的备份，不能恢复到 {target} 数据库")
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
            raise _refuse(path, "已损坏（其中的数据库不是 SQLite 文件）")
    try:
        with _plain_sqlite(copy) as conn:
            check = conn.execute(text("PRAGMA integrity_check")).scalar()
            if check != "ok":
                raise _refuse(path, f"已损坏（完整性检查：{check}）")
            if table_sums(conn) != manifest.tables:
                raise _refuse(path, "已损坏（数据与清单不符）")
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        raise _refuse(path, f"已损坏（{getattr(exc, 'orig', None) or exc}）") from None
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
        raise _refuse(path, "需要 PostgreSQL 客户端工具 pg_restore 和 psql，本机未安装")
    uri, env = _libpq(url)
    listing = subprocess.run([pg_restore, "--list", str(dump)], capture_output=True, check=False)
    if listing.returncode != 0:
        raise _refuse(path, "已损坏（pg_restore 无法读取其目录）")
    schema = _target_schema(url)
    if manifest.pg_schema and schema != manifest.pg_schema:
        raise _refuse(
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
    body = _run(
        [pg_restore, "--no-owner", "--no-privileges", f"--use-list={toc}", "--file=-", str(dump)],
        env,
        "pg_restore",
    ).stdout
    script = dump.with_suffix(".sql")
    with script.open("wb") as fh:
        fh.write("\n".join(_drop_ours_sql(url, schema)).encode() + b"\n")
        fh.write(body)
    # one transaction: the old data stays unless all of the backup went in
    _run(
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
            old = _reflect(conn)
            for table in reversed(old):
                table.drop(conn)
            if conn.dialect.name == "postgresql":
                for function in PG_FUNCTIONS:
                    conn.execute(text(f"DROP FUNCTION IF EXISTS {function} CASCADE"))
            upgrade_to(conn, manifest.schema_revision)
            tables = _reflect(conn)
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
            batch.append({c.name: _decode(v, c) for c, v in zip(columns, values, strict=True)})
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
