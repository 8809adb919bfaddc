"""The statistics period: 本月, 本年至今, or a chosen range (自定义 from–to)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from xinxiang_arbitration.statistics.dashboard import this_month, year_to_date
from xinxiang_arbitration.statistics.indicators import Period

MONTH, YEAR, CUSTOM = "month", "year", "custom"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def span(period: Period) -> str:
    return f"{period.start.isoformat()} 至 {period.end.isoformat()}"


class PeriodPicker(QWidget):
    """A combo of 本月 / 本年至今 / 自定义 and, for 自定义, two dates."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("统计期间"), self))
        self.combo = QComboBox(self)
        self.combo.setObjectName("periodCombo")
        self.combo.addItem(self.tr("本月"), MONTH)
        self.combo.addItem(self.tr("本年至今"), YEAR)
        self.combo.addItem(self.tr("自定义"), CUSTOM)
        layout.addWidget(self.combo)
        start = year_to_date(today()).start
        self.date_from = self._date_edit(start)
        self.date_to = self._date_edit(today())
        self.to_label = QLabel(self.tr("至"), self)
        layout.addWidget(self.date_from)
        layout.addWidget(self.to_label)
        layout.addWidget(self.date_to)
        self._show_dates()
        self.combo.currentIndexChanged.connect(self._kind_changed)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(qdate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.dateChanged.connect(self._dates_changed)
        return edit

    @property
    def key(self) -> str:
        return str(self.combo.currentData())

    def period(self) -> Period:
        """The period chosen; a custom range typed backwards is read the right way round."""
        today = self._today()
        if self.key == MONTH:
            return this_month(today)
        if self.key == YEAR:
            return year_to_date(today)
        first, last = sorted((pydate(self.date_from.date()), pydate(self.date_to.date())))
        return Period(first, last)

    def set_custom(self, start: dt.date, end: dt.date) -> None:
        """Choose 自定义 from ``start`` to ``end`` (one ``changed`` signal)."""
        self.blockSignals(True)
        try:
            self.date_from.setDate(qdate(start))
            self.date_to.setDate(qdate(end))
            self.combo.setCurrentIndex(self.combo.findData(CUSTOM))
        finally:
            self.blockSignals(False)
        self._show_dates()
        self.changed.emit()

    def set_key(self, key: str) -> None:
        self.combo.setCurrentIndex(self.combo.findData(key))

    def _show_dates(self) -> None:
        custom = self.key == CUSTOM
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)

    def _kind_changed(self) -> None:
        self._show_dates()
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.key == CUSTOM:
            self.changed.emit()
