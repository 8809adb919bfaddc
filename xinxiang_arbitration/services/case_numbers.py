"""案号: the office's pattern per case kind, e.g. ``新劳人仲案字〔{year}〕第{n}号``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import select
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
    """The next free number of ``kind`` for ``year``; the counter row is locked while we write.

    On PostgreSQL ``FOR UPDATE`` serialises PCs asking at once; SQLite has one
    writer at a time. Numbers already taken (say, by an imported ledger) are skipped.
    """
    from xinxiang_arbitration.models import Case

    pattern = session.get_one(CaseNumberPattern, kind).pattern
    counter = session.scalars(
        select(CaseNumberCounter)
        .where(CaseNumberCounter.kind == kind, CaseNumberCounter.year == year)
        .with_for_update()
    ).one_or_none()
    if counter is None:
        counter = CaseNumberCounter(kind=kind, year=year, last_n=0)
        session.add(counter)
    while True:
        counter.last_n += 1
        number = format_number(pattern, year, counter.last_n)
        if session.scalar(select(Case.id).where(Case.number == number)) is None:
            session.flush()
            return number
