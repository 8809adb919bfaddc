"""Helpers for writing many rows at once on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TypeVar

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

T = TypeVar("T")
CHUNK = 5_000


def chunked(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """Primary keys for ``count`` new rows, so bulk inserts need no RETURNING.

    PostgreSQL hands them out from the table's sequence (safe with other PCs
    writing at the same time); SQLite has one writer at a time, so the next
    free numbers after the current maximum are ours for this transaction.
    """
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        seq = f"pg_get_serial_sequence('{table.name}', 'id')"
        rows = session.execute(
            text(f"SELECT nextval({seq}) FROM generate_series(1, :n)"), {"n": count}
        )
        return [int(r[0]) for r in rows]
    start = int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
    return list(range(start, start + count))


def insert_many(session: Session, table: Table, rows: Sequence[dict[str, object]]) -> None:
    """executemany in chunks (one statement per chunk, no ORM objects)."""
    for batch in chunked(rows):
        session.execute(table.insert(), batch)
