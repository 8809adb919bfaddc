"""The holiday calendar's years (节假日日历): which years are covered, adding a year from
its State Council notice, clearing a day, and the trial deadline (期限试算). Showing a
year, changing a day and importing a notice's sheet is ``holidays``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select

from xinxiang_arbitration.admin.checks import ValueRefused, audit_change, checked_text
from xinxiang_arbitration.clocks.deadlines import CLOCKS, Deadline, compute
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.errors import (
    CalendarNotCovered,
    ImportRejected,
    InvalidInput,
    RowProblem,
)
from xinxiang_arbitration.models import CalendarDay, CalendarYear
from xinxiang_arbitration.models.base import utcnow
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database


@dataclass(frozen=True)
class CoverageRow:
    year: int
    source: str
    holidays: int  # days off listed (weekends inside a holiday included)
    makeup_days: int  # 调休上班
    updated_at: dt.datetime


@dataclass(frozen=True)
class HolidaySpan:
    """One line of a State Council notice: ``name`` from ``first`` to ``last``, off or worked."""

    name: str
    first: dt.date
    last: dt.date
    is_workday: bool = False


def calendar_coverage(db: Database) -> list[CoverageRow]:
    with db.transaction() as s:
        counts: dict[tuple[int, bool], int] = {}
        for day, is_work in s.execute(select(CalendarDay.day, CalendarDay.is_workday)):
            counts[(day.year, bool(is_work))] = counts.get((day.year, bool(is_work)), 0) + 1
        return [
            CoverageRow(
                y.year,
                y.source,
                counts.get((y.year, False), 0),
                counts.get((y.year, True), 0),
                y.updated_at,
            )
            for y in s.scalars(select(CalendarYear).order_by(CalendarYear.year))
        ]


def _expand(year: int, spans: Sequence[HolidaySpan]) -> dict[dt.date, tuple[bool, str]]:
    problems: list[RowProblem] = []
    days: dict[dt.date, tuple[bool, str]] = {}
    for n, span in enumerate(spans, start=1):
        name = " ".join(span.name.split())
        if not name:
            problems.append(RowProblem(n, "名称", "必填，例如“春节”"))
            continue
        if len(name) > 50:
            problems.append(RowProblem(n, "名称", "过长（最多 50 个字）"))
            continue
        if span.last < span.first:
            problems.append(RowProblem(n, "日期", "结束日期早于开始日期"))
            continue
        if span.first.year != year or span.last.year != year:
            problems.append(RowProblem(n, "日期", f"不在 {year} 年内"))
            continue
        day = span.first
        while day <= span.last:
            if day in days:
                problems.append(RowProblem(n, "日期", f"{day.isoformat()} 已在前面的行中"))
            elif span.is_workday and day.weekday() < 5:
                problems.append(
                    RowProblem(n, "类型", f"{day.isoformat()} 是周一至周五，无需设为调休上班")
                )
            else:
                days[day] = (span.is_workday, name)
            day += dt.timedelta(days=1)
    if not problems and not any(not w for w, _ in days.values()):
        problems.append(RowProblem(1, "日期", f"{year} 年没有任何休息日，不像是完整的放假通知"))
    if problems:
        raise ImportRejected(problems)
    return days


def add_calendar_year(
    db: Database,
    year: int,
    spans: Iterable[HolidaySpan],
    source: str,
    *,
    actor: SignedIn | str,
    replace: bool = False,
) -> CoverageRow:
    """Cover ``year`` as typed from its notice: the spans' days off and make-up working
    days, Monday–Friday for the rest. A covered year is replaced only with ``replace``."""
    if not 1949 < year < 2200:
        raise ValueRefused("year", f"年份不对：{year}")
    cleaned_source = checked_text(source, "source", "依据（放假通知的名称）", 200)
    days = _expand(year, list(spans))
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.transaction() as s:
        require(s, actor, "calendar.edit")  # first: a refusal commits its record
        existing = s.get(CalendarYear, year)
        if existing is not None and not replace:
            raise ValueRefused(
                "year", f"{year} 年已在日历中（{existing.source}）；可在月历中逐日修改"
            )
        s.execute(delete(CalendarDay).where(CalendarDay.day.between(first, last)))
        s.merge(CalendarYear(year=year, source=cleaned_source, updated_at=utcnow()))
        s.add_all(CalendarDay(day=d, is_workday=w, name=n) for d, (w, n) in sorted(days.items()))
        audit_change(
            s,
            actor,
            "calendar-add-year",
            year=year,
            source=cleaned_source,
            days=len(days),
            replaced=existing is not None,
        )
    return next(c for c in calendar_coverage(db) if c.year == year)


def clear_calendar_day(db: Database, day: dt.date, *, actor: SignedIn | str) -> None:
    """Make ``day`` an ordinary day again (Monday–Friday work, weekend off)."""
    with db.transaction() as s:
        require(s, actor, "calendar.edit")  # first: a refusal commits its record
        if s.get(CalendarYear, day.year) is None:
            raise CalendarNotCovered(day.year)
        row = s.get(CalendarDay, day)
        if row is None:
            return
        before = {"workday": row.is_workday, "name": row.name}
        s.delete(row)
        audit_change(s, actor, "calendar-clear", day=day.isoformat(), before=before)


def trial_deadline(db: Database, code: str, start: dt.date) -> Deadline:
    """期限试算: how the calendar now counts clock ``code`` from ``start`` (nothing saved)."""
    if code not in CLOCKS:
        raise InvalidInput(f"未知的期限：{code}")
    with db.transaction() as s:
        cal, settings = load_calendar(s), load_clock_settings(s)
    return compute(cal, code, start, settings=settings)


__all__ = [
    "CoverageRow",
    "HolidaySpan",
    "add_calendar_year",
    "calendar_coverage",
    "clear_calendar_day",
    "trial_deadline",
]
