"""指标目标值: the targets of indicators 27–29 (a rate meets one only when strictly greater)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Ops
from ui.views.admin.common import AdminPage, CheckedField, fill, select_key, selected_key, table
from xinxiang_arbitration.admin.targets import TargetRow, list_targets, parse_target, set_target
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database


class TargetsPage(AdminPage):
    def __init__(
        self, db: Database, ops: Ops, actor: SignedIn | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, ops, actor, parent)
        self.rows: list[TargetRow] = []
        layout = QVBoxLayout(self)
        self.table = table(
            self,
            [self.tr("指标"), self.tr("名称"), self.tr("目标值（%）"), self.tr("修改时间")],
            "targets",
        )
        self.table.itemSelectionChanged.connect(self._chosen)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("实际比率须严格高于目标值才算达标（规划写作“>”）。"), self))
        form = QFormLayout()
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("targetValue")
        self.value = CheckedField(self, self.value_edit, parse_target)
        self.value_edit.textChanged.connect(lambda _t: self._check())
        form.addRow(self.tr("目标值（%）"), self.value_edit)
        form.addRow("", self.value.note)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._check()
        self.refresh()

    def refresh(self) -> None:
        self.run(lambda: list_targets(self._db), self._show)

    def _show(self, rows: list[TargetRow]) -> None:
        chosen = selected_key(self.table)
        self.rows = rows
        fill(
            self.table,
            [
                (t.indicator_id, t.name, f"> {t.target.normalize():f}", t.updated_at.astimezone())
                for t in rows
            ],
            [t.indicator_id for t in rows],
        )
        select_key(
            self.table, chosen if chosen is not None else (rows[0].indicator_id if rows else None)
        )

    def _chosen(self) -> None:
        found = next((t for t in self.rows if t.indicator_id == selected_key(self.table)), None)
        if found is not None:
            self.value_edit.setText(f"{found.target.normalize():f}")
        self._check()

    def _check(self) -> None:
        ok = self.value.validate()
        self.save_button.setEnabled(ok and selected_key(self.table) is not None)

    def save(self) -> None:
        indicator, value = selected_key(self.table), self.value_edit.text()
        seen = next((t for t in self.rows if t.indicator_id == indicator), None)
        self.run(
            lambda: set_target(self._db, indicator, value, actor=self._actor, seen=seen),
            self._saved,
        )

    def _saved(self, row: TargetRow) -> None:
        self.done(
            self.tr("已保存：第 {n} 项 {name} 目标值 {value}%").format(
                n=row.indicator_id, name=row.name, value=f"{row.target.normalize():f}"
            )
        )
        self.refresh()
