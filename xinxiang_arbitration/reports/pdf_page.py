"""Page furniture of printed reports: styles, ruled tables, and the numbered footer.

The footer says ``第 x 页 共 n 页``, so the canvas keeps every page until the end
and draws the footers when it knows how many there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

MARGIN = 18 * mm
FOOTER_SIZE = 7.5
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
WARNING_RED = colors.Color(0.8, 0, 0)


def make_styles(body: str, heading: str) -> dict[str, ParagraphStyle]:
    """Every style names one of the registered CJK faces: nothing falls back to Helvetica."""

    def style(name: str, font: str, size: float, **more: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.35, wordWrap="CJK", **more
        )

    return {
        "title": style("title", heading, 15, alignment=TA_CENTER, spaceAfter=2.5 * mm),
        "line": style("line", body, 9.5),
        "line_right": style("line_right", body, 9.5, alignment=TA_RIGHT),
        "section": style("section", heading, 10.5, spaceBefore=2.2 * mm, spaceAfter=1 * mm),
        "cell": style("cell", body, 9, alignment=TA_LEFT),
        "note": style("note", body, 7.5, textColor=colors.Color(0.25, 0.25, 0.25), spaceBefore=1),
        "warning": style("warning", heading, 10, textColor=WARNING_RED, spaceBefore=1.5 * mm),
    }


def ruled_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    body: str,
    heading: str,
    numeric_from: int = 1,
    total_row: bool = False,
    size: float = 9,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A statistical table: ruled grid, shaded header row, numbers right-aligned.

    ``numeric_from`` is the first column holding numbers; ``total_row`` sets the
    last row (合计) in the heading face.
    """
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), body, size),
        ("FONT", (0, 0), (-1, 0), heading, size),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), size * 0.15),
        ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.3),
    ]
    if total_row:
        commands.append(("FONT", (0, -1), (-1, -1), heading, size))
    commands.extend(extra)
    table = Table(list(rows), colWidths=list(widths), repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return table


def fit_left(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut at the front with … until it fits ``width`` (a long database path)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth("…" + text, font, size) > width:
        text = text[1:]
    return "…" + text


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that draws ``第 x 页 共 n 页``, the generation time and the database per page."""

    def __init__(
        self, *args: Any, generated: str, database: str, footer_font: str, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._generated = f"生成时间：{generated}　数据库："
        self._database = database
        self._footer_font = footer_font
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _ = self._pagesize
        y = MARGIN - 8 * mm
        page = f"第 {self._pageNumber} 页 共 {total} 页"
        page_width = stringWidth(page, self._footer_font, FOOTER_SIZE)
        font, size = self._footer_font, FOOTER_SIZE
        room = width - 2 * MARGIN - page_width - 6 * mm - stringWidth(self._generated, font, size)
        footer = self._generated + fit_left(self._database, font, size, room)
        self.saveState()
        self.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
        self.setLineWidth(0.4)
        self.line(MARGIN, y + 3.2 * mm, width - MARGIN, y + 3.2 * mm)
        self.setFont(self._footer_font, FOOTER_SIZE)
        self.drawString(MARGIN, y, footer)
        self.drawRightString(width - MARGIN, y, page)
        self.restoreState()
