"""审计日志 (audit log): append an entry, and check that nobody altered or removed one.

Every row carries ``prev_hash`` (the hash of the row before it) and ``row_hash``
(sha256 over its own fields and ``prev_hash``); the one-row ``audit_chain_head``
holds the last id and hash. The linking happens on insert (see
``models/users.py``), so appends are serialised: PostgreSQL locks the head row
until the appending transaction ends; SQLite has one writer at a time anyway.
Nothing in the application updates or deletes an audit row; ``verify`` finds
whoever does it behind the application's back; ``admin.audit_check.run_verify`` is that
check as a person asks for it (``audit verify``). Nothing here asks who may do what:
``security.permissions`` writes its refusals through ``append``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.models import AuditChainHead, AuditEntry
from xinxiang_arbitration.models.users import GENESIS_HASH, audit_row_hash
from xinxiang_arbitration.storage.db import Database

Problem = Literal["altered", "deleted", "inserted"]
PROBLEM_LABELS: dict[str, str] = {"altered": "被修改", "deleted": "被删除", "inserted": "被插入"}


def append(
    session: Session,
    actor: str,
    action: str,
    details: dict[str, Any] | None = None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> int:
    """Add one entry in the caller's transaction; returns its id.

    Call it last in a unit of work: the chain head stays locked (PostgreSQL)
    until the transaction ends.
    """
    entry = AuditEntry(
        actor=actor,
        action=action,
        details=details,
        before_state=before,
        after_state=after,
    )
    session.add(entry)
    session.flush()
    return entry.id


def append_change(
    session: Session,
    actor: str,
    action: str,
    details: dict[str, Any] | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> int:
    """``append`` keeping, of ``before`` and ``after``, only the fields that differ (a field
    one side lacks counts as None); ``None`` for a side says there was no such thing
    (a hearing not yet scheduled)."""
    if before is None or after is None:
        return append(session, actor, action, details, before=before, after=after)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    return append(
        session,
        actor,
        action,
        details,
        before={k: before.get(k) for k in changed},
        after={k: after.get(k) for k in changed},
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    details: dict[str, Any] | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def recent(db: Database, limit: int = 100) -> list[AuditRow]:
    """The newest entries, newest first (for an audit window)."""
    with db.transaction() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
        return [
            AuditRow(r.id, r.at, r.actor, r.action, r.details, r.before_state, r.after_state)
            for r in rows
        ]


@dataclass(frozen=True)
class AuditVerification:
    """The outcome of ``verify``: ok, or the first row where the chain breaks and why."""

    ok: bool
    rows_checked: int
    broken_id: int | None = None
    problem: Problem | None = None
    detail: str = ""

    @property
    def message(self) -> str:
        if self.ok:
            return f"审计日志完整：共 {self.rows_checked} 条记录，哈希链无断裂"
        assert self.problem is not None
        return (
            f"审计日志不完整：第 {self.broken_id} 条记录{PROBLEM_LABELS[self.problem]}"
            f"（{self.detail}）；已检查 {self.rows_checked} 条"
        )


def _own_hash(row: AuditEntry) -> str:
    return audit_row_hash(
        id=row.id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        details=row.details,
        before=row.before_state,
        after=row.after_state,
        prev_hash=row.prev_hash,
    )


def _with_next(rows: Iterable[AuditEntry]) -> Iterator[tuple[AuditEntry, AuditEntry | None]]:
    it = iter(rows)
    row = next(it, None)
    while row is not None:
        following = next(it, None)
        yield row, following
        row = following


def _broken_link(
    row: AuditEntry,
    following: AuditEntry | None,
    prev_id: int | None,
    expected: str,
    hash_before_prev: str | None,
) -> tuple[int, Problem, str]:
    """Why ``row.prev_hash`` is not the previous row's hash: (row to name, problem, detail)."""
    if prev_id is not None and row.prev_hash == hash_before_prev:
        return prev_id, "inserted", "不在原哈希链中"
    if following is not None and following.prev_hash == expected:
        return row.id, "inserted", "不在原哈希链中"
    if prev_id is None:
        return row.id, "deleted", "其前的记录已不存在（与链首不衔接）"
    if row.id > prev_id + 1:
        missing = f"{prev_id + 1}" if row.id == prev_id + 2 else f"{prev_id + 1}–{row.id - 1}"
        return row.id, "deleted", f"其前的第 {missing} 条记录已不存在"
    return prev_id, "altered", f"内容已改且哈希被重算，与第 {row.id} 条不衔接"


def _walk(session: Session) -> AuditVerification:
    head = session.get(AuditChainHead, 1)
    if head is None:
        return AuditVerification(False, 0, 0, "deleted", "链头记录缺失")
    checked = 0
    prev_id: int | None = None
    prev_hash = GENESIS_HASH
    hash_before_prev: str | None = None  # row_hash of the row before the previous one
    rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000)
    for row, following in _with_next(rows):
        checked += 1
        if row.id > head.last_id:
            return AuditVerification(False, checked, row.id, "inserted", "位于链头记录之后")
        if _own_hash(row) != row.row_hash:
            return AuditVerification(False, checked, row.id, "altered", "内容与其哈希不符")
        if row.prev_hash != prev_hash:
            named, problem, detail = _broken_link(
                row, following, prev_id, prev_hash, hash_before_prev
            )
            return AuditVerification(False, checked, named, problem, detail)
        hash_before_prev, prev_hash, prev_id = prev_hash, row.row_hash, row.id
    last_id = prev_id or 0
    if last_id < head.last_id:
        return AuditVerification(
            False,
            checked,
            head.last_id,
            "deleted",
            f"日志末尾的第 {last_id + 1}–{head.last_id} 条记录已不存在",
        )
    if prev_hash != head.last_hash:
        return AuditVerification(
            False, checked, last_id, "altered", "内容已改且哈希被重算，与链头记录不符"
        )
    return AuditVerification(True, checked)


def verify(db: Database) -> AuditVerification:
    """Walk the whole chain in id order, in one consistent snapshot."""
    with db.engine.connect() as conn:
        if db.dialect == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with Session(bind=conn) as session, session.begin():
            return _walk(session)
