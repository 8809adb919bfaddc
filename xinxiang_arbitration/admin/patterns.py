"""Case-number patterns (案号格式): one per case kind, with ``{year}`` and ``{n}``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from sqlalchemy import select

from xinxiang_arbitration.admin.checks import ValueRefused, audit_change, printable
from xinxiang_arbitration.cases.numbers import format_number, pattern_regex
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.models import CaseNumberCounter, CaseNumberPattern
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.record_check import locked_row

PATTERN_MAX_LENGTH = 100  # CaseNumberPattern.pattern is String(100)


@dataclass(frozen=True)
class PatternRow:
    kind: str
    label: str
    pattern: str
    year: int
    next_n: int  # the number the next case of this kind and year would get

    @property
    def example(self) -> str:
        return format_number(self.pattern, self.year, self.next_n)


def check_pattern(pattern: str, year: int = 2026, n: int = 1) -> str:
    """The number ``pattern`` makes for (year, n), or ``ValueRefused`` saying what is wrong."""
    text = printable(pattern, "pattern", "案号格式").strip()
    if not text:
        raise ValueRefused("pattern", "请填写案号格式，例如 新劳人仲案字〔{year}〕第{n}号")
    if len(text) > PATTERN_MAX_LENGTH:
        raise ValueRefused("pattern", f"案号格式过长（最多 {PATTERN_MAX_LENGTH} 个字）")
    for part, meaning in (("{year}", "年份"), ("{n}", "序号")):
        count = text.count(part)
        if count != 1:
            missing = "缺少" if count == 0 else "只能出现一次"
            raise ValueRefused("pattern", f"案号格式{missing} {part}（{meaning}）")
    rest = text.replace("{year}", "").replace("{n}", "")
    if "{" in rest or "}" in rest:
        raise ValueRefused("pattern", "案号格式中只能使用 {year} 和 {n} 两个占位符")
    if re.search(r"\d\{n\}|\{n\}\d", text):
        raise ValueRefused("pattern", "{n} 前后不能紧挨数字，否则读不清序号")
    regex = pattern_regex(text)
    for sample in (1, 12, 123, n):
        match = regex.match(format_number(text, year, sample))
        if match is None or (int(match["year"]), int(match["n"])) != (year, sample):
            raise ValueRefused("pattern", "按此格式生成的案号无法读回年份和序号")
    return format_number(text, year, n)


def list_patterns(db: Database, *, today: dt.date | None = None) -> list[PatternRow]:
    year = (today or dt.date.today()).year
    with db.transaction() as s:
        patterns = dict(s.execute(select(CaseNumberPattern.kind, CaseNumberPattern.pattern)).all())
        counters = dict(
            s.execute(
                select(CaseNumberCounter.kind, CaseNumberCounter.last_n).where(
                    CaseNumberCounter.year == year
                )
            ).all()
        )
    return [
        PatternRow(k.value, k.label, patterns[k.value], year, counters.get(k.value, 0) + 1)
        for k in CaseKind
        if k.value in patterns
    ]


def set_pattern(
    db: Database,
    kind: str,
    pattern: str,
    *,
    actor: SignedIn | str,
    today: dt.date | None = None,
    seen: PatternRow | None = None,
) -> PatternRow:
    check_pattern(pattern)
    text = pattern.strip()

    def shown(row: CaseNumberPattern) -> PatternRow:
        """``seen`` with the pattern stored now: only the pattern is this row's (the year
        and the next number come from the counters and are not compared)."""
        assert seen is not None  # locked_row shows the row only to compare it with seen
        return replace(seen, pattern=row.pattern)

    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = locked_row(
            s,
            CaseNumberPattern,
            kind,
            seen=seen,
            shown=shown,
            what=lambda r: f"{shown(r).label}案号格式",
            labels={"pattern": "案号格式"},
            missing=f"未知的案件类型：{kind}",
        )
        before = row.pattern
        row.pattern = text
        audit_change(s, actor, "case_number_pattern", kind=kind, before=before, after=text)
    return next(p for p in list_patterns(db, today=today) if p.kind == kind)


__all__ = ["PATTERN_MAX_LENGTH", "PatternRow", "check_pattern", "list_patterns", "set_pattern"]
