"""调解组织: the organisations mediation cases belong to; add, rename, stop or resume one."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.ops import Ops
from ui.views.admin.common import (
    AdminPage,
    button,
    fill,
    select_key,
    selected_key,
    table,
    table_with_form,
)
from xinxiang_arbitration.admin.organisations import (
    OrgRow,
    add_org,
    list_orgs,
    set_org_active,
    update_org,
)
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database


class OrgsPage(AdminPage):
    def __init__(
        self, db: Database, ops: Ops, actor: SignedIn | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, ops, actor, parent)
        self.rows: list[OrgRow] = []
        self._select_after: int | None = None
        self.table = table(self, [self.tr("名称"), self.tr("类别"), self.tr("状态")], "orgs")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("orgName")
        self.category_edit = QLineEdit(self)
        self.category_edit.setPlaceholderText(self.tr("如 基层人民调解组织"))
        self.add_button = button(self, self.tr("新增"), self.add)
        self.rename_button = button(self, self.tr("保存修改"), self.rename)
        self.active_button = button(self, self.tr("停用"), self.toggle_active)
        table_with_form(
            self,
            self.table,
            self._chosen,
            [(self.tr("名称"), self.name_edit), (self.tr("类别"), self.category_edit)],
            [self.add_button, self.rename_button, self.active_button],
        )
        self.name_edit.textChanged.connect(lambda _t: self._check())
        self._check()
        self.refresh()

    def _current(self) -> OrgRow | None:
        return next((o for o in self.rows if o.id == selected_key(self.table)), None)

    def refresh(self) -> None:
        self.run(lambda: list_orgs(self._db), self._show)

    def _show(self, rows: list[OrgRow]) -> None:
        chosen = self._select_after or selected_key(self.table)
        self._select_after = None
        self.rows = rows
        fill(
            self.table,
            [
                (o.name, o.category, self.tr("使用中") if o.active else self.tr("已停用"))
                for o in rows
            ],
            [o.id for o in rows],
        )
        if chosen is not None:
            select_key(self.table, chosen)
        self._check()

    def _chosen(self) -> None:
        org = self._current()
        if org is not None:
            self.name_edit.setText(org.name)
            self.category_edit.setText(org.category or "")
        self._check()

    def _check(self) -> None:
        org = self._current()
        named = bool(self.name_edit.text().strip())
        self.add_button.setEnabled(named)
        self.rename_button.setEnabled(named and org is not None)
        self.active_button.setEnabled(org is not None)
        self.active_button.setText(
            self.tr("启用") if org is not None and not org.active else self.tr("停用")
        )

    def add(self) -> None:
        name, category = self.name_edit.text(), self.category_edit.text()
        self.run(lambda: add_org(self._db, name, category, actor=self._actor), self._saved)

    def rename(self) -> None:
        org_id, name, category = (
            selected_key(self.table),
            self.name_edit.text(),
            self.category_edit.text(),
        )
        seen = self._current()
        self.run(
            lambda: update_org(self._db, org_id, name, category, actor=self._actor, seen=seen),
            self._saved,
        )

    def toggle_active(self) -> None:
        org = self._current()
        if org is not None:
            self.run(
                lambda: set_org_active(
                    self._db, org.id, not org.active, actor=self._actor, seen=org
                ),
                self._saved,
            )

    def _saved(self, org: OrgRow) -> None:
        state = self.tr("使用中") if org.active else self.tr("已停用")
        self.done(self.tr("已保存：{name}（{state}）").format(name=org.name, state=state))
        self._select_after = org.id
        self.refresh()
