"""案件概况: the number of cases of each kind, read on a worker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Ops
from xinxiang_arbitration.cases.overview import count_by_kind
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.storage.db import Database

KINDS: tuple[CaseKind, ...] = tuple(CaseKind)


class OverviewPage(QWidget):
    """The counts per kind and their total, with the database's location."""

    def __init__(self, db: Database, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.ops = ops
        self._build()

    def _build(self) -> None:
        page = self
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        self.welcome_label = QLabel(
            self.tr("欢迎使用案件管理系统。当前数据库：{location}").format(
                location=self._db.describe()
            ),
            page,
        )
        self.welcome_label.setObjectName("welcomeLabel")
        self.welcome_label.setWordWrap(True)
        self.welcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.welcome_label)
        heading = QLabel(self.tr("案件概况"), page)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.counts_table = self._make_counts_table(page)
        layout.addWidget(self.counts_table, 0, Qt.AlignmentFlag.AlignLeft)
        self.total_label = QLabel(page)
        self.total_label.setObjectName("totalLabel")
        layout.addWidget(self.total_label)
        layout.addStretch(1)

    def _make_counts_table(self, parent: QWidget) -> QTableWidget:
        table = QTableWidget(len(KINDS), 1, parent)
        table.setObjectName("overviewTable")
        table.setHorizontalHeaderLabels([self.tr("案件数")])
        table.setVerticalHeaderLabels([kind.label for kind in KINDS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().resizeSection(0, 160)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setMinimumWidth(64)
        table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._count_items: dict[CaseKind, QTableWidgetItem] = {}
        for row, kind in enumerate(KINDS):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, item)
            self._count_items[kind] = item
        return table

    def refresh(self) -> None:
        """Read the counts again on a worker; on failure keep the old ones and say why."""
        self.ops.run(
            lambda: count_by_kind(self._db),
            self._show_counts,
            self._counts_failed,
            channel="overview",
        )

    def _show_counts(self, counts: dict[CaseKind, int]) -> None:
        for kind, item in self._count_items.items():
            item.setText(format(counts.get(kind, 0), ","))
        total = sum(counts.values())
        self.total_label.setText(self.tr("合计：{total} 件").format(total=format(total, ",")))

    def _counts_failed(self, reason: str) -> None:
        QMessageBox.warning(
            self, self.tr("刷新失败"), self.tr("无法读取案件数：{reason}").format(reason=reason)
        )
