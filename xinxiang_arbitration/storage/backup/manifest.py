"""The manifest of a backup file and the canonical rows behind its checksums: what a backup
holds, checked before anything is restored, and the same checksums after a restore."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, MetaData, Table, inspect, select, text

from xinxiang_arbitration import APP_NAME, __version__
from xinxiang_arbitration.errors import BackupRejected, NotOurDatabase
from xinxiang_arbitration.models import Base
from xinxiang_arbitration.storage.migrate import known_revisions

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


# --- the canonical rows: the same text for checksums and for the JSON-lines export ---


def encode(value: Any) -> Any:
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


def decode(value: Any, column: Any) -> Any:
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


def reflect(conn: Connection) -> list[Table]:
    """Our tables as they are in this database (whatever its revision), parents first."""
    meta = MetaData()
    present = [t for t in inspect(conn).get_table_names() if t in OUR_TABLES]
    meta.reflect(conn, only=present)
    return list(meta.sorted_tables)


def canonical_lines(conn: Connection, table: Table) -> Iterator[bytes]:
    order = list(table.primary_key.columns) or list(table.columns)
    for row in conn.execute(select(table).order_by(*order)):
        yield json.dumps([encode(v) for v in row], ensure_ascii=False, sort_keys=True).encode()


def sum_table(conn: Connection, table: Table, sink: IO[bytes] | None = None) -> TableSum:
    digest, rows = hashlib.sha256(), 0
    for line in canonical_lines(conn, table):
        digest.update(line + b"\n")
        if sink is not None:
            sink.write(line + b"\n")
        rows += 1
    return TableSum(rows, digest.hexdigest(), [c.name for c in table.columns])


def table_sums(conn: Connection) -> dict[str, TableSum]:
    return {t.name: sum_table(conn, t) for t in reflect(conn)}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def revision(conn: Connection) -> str:
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    marker = conn.execute(text("SELECT value FROM app_meta WHERE key = 'application'")).scalar()
    if marker != APP_NAME:
        raise NotOurDatabase("数据库不是本系统的数据库，不能备份")
    return str(revision)


def make_manifest(
    conn: Connection, dialect: str, payload: str, files: dict[str, str], **extra: Any
) -> Manifest:
    return Manifest(
        application=APP_NAME,
        format_version=FORMAT_VERSION,
        app_version=__version__,
        schema_revision=revision(conn),
        dialect=dialect,
        payload=payload,
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        tables=extra.pop("tables", None) or table_sums(conn),
        files=files,
        **extra,
    )


def refuse(path: Path, why: str) -> BackupRejected:
    return BackupRejected(f"备份文件 {path} {why}{UNTOUCHED}")


def check_backup(path: Path) -> Manifest:
    """The manifest of a sound backup of ours, or ``BackupRejected`` saying what is wrong."""
    if not path.is_file():
        raise refuse(path, "不存在")
    try:
        with zipfile.ZipFile(path) as zf:
            try:
                raw = zf.read(MANIFEST)
            except KeyError:
                raise refuse(path, "不是本系统的备份（缺少清单）") from None
            try:
                manifest = Manifest.from_json(raw)
            except (ValueError, TypeError, KeyError) as exc:
                raise refuse(path, f"的清单无法读取：{exc}") from None
            _check_manifest(path, manifest)
            bad = zf.testzip()
            if bad is not None:
                raise refuse(path, f"已损坏（{bad} 校验失败）")
            for name, expected in manifest.files.items():
                digest = hashlib.sha256()
                with zf.open(name) as member:
                    for chunk in iter(lambda: member.read(1 << 20), b""):
                        digest.update(chunk)
                if digest.hexdigest() != expected:
                    raise refuse(path, f"已损坏（{name} 与清单不符）")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise refuse(path, f"已损坏或不是本系统的备份（{exc}）") from None
    except KeyError as exc:
        raise refuse(path, f"已损坏（缺少 {exc}）") from None
    return manifest


def _check_manifest(path: Path, manifest: Manifest) -> None:
    if manifest.application != APP_NAME:
        raise refuse(path, f"不是本系统的备份（来自 {manifest.application}）")
    if (
        manifest.format_version > FORMAT_VERSION
        or manifest.schema_revision not in known_revisions()
    ):
        raise refuse(
            path,
            f"由较新版本的程序生成（结构版本 {manifest.schema_revision}），请先安装新版本",
        )
    if manifest.payload not in ("sqlite", "pg_dump", "jsonl"):
        raise refuse(path, f"的格式未知：{manifest.payload}")


# --- restore ---
