"""分类统计: the breakdowns supervisors ask for, as sortable tables that export to Excel.

One breakdown at a time (by person, mediation organisation, dispute type, closure
mode, collective / final-award, days to close, open-case age, claimed amounts, by
month), for the period chosen; read on a worker as ``actor`` (``stats.view``), written
to .xlsx on a worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.case_list_dialog import file_name
from ui.models.breakdown_model import SORT_ROLE, BreakdownModel
from ui.ops import Ops
from ui.views.indicator_card import MUTED_COLOUR
from ui.widgets.period_picker import PeriodPicker, span
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.statistics.breakdown_tables import (
    BREAKDOWNS,
    BreakdownTable,
    breakdown_table,
    write_table_xlsx,
)
from xinxiang_arbitration.storage.db import Database

CHANNEL = "breakdowns"
ROW_HEIGHT = 24


class BreakdownsView(QWidget):
    """A period, a breakdown, its table; 导出 Excel… writes what is shown."""

    def __init__(
        self,
        db: Database,
        ops: Ops,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        actor: SignedIn | str = "",
    ) -> None:
        super().__init__(parent)
        self._db, self.ops, self._today, self._actor = db, ops, today, actor
        self.model = BreakdownModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._loaded_once = False
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.picker = PeriodPicker(self, today=self._today)
        self.picker.changed.connect(self.refresh)
        top.addWidget(self.picker)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("分类"), self))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("breakdownCombo")
        for item in BREAKDOWNS:
            self.kind_combo.addItem(item.label, item.key)
        self.kind_combo.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        top.addWidget(self.progress)
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.setObjectName("breakdownExport")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        layout.addWidget(self.note_label)

        self.table = QTableView(self)
        self.table.setObjectName("breakdownTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        layout.addWidget(self.table, 1)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("breakdownStatus")
        layout.addWidget(self.status_label)

    # -- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    @property
    def key(self) -> str:
        return str(self.kind_combo.currentData())

    def refresh(self) -> None:
        self._loaded_once = True
        period, key = self.picker.period(), self.key
        self._busy(True)
        self.status_label.setText(self.tr("正在统计…"))
        self.ops.run(
            lambda: breakdown_table(self._db, key, period, actor=self._actor),
            self._show,
            self._failed,
            channel=CHANNEL,
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)

    def _show(self, table: BreakdownTable) -> None:
        self._busy(False)
        previous = self.model.table
        if previous is None or previous.header != table.header:  # another breakdown: its order
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
        self.model.set_table(table)  # the same breakdown for another period keeps its sort
        # the columns share the width: a few columns are never a narrow strip and a wide void
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        dates = span(table.period) if table.period is not None else ""
        self.note_label.setText(
            self.tr("{title}（{dates}）。{note}").format(
                title=table.title, dates=dates, note=table.note
            )
        )
        self.export_button.setEnabled(bool(table.rows))
        if table.rows:
            self.status_label.setText(
                self.tr("共 {n} 行；点击列标题排序").format(n=len(table.rows))
            )
        else:
            self.status_label.setText(self.tr("该期间没有可统计的案件，所以表中没有数据。"))

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status_label.setText(self.tr("统计失败：{reason}").format(reason=message))

    # -- export ---------------------------------------------------------------------------

    def shown_table(self) -> BreakdownTable | None:
        """The table as the screen shows it: rows in the order of the sort chosen."""
        table = self.model.table
        if table is None:
            return None
        rows = tuple(
            table.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
            for r in range(self.proxy.rowCount())
        )
        return replace(table, rows=rows)

    def export(self) -> None:
        table = self.shown_table()
        if table is None:
            return
        suggested = file_name(
            f"{table.title}_{span(table.period)}" if table.period else table.title
        )
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出 Excel"), f"{suggested}.xlsx", self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self.export_button.setEnabled(False)
        self._busy(True)
        self.ops.run(
            lambda: write_table_xlsx(table, target),
            self._exported,
            self._export_failed,
            channel=f"{CHANNEL}-export",
        )

    def _exported(self, path: Path) -> None:
        self._busy(False)
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("已导出到 {path}").format(path=str(path)))

    def _export_failed(self, message: str) -> None:
        self._busy(False)
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("导出失败：{reason}").format(reason=message))

    def shutdown(self) -> None:
        """Forget pending answers and wait for the workers (before the database closes)."""
        self.ops.cancel(CHANNEL)
        self.ops.wait()
