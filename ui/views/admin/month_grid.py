"""One month of the holiday calendar as a grid (holidays and make-up days coloured and
named in the tooltip), and the year's named runs of days for the list beside it."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

OFF_BACKGROUND = QColor("#f9d6d5")  # a holiday
OFF_TEXT = QColor("#b71c1c")
WORK_BACKGROUND = QColor("#d4e4fb")  # a make-up working day (调休上班)
WORK_TEXT = QColor("#0d47a1")
WEEKEND_TEXT = QColor("#8a8a8a")
WEEKDAYS = "一二三四五六日"
CELL = 22


class MonthGrid(QWidget):
    """One month: a title and a 6×7 grid of days, Monday first."""

    def __init__(self, month: int, clicked: Callable[[dt.date], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.month = month
        self.year = 2000
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(1)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.title)
        self.grid = QTableWidget(6, 7, self)
        self.grid.setObjectName(f"month{month}")
        self.grid.setHorizontalHeaderLabels(list(WEEKDAYS))
        self.grid.verticalHeader().setVisible(False)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for header in (self.grid.horizontalHeader(), self.grid.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setFixedHeight(CELL)
        self.grid.setMinimumHeight(CELL * 7 + 4)
        self._clicked = clicked
        self.grid.cellClicked.connect(self._cell_clicked)
        layout.addWidget(self.grid)

    def _cell_clicked(self, row: int, column: int) -> None:
        day = self.day_at(row, column)
        if day is not None:
            self._clicked(day)

    def day_at(self, row: int, column: int) -> dt.date | None:
        item = self.grid.item(row, column)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, dt.date) else None

    def show_month(self, year: int, special: dict[dt.date, tuple[bool, str]]) -> None:
        self.year = year
        self.title.setText(f"{self.month} 月")
        self.grid.clearContents()
        offset = dt.date(year, self.month, 1).weekday()
        for n in range(calendar.monthrange(year, self.month)[1]):
            day = dt.date(year, self.month, n + 1)
            item = QTableWidgetItem(str(n + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setData(Qt.ItemDataRole.UserRole, day)
            found = special.get(day)
            if found is not None:
                is_work, name = found
                item.setBackground(QBrush(WORK_BACKGROUND if is_work else OFF_BACKGROUND))
                item.setForeground(QBrush(WORK_TEXT if is_work else OFF_TEXT))
                item.setToolTip(f"{day.isoformat()} {name}（{'上班' if is_work else '休息'}）")
            elif day.weekday() >= 5:
                item.setForeground(QBrush(WEEKEND_TEXT))
            self.grid.setItem((offset + n) // 7, (offset + n) % 7, item)

    def item_for(self, day: dt.date) -> QTableWidgetItem | None:
        offset = dt.date(day.year, day.month, 1).weekday() + day.day - 1
        return self.grid.item(offset // 7, offset % 7)


def named_spans(days: list[tuple[dt.date, bool, str]]) -> list[str]:
    """Runs of days with one name and kind, e.g. ``春节 2月15日–2月23日 休息 9 天``."""
    runs: list[list[tuple[dt.date, bool, str]]] = []
    for day in days:
        last = runs[-1][-1] if runs else None
        if last and last[1:] == day[1:] and (day[0] - last[0]).days == 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    out = []
    for run in runs:
        first, end, kind = run[0][0], run[-1][0], "上班" if run[0][1] else "休息"
        span = f"{first.month}月{first.day}日" + (
            f"–{end.month}月{end.day}日" if end != first else ""
        )
        out.append(f"{run[0][2]}  {span}  {kind} {len(run)} 天")
    return out
