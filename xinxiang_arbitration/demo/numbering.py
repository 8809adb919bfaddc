"""案号 for the demo cases, carrying on after every number already in the database."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from xinxiang_arbitration.cases.numbers import format_number, pattern_regex
from xinxiang_arbitration.demo.shapes import SHAPES
from xinxiang_arbitration.models import Base

CASES = Base.metadata.tables["cases"]
COUNTERS = Base.metadata.tables["case_number_counters"]
PATTERNS = Base.metadata.tables["case_number_patterns"]


@dataclass
class Numbering:
    """The pattern per kind, and the last n handed out per sequence."""

    patterns: dict[str, str]
    last: dict[tuple[str, int], int] = field(default_factory=dict)  # (kind, year or 0) -> n
    counter_rows: set[tuple[str, int]] = field(default_factory=set)  # in case_number_counters
    touched: dict[tuple[str, int], int] = field(default_factory=dict)  # (kind, year) -> n

    @classmethod
    def read(cls, conn: Session) -> Numbering:
        patterns = {k: p for k, p in conn.execute(select(PATTERNS.c.kind, PATTERNS.c.pattern))}
        for shape in SHAPES:
            pattern = patterns.get(shape.kind.value)
            if pattern is None or "{n}" not in pattern:
                raise ValueError(f"案号格式缺少 {{n}}：{shape.kind.label} {pattern!r}")
        numbering = cls(patterns)
        counters = select(COUNTERS.c.kind, COUNTERS.c.year, COUNTERS.c.last_n)
        for kind, year, last_n in conn.execute(counters):
            numbering.counter_rows.add((kind, year))
            if kind in patterns:
                numbering.raise_to(kind, year, last_n)
        # numbers in use (imported, typed in) that the counters do not know about
        regexes = {kind: pattern_regex(pattern) for kind, pattern in patterns.items()}
        if conn.execute(select(exists().select_from(CASES))).scalar_one():
            for (number,) in conn.execute(select(CASES.c.number)):
                for kind, regex in regexes.items():
                    m = regex.match(number)
                    if m:
                        year = int(m["year"]) if "year" in regex.groupindex else 0
                        numbering.raise_to(kind, year, int(m["n"]))
        return numbering

    def key(self, kind: str, year: int) -> tuple[str, int]:
        # a pattern without {year} numbers straight through the years
        return (kind, year) if "{year}" in self.patterns[kind] else (kind, 0)

    def raise_to(self, kind: str, year: int, n: int) -> None:
        key = self.key(kind, year)
        self.last[key] = max(self.last.get(key, 0), n)

    def next(self, kind: str, year: int) -> str:
        key = self.key(kind, year)
        n = self.last.get(key, 0) + 1
        self.last[key] = n
        self.touched[(kind, year)] = n
        return format_number(self.patterns[kind], year, n)

    def take_touched(self) -> dict[tuple[str, int], int]:
        """The counters to write: (kind, year) -> last n, since the last call."""
        touched, self.touched = self.touched, {}
        return touched
