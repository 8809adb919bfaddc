"""The breakdowns of ``breakdowns.py`` as plain tables, and a table written to an .xlsx file.

A ``BreakdownTable`` is what the screen shows and what the file holds (one path for
both): a header row and rows of cells, each an ``int``, a ``Decimal``, a string
or ``None`` (nothing to show: "—"). Numbers stay numbers in the workbook, so a
supervisor can sum, sort and chart them in Excel. ``breakdown_table`` needs
``stats.view``; writing a table already shown to a file is not checked again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.statistics import breakdowns as b
from xinxiang_arbitration.statistics.indicators import Period, period_subject
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.output import atomic_output

Cell = int | Decimal | str | dt.date | None
DASH = "—"
FONT = "宋体"
_HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")


@dataclass(frozen=True)
class BreakdownTable:
    title: str  # e.g. 按承办人
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    period: Period | None = None
    note: str = ""  # what was counted, in one sentence

    @property
    def numeric_columns(self) -> frozenset[int]:
        """Columns whose every shown value is a number (or nothing): they sort as numbers."""
        return frozenset(
            c
            for c in range(len(self.header))
            if all(r[c] is None or isinstance(r[c], int | Decimal) for r in self.rows)
            and any(isinstance(r[c], int | Decimal) for r in self.rows)
        )


def _person(db: Database, p: Period) -> BreakdownTable:
    rows = tuple(
        (r.person, r.kind.label, r.received, r.closed, r.open_at_end) for r in b.by_person(db, p)
    )
    return BreakdownTable(
        "按承办人",
        ("承办人", "类型", "本期收件", "本期结案", "期末未结"),
        rows,
        p,
        "收件、结案按日期在期间内计；期末未结为期间最后一天仍未结的案件。",
    )


def _organisation(db: Database, p: Period) -> BreakdownTable:
    rows = tuple(
        (r.organisation, r.closed, r.agreements, r.rate) for r in b.by_mediation_org(db, p)
    )
    return BreakdownTable(
        "按调解组织",
        ("调解组织", "结案数", "调解成功", "成功率（%）"),
        rows,
        p,
        "期间内结案的调解案件。",
    )


def _dispute_type(db: Database, p: Period) -> BreakdownTable:
    rows = tuple((r.label, r.kind.label, r.received, r.closed) for r in b.by_dispute_type(db, p))
    return BreakdownTable(
        "按争议类型",
        ("争议类型", "类型", "本期收件", "本期结案"),
        rows,
        p,
        "一件案件有两种争议类型的，分别计入。",
    )


def _closure_mode(db: Database, p: Period) -> BreakdownTable:
    rows = tuple((r.kind.label, r.mode.label, r.count, r.share) for r in b.closure_modes(db, p))
    return BreakdownTable(
        "结案方式",
        ("类型", "结案方式", "件数", "占比（%）"),
        rows,
        p,
        "占比为该类型期间内结案数中的比例。",
    )


def _scale(db: Database, p: Period) -> BreakdownTable:
    rows = tuple((r.label, r.kind.label, r.received, r.closed) for r in b.by_scale(db, p))
    return BreakdownTable(
        "集体争议 / 一裁终局",
        ("类别", "类型", "本期收件", "本期结案"),
        rows,
        p,
        "集体争议：涉及人数 10 人及以上。",
    )


def _days(db: Database, p: Period) -> BreakdownTable:
    rows = tuple(
        (r.kind.label, r.closed, r.average_days, r.median_days) for r in b.days_to_close(db, p)
    )
    return BreakdownTable(
        "结案用时",
        ("类型", "结案数", "平均天数", "中位天数"),
        rows,
        p,
        "自受理（调解：收件）至结案的自然日数，期间内结案的案件。",
    )


def _ages(db: Database, p: Period) -> BreakdownTable:
    rows = tuple((r.kind.label, r.band, r.count) for r in b.open_age_bands(db, p.end))
    return BreakdownTable(
        "在办案件账龄",
        ("类型", "账龄", "件数"),
        rows,
        p,
        f"{p.end.isoformat()} 仍未结的案件，按自受理（调解：收件）起的自然日数分段。",
    )


def _amounts(db: Database, p: Period) -> BreakdownTable:
    rows = tuple((r.kind.label, r.cases, r.claimed) for r in b.claimed_amounts(db, p))
    return BreakdownTable(
        "请求金额",
        ("类型", "收件数", "请求金额（元）"),
        rows,
        p,
        "期间内收件的案件的请求金额合计。",
    )


def _months(db: Database, p: Period) -> BreakdownTable:
    header = ["月份"]
    for i in (27, 28, 29):
        header += [f"指标{i} 分子", f"指标{i} 分母", f"指标{i}（%）"]
    rows = []
    for r in b.by_month(db, p.end.year, through_month=p.end.month):
        cells: list[Cell] = [f"{r.year:04d}-{r.month:02d}"]
        for num, den in zip(r.numerators, r.denominators, strict=True):
            cells += [num, den, b.share(num, den)]
        rows.append(tuple(cells))
    return BreakdownTable(
        "按月",
        tuple(header),
        tuple(rows),
        p,
        f"{p.end.year} 年 1 至 {p.end.month} 月逐月的指标 27–29，及上年同期。",
    )


@dataclass(frozen=True)
class Breakdown:
    key: str
    label: str
    build: Callable[[Database, Period], BreakdownTable]


BREAKDOWNS: tuple[Breakdown, ...] = (
    Breakdown("person", "按承办人", _person),
    Breakdown("organisation", "按调解组织", _organisation),
    Breakdown("dispute_type", "按争议类型", _dispute_type),
    Breakdown("closure_mode", "结案方式", _closure_mode),
    Breakdown("scale", "集体争议 / 一裁终局", _scale),
    Breakdown("days", "结案用时", _days),
    Breakdown("ages", "在办案件账龄", _ages),
    Breakdown("amounts", "请求金额", _amounts),
    Breakdown("months", "按月", _months),
)


def breakdown_table(
    db: Database, key: str, period: Period, *, actor: SignedIn | str
) -> BreakdownTable:
    """The breakdown ``key`` of ``period`` as a table (needs ``stats.view``)."""
    for item in BREAKDOWNS:
        if item.key == key:
            require(db, actor, "stats.view", subject=f"{key} {period_subject(period)}")
            return item.build(db, period)
    raise InvalidInput(f"没有这种分类统计：{key}")


def _number_format(value: Decimal) -> str:
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return "0" if places == 0 else "0." + "0" * places


def _sheet_title(title: str) -> str:
    """Excel's sheet names: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)
    return " ".join(cleaned.split())[:31] or "统计"


