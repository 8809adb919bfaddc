"""最低工资标准: the table by region and start date; a row added or corrected."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from ui.ops import Ops
from ui.views.admin.common import (
    AdminPage,
    CheckedField,
    button,
    fill,
    select_key,
    selected_key,
    table,
    table_with_form,
)
from ui.widgets.problems import to_date, to_qdate
from xinxiang_arbitration.admin.wages import (
    WageRow,
    add_wage,
    list_wages,
    parse_amount,
    update_wage,
)
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database


class WagesPage(AdminPage):
    def __init__(
        self, db: Database, ops: Ops, actor: SignedIn | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, ops, actor, parent)
        self.rows: list[WageRow] = []
        self._select_after: int | None = None
        self.table = table(
            self,
            [
                self.tr("适用区域"),
                self.tr("月最低工资（元）"),
                self.tr("执行日期"),
                self.tr("依据"),
            ],
            "wages",
        )
        self.region_edit = QComboBox(self)
        self.region_edit.setEditable(True)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("wageAmount")
        self.amount_edit.setPlaceholderText(self.tr("如 2100"))
        self.amount = CheckedField(self, self.amount_edit, parse_amount)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(to_qdate(dt.date.today()))
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(self.tr("如 河南省人民政府关于调整最低工资标准的通知"))
        self.add_button = button(self, self.tr("新增"), lambda: self.save(new=True))
        self.save_button = button(self, self.tr("保存修改"), lambda: self.save(new=False))
        table_with_form(
            self,
            self.table,
            self._chosen,
            [
                (self.tr("适用区域"), self.region_edit),
                (self.tr("月最低工资"), self.amount_edit),
                ("", self.amount.note),
                (self.tr("执行日期"), self.date_edit),
                (self.tr("依据"), self.source_edit),
            ],
            [self.add_button, self.save_button],
        )
        for edit in (self.amount_edit, self.source_edit):
            edit.textChanged.connect(lambda _t: self._check())
        self.region_edit.editTextChanged.connect(lambda _t: self._check())
        self._check()
        self.refresh()

    def refresh(self) -> None:
        self.run(lambda: list_wages(self._db), self._show)

    def _show(self, rows: list[WageRow]) -> None:
        chosen = self._select_after or selected_key(self.table)
        self._select_after = None
        self.rows = rows
        fill(
            self.table,
            [(w.region, f"{w.monthly:,.2f}", w.effective_from, w.source) for w in rows],
            [w.id for w in rows],
        )
        regions = sorted({w.region for w in rows})
        text = self.region_edit.currentText()
        self.region_edit.clear()
        self.region_edit.addItems(regions)
        self.region_edit.setEditText(text or (regions[0] if regions else ""))
        if chosen is not None:
            select_key(self.table, chosen)
        self._check()

    def _chosen(self) -> None:
        found = next((w for w in self.rows if w.id == selected_key(self.table)), None)
        if found is not None:
            self.region_edit.setEditText(found.region)
            self.amount_edit.setText(str(found.monthly))
            self.date_edit.setDate(to_qdate(found.effective_from))
            self.source_edit.setText(found.source)
        self._check()

    def _check(self) -> None:
        ok = self.amount.validate() and bool(self.source_edit.text().strip())
        ok = ok and bool(self.region_edit.currentText().strip())
        self.add_button.setEnabled(ok)
        self.save_button.setEnabled(ok and selected_key(self.table) is not None)

    def save(self, *, new: bool) -> None:
        region, amount = self.region_edit.currentText(), self.amount_edit.text()
        day, source = to_date(self.date_edit.date()), self.source_edit.text()
        wage_id = selected_key(self.table)
        seen = next((w for w in self.rows if w.id == wage_id), None)
        if new:
            self.run(
                lambda: add_wage(self._db, region, amount, day, source, actor=self._actor),
                self._saved,
            )
        else:
            self.run(
                lambda: update_wage(
                    self._db, wage_id, region, amount, day, source, actor=self._actor, seen=seen
                ),
                self._saved,
            )

    def _saved(self, row: WageRow) -> None:
        self.done(
            self.tr("已保存：{region} 自 {day} 起 {amount} 元").format(
                region=row.region, day=row.effective_from.isoformat(), amount=row.monthly
            )
        )
        self._select_after = row.id
        self.refresh()
