"""The cases behind a figure (a drill-down list) as a table model, sortable by a proxy.

The rows are read once, on a worker, by the dialog; the model only holds them.
``SORT_ROLE`` gives each cell a value that sorts the way a person expects: the case
number by its year and serial (第2号 before 第10号), dates as dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from ui.models.read_only_table import AnyIndex, ReadOnlyTableModel
from xinxiang_arbitration.statistics.breakdown_tables import Cell
from xinxiang_arbitration.statistics.dashboard import CaseListRow

CASE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
NUMBER, KIND, APPLICANT, RESPONDENT, HANDLER, RECEIVED, ACCEPTED, CLOSED, MODE = range(9)
DATE_COLUMNS = (RECEIVED, ACCEPTED, CLOSED)


def natural_key(text: str) -> str:
    """``text`` with each run of digits zero-padded: 〔2026〕第2号 sorts before 〔2026〕第10号."""
    return re.sub(r"\d+", lambda m: m.group().zfill(12), text)


class CaseListModel(ReadOnlyTableModel):
    """案号, 类型, 申请人, 被申请人, 承办人, 收件 / 受理 / 结案日期, 结案方式."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseListRow] = []
        self.headers = (
            self.tr("案号"),
            self.tr("类型"),
            self.tr("申请人"),
            self.tr("被申请人"),
            self.tr("承办人"),
            self.tr("收件日期"),
            self.tr("受理日期"),
            self.tr("结案日期"),
            self.tr("结案方式"),
        )

    def set_rows(self, rows: Sequence[CaseListRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[CaseListRow]:
        return list(self._rows)

    def cells(self, row: CaseListRow) -> tuple[Cell, ...]:
        """The row's values as they go to a file (dates as dates)."""
        return (
            row.number,
            row.kind,
            row.applicant,
            row.respondent,
            row.handler,
            row.received_on,
            row.accepted_on,
            row.closed_on,
            row.closure_mode,
        )

    # -- the model interface --------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._rows)

    def _column_titles(self) -> Sequence[str]:
        return self.headers

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if not 0 <= column < len(self.headers):
            return None
        if role == CASE_ID_ROLE:
            return row.id
        value = self.cells(row)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "—" if column in DATE_COLUMNS or column == MODE else ""
            return value.isoformat() if hasattr(value, "isoformat") else str(value)
        if role == SORT_ROLE:
            if column == NUMBER:
                return natural_key(row.number)
            if value is None:
                return ""
            return value.isoformat() if hasattr(value, "isoformat") else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column in (APPLICANT, RESPONDENT):
            return str(value or "")
        return None
