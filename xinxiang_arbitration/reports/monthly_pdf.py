"""The monthly closure report as an A4 PDF in the style of a government statistical table.

Page 1 is the table to sign (indicators, caseload movement, closure modes, by
person); the overdue list follows as an annex. The PDF is built ``invariant`` so
that the same figures give the same file: two printouts differ only where the
generation time (printed in the footer) differs.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
)

from xinxiang_arbitration import APP_NAME
from xinxiang_arbitration.reports.fonts import register_cjk_fonts
from xinxiang_arbitration.reports.pdf_page import (
    MARGIN,
    WARNING_RED,
    NumberedCanvas,
    make_styles,
    ruled_table,
)
from xinxiang_arbitration.statistics.indicators import Indicator
from xinxiang_arbitration.statistics.monthly import MonthlyFigures
from xinxiang_arbitration.storage.output import atomic_output

WIDTH = A4[0] - 2 * MARGIN
DASH = "—"
SIGN_BLANK = "＿" * 8


# The printed annex stops here; the XLSX report always has the whole list.
PDF_OVERDUE_ROWS = 300


def report_title(figures: MonthlyFigures) -> str:
    return f"新乡市劳动人事争议调解仲裁月度结案统计表（{figures.label}）"


def local_time(moment: dt.datetime) -> str:
    """``2026-11-02 09:15:03（UTC+08:00）``: the PC's local time, with its offset."""
    local = moment.astimezone()
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M:%S}（UTC{offset[:3]}:{offset[3:]}）"


def _rate(value: Decimal | None) -> str:
    return DASH if value is None else f"{value}"


def _met(indicator: Indicator) -> str:
    return {True: "达标", False: "未达标", None: DASH}[indicator.met]


def _target(indicator: Indicator) -> str:
    return f"＞{indicator.target.quantize(Decimal('0.1'))}"


