"""A read-only table model over a short tuple of rows (one case's parties, clocks, events…).

Each list of the case view is a ``RowsModel`` with its own columns: a header and a
function from a row (a frozen dataclass of the core) to the text shown. One case's
lists are small and arrive whole, so there is no paging here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the row object itself


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    right: bool = False  # amounts and counts line up on the right


def money(amount: Decimal | None) -> str:
    return "" if amount is None else f"{amount:,.2f}"


def day(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def text(value: object) -> str:
    return "" if value is None else str(value)


class RowsModel(QAbstractTableModel):
    """Rows and columns; optional tooltip, background and text colour per row."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        tooltip: Callable[[Any], str | None] | None = None,
        colours: Callable[[Any], tuple[QColor, QColor] | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: tuple[Any, ...] = ()
        self._tooltip = tooltip
        self._colours = colours

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = self._colours(row) if self._colours is not None else None
            if colours is not None:
                return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        return None
