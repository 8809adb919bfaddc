"""Reading and writing tabular files: .xlsx (openpyxl) and .csv (UTF-8 or GB18030).

A file that cannot be read is refused in one Chinese sentence naming the file and what
is wrong (damaged zip or sheet XML, an encoding that does not match its byte-order mark,
a cell too large, a formula Excel never calculated); the details go to the log. Writing
never fails on what the database holds: characters an .xlsx cannot store are replaced
(and said so), and a text that Excel would run as a formula (``=``, ``+``, ``-``, ``@``)
is written as text: a text cell in .xlsx, with a leading ``'`` in .csv, which reading
a .csv takes off again.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import os
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from xinxiang_arbitration.errors import InvalidInput

SHEET_NAME = "台账"
SUFFIXES = (".xlsx", ".csv")
FORMULA_START = ("=", "+", "-", "@")  # what Excel takes for the start of a formula
CSV_TEXT_MARK = "'"  # before such a text in .csv: Excel shows it as text
REPLACEMENT = "\ufffd"  # for a character an .xlsx file cannot hold
_LIMIT_FORMULAS_LISTED = 10
_log = logging.getLogger(__name__)


@dataclass
class Sheet:
    """The header row and the data rows (with their 1-based row numbers) of a ledger."""

    headers: list[str]
    rows: Iterator[tuple[int, list[Any]]]
    warnings: list[str]


def check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidInput(f"不支持的文件类型：{path.name}（应为 .xlsx 或 .csv）")
    return suffix


def read_sheet(path: Path) -> Sheet:
    """Open a ledger for reading; a missing or unreadable file is an ``InvalidInput``."""
    suffix = check_suffix(path)
    if not path.is_file():
        raise InvalidInput(f"找不到文件：{path}")
    if suffix == ".csv":
        return _read_csv(path)
    return _read_xlsx(path)


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(
            f"文件 {path.name} 是 UTF-16 编码（Excel 的“Unicode 文本”）："
            "请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入"
        )
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8"
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                f"文件 {path.name} 开头标明是 UTF-8，但第 {_line_of(data, exc.start)} 行的内容"
                "不是 UTF-8（可能是 GBK 文件被加上了 UTF-8 标记）：请用 Excel 或记事本另存为"
                " UTF-8 后再导入"
            ) from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError:
        raise InvalidInput(f"无法识别文件 {path.name} 的编码（应为 UTF-8 或 GB18030）") from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _csv_problem(path: Path, line: int, exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        what = f"有一个单元格超过 {csv.field_size_limit():,} 个字"
    else:
        what = "引号不成对或格式错误"
    return f"无法读取 CSV 文件 {path.name}：第 {line} 行{what}"


def _needs_mark(text: str) -> bool:
    """A text Excel would run (``=1+2``) or one that looks marked (``'=1+2``) gets a mark."""
    return text.lstrip(CSV_TEXT_MARK)[:1] in FORMULA_START


def _unmark(cell: str) -> str:
    """A text the export marked with ``'`` so that Excel does not run it, as it was."""
    if cell.startswith(CSV_TEXT_MARK) and _needs_mark(cell):
        return cell[1:]
    return cell


def _read_csv(path: Path) -> Sheet:
    text, _encoding = _decode(path.read_bytes(), path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise InvalidInput(_csv_problem(path, reader.line_num, exc)) from None
    if not rows:
        raise InvalidInput(f"文件 {path.name} 是空的，没有表头")
    body = ((n, [_unmark(c) for c in r]) for n, r in enumerate(rows[1:], start=2))
    return Sheet(headers=list(rows[0]), rows=body, warnings=[])


def _damaged(path: Path, exc: BaseException) -> InvalidInput:
    """A workbook that cannot be read, in words; what went wrong exactly goes to the log."""
    _log.warning("cannot read workbook %s", path, exc_info=exc)
    if isinstance(exc, zipfile.BadZipFile) and "CRC" not in str(exc):
        why = "不是有效的 .xlsx 文件（可能是旧版 .xls、其他文件改了扩展名，或文件不完整）"
    elif isinstance(exc, zipfile.BadZipFile | EOFError | zlib.error):
        why = "文件已损坏（压缩数据不完整）"
    elif type(exc).__name__ in ("ParseError", "XMLSyntaxError"):
        why = "工作表的内容（XML）已损坏"
    else:
        why = "文件已损坏或不是 Excel 工作簿"
    return InvalidInput(
        f"无法读取工作簿 {path.name}：{why}；请在 Excel 中打开并另存为 .xlsx 后再导入"
    )


def _read_xlsx(path: Path) -> Sheet:
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a foreign file fails in many ways; each is "cannot read it"
        raise _damaged(path, exc) from None
    try:
        sheet = book[SHEET_NAME] if SHEET_NAME in book.sheetnames else book.worksheets[0]
        _refuse_formulas_without_values(path, getattr(sheet, "_worksheet_path", None))
        rows = sheet.iter_rows(values_only=True)
        header = next(rows)
    except StopIteration:
        book.close()
        raise InvalidInput(f"工作簿 {path.name} 的工作表“{sheet.title}”是空的，没有表头") from None
    except InvalidInput:
        book.close()
        raise
    except Exception as exc:
        book.close()
        raise _damaged(path, exc) from None

    def body() -> Iterator[tuple[int, list[Any]]]:
        try:
            for n, row in enumerate(rows, start=2):
                yield n, list(row)
        except Exception as exc:  # damage further down the sheet shows only when read
            raise _damaged(path, exc) from None
        finally:
            book.close()

    return Sheet(headers=["" if h is None else str(h) for h in header], rows=body(), warnings=[])


_FORMULA_CELL = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]+[0-9]+)\"[^>]*>(.*?)</c>", re.S)


