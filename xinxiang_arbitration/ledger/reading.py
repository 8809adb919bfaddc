"""Reading a whole ledger file into checked rows, or rejecting it with every problem."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from xinxiang_arbitration.errors import ImportRejected, RowProblem
from xinxiang_arbitration.inputs.files import read_sheet
from xinxiang_arbitration.inputs.values import clean_text
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.ledger.rows import LedgerRow, read_row


@dataclass
class ReadLedger:
    rows: list[tuple[int, LedgerRow]]  # (row number in the file, row)
    warnings: list[str]


def _header_index(headers: list[str]) -> tuple[dict[str, int], list[RowProblem], list[str]]:
    index: dict[str, int] = {}
    problems: list[RowProblem] = []
    unknown: list[str] = []
    for i, raw in enumerate(headers):
        name = clean_text(raw)
        if not name:
            continue
        if name not in col.ALL:
            unknown.append(name)
        elif name in index:
            problems.append(RowProblem(1, name, "列名重复"))
        else:
            index[name] = i
    for name in col.REQUIRED:
        if name not in index:
            problems.append(RowProblem(1, name, "缺少必需的列"))
    warnings = [f"忽略未知的列：{'、'.join(unknown)}"] if unknown else []
    return index, problems, warnings


def read_ledger(path: Path) -> ReadLedger:
    """Every row checked before anything is written; any problem rejects the whole file."""
    sheet = read_sheet(path)
    index, problems, warnings = _header_index(sheet.headers)
    if problems:
        raise ImportRejected(problems)
    rows: list[tuple[int, LedgerRow]] = []
    first_row_of: dict[str, int] = {}
    for row_number, values in sheet.rows:
        if all(clean_text(v) == "" for v in values):
            continue  # empty rows are skipped
        cells = {name: values[i] if i < len(values) else None for name, i in index.items()}
        result = read_row(row_number, cells)
        if isinstance(result, list):
            problems.extend(result)
            continue
        first = first_row_of.setdefault(result.number, row_number)
        if first != row_number:
            problems.append(
                RowProblem(row_number, col.NUMBER, f"与第 {first} 行重复（{result.number}）")
            )
            continue
        rows.append((row_number, result))
    if problems:
        raise ImportRejected(problems)
    return ReadLedger(rows=rows, warnings=warnings)