def _cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class _Builder:
    def __init__(self, figures: MonthlyFigures, body: str, heading: str) -> None:
        self.f = figures
        self.body, self.heading = body, heading
        self.s = make_styles(body, heading)

    def p(self, text: str, style: str) -> Paragraph:
        """A paragraph of plain text (a name with & or < is not markup)."""
        return Paragraph(escape(text), self.s[style])

    def table(self, rows: list[list[Any]], widths: list[float], **kw: Any) -> Table:
        return ruled_table(
            rows, [w * mm for w in widths], body=self.body, heading=self.heading, **kw
        )

    def plain_row(self, cells: list[Any], widths: list[float], top: float = 3) -> Table:
        """Cells side by side without rules (the lines above and below the table)."""
        t = Table([cells], colWidths=[w * mm for w in widths])
        t.setStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.body, 9),  # a table's own default is Helvetica
                ("TOPPADDING", (0, 0), (-1, -1), top),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return t

    def heading_block(self) -> list[Flowable]:
        f = self.f
        period = f"统计期间：{_cn_date(f.start)}至{_cn_date(f.end)}　单位：件、%"
        return [
            self.p(report_title(f), "title"),
            self.plain_row(
                [
                    self.p(f"填报单位（盖章）：{f.office_name}", "line"),
                    self.p(period, "line_right"),
                ],
                [84, 90],
            ),
            self.signatures(),
        ]

    def indicators(self) -> list[Flowable]:
        rows: list[list[Any]] = [["指标", "统计期间", "分子", "分母", "比率", "目标", "是否达标"]]
        spans: list[tuple[Any, ...]] = []
        ytd = f"本年累计（{self.f.ytd_start.month}月1日起）"
        for month, year in zip(self.f.indicators_month, self.f.indicators_ytd, strict=True):
            spans.append(("SPAN", (0, len(rows)), (0, len(rows) + 1)))
            name = self.p(f"{month.id}．{month.name}", "cell")
            for label, i in (("本月", month), (ytd, year)):
                first = name if i is month else ""
                rows.append([first, label, i.numerator, i.denominator])
                rows[-1].extend([_rate(i.rate), _target(i), _met(i)])
        table = self.table(
            rows,
            [46, 38, 17, 17, 17, 19, 20],
            numeric_from=2,
            extra=[*spans, ("ALIGN", (6, 1), (6, -1), "CENTER")],
        )
        notes = "；".join(f"指标{i.id} = {i.formula}" for i in self.f.indicators_month)
        return [
            self.p("一、主要指标（“十四五”规划指标 27–29）", "section"),
            table,
            *self.closed_notice(),
            self.p(
                f"注：{notes}。不予受理、不予立案的案件不计入。比率四舍五入保留一位小数；"
                "是否达标按未舍入的比率严格大于目标判断；分母为 0 时比率记“—”。",
                "note",
            ),
        ]

    def closed_notice(self) -> list[Flowable]:
        """A closed month prints its frozen figures, and says when today's data differ."""
        closed = self.f.closed
        if closed is None:
            return []
        out = [
            self.p(
                f"本月已于 {local_time(closed.closed_at)} 由{closed.closed_by}结账，"
                "本月指标为结账时的数字。",
                "note",
            )
        ]
        if closed.changed_cases:
            shown = "、".join(closed.changed_cases[:20])
            more = f"等 {len(closed.changed_cases)} 件" if len(closed.changed_cases) > 20 else ""
            now = "；".join(
                f"指标{i.id} 今日为 {i.numerator}/{i.denominator}" for i in closed.current
            )
            out.append(self.p(f"结账后数据有变动（{now}），涉及案件：{shown}{more}。", "warning"))
        return out

    def caseload(self) -> list[Flowable]:
        c = self.f.caseload
        check = "平衡" if c.balanced else "不平衡"
        style: list[tuple[Any, ...]] = [("ALIGN", (5, 1), (5, 1), "CENTER")]
        if not c.balanced:
            style.append(("TEXTCOLOR", (5, 1), (5, 1), WARNING_RED))
        rows: list[list[Any]] = [
            ["项目", "上期未结", "本期受理", "本期结案", "期末未结", "平衡校验"],
            ["仲裁案件", c.opening, c.accepted, c.closed, c.closing, check],
        ]
        out: list[Flowable] = [
            self.p("二、仲裁案件收结存情况", "section"),
            self.table(rows, [34, 28, 28, 28, 28, 28], extra=style),
            self.p(
                f"上期未结 {c.opening} ＋ 本期受理 {c.accepted} － 本期结案 {c.closed} ＝ "
                f"{c.expected_closing}；期末未结 {c.closing}。",
                "note",
            ),
        ]
        if not c.balanced:
            gap = c.closing - c.expected_closing
            more = f"多 {gap}" if gap > 0 else f"少 {-gap}"
            out.append(
                self.p(
                    f"本期数据不平衡：按上式期末未结应为 {c.expected_closing} 件，"
                    f"实际 {c.closing} 件，{more} 件。请核对相关案件的受理日期与结案日期。",
                    "warning",
                )
            )
        return out

    def closure_modes(self) -> list[Flowable]:
        modes = self.f.closure_modes
        total = sum(m.count for m in modes)
        rows: list[list[Any]] = [
            ["结案方式", *(m.label for m in modes), "合计"],
            ["件数", *(m.count for m in modes), total],
            ["占比", *(_rate(m.share) for m in modes), DASH if total == 0 else "100.0"],
        ]
        rest = (174 - 24) / (len(modes) + 1)
        return [
            self.p("三、仲裁案件结案方式", "section"),
            self.table(rows, [24] + [rest] * (len(modes) + 1)),
        ]

    def by_person(self) -> list[Flowable]:
        people = self.f.by_person
        rows: list[list[Any]] = [["承办人", "本期受理", "本期结案", "期末未结", "期末逾期"]]
        for r in people:
            late = DASH if r.overdue_at_end is None else r.overdue_at_end
            rows.append([r.name, r.accepted, r.closed, r.open_at_end, late])
        covered = all(r.overdue_at_end is not None for r in people)
        rows.append(
            [
                "合计",
                sum(r.accepted for r in people),
                sum(r.closed for r in people),
                sum(r.open_at_end for r in people),
                sum(r.overdue_at_end or 0 for r in people) if covered else DASH,
            ]
        )
        return [
            self.p("四、按承办人统计（仲裁案件）", "section"),
            self.table(rows, [54, 30, 30, 30, 30], total_row=True),
            self.p("注：期末逾期为月末日有期限已届满而未办结的仲裁案件数（件）。", "note"),
        ]

    def signatures(self) -> Flowable:
        """填报人 / 审核人 / 填报日期 blanks, on page 1 however long the tables below run."""
        return self.plain_row(
            [
                self.p(f"填报人：{SIGN_BLANK}", "line"),
                self.p(f"审核人：{SIGN_BLANK}", "line"),
                self.p("填报日期：＿＿＿＿年＿＿月＿＿日", "line_right"),
            ],
            [50, 50, 74],
            top=3 * mm,
        )

    def overdue(self) -> list[Flowable]:
        f = self.f
        count = "" if f.overdue_note is not None else f"，共 {len(f.overdue)} 项"
        head = f"附：月末逾期案件清单（截至{_cn_date(f.end)}{count}）"
        out: list[Flowable] = [CondPageBreak(40 * mm), self.p(head, "section")]
        if f.overdue_note is not None:
            return [*out, self.p(f.overdue_note, "warning")]
        if not f.overdue:
            return [*out, self.p("月末没有已届满而未办结的期限。", "line")]
        rows: list[list[Any]] = [["序号", "案号", "类型", "期限", "承办人", "届满日", "逾期天数"]]
        for n, r in enumerate(f.overdue[:PDF_OVERDUE_ROWS], start=1):
            rows.append(
                [n, r.case_number, r.kind, r.clock, r.handler, r.due.isoformat(), r.days_overdue]
            )
        table = self.table(
            rows,
            [12, 58, 12, 34, 20, 22, 16],
            numeric_from=6,
            size=8,
            extra=[("ALIGN", (0, 1), (0, -1), "RIGHT"), ("ALIGN", (2, 1), (5, -1), "CENTER")],
        )
        rest = len(f.overdue) - PDF_OVERDUE_ROWS
        if rest > 0:
            more = (
                f"另有 {rest} 项未列出（上表为按届满日排序的前 {PDF_OVERDUE_ROWS} 项）；"
                "完整清单见 XLSX 报表。"
            )
            return [*out, table, self.p(more, "note")]
        return [*out, table]

    def story(self) -> list[Flowable]:
        return [
            *self.heading_block(),
            *self.indicators(),
            *self.caseload(),
            *self.closure_modes(),
            *self.by_person(),
            *self.overdue(),
        ]


def write_monthly_pdf(figures: MonthlyFigures, path: Path) -> Path:
    """Write the report to ``path`` (whole or not at all); returns ``path``."""
    body, heading = register_cjk_fonts()
    builder = _Builder(figures, body, heading)
    canvas = partial(
        NumberedCanvas,
        generated=local_time(figures.generated_at),
        database=figures.database,
        footer_font=body,
    )
    top, bottom = 12 * mm, MARGIN - 2 * mm
    # no frame padding: tables and paragraphs share the same left and right edges
    frame = Frame(MARGIN, bottom, WIDTH, A4[1] - top - bottom, 0, 0, 0, 0, id="body")
    with atomic_output(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary),
            pagesize=A4,
            pageTemplates=[PageTemplate("page", [frame])],
            title=report_title(figures),
            author=figures.office_name,
            subject=f"月度结案统计 {figures.month}",
            creator=APP_NAME,
            invariant=1,
            initialFontName=body,
        )
        doc.build(builder.story(), canvasmaker=canvas)
    return path
