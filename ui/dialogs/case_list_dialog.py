"""The cases behind a figure: a sortable list, a count, export to Excel; double-click opens one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from ui.models.case_list_model import CASE_ID_ROLE, SORT_ROLE, CaseListModel
from ui.ops import Ops
from xinxiang_arbitration.statistics.breakdown_tables import BreakdownTable, write_table_xlsx
from xinxiang_arbitration.statistics.dashboard import CaseListRow, case_list
from xinxiang_arbitration.storage.db import Database

ROW_HEIGHT = 24
COLUMN_WIDTHS = (210, 44, 90, 230, 64, 86, 86, 86, 84)
RESPONDENT_COLUMN = 3


def file_name(title: str) -> str:
    """A title as a file name: no characters Windows refuses."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("_") or "案件清单"


class CaseListDialog(QDialog):
    """Lists ``case_numbers`` (read on a worker) and lets the user open one of them."""

    case_opened = Signal(int)  # a case id, on double-click or Enter
    loaded = Signal(int)  # rows shown

    def __init__(
        self,
        db: Database,
        ops: Ops,
        title: str,
        case_numbers: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self.ops, self.title = db, ops, title
        self.case_numbers = list(case_numbers)
        self._channel = f"case-list-{id(self)}"
        self.setWindowTitle(title)
        self.model = CaseListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._build()
        self.resize(1180, 560)
        self._load()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.title, self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.table = QTableView(self)
        self.table.setObjectName("caseListTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setVisible(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(RESPONDENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(
            0, Qt.SortOrder.AscendingOrder
        )  # by case number, 第2号 before 第10号
        # activated: a double click, or Enter (the style decides); doubleClicked would come too
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseListCount")
        row.addWidget(self.count_label, 1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: no end known
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        row.addWidget(self.progress)
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout.addLayout(row)

    # -- behaviour ------------------------------------------------------------------------

    def _load(self) -> None:
        self.count_label.setText(
            self.tr("正在读取 {n} 件案件…").format(n=format(len(self.case_numbers), ","))
        )
        self.export_button.setEnabled(False)
        numbers = list(self.case_numbers)
        self.ops.run(
            lambda: case_list(self._db, numbers), self._show, self._failed, channel=self._channel
        )

    def _show(self, rows: list[CaseListRow]) -> None:
        self.model.set_rows(rows)
        self.progress.setVisible(False)
        self.export_button.setEnabled(bool(rows))
        text = self.tr("共 {n} 件").format(n=format(len(rows), ","))
        if len(rows) < len(self.case_numbers):
            text += self.tr("（另有 {n} 件已被删除）").format(n=len(self.case_numbers) - len(rows))
        self.count_label.setText(text + self.tr("；双击一行打开案件"))
        self.loaded.emit(len(rows))

    def _failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.count_label.setText(self.tr("读取失败：{reason}").format(reason=message))

    def numbers_shown(self) -> list[str]:
        """The case numbers in the order the table shows them."""
        return [str(self.proxy.data(self.proxy.index(r, 0))) for r in range(self.proxy.rowCount())]

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_opened.emit(int(self.proxy.data(index, CASE_ID_ROLE)))

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("导出 Excel"),
            f"{file_name(self.title)}.xlsx",
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        shown, rows = self.model.rows, []
        for r in range(self.proxy.rowCount()):  # the order on screen
            source = self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            rows.append(self.model.cells(shown[source]))
        table = BreakdownTable(self.title, tuple(self.model.headers), tuple(rows))
        self.export_button.setEnabled(False)
        self.ops.run(
            lambda: write_table_xlsx(table, target),
            self._exported,
            self._export_failed,
            channel=f"{self._channel}-export",
        )

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.count_label.setText(self.tr("已导出到 {path}").format(path=str(path)))

    def _export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.count_label.setText(self.tr("导出失败：{reason}").format(reason=message))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ops.cancel(self._channel)
        super().closeEvent(event)
