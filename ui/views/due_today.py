"""今日到期: the clocks that are overdue, due today or due within three working days.

For the signed-in person (their cases as 承办人) or the whole office. The queue is
computed on a worker, and only when the tab is on screen: the office-wide queue of a
large database takes a moment, and nobody needs it while looking at another tab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.due_model import CASE_ID_ROLE, RESPONDENT, DueModel
from ui.ops import Ops
from xinxiang_arbitration.clocks.due import QueueItem, Urgency, due_queue
from xinxiang_arbitration.storage.db import Database

ROW_HEIGHT = 26
COLUMN_WIDTHS = (215, 150, 96, 96, 110, 260, 72)
CHANNEL = "due-today"


class DueTodayView(QWidget):
    """The due queue with its 我的 / 全办 switch and a one-line summary."""

    case_opened = Signal(int)  # a case id, on double-click or Enter
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        *,
        me: str | None = None,
        ops: Ops | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._me, self._today = db, me, today
        self.ops = ops if ops is not None else Ops(self)
        self.model = DueModel(self)
        self._stale = True  # to be read when next on screen
        self._build()
        self._show_scope()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        row = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("dueHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        row.addWidget(self.heading)
        row.addSpacing(16)
        self.mine_button = QRadioButton(self.tr("我承办的"), self)
        self.office_button = QRadioButton(self.tr("全办"), self)
        scope = QButtonGroup(self)
        scope.addButton(self.mine_button)
        scope.addButton(self.office_button)
        self.office_button.setChecked(True)
        self.mine_button.toggled.connect(lambda _on: self.reload())
        row.addWidget(self.mine_button)
        row.addWidget(self.office_button)
        row.addStretch(1)
        self.busy_label = QLabel(self.tr("正在计算…"), self)
        self.busy_label.setVisible(False)
        row.addWidget(self.busy_label)
        layout.addLayout(row)

        legend = QLabel(
            self.tr("红色：已逾期；黄色：今日到期（粗体）或 3 个工作日内到期。双击打开案件。"),
            self,
        )
        legend.setStyleSheet("color: #555555;")
        layout.addWidget(legend)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("dueStatus")
        layout.addWidget(self.status_label)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("dueTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(RESPONDENT, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)
        header.setSortIndicatorShown(False)  # the queue's own order: due date, case number
        header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))
        table.doubleClicked.connect(self._open)
        table.activated.connect(self._open)
        return table

    # -- behaviour ------------------------------------------------------------------------

    def set_me(self, name: str | None) -> None:
        """The signed-in person's name (the queue's 承办人 filter); None: nobody signed in."""
        self._me = name
        self._show_scope()
        self.mine_button.blockSignals(True)
        (self.mine_button if name is not None else self.office_button).setChecked(True)
        self.mine_button.blockSignals(False)
        self.reload()

    def _show_scope(self) -> None:
        self.mine_button.setEnabled(self._me is not None)
        self.mine_button.setToolTip(
            self.tr("选择用户后可只看自己承办的案件") if self._me is None else ""
        )

    def handler(self) -> str | None:
        """Whose queue is asked for: the signed-in person's, or None for the office."""
        return self._me if self.mine_button.isChecked() else None

    def reload(self) -> None:
        """Read the queue again now if on screen, else when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        day, handler, db = self._today(), self.handler(), self._db
        self.heading.setText(self.tr("今日到期（{day}）").format(day=day.isoformat()))
        self.busy_label.setVisible(True)
        self.ops.run(
            lambda: due_queue(db, day, handler=handler), self._show, self._failed, channel=CHANNEL
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _show(self, items: list[QueueItem]) -> None:
        self.busy_label.setVisible(False)
        self.model.set_items(items)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        counts = self.model.counts()
        if not items:
            self.status_label.setText(self.tr("没有逾期、今日到期或 3 个工作日内到期的期限"))
        else:
            self.status_label.setText(
                self.tr(
                    "已逾期 {overdue} 项，今日到期 {today} 项，3 个工作日内到期 {soon} 项"
                ).format(
                    overdue=counts[Urgency.OVERDUE],
                    today=counts[Urgency.TODAY],
                    soon=counts[Urgency.SOON],
                )
            )
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.busy_label.setVisible(False)
        self.status_label.setText(self.tr("无法计算到期期限：{reason}").format(reason=message))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_opened.emit(int(self.model.data(index, CASE_ID_ROLE)))

    def shutdown(self) -> None:
        self.ops.cancel(CHANNEL)
