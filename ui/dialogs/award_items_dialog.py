"""裁决（调解协议）事项: the operative items of an award or agreement in their order – text,
amount and days to pay – added, removed and moved; saved as a whole."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from ui.dialogs.case_editor import QT_TRANSLATE_NOOP, CaseEditDialog
from ui.widgets.problems import INVALID_STYLE, set_invalid
from xinxiang_arbitration.case_detail import CaseDetail
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.inputs.values import parse_amount
from xinxiang_arbitration.proceedings import materials as case_materials
from xinxiang_arbitration.proceedings.materials import AwardItemInput

ROW_HEIGHT = 30
TEXT, AMOUNT, DAYS = range(3)
Row = tuple[str, str, str]  # as typed: text, amount, days


class AwardItemsDialog(CaseEditDialog):
    title = QT_TRANSLATE_NOOP("AwardItemsDialog", "裁决（调解协议）事项")

    def build(self, layout: QVBoxLayout, detail: CaseDetail) -> None:
        self.setMinimumWidth(760)
        self.setStyleSheet(INVALID_STYLE)
        mediation = detail.header.kind is CaseKind.MEDIATION
        intro = (
            self.tr("调解协议约定的事项，按在文书中的顺序：")
            if mediation
            else self.tr(
                "裁决书主文的事项，按在文书中的顺序（如“驳回申请人的其他仲裁请求”可不填金额）："
            )
        )
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("awardItemsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("事项"), self.tr("金额（元）"), self.tr("履行期限（日）")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(AMOUNT, 130)
        header.resizeSection(DAYS, 120)
        self.table.setMinimumHeight(8 * ROW_HEIGHT)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.tools: dict[str, QPushButton] = {}
        for code, text, slot in (
            ("add", self.tr("添加一项"), self.add_item),
            ("remove", self.tr("删除所选"), self.remove_item),
            ("up", self.tr("上移"), lambda: self.move_item(-1)),
            ("down", self.tr("下移"), lambda: self.move_item(+1)),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"awardItem_{code}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row being typed stays current
            button.clicked.connect(slot)
            row.addWidget(button)
            self.tools[code] = button
        row.addStretch(1)
        self.total = QLabel(self)
        self.total.setObjectName("awardItemsTotal")
        row.addWidget(self.total)
        layout.addLayout(row)
        self.set_rows(
            [
                (a.text, "" if a.amount is None else f"{a.amount:,.2f}", _days(a.pay_within_days))
                for a in detail.award_items
            ]
        )

    # -- the rows -----------------------------------------------------------------------------

    def edit(self, row: int, column: int) -> QLineEdit:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QLineEdit)
        return widget

    def rows(self) -> list[Row]:
        return [
            (self.edit(r, TEXT).text(), self.edit(r, AMOUNT).text(), self.edit(r, DAYS).text())
            for r in range(self.table.rowCount())
        ]

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self._append(values)
        self._retotal()

    def _append(self, values: Row, *, examples: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            edit = QLineEdit(value, self.table)
            edit.setFrame(False)
            edit.setObjectName(("awardText", "awardAmount", "awardDays")[column])
            edit.textChanged.connect(self._retotal)
            edit.installEventFilter(self)
            if column != TEXT:
                edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if examples:  # a new row shows what to type; an existing one its blanks as blank
                edit.setPlaceholderText(
                    (
                        self.tr("如：被申请人支付申请人2026年7月至9月工资"),
                        self.tr("如 12,345.60"),
                        self.tr("如 15"),
                    )[column]
                )
            self.table.setCellWidget(row, column, edit)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing in a row makes it the selected one (for 删除, 上移, 下移)."""
        if event.type() == QEvent.Type.FocusIn:
            for row in range(self.table.rowCount()):
                if watched in [self.table.cellWidget(row, c) for c in range(3)]:
                    self.table.selectRow(row)
        return super().eventFilter(watched, event)

    def current_row(self) -> int:
        return self.table.currentRow()

    def add_item(self) -> None:
        row = self._append(("", "", ""), examples=True)
        self.table.selectRow(row)
        self.edit(row, TEXT).setFocus()
        self._retotal()

    def remove_item(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.table.removeRow(row)
            if self.table.rowCount():
                self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._retotal()

    def move_item(self, step: int) -> None:
        row = self.current_row()
        rows = self.rows()
        target = row + step
        if row < 0 or not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.table.selectRow(target)

    def _retotal(self, *_args: object) -> None:
        total = Decimal(0)
        for _text, amount, _days_text in self.rows():
            with contextlib.suppress(ValueError):  # shown when saving, not while typing
                total += parse_amount(amount) if amount.strip() else 0
        self.total.setText(self.tr("金额合计 {total} 元").format(total=f"{total:,.2f}"))

    # -- saving -------------------------------------------------------------------------------

    def items(self) -> tuple[list[AwardItemInput], str | None]:
        """The items typed (wholly empty rows left out) and the first unreadable value."""
        items: list[AwardItemInput] = []
        for r in range(self.table.rowCount()):
            for column in range(3):
                set_invalid(self.edit(r, column), False)
        for r, (text, amount_text, days_text) in enumerate(self.rows()):
            if not (text.strip() or amount_text.strip() or days_text.strip()):
                continue
            n = len(items) + 1
            try:
                amount = parse_amount(amount_text) if amount_text.strip() else None
            except ValueError as exc:
                return self._bad(r, AMOUNT, self.tr("第 {n} 项金额：{why}").format(n=n, why=exc))
            days_text = days_text.strip()
            if days_text and not days_text.isdigit():
                problem = self.tr("第 {n} 项履行期限应为整数日数：{text}").format(
                    n=n, text=days_text
                )
                return self._bad(r, DAYS, problem)
            items.append(AwardItemInput(text, amount, int(days_text) if days_text else None))
        return items, None

    def _bad(self, row: int, column: int, problem: str) -> tuple[list[AwardItemInput], str]:
        set_invalid(self.edit(row, column), True)
        self.table.selectRow(row)
        self.edit(row, column).setFocus()
        return [], problem

    def check(self) -> str | None:
        items, problem = self.items()
        if problem:
            return problem
        before = [
            AwardItemInput(a.text, a.amount, a.pay_within_days) for a in self.detail.award_items
        ]
        typed = [AwardItemInput(i.text.strip(), i.amount, i.pay_within_days) for i in items]
        return None if typed != before else self.tr("没有修改，无需保存")

    def run(self) -> Callable[[], object]:
        db, number, actor, seen = self._db, self.number, self._actor, self.seen
        items, _problem = self.items()
        return lambda: case_materials.set_award_items(
            db, number, items, actor=actor, seen_event_id=seen
        )

    def what_happened(self) -> str:
        return self.tr("已保存裁决（调解协议）事项，共 {n} 项").format(n=len(self.items()[0]))


def _days(days: int | None) -> str:
    return "" if days is None else str(days)
