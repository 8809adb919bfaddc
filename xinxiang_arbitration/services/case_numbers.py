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