def write_table_xlsx(
    table: BreakdownTable,
    path: Path,
    *,
    header: Sequence[str] | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write ``table`` to ``path`` whole or not at all: the header in row 1, a row per row.

    Integers and decimals are stored as numbers (decimals keep their places as the
    number format); "—" stands where there is nothing to show. A second sheet says
    what the table is, for which period and when it was made.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = _sheet_title(table.title)
    bold = Font(name=FONT, size=10, bold=True)
    plain = Font(name=FONT, size=10)
    widths = [len(h) for h in header or table.header]
    for c, text in enumerate(header or table.header, start=1):
        cell = ws.cell(1, c, text)
        cell.font, cell.fill = bold, _HEADER_FILL
        cell.alignment = Alignment(horizontal="center")
    for r, values in enumerate(table.rows, start=2):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c, DASH if value is None else value)
            cell.font = plain
            if isinstance(value, Decimal):
                cell.number_format = _number_format(value)
            if value is None:
                cell.alignment = Alignment(horizontal="right")
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], len(str(value or "")))
    for c, width in enumerate(widths, start=1):
        # a Chinese character is about two Latin ones wide
        ws.column_dimensions[get_column_letter(c)].width = min(60, 2 * width + 4)
    ws.freeze_panes = "A2"
    about = wb.create_sheet("说明")
    made = (now or dt.datetime.now(dt.UTC)).astimezone()
    lines = [("统计", table.title)]
    if table.period is not None:
        span = f"{table.period.start.isoformat()} 至 {table.period.end.isoformat()}"
        lines.append(("期间", span))
    if table.note:
        lines.append(("说明", table.note))
    lines.append(("生成时间", made.strftime("%Y-%m-%d %H:%M")))
    for r, (key, text) in enumerate(lines, start=1):
        about.cell(r, 1, key).font = bold
        about.cell(r, 2, text).font = plain
    about.column_dimensions["A"].width = 12
    about.column_dimensions["B"].width = 80
    with atomic_output(path) as temporary:
        wb.save(temporary)
    return path
