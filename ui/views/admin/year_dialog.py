"""新增年份 (a year of the holiday calendar typed from its notice) and one day's change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xinxiang_arbitration.admin.calendar_years import HolidaySpan
from xinxiang_arbitration.inputs.values import parse_date

NAME, FIRST, LAST, KIND = range(4)


class AddYearDialog(QDialog):
    """Rows of 名称 / 开始 / 结束 / 类型; ``submitted`` carries them, checked by the core."""

    submitted = Signal(int, list, str)  # year, [HolidaySpan], source

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增年份"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1950, 2199)
        self.year_spin.setValue(year)
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(
            self.tr("如 国务院办公厅关于2027年部分节假日安排的通知")
        )
        form.addRow(self.tr("年份"), self.year_spin)
        form.addRow(self.tr("依据"), self.source_edit)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "按放假通知逐行填写：放假的起止日期（类型“休息”），"
                    "以及调休上班的周末（类型“调休上班”）。其余日子按周一至周五上班计算。"
                ),
                self,
                wordWrap=True,
            )
        )
        self.rows = QTableWidget(0, 4, self)
        self.rows.setObjectName("yearRows")
        self.rows.setHorizontalHeaderLabels(
            [self.tr("名称"), self.tr("开始日期"), self.tr("结束日期"), self.tr("类型")]
        )
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.setColumnWidth(NAME, 150)
        self.rows.setColumnWidth(FIRST, 130)
        self.rows.setColumnWidth(LAST, 130)
        layout.addWidget(self.rows, 1)
        buttons = QHBoxLayout()
        self.add_row_button = QPushButton(self.tr("添加一行"), self)
        self.add_row_button.clicked.connect(lambda: self.add_row())
        self.remove_row_button = QPushButton(self.tr("删除所选行"), self)
        self.remove_row_button.clicked.connect(self._remove_row)
        buttons.addWidget(self.add_row_button)
        buttons.addWidget(self.remove_row_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.problems = QListWidget(self)
        self.problems.setObjectName("yearProblems")
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setMaximumHeight(90)
        self.problems.setVisible(False)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.add_row()

    def add_row(
        self, name: str = "", first: str = "", last: str = "", workday: bool = False
    ) -> int:
        row = self.rows.rowCount()
        self.rows.insertRow(row)
        for column, text in ((NAME, name), (FIRST, first), (LAST, last)):
            self.rows.setItem(row, column, QTableWidgetItem(text))
        kind = QComboBox(self.rows)
        kind.addItems([self.tr("休息"), self.tr("调休上班")])
        kind.setCurrentIndex(1 if workday else 0)
        self.rows.setCellWidget(row, KIND, kind)
        return row

    def _remove_row(self) -> None:
        if self.rows.currentRow() >= 0:
            self.rows.removeRow(self.rows.currentRow())

    def _cell(self, row: int, column: int) -> str:
        item = self.rows.item(row, column)
        return item.text().strip() if item is not None else ""

    def spans(self) -> tuple[list[HolidaySpan], list[str]]:
        """The rows as spans, and the rows whose dates cannot be read."""
        spans: list[HolidaySpan] = []
        problems: list[str] = []
        for row in range(self.rows.rowCount()):
            texts = [self._cell(row, c) for c in (NAME, FIRST, LAST)]
            if not any(texts):
                continue
            try:
                first = parse_date(texts[1])
                last = parse_date(texts[2]) if texts[2] else first
            except ValueError as exc:
                problems.append(self.tr("第 {n} 行 · 日期：{why}").format(n=row + 1, why=exc))
                continue
            kind = self.rows.cellWidget(row, KIND)
            workday = isinstance(kind, QComboBox) and kind.currentIndex() == 1
            spans.append(HolidaySpan(texts[0], first, last, workday))
        return spans, problems

    def _submit(self) -> None:
        spans, problems = self.spans()
        if problems:
            self.show_problems(problems)
            return
        self.submitted.emit(self.year_spin.value(), spans, self.source_edit.text())

    def show_problems(self, problems: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))


class DayDialog(QDialog):
    """One day: a holiday (休息) or a make-up working day (上班) with its name, or ordinary."""

    chosen = Signal(object, str, str)  # day, "休息"/"上班"/"" (ordinary), name

    def __init__(
        self, day: dt.date, is_workday: bool | None, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.day = day
        self.setWindowTitle(self.tr("{day} 的安排").format(day=day.isoformat()))
        layout = QFormLayout(self)
        self.off_button = QRadioButton(self.tr("休息（节假日）"), self)
        self.work_button = QRadioButton(self.tr("上班（调休）"), self)
        group = QButtonGroup(self)
        group.addButton(self.off_button)
        group.addButton(self.work_button)
        weekend = day.weekday() >= 5
        (self.off_button if is_workday is False or not weekend else self.work_button).setChecked(
            True
        )
        self.work_button.setEnabled(weekend)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setPlaceholderText(self.tr("如 春节"))
        kinds = QHBoxLayout()
        kinds.addWidget(self.off_button)
        kinds.addWidget(self.work_button)
        layout.addRow(self.tr("类型"), kinds)
        layout.addRow(self.tr("名称"), self.name_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.clear_button = buttons.addButton(
            self.tr("恢复为普通日"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.clear_button.setEnabled(is_workday is not None)
        self.clear_button.clicked.connect(lambda: self._choose(""))
        buttons.accepted.connect(
            lambda: self._choose("上班" if self.work_button.isChecked() else "休息")
        )
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _choose(self, kind: str) -> None:
        self.chosen.emit(self.day, kind, self.name_edit.text())
        self.accept()
