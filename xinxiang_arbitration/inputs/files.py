"""Reading and writing ledger files: .xlsx (openpyxl) and .csv (UTF-8 or GB18030)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from xinxiang_arbitration.errors import InvalidInput

SHEET_NAME = "台账"
SUFFIXES = (".xlsx", ".csv")


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
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "UTF-8"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError:
        raise InvalidInput(f"无法识别文件 {path.name} 的编码（应为 UTF-8 或 GB18030）") from None


def _read_csv(path: Path) -> Sheet:
    text, _encoding = _decode(path.read_bytes(), path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise InvalidInput(f"无法读取 CSV 文件 {path.name}：{exc}") from None
    if not rows:
        raise InvalidInput(f"文件 {path.name} 是空的，没有表头")
    body = ((n, list(r)) for n, r in enumerate(rows[1:], start=2))
    return Sheet(headers=list(rows[0]), rows=body, warnings=[])


def _read_xlsx(path: Path) -> Sheet:
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InvalidInput(f"无法读取工作簿 {path.name}：{exc}") from None
    sheet = book[SHEET_NAME] if SHEET_NAME in book.sheetnames else book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    try:
        header = next(rows)
    except StopIteration:
        book.close()
        raise InvalidInput(f"工作簿 {path.name} 的工作表“{sheet.title}”是空的，没有表头") from None

    def body() -> Iterator[tuple[int, list[Any]]]:
        try:
            for n, row in enumerate(rows, start=2):
                yield n, list(row)
        finally:
            book.close()

    return Sheet(headers=["" if h is None else str(h) for h in header], rows=body(), warnings=[])


def write_sheet(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write atomically: a temporary file in the same folder, renamed when complete."""
    suffix = check_suffix(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if suffix == ".csv":
            _write_csv(tmp, headers, rows)
        else:
            _write_xlsx(tmp, headers, rows)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    # UTF-8 with BOM: Excel on Chinese Windows opens it without garbling.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
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
    for row in rows:
        sheet.append([_xlsx_cell(sheet, v) for v in row])
    book.save(path)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, Decimal):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "#,##0.00"
        return cell
    return value
