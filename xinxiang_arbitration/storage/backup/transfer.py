"""Moving a single PC onto the office server: a SQLite backup restored into PostgreSQL.

The SQLite file inside the backup is checked as any restore checks it; then our tables on
the server are replaced, in one transaction, by the file's rows, table by table (parents
first), with the server's types: SQLite keeps timestamps without their zone, and our
timestamps are UTC. Afterwards every table is compared with the file row by row in a
form both databases give alike (a timestamp as UTC, an amount as its value), so the move
is only reported done when the server holds exactly what the PC held.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from xinxiang_arbitration.errors import AppError
from xinxiang_arbitration.storage.backup.manifest import (
    DERIVED_TABLES,
    UNTOUCHED,
    Manifest,
    encode,
    reflect,
)
from xinxiang_arbitration.storage.backup.replace import (
    check_sqlite_copy,
    refuse_foreign_target,
    replace_tables,
)
from xinxiang_arbitration.storage.backup.tools import plain_sqlite

BATCH = 1_000


def move_onto_server(url: URL, path: Path, copy: Path, manifest: Manifest) -> None:
    """Replace our tables at the PostgreSQL ``url`` with the SQLite database ``copy``."""
    check_sqlite_copy(path, copy, manifest)
    refuse_foreign_target(url)
    with plain_sqlite(copy) as source:
        sources = {t.name: t for t in reflect(source)}

        def load(conn: Connection, table: Table) -> None:
            _copy_rows(source, sources[table.name], conn, table)

        def verify(conn: Connection) -> None:
            _compare(source, conn, sources)

        try:
            replace_tables(url, manifest, load, verify)
        except DBAPIError as exc:
            problem = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise AppError(
                f"备份中的数据无法写入服务器（{problem}）{UNTOUCHED}；请把备份文件交给技术支持"
            ) from None


def _copy_rows(source: Connection, from_table: Table, conn: Connection, to_table: Table) -> None:
    names = [c.name for c in to_table.columns if c.name in from_table.c]
    zoned = {c.name for c in to_table.columns if _python_type(c) is dt.datetime}
    batch: list[dict[str, Any]] = []
    for row in source.execute(select(*(from_table.c[n] for n in names))):
        values = dict(zip(names, row, strict=True))
        for name in zoned & values.keys():
            values[name] = _as_utc(values[name])
        batch.append(values)
        if len(batch) >= BATCH:
            conn.execute(insert(to_table), batch)
            batch = []
    if batch:
        conn.execute(insert(to_table), batch)


def _python_type(column: Any) -> type | None:
    try:
        kind: type = column.type.python_type
    except NotImplementedError:
        return None
    return kind


def _as_utc(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)  # what UTCDateTime wrote into SQLite
    return value


def _neutral(value: Any) -> Any:
    """A value as both databases give it alike: timestamps in UTC, amounts by value."""
    value = _as_utc(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return encode(value)


def _neutral_lines(conn: Connection, table: Table, names: list[str]) -> Iterator[bytes]:
    keys = [table.c[c.name] for c in table.primary_key.columns] or [table.c[n] for n in names]
    for row in conn.execute(select(*(table.c[n] for n in names)).order_by(*keys)):
        yield json.dumps([_neutral(v) for v in row], ensure_ascii=False, sort_keys=True).encode()


def _digest(conn: Connection, table: Table, names: list[str]) -> tuple[int, str]:
    digest, rows = hashlib.sha256(), 0
    for line in _neutral_lines(conn, table, names):
        digest.update(line + b"\n")
        rows += 1
    return rows, digest.hexdigest()


def _compare(source: Connection, conn: Connection, sources: dict[str, Table]) -> None:
    """Every table on the server against the file, before the move is committed."""
    differ = []
    for table in reflect(conn):
        if table.name in DERIVED_TABLES:
            continue  # rebuilt by the server's own triggers
        names = sorted(c.name for c in table.columns if c.name in sources[table.name].c)
        if _digest(conn, table, names) != _digest(source, sources[table.name], names):
            differ.append(table.name)
    if differ:
        raise AppError(
            f"迁移后服务器上的数据与备份不一致（{'、'.join(differ)}）{UNTOUCHED}；"
            "请保留备份文件并联系技术支持"
        )
