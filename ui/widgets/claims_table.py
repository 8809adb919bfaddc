"""请求事项: the claims of a new case, one row each (category, text, amount)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.problems import note_label, set_invalid, set_note
from xinxiang_arbitration.cases.final_award import LABELS, ClaimCategory
from xinxiang_arbitration.cases.intake import ClaimInput
from xinxiang_arbitration.cases.intake_checks import check_claim

ROW_HEIGHT = 30


class ClaimsEditor(QWidget):
    """A small table of claims; ``changed`` on every keystroke; checks each row as typed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("类别"), self.tr("请求内容"), self.tr("金额（元）")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 120)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加一项"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("删除所选"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.total_label = QLabel(self)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout.addLayout(buttons)
        self.note = note_label(self)
        layout.addWidget(self.note)
        self._problems: list[str] = []
        self.add_row()

    def add_row(self, category: ClaimCategory = ClaimCategory.REMUNERATION) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        for member in ClaimCategory:
            combo.addItem(self.tr(LABELS[member]), member)
        combo.setCurrentIndex(combo.findData(category))
        combo.currentIndexChanged.connect(self.changed)
        text, amount = QLineEdit(self.table), QLineEdit(self.table)
        text.setPlaceholderText(self.tr("如：支付2025年7月至9月工资"))
        amount.setPlaceholderText(self.tr("如 12,345.60"))
        for edit in (text, amount):
            edit.setFrame(False)
            edit.textChanged.connect(self.changed)
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, text)
        self.table.setCellWidget(row, 2, amount)
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.currentRow()]:
            if row >= 0:
                self.table.removeRow(row)
        self.changed.emit()

    def edit(self, row: int, column: int) -> QLineEdit:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QLineEdit)
        return widget

    def category_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 0)
        assert isinstance(widget, QComboBox)
        return widget

    def claims(self) -> tuple[list[ClaimInput], list[str]]:
        """The rows that are filled in, and the problems of the rows that cannot be saved."""
        claims: list[ClaimInput] = []
        problems: list[str] = []
        total = Decimal(0)
        for row in range(self.table.rowCount()):
            text, amount_edit = self.edit(row, 1), self.edit(row, 2)
            description, amount_text = text.text().strip(), amount_edit.text()
            check = check_claim(description, amount_text)
            set_invalid(amount_edit, check.problem is not None and check.amount is None)
            set_invalid(text, check.problem is not None and check.amount is not None)
            if check.problem:
                problems.append(
                    self.tr("第 {n} 项：{problem}").format(n=row + 1, problem=check.problem)
                )
            elif description:
                category = ClaimCategory(self.category_combo(row).currentData())
                claims.append(ClaimInput(category, description, check.amount))
                total += check.amount or 0
        set_note(self.note, "；".join(problems) if problems else None)
        self.total_label.setText(self.tr("合计 {total} 元").format(total=f"{total:,.2f}"))
        return claims, problems
