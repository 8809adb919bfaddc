"""Writing our shipped .docx templates in the government document style (GB/T 9704).

A template is described as a list of blocks (``Title``, ``P``, ``Table``…) and written
with python-docx: A4, margins 37/35/28/26 mm, body 仿宋 三号 (16 pt) on an exact
22.5 pt line (28 lines a page), titles 黑体 二号 (22 pt). Placeholders are Jinja2 for
docxtpl: ``{{ case.number }}``; ``{%p if … %}`` / ``{%p for … %}`` as a paragraph of
its own (removed with its paragraph when the document is made); ``{%tr … %}`` as the
first cell of a table row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

BODY_FONT = "仿宋"
TITLE_FONT = "黑体"
LATIN_FONT = "Times New Roman"
BODY_SIZE = Pt(16)  # 三号
SMALL_SIZE = Pt(12)  # 小四, in tables
TITLE_SIZE = Pt(22)  # 二号
LINE = Pt(22.5)

# Written into the text when the template is built (not fields: they never change).
CONSTANTS = {
    "{{ LAW }}": "《中华人民共和国劳动争议调解仲裁法》",
    "{{ RULES }}": "《劳动人事争议仲裁办案规则》",
    "{{ REGULATION }}": "《劳动保障监察条例》",
}


def _text(text: str) -> str:
    for token, value in CONSTANTS.items():
        text = text.replace(token, value)
    return text


@dataclass(frozen=True)
class Title:
    """The heading: the issuing body's name, the document's name, and its number line."""

    name: str
    issuer: str = "{{ office.name }}"  # "" for a form the office does not issue (申请书)
    number: str | None = "{{ case.number }}"


@dataclass(frozen=True)
class P:
    """A body paragraph, first line indented two characters."""

    text: str
    bold_lead: str = ""  # a bold run before the text, e.g. 申请人：


@dataclass(frozen=True)
class Plain:
    """A paragraph without indent (an addressee line: 张伟：)."""

    text: str


@dataclass(frozen=True)
class Right:
    text: str


@dataclass(frozen=True)
class Center:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Tag:
    """A docxtpl paragraph tag: ``{%p if … %}``, ``{%p for … %}``, ``{%p endif %}``…"""

    text: str


@dataclass(frozen=True)
class Gap:
    lines: int = 1


@dataclass(frozen=True)
class Table:
    """A form table; each row a list of cell texts; ``widths`` in millimetres."""

    rows: list[list[str]]
    widths: list[float] = field(default_factory=list)
    height: float = 0  # least row height in millimetres (room to write by hand); 0: by text


@dataclass(frozen=True)
class Signature:
    """The seal area: the issuer and the date, right-aligned."""

    issuer: str = "{{ office.name }}"
    date: str = "{{ today|date_upper }}"


@dataclass(frozen=True)
class Template:
    name: str  # the file stem and the name users see
    kinds: tuple[str, ...]  # case kinds it is for: arbitration / mediation / inspection
    blocks: list[object]
    description: str = ""


Block = Title | P | Plain | Right | Center | Tag | Gap | Table | Signature


def _fonts(target: Any, east_asia: str, size: Pt, bold: bool = False) -> None:
    """Latin and East Asian fonts of a run or a style (Word keeps them apart)."""
    target.font.name = LATIN_FONT
    target.font.size = size
    target.font.bold = bold
    fonts = target._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)


def _spacing(paragraph: Paragraph, *, indent: bool = False) -> None:
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(32)  # two characters of 16 pt


def _add(
    container: Any, text: str, *, font: str = BODY_FONT, size: Pt = BODY_SIZE, bold: bool = False
) -> Paragraph:
    paragraph: Paragraph = container.add_paragraph()
    _spacing(paragraph)
    if text:
        _fonts(paragraph.add_run(_text(text)), font, size, bold)
    return paragraph


def _title(doc: Any, block: Title) -> None:
    if block.issuer:
        issuer = _add(doc, block.issuer, font=TITLE_FONT, size=TITLE_SIZE)
        issuer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        issuer.paragraph_format.line_spacing = Pt(36)
    title = _add(doc, block.name, font=TITLE_FONT, size=TITLE_SIZE)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.line_spacing = Pt(36)
    if block.number:
        number = _add(doc, block.number)
        number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _add(doc, "")


def _table(doc: Any, block: Table) -> None:
    columns = max(len(row) for row in block.rows)
    table = doc.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in block.rows:
        added = table.add_row()
        added._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row stays whole
        if block.height:
            added.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            added.height = Mm(block.height)
        cells = added.cells
        for index, text in enumerate(row):
            cell: _Cell = cells[index]
            cell.paragraphs[0].text = ""
            _spacing(cell.paragraphs[0])
            cell.paragraphs[0].paragraph_format.line_spacing = Pt(20)
            _fonts(cell.paragraphs[0].add_run(_text(text)), BODY_FONT, SMALL_SIZE)
        if len(row) < columns:  # the last cell spans the rest of the row
            cells[len(row) - 1].merge(cells[columns - 1])
    if block.widths:
        _widths(table, [Mm(w) for w in block.widths])
    _add(doc, "")


def _widths(table: Any, widths: list[Mm]) -> None:
    """Fixed column widths: the grid (which LibreOffice and WPS follow) and every cell
    (which Word follows); a merged cell is as wide as the columns it spans."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=False):
        column.w = width
    for row in table.rows:
        start = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = sum(widths[start : start + span], Mm(0))
            start += span


def _keep_with_next(doc: Any) -> None:
    """Keep the last paragraph that stays in the made document (not a ``{%p`` tag,
    which docxtpl removes) on the same page as the next one."""
    for paragraph in reversed(doc.paragraphs):
        if not paragraph.text.startswith("{%p"):
            paragraph.paragraph_format.keep_with_next = True
            return


def write(template: Template, out: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    _fonts(doc.styles["Normal"], BODY_FONT, BODY_SIZE)
    doc.core_properties.title = template.name
    doc.core_properties.author = "新乡市劳动人事争议仲裁委员会"
    doc.core_properties.comments = template.description
    doc.core_properties.category = ",".join(template.kinds)  # which case kinds it is for
    for block in template.blocks:
        if isinstance(block, Title):
            _title(doc, block)
        elif isinstance(block, P):
            paragraph = _add(doc, "")
            _spacing(paragraph, indent=True)
            if block.bold_lead:
                _fonts(paragraph.add_run(block.bold_lead), TITLE_FONT, BODY_SIZE)
            _fonts(paragraph.add_run(_text(block.text)), BODY_FONT, BODY_SIZE)
        elif isinstance(block, Plain):
            _add(doc, block.text)
        elif isinstance(block, Right):  # signature lines: on one page with the text before
            _keep_with_next(doc)
            right = _add(doc, block.text)
            right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            right.paragraph_format.keep_with_next = True
        elif isinstance(block, Center):
            _add(doc, block.text, bold=block.bold).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(block, Tag):
            _add(doc, block.text)
        elif isinstance(block, Gap):
            for _ in range(block.lines):
                _add(doc, "")
        elif isinstance(block, Table):
            _table(doc, block)
        elif isinstance(block, Signature):
            # the seal never stands alone on a page: keep it with the text before it
            # (GB/T 9704) and with a contact line after it
            _keep_with_next(doc)
            for text in ("", block.issuer, block.date):
                line = _add(doc, text)
                line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                line.paragraph_format.keep_with_next = True
        else:
            raise TypeError(f"unknown block {block!r}")
    doc.save(str(out))
