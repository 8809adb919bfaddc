"""案号: the office's pattern per case kind, e.g. ``新劳人仲案字〔{year}〕第{n}号``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from xinxiang_arbitration.models import CaseNumberCounter, CaseNumberPattern


@lru_cache(maxsize=32)
def pattern_regex(pattern: str) -> re.Pattern[str]:
    """A regex that reads ``year`` and ``n`` back out of a number made by ``pattern``."""
    parts = re.split(r"(\{year\}|\{n\})", pattern)
    body = "".join(
        r"(?P<year>\d{4})" if p == "{year}" else r"(?P<n>\d+)" if p == "{n}" else re.escape(p)
        for p in parts
    )
    return re.compile(f"^{body}$")


def format_number(pattern: str, year: int, n: int) -> str:
    return pattern.replace("{year}", str(year)).replace("{n}", str(n))


def raise_counters(session: Session, numbers: Iterable[tuple[str, str]]) -> None:
    """After an import: numbers that follow a kind's pattern move its counter past them.

    ``numbers`` holds (kind code, case number). Later numbering then never repeats
    a number that came in from a ledger.
    """
    patterns = {p.kind: p.pattern for p in session.scalars(select(CaseNumberPattern))}
    highest: dict[tuple[str, int], int] = {}
    for kind, number in numbers:
        pattern = patterns.get(kind)
        match = pattern_regex(pattern).match(number) if pattern else None
        if match:
            key = (kind, int(match["year"]))
            highest[key] = max(highest.get(key, 0), int(match["n"]))
    for (kind, year), n in highest.items():
        counter = session.get(CaseNumberCounter, (kind, year))
        if counter is None:
            session.add(CaseNumberCounter(kind=kind, year=year, last_n=n))
        elif counter.last_n < n:
            counter.last_n = n


def next_number(session: Session, kind: str, year: int) -> str:
    """The next free number of ``kind`` for ``year``: unique and gap-free under concurrency.

    One statement (INSERT … ON CONFLICT DO UPDATE … RETURNING) creates or bumps
    the counter row and locks it until the caller's transaction ends, so two
    PCs asking at once — even for the first number of a year — queue on
    PostgreSQL instead of both reading the same value; a rolled-back case gives
    its number back. SQLite has one writer at a time. Numbers already taken
    (say, by an imported ledger) are skipped.
    """
    from xinxiang_arbitration.models import Case

    session.flush()  # pending counter changes (raise_counters) go first
    n = _bump_counter(session, kind, year)
    pattern = session.get_one(CaseNumberPattern, kind).pattern
    while True:
        number = format_number(pattern, year, n)
        if session.scalar(select(Case.id).where(Case.number == number)) is None:
            break
        n = _bump_counter(session, kind, year)
    counter = session.identity_map.get(session.identity_key(CaseNumberCounter, (kind, year)))
    if counter is not None:
        session.expire(counter)  # the ORM copy, if any, no longer holds last_n
    return number


def _bump_counter(session: Session, kind: str, year: int) -> int:
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = (
        insert(CaseNumberCounter)
        .values(kind=kind, year=year, last_n=1)
        .on_conflict_do_update(
            index_elements=["kind", "year"], set_={"last_n": CaseNumberCounter.last_n + 1}
        )
        .returning(CaseNumberCounter.last_n)
    )
    return int(session.execute(stmt).scalar_one())
