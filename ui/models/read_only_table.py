"""What every read-only list of the client shares: row and column counts, the header
(column titles, row numbers from 1) and selectable-but-not-editable items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


class ReadOnlyTableModel(QAbstractTableModel):
    """Subclasses give ``_row_count()`` and ``_column_titles()``, and their own ``data``."""

    def _row_count(self) -> int:
        raise NotImplementedError  # abstract: each list knows what its rows are

    def _column_titles(self) -> Sequence[str]:
        raise NotImplementedError  # abstract

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._column_titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self._column_titles()
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(titles):
            return titles[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._row_count():
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