def _refuse_formulas_without_values(path: Path, member: str | None) -> None:
    """Excel saves each formula's result beside it; a file written by another program may
    not, and reading it would see an empty cell where the sheet shows a value."""
    if member is None:
        return
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(member)
    if b"<f" not in xml:  # no formula at all: the usual case costs one search
        return
    missing = [
        ref.decode()
        for ref, inner in _FORMULA_CELL.findall(xml)
        if b"<f" in inner and not re.search(rb"<v>[^<]+</v>", inner)
    ]
    if missing:
        listed = "、".join(missing[:_LIMIT_FORMULAS_LISTED])
        more = f" 等 {len(missing)} 个" if len(missing) > _LIMIT_FORMULAS_LISTED else ""
        raise InvalidInput(
            f"工作簿 {path.name} 中的单元格 {listed}{more}是公式，但文件里没有保存计算结果："
            "请在 Excel 中打开、保存后再导入，或把公式改为数值"
        )


def write_sheet(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    """Write atomically: a temporary file in the same folder, renamed when complete.

    Returns what had to change to be written (characters an .xlsx cannot hold), one
    sentence a cell with its row and column."""
    suffix = check_suffix(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if suffix == ".csv":
            changed: list[str] = []
            _write_csv(tmp, headers, rows)
        else:
            changed = _write_xlsx(tmp, headers, rows)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return changed


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and _needs_mark(value):
        return CSV_TEXT_MARK + value  # reading takes exactly one mark off again
    return str(value)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    # UTF-8 with BOM: Excel on Chinese Windows opens it without garbling.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_NAME)
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        cell = WriteOnlyCell(sheet, value=h)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    sheet.freeze_panes = "A2"
    changed: list[str] = []
    for n, row in enumerate(rows, start=2):
        cells = []
        for header, value in zip(headers, row, strict=False):
            if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
                value = ILLEGAL_CHARACTERS_RE.sub(REPLACEMENT, value)
                changed.append(
                    f"第 {n} 行 · {header}：含有 Excel 不能保存的控制字符，已写为 {REPLACEMENT}"
                )
            cells.append(_xlsx_cell(sheet, value))
        sheet.append(cells)
    book.save(path)
    return changed


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, Decimal):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "#,##0.00"
        return cell
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # a text, not a formula
        return cell
    return value
