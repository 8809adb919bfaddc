"""A breakdown table (``BreakdownTable``) as a table model; a proxy sorts it.

``SORT_ROLE`` gives numbers as numbers (so 9 sorts before 10) and "nothing" below
every number; text columns sort as text.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from xinxiang_arbitration.statistics.breakdown_tables import BreakdownTable, Cell

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
NOTHING = float("-inf")  # an empty number sorts below every number

AnyIndex = QModelIndex | QPersistentModelIndex


def cell_text(value: Cell) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format(value, ",")
    if isinstance(value, Decimal):
        return format(value, ",f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class BreakdownModel(QAbstractTableModel):
    """The rows of one breakdown, header and all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: BreakdownTable | None = None
        self._numeric: frozenset[int] = frozenset()

    def set_table(self, table: BreakdownTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self._numeric = table.numeric_columns if table is not None else frozenset()
        self.endResetModel()

    def _header(self) -> tuple[str, ...]:
        return self.table.header if self.table is not None else ()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._header()):
            return self._header()[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def value(self, row: int, column: int) -> Cell:
        assert self.table is not None
        return self.table.rows[row][column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.table.rows) and 0 <= column < len(self.table.header)):
            return None
        value = self.table.rows[row][column]
        numeric = column in self._numeric
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == SORT_ROLE:
            if numeric:
                return NOTHING if value is None else float(value)  # type: ignore[arg-type]
            return "" if value is None else cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and (numeric or value is None):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
