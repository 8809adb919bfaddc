"""Two panels of the dashboard: the arbitration caseload movement and overdue cases per person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.views.indicator_card import LINK_STYLE, MUTED_COLOUR
from ui.widgets.period_picker import span
from xinxiang_arbitration.statistics.dashboard import PeriodFigures, PersonOverdue

TERMS = ("opening", "accepted", "closed", "closing")


class CaseloadPanel(QGroupBox):
    """上期未结 + 本期受理 − 本期结案 = 期末未结; 本期结案 opens its cases."""

    closed_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("仲裁案件收结"))
        box = QVBoxLayout(self)
        row = QHBoxLayout()
        captions = (
            self.tr("上期未结"),
            self.tr("本期受理"),
            self.tr("本期结案"),
            self.tr("期末未结"),
        )
        self.values: dict[str, QPushButton] = {}
        for caption, term, sign in zip(captions, TERMS, ("", "+", "−", "="), strict=True):
            if sign:
                mark = QLabel(sign, self)
                mark.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)
                row.addWidget(mark)
            row.addLayout(self._figure(caption, term))
        box.addLayout(row)
        self.values["closed"].clicked.connect(self.closed_clicked)
        self.balance_label = QLabel(self)
        self.balance_label.setWordWrap(True)
        self.balance_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        box.addWidget(self.balance_label)

    def _figure(self, caption: str, term: str) -> QVBoxLayout:
        block = QVBoxLayout()
        label = QLabel(caption, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet(f"color: {MUTED_COLOUR};")
        value = QPushButton("…", self)
        value.setObjectName(f"caseload_{term}")
        value.setFlat(True)
        value.setStyleSheet(LINK_STYLE.replace("text-align: right;", "text-align: center;"))
        font = QFont(value.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        value.setFont(font)
        value.setEnabled(False)
        self.values[term] = value
        block.addWidget(label)
        block.addWidget(value)
        return block

    def show_figures(self, selected: PeriodFigures | None) -> None:
        for button in self.values.values():
            button.setEnabled(False)
            button.setToolTip("")
        if selected is None:
            for button in self.values.values():
                button.setText("…")
            self.balance_label.clear()
            return
        c = selected.caseload
        self.setTitle(self.tr("仲裁案件收结（{dates}）").format(dates=span(selected.period)))
        for term, value in zip(TERMS, (c.opening, c.accepted, c.closed, c.closing), strict=True):
            self.values[term].setText(format(value, ","))
        # the statistics service lists 本期结案 as indicator 28's numerator; the others it cannot
        listable = c.closed > 0 and c.closed == selected.indicator(28).numerator
        closed = self.values["closed"]
        closed.setEnabled(listable)
        if listable:
            closed.setToolTip(self.tr("点击查看这些案件（即指标 28 的分子）"))
        if c.balanced:
            self.balance_label.setText(self.tr("上期未结 + 本期受理 − 本期结案 = 期末未结，平衡。"))
        else:
            self.balance_label.setText(
                self.tr("不平衡：按前三项应为 {expected} 件，实际期末未结 {closing} 件。").format(
                    expected=c.expected_closing, closing=c.closing
                )
            )


class OverduePanel(QGroupBox):
    """承办人 and how many of their cases are overdue today; a count opens those cases."""

    person_clicked = Signal(object)  # PersonOverdue

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("逾期案件（按承办人）"))
        self.people: list[PersonOverdue] = []
        box = QVBoxLayout(self)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("overdueTable")
        self.table.setHorizontalHeaderLabels([self.tr("承办人"), self.tr("逾期案件")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellClicked.connect(self._clicked)
        box.addWidget(self.table)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED_COLOUR};")
        box.addWidget(self.note)

    def show_people(
        self, people: tuple[PersonOverdue, ...], today: dt.date, note: str | None
    ) -> None:
        self.people = list(people)
        self.table.setRowCount(len(self.people))
        link = QFont(self.table.font())
        link.setUnderline(True)
        for row, person in enumerate(self.people):
            self.table.setItem(row, 0, QTableWidgetItem(person.person))
            count = QTableWidgetItem(format(person.count, ","))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setForeground(Qt.GlobalColor.blue)
            count.setFont(link)
            count.setToolTip(self.tr("点击查看这些案件"))
            self.table.setItem(row, 1, count)
        total = sum(p.count for p in self.people)
        if note:
            self.note.setText(note)
        elif total:
            self.note.setText(
                self.tr("截至 {today} 共 {n} 件案件有期限已过（点击件数查看）。").format(
                    today=today.isoformat(), n=total
                )
            )
        else:
            self.note.setText(
                self.tr("截至 {today} 没有逾期案件。").format(today=today.isoformat())
            )

    def _clicked(self, row: int, column: int) -> None:
        if column == 1 and 0 <= row < len(self.people):
            self.person_clicked.emit(self.people[row])
