"""The monthly closure report as a workbook for the provincial return.

The same tables as the PDF, numbers stored as numbers; every total is a ``=SUM``
formula and the caseload balance is a formula, so an edited figure re-totals.
Sheet 1 holds the statistical tables, sheet 2 the overdue list.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from xinxiang_arbitration.reports.monthly_pdf import local_time, report_title
from xinxiang_arbitration.statistics.indicators import Indicator
from xinxiang_arbitration.statistics.monthly import MonthlyFigures
from xinxiang_arbitration.storage.output import atomic_output

DASH = "—"
FONT = "宋体"
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
_PLAIN, _BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
_WIDTHS = (34, 26, 12, 12, 12, 14, 12)


def _rate(value: Decimal | None) -> Decimal | str:
    return DASH if value is None else value


def _met(i: Indicator) -> str:
    return {True: "达标", False: "未达标", None: DASH}[i.met]


class _Sheet:
    """Writes blocks down one sheet, remembering the next free row."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.row = 1

    def line(self, text: str, *, bold: bool = False, size: int = 10) -> None:
        cell = self.ws.cell(self.row, 1, text)
        cell.font = Font(name=FONT, bold=bold, size=size)
        self.row += 1

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[int, int]:
        """Write a ruled table; returns the first and last row of its body."""
        first = self.row + 1
        for r, values in enumerate([header, *rows], start=self.row):
            for c, value in enumerate(values, start=1):
                cell = self.ws.cell(r, c, value)
                cell.border = _BORDER
                cell.font = _BOLD if r == self.row else _PLAIN
                if r == self.row:
                    cell.fill = _HEADER_FILL
                    cell.alignment = Alignment(horizontal="center", vertical="center")
                elif isinstance(value, Decimal):
                    cell.number_format = "0.0"
        self.row += len(rows) + 2  # the table and one empty row after it
        return first, first + len(rows) - 1

    def total_row(
        self, first: int, last: int, sums: Sequence[int], fixed: dict[int, Any] | None = None
    ) -> None:
        """The 合计 row right below a table body: ``=SUM`` of the columns in ``sums``."""
        row = last + 1  # the empty row the table left after itself
        values: dict[int, Any] = {1: "合计", **(fixed or {})}
        for c in sums:  # an empty table totals 0 (a SUM over no rows would point at itself)
            col = get_column_letter(c)
            values[c] = f"=SUM({col}{first}:{col}{last})" if last >= first else 0
        for c in range(1, max(values) + 1):
            cell = self.ws.cell(row, c, values.get(c))
            cell.font = _BOLD
            cell.border = _BORDER
            if isinstance(cell.value, Decimal):
                cell.number_format = "0.0"
        self.row += 1


def _indicators(sheet: _Sheet, figures: MonthlyFigures) -> None:
    sheet.line("一、主要指标（指标27–29）", bold=True)
    rows = []
    for month, year in zip(figures.indicators_month, figures.indicators_ytd, strict=True):
        for period, i in (("本月", month), ("本年累计", year)):
            target = i.target.quantize(Decimal("0.1"))
            row = [f"{i.id}．{i.name}", period, i.numerator, i.denominator]
            rows.append([*row, _rate(i.rate), target, _met(i)])
    header = ["指标", "统计期间", "分子", "分母", "比率（%）", "目标（%，须大于）", "是否达标"]
    sheet.table(header, rows)
    closed = figures.closed
    if closed is not None:
        sheet.line(
            f"本月已于 {closed.closed_at.astimezone():%Y-%m-%d %H:%M} 由{closed.closed_by}结账，"
            "本月指标为结账时的数字"
        )
        if closed.changed_cases:
            sheet.line(f"结账后数据有变动，涉及案件：{'、'.join(closed.changed_cases)}")


def _caseload(sheet: _Sheet, figures: MonthlyFigures) -> None:
    c = figures.caseload
    sheet.line("二、仲裁案件收结存情况", bold=True)
    row = sheet.row + 1
    formula = f"=B{row}+C{row}-D{row}"
    check = f'=IF(F{row}=E{row},"平衡","本期数据不平衡")'
    header = ["项目", "上期未结", "本期受理", "本期结案", "期末未结", "计算期末未结", "平衡校验"]
    sheet.table(header, [["仲裁案件", c.opening, c.accepted, c.closed, c.closing, formula, check]])


def _closure_modes(sheet: _Sheet, figures: MonthlyFigures) -> None:
    sheet.line("三、仲裁案件结案方式", bold=True)
    rows = [[m.label, m.count, _rate(m.share)] for m in figures.closure_modes]
    first, last = sheet.table(["结案方式", "件数", "占比（%）"], rows)
    total = sum(m.count for m in figures.closure_modes)
    sheet.total_row(first, last, [2], {3: Decimal("100.0") if total else DASH})


def _by_person(sheet: _Sheet, figures: MonthlyFigures) -> None:
    sheet.line("四、按承办人统计（仲裁案件）", bold=True)
    covered = figures.overdue_note is None
    rows: list[list[Any]] = [
        [
            r.name,
            r.accepted,
            r.closed,
            r.open_at_end,
            DASH if r.overdue_at_end is None else r.overdue_at_end,
        ]
        for r in figures.by_person
    ]
    first, last = sheet.table(["承办人", "本期受理", "本期结案", "期末未结", "期末逾期"], rows)
    if covered:
        sheet.total_row(first, last, [2, 3, 4, 5])
    else:
        sheet.total_row(first, last, [2, 3, 4], {5: DASH})


def _overdue_sheet(ws: Worksheet, figures: MonthlyFigures) -> None:
    sheet = _Sheet(ws)
    sheet.line(f"月末逾期案件清单（截至 {figures.end.isoformat()}）", bold=True, size=12)
    if figures.overdue_note is not None:
        sheet.line(figures.overdue_note)
        return
    rows = [
        [n, r.case_number, r.kind, r.clock, r.handler, r.due, r.days_overdue]
        for n, r in enumerate(figures.overdue, start=1)
    ]
    first, last = sheet.table(
        ["序号", "案号", "类型", "期限", "承办人", "届满日", "逾期天数"], rows
    )
    for r in range(first, last + 1):
        ws.cell(r, 6).number_format = "yyyy-mm-dd"
    for c, width in enumerate((6, 34, 8, 20, 12, 12, 10), start=1):
        ws.column_dimensions[get_column_letter(c)].width = width


def build_workbook(figures: MonthlyFigures) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "月度结案统计"
    sheet = _Sheet(ws)
    sheet.line(report_title(figures), bold=True, size=14)
    sheet.line(f"填报单位：{figures.office_name}")
    sheet.line(f"统计期间：{figures.start.isoformat()} 至 {figures.end.isoformat()}　单位：件、%")
    sheet.line(f"生成时间：{local_time(figures.generated_at)}　数据库：{figures.database}", size=9)
    sheet.row += 1
    for block in (_indicators, _caseload, _closure_modes, _by_person):
        block(sheet, figures)
    sheet.line("填报人：　　　　　　审核人：　　　　　　填报日期：　　　　年　　月　　日")
    for c, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    _overdue_sheet(wb.create_sheet("逾期清单"), figures)
    wb.properties.title = report_title(figures)
    wb.properties.creator = figures.office_name
    return wb


def write_monthly_xlsx(figures: MonthlyFigures, path: Path) -> Path:
    """Write the workbook to ``path`` (whole or not at all); returns ``path``."""
    workbook = build_workbook(figures)
    with atomic_output(path) as temporary:
        workbook.save(temporary)
    return path
