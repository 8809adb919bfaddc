"""The holiday calendar table and the clock rules, as the administrator keeps them: show a
year, add a day, import a year's notice, set how a clock counts (reading them for
computing is ``clocks.store``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from xinxiang_arbitration.clocks.deadlines import Rule
from xinxiang_arbitration.errors import CalendarNotCovered, ImportRejected, InvalidInput, RowProblem
from xinxiang_arbitration.inputs.files import read_sheet
from xinxiang_arbitration.inputs.values import clean_text, parse_date
from xinxiang_arbitration.models import CalendarDay, CalendarYear, ClockSetting
from xinxiang_arbitration.models.base import utcnow
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor, require
from xinxiang_arbitration.storage.db import Database

DAY_OFF = ("休息", "休")
WORKDAY = ("上班", "班")
HEADERS = ("日期", "类型", "名称")


@dataclass(frozen=True)
class YearView:
    year: int
    covered: bool
    source: str | None
    days: list[tuple[dt.date, bool, str]]  # (day, is a working day, name)


def show_year(db: Database, year: int) -> YearView:
    with db.transaction() as s:
        row = s.get(CalendarYear, year)
        days = s.execute(
            select(CalendarDay.day, CalendarDay.is_workday, CalendarDay.name)
            .where(CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
            .order_by(CalendarDay.day)
        ).all()
        listed = [(d.day, d.is_workday, d.name) for d in days]
        return YearView(year, row is not None, row.source if row else None, listed)


def _day_kind(text: str) -> bool:
    if text in DAY_OFF:
        return False
    if text in WORKDAY:
        return True
    raise ValueError(f"应为“休息”或“上班”（{text}）")


def set_day(
    db: Database, day: dt.date, kind: str, name: str, *, actor: SignedIn | str = "管理员"
) -> None:
    """Add or change one day of a year the calendar already covers."""
    is_work = _day_kind(kind)
    if not name.strip():
        raise InvalidInput("请填写名称，例如“春节”")
    if is_work and day.weekday() < 5:
        raise InvalidInput(f"{day.isoformat()} 是周一至周五，本来就是工作日，无需设为调休上班")
    with db.transaction() as s:
        require(s, actor, "calendar.edit", subject=day.isoformat())
        if s.get(CalendarYear, day.year) is None:
            raise CalendarNotCovered(day.year)
        existing = s.get(CalendarDay, day)
        before = (
            None if existing is None else {"workday": existing.is_workday, "name": existing.name}
        )
        if existing is None:
            s.add(CalendarDay(day=day, is_workday=is_work, name=name.strip()))
        else:
            existing.is_workday, existing.name = is_work, name.strip()
        s.flush()
        audit.append_change(
            s,
            audit_actor(actor),
            "calendar-set",
            {"day": day.isoformat(), "workday": is_work, "name": name},
            before,
            {"workday": is_work, "name": name.strip()},
        )


def import_calendar_file(
    db: Database, path: Path, *, actor: SignedIn | str = "管理员"
) -> list[int]:
    """Replace whole years from a file of 日期 / 类型 (休息 or 上班) / 名称 rows.

    All rows are checked first; a year in the file is then covered exactly as
    the file says (the days it lists, Monday–Friday for the rest).
    """
    sheet = read_sheet(path)
    index = {clean_text(h): i for i, h in enumerate(sheet.headers)}
    missing = [h for h in HEADERS if h not in index]
    if missing:
        raise ImportRejected([RowProblem(1, h, "缺少必需的列") for h in missing])
    problems: list[RowProblem] = []
    days: dict[dt.date, tuple[bool, str]] = {}
    for n, values in sheet.rows:
        cells = {h: values[i] if i < len(values) else None for h, i in index.items()}
        if all(clean_text(v) == "" for v in cells.values()):
            continue
        try:
            day = parse_date(cells["日期"])
        except ValueError as exc:
            problems.append(RowProblem(n, "日期", str(exc)))
            continue
        try:
            is_work = _day_kind(clean_text(cells["类型"]))
        except ValueError as exc:
            problems.append(RowProblem(n, "类型", str(exc)))
            continue
        name = clean_text(cells["名称"])
        if not name:
            problems.append(RowProblem(n, "名称", "必填，不能为空"))
        elif day in days:
            problems.append(RowProblem(n, "日期", f"日期重复（{day.isoformat()}）"))
        elif is_work and day.weekday() < 5:
            problems.append(
                RowProblem(n, "类型", f"{day.isoformat()} 是周一至周五，无需设为调休上班")
            )
        else:
            days[day] = (is_work, name)
    years = sorted({d.year for d in days})
    for year in years:
        if not any(not w for d, (w, _) in days.items() if d.year == year):
            problems.append(RowProblem(1, "日期", f"{year} 年没有任何休息日，不像是完整的放假通知"))
    if not days and not problems:
        problems.append(RowProblem(2, "日期", "文件中没有任何日期"))
    if problems:
        raise ImportRejected(problems)
    with db.transaction() as s:
        require(s, actor, "calendar.edit", subject=path.name)
        for year in years:
            s.execute(
                delete(CalendarDay).where(
                    CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
                )
            )
            s.merge(CalendarYear(year=year, source=f"导入 {path.name}", updated_at=utcnow()))
        s.add_all(
            CalendarDay(day=d, is_workday=w, name=name) for d, (w, name) in sorted(days.items())
        )
        s.flush()
        audit.append(s, audit_actor(actor), "calendar-import", {"file": path.name, "years": years})
    return years


def set_clock_rule(
    db: Database, code: str, rule: Rule, *, actor: SignedIn | str = "管理员"
) -> None:
    """Change how one clock is counted; the default of procedure.md applies until then."""
    from xinxiang_arbitration.clocks.deadlines import CLOCKS

    if code not in CLOCKS:
        raise InvalidInput(f"未知的期限：{code}（可选：{'、'.join(CLOCKS)}）")
    with db.transaction() as s:
        require(s, actor, "settings.edit", subject=code)
        row = s.get(ClockSetting, code)
        before = None if row is None else {"rule": row.rule}
        if row is None:
            s.add(ClockSetting(code=code, rule=rule.value))
        else:
            row.rule, row.updated_at = rule.value, utcnow()
        s.flush()
        audit.append_change(
            s,
            audit_actor(actor),
            "clock-rule",
            {"clock": code, "rule": rule.value},
            before,
            {"rule": rule.value},
        )
