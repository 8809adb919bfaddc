"""机构信息: the office's name, address, telephone… as the documents print them."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.ops import Ops
from ui.views.admin.common import AdminPage, CheckedField
from xinxiang_arbitration.admin.office import (
    OFFICE_LABELS,
    OfficeRow,
    check_office_value,
    list_office_settings,
    set_office_settings,
)
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database


class OfficePage(AdminPage):
    def __init__(
        self, db: Database, ops: Ops, actor: SignedIn | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, ops, actor, parent)
        self.saved: dict[str, str] = {}
        self.rows: list[OfficeRow] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, CheckedField] = {}
        for key, label in OFFICE_LABELS.items():
            edit = QLineEdit(self)
            edit.setObjectName(f"office_{key}")
            field = CheckedField(self, edit, partial(check_office_value, key))
            edit.textChanged.connect(lambda _t: self._check())
            form.addRow(label, edit)
            form.addRow("", field.note)
            self.fields[key] = field
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.run(lambda: list_office_settings(self._db), self._show)

    def _show(self, rows: list[OfficeRow]) -> None:
        self.rows, self.saved = rows, {r.key: r.value for r in rows}
        for row in rows:
            self.fields[row.key].edit.setText(row.value)
        self._check()

    def _values(self) -> dict[str, str]:
        return {key: field.edit.text() for key, field in self.fields.items()}

    def _check(self) -> None:
        ok = all([field.validate() for field in self.fields.values()])
        changed = {k: v.strip() for k, v in self._values().items()} != self.saved
        self.save_button.setEnabled(ok and changed)

    def save(self) -> None:
        values, seen = self._values(), self.rows
        self.run(
            lambda: set_office_settings(self._db, values, actor=self._actor, seen=seen),
            self._saved,
        )

    def _saved(self, rows: list[OfficeRow]) -> None:
        self.done(self.tr("已保存机构信息；此后生成的文书将使用新内容"))
        self._show(rows)
