"""用户与角色: the users with their roles; add one (password typed twice), change roles,
reset a password, deactivate. The core checks the permission; refusals show as sentences."""

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
from ui.views.admin.common import AdminPage, fill, select_key, selected_key, table
from ui.widgets.check_group import CheckGroup
from ui.widgets.problems import note_label, set_note
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models.users import ROLE_LABELS
from xinxiang_arbitration.security import users
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database


class UsersPage(AdminPage):
    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        parent: QWidget | None = None,
        *,
        signed_in: SignedIn | None = None,
    ) -> None:
        super().__init__(db, ops, actor, parent)
        self._by = signed_in
        self.rows: list[users.UserInfo] = []
        self._select_after: str | None = None
        layout = QVBoxLayout(self)
        self.table = table(
            self,
            [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态")],
            "users",
        )
        self.table.itemSelectionChanged.connect(self._chosen)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("userLogin")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("userName")
        self.password_edit = QLineEdit(self)
        self.password_again = QLineEdit(self)
        for edit in (self.password_edit, self.password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = note_label(self)
        self.roles = CheckGroup([(label, code) for code, label in ROLE_LABELS.items()], 6, self)
        form.addRow(self.tr("用户名"), self.login_edit)
        form.addRow(self.tr("姓名"), self.name_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        form.addRow(self.tr("再次输入密码"), self.password_again)
        form.addRow("", self.password_note)
        form.addRow(self.tr("角色"), self.roles)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新增用户"), self)
        self.add_button.clicked.connect(self.add)
        self.roles_button = QPushButton(self.tr("保存角色"), self)
        self.roles_button.clicked.connect(self.save_roles)
        self.reset_button = QPushButton(self.tr("重置密码"), self)
        self.reset_button.setToolTip(self.tr("把所选用户的密码设为上面两次输入的新密码"))
        self.reset_button.clicked.connect(self.reset_password)
        self.deactivate_button = QPushButton(self.tr("停用"), self)
        self.deactivate_button.clicked.connect(self.deactivate)
        for button in (self.add_button, self.roles_button, self.reset_button):
            row.addWidget(button)
        row.addWidget(self.deactivate_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        for edit in (self.login_edit, self.name_edit, self.password_edit, self.password_again):
            edit.textChanged.connect(lambda _t: self._check())
        self.roles.changed.connect(self._check)
        if signed_in is None:
            layout.insertWidget(
                0, QLabel(self.tr("请以系统管理员的用户名和密码登录后管理用户。"), self)
            )
            for widget in (self.table, self.login_edit, self.add_button):
                widget.setEnabled(False)
        self._check()
        self.refresh()

    def _current(self) -> users.UserInfo | None:
        return next((u for u in self.rows if u.login == selected_key(self.table)), None)

    def refresh(self) -> None:
        by = self._by
        if by is not None:
            self.run(lambda: users.list_users(self._db, by=by), self._show)

    def _show(self, rows: list[users.UserInfo]) -> None:
        chosen = self._select_after or selected_key(self.table)
        self._select_after = None
        self.rows = rows
        fill(
            self.table,
            [
                (
                    u.login,
                    u.name,
                    "、".join(u.role_labels),
                    self.tr("正常") if u.active else self.tr("已停用"),
                )
                for u in rows
            ],
            [u.login for u in rows],
        )
        if chosen is not None:
            select_key(self.table, chosen)
        self._check()

    def _chosen(self) -> None:
        user = self._current()
        if user is not None:
            self.login_edit.setText(user.login)
            self.name_edit.setText(user.name)
            for box, code in self.roles.boxes:
                box.setChecked(code in user.roles)
        self._check()

    def _password_problem(self) -> str | None:
        first, again = self.password_edit.text(), self.password_again.text()
        if not first and not again:
            return None
        try:
            users.check_password(first, self.login_edit.text())
        except InvalidInput as exc:
            return exc.message
        return None if first == again else self.tr("两次输入的密码不一致")

    def _check(self) -> None:
        problem = self._password_problem()
        set_note(self.password_note, problem)
        typed = bool(self.password_edit.text()) and problem is None
        user, ready = self._current(), self._by is not None
        new_login = bool(self.login_edit.text().strip()) and (
            user is None or user.login != users.normalise_login(self.login_edit.text())
        )
        self.add_button.setEnabled(
            ready and typed and new_login and bool(self.name_edit.text().strip())
        )
        self.roles_button.setEnabled(ready and user is not None)
        self.reset_button.setEnabled(ready and user is not None and typed)
        self.deactivate_button.setEnabled(ready and user is not None and user.active)

    def add(self) -> None:
        by = self._by
        login, name = self.login_edit.text(), self.name_edit.text()
        password, roles = self.password_edit.text(), self.roles.checked()
        if by is None:
            return
        self.run(
            lambda: users.create_user(self._db, login, name, password, roles, by=by),
            lambda info: self._saved(
                info.login, self.tr("已新增用户 {login}").format(login=info.login)
            ),
        )

    def save_roles(self) -> None:
        by, user, roles = self._by, self._current(), self.roles.checked()
        if by is None or user is None:
            return
        self.run(
            lambda: users.set_roles(
                self._db, user.login, roles, by=by, expected_version=user.version
            ),
            lambda info: self._saved(
                info.login,
                self.tr("已保存 {login} 的角色：{roles}").format(
                    login=info.login, roles="、".join(info.role_labels) or self.tr("无")
                ),
            ),
        )

    def reset_password(self) -> None:
        by, user, password = self._by, self._current(), self.password_edit.text()
        if by is None or user is None:
            return
        self.run(
            lambda: users.reset_password(self._db, user.login, password, by=by),
            lambda _r: self._saved(
                user.login, self.tr("已重置 {login} 的密码").format(login=user.login)
            ),
        )

    def deactivate(self) -> None:
        by, user = self._by, self._current()
        if by is None or user is None:
            return
        if not self.ask.confirm(
            self.tr("停用用户"),
            self.tr("停用 {login}（{name}）？停用后不能再登录，办案记录中的姓名保留。").format(
                login=user.login, name=user.name
            ),
        ):
            return
        self.run(
            lambda: users.deactivate(self._db, user.login, by=by),
            lambda _r: self._saved(user.login, self.tr("已停用 {login}").format(login=user.login)),
        )

    def _saved(self, login: str, text: str) -> None:
        self.password_edit.clear()
        self.password_again.clear()
        self.done(text)
        self._select_after = login
        self.refresh()
