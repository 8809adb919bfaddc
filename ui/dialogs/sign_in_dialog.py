"""选择用户 / 登录: who is using the client.

On a single PC (a database without user accounts) one picks one's name from the staff,
or types a new one (``ui.session.sign_in``). Once an administrator has created users the
dialog asks for a login and a password instead (``ui.session.sign_in_with_password``,
which shows the core's own sentence for a wrong password or a locked account). Which of
the two is asked is read from the database on a worker thread. The name or login is
remembered per database and preselected next time.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Ops
from ui.session import (
    CurrentUser,
    accounts_enabled,
    remember_user,
    remembered_user,
    sign_in,
    sign_in_with_password,
)
from xinxiang_arbitration.security.staff import StaffMember, list_staff
from xinxiang_arbitration.storage.db import Database

ERROR_STYLE = "color: #842029;"
HINT_STYLE = "color: #555555;"


def _choices(db: Database) -> list[StaffMember] | None:
    """The staff to pick from, or None when the database has user accounts."""
    return None if accounts_enabled(db) else list_staff(db)


class SignInDialog(QDialog):
    """Pick or type a name, or (with user accounts) give a login and password; ``user``
    holds the result once the dialog is accepted."""

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        *,
        ops: Ops | None = None,
        at_start: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._settings = db, settings
        self.ops = ops if ops is not None else Ops(self)
        self.user: CurrentUser | None = None
        self._known: dict[str, StaffMember] = {}
        self.accounts = False  # the database has user accounts: a password is asked for
        self.setWindowTitle(self.tr("选择用户"))
        self.setMinimumWidth(420)
        self.loaded = False  # the staff list (or the news that there are accounts) arrived
        self._build(at_start)
        self.ops.run(lambda: _choices(db), self._fill, self._show_error, channel="sign-in-staff")

    def _build(self, at_start: bool) -> None:
        layout = QVBoxLayout(self)
        self.prompt_label = prompt = QLabel(self.tr("请选择您的姓名，或输入新的姓名："), self)
        layout.addWidget(prompt)

        self.name_combo = QComboBox(self)
        self.name_combo.setObjectName("signInName")
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.setMinimumContentsLength(16)
        self.name_edit = QLineEdit(self.name_combo)
        self.name_combo.setLineEdit(self.name_edit)
        self.name_edit.setPlaceholderText(self.tr("输入姓名可查找"))
        self.name_edit.textChanged.connect(self._update_hint)
        prompt.setBuddy(self.name_combo)
        layout.addWidget(self.name_combo)

        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("signInHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.hint_label)

        self.password_form = QWidget(self)
        form = QFormLayout(self.password_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.login_edit = QLineEdit(self.password_form)
        self.login_edit.setObjectName("signInLogin")
        self.password_edit = QLineEdit(self.password_form)
        self.password_edit.setObjectName("signInPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名："), self.login_edit)
        form.addRow(self.tr("密码："), self.password_edit)
        self.password_form.hide()
        layout.addWidget(self.password_form)

        self.note_label = QLabel(
            self.tr("单机使用，无需密码；管理员建立用户账户后，登录需要用户名和密码。"), self
        )
        self.note_label.setStyleSheet(HINT_STYLE)
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        if at_start:
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("退出程序"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_combo.setFocus()

    # -- behaviour ------------------------------------------------------------------------

    def _fill(self, people: list[StaffMember] | None) -> None:
        if people is None:
            self._ask_for_password()
            return
        self._known = {p.name: p for p in people}
        self.name_combo.blockSignals(True)
        self.name_combo.addItems([p.name for p in people])
        self.name_combo.blockSignals(False)
        completer = QCompleter([p.name for p in people], self.name_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.name_combo.setCompleter(completer)
        last = remembered_user(self._settings, self._db)
        if last is not None and last in self._known:
            self.name_combo.setCurrentIndex(self.name_combo.findText(last))
        else:
            self.name_combo.setCurrentIndex(-1)
            self.name_combo.setEditText(last or "")
        self.name_edit.selectAll()
        self.loaded = True
        self._update_hint()

    def _ask_for_password(self) -> None:
        """The database has user accounts: a login and a password instead of a name."""
        self.accounts = True
        self.setWindowTitle(self.tr("登录"))
        self.prompt_label.setText(self.tr("此数据库已启用用户账户，请输入用户名和密码："))
        self.name_combo.hide()
        self.note_label.hide()
        self.password_form.show()
        last = remembered_user(self._settings, self._db)
        self.login_edit.setText(last or "")
        (self.password_edit if last else self.login_edit).setFocus()
        self.loaded = True

    def _update_hint(self) -> None:
        name = " ".join(self.name_combo.currentText().split())
        self.hint_label.setStyleSheet(HINT_STYLE)
        if not name or not self.loaded:
            self.hint_label.setText("")
        elif name in self._known:
            self.hint_label.setText(self.tr("按 Enter 键以“{name}”的身份进入").format(name=name))
        else:
            self.hint_label.setText(
                self.tr("承办人名单中没有“{name}”：确定后将新增这位承办人").format(name=name)
            )

    def _show_error(self, message: str) -> None:
        self.hint_label.setStyleSheet(ERROR_STYLE)
        self.hint_label.setText(message)
        self.buttons.setEnabled(True)

    def accept(self) -> None:
        """Sign in as the name shown, or with the login and password (on a worker); the
        dialog closes when that is done."""
        if self.accounts:
            self._sign_in_with_password()
            return
        name = self.name_combo.currentText()
        if not name.strip():
            self._show_error(self.tr("请选择或输入您的姓名"))
            return
        self.buttons.setEnabled(False)
        self.hint_label.setStyleSheet(HINT_STYLE)
        self.ops.run(
            lambda: sign_in(self._db, name), self._signed_in, self._show_error, channel="sign-in"
        )

    def _sign_in_with_password(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self._show_error(self.tr("请输入用户名") if not login else self.tr("请输入密码"))
            return
        self.buttons.setEnabled(False)
        self.hint_label.setStyleSheet(HINT_STYLE)
        self.hint_label.setText(self.tr("正在登录…"))
        self.ops.run(
            lambda: sign_in_with_password(self._db, login, password),
            self._signed_in,
            self._refused,
            channel="sign-in",
        )

    def _refused(self, message: str) -> None:
        """The core's sentence (wrong password, locked account); the password is cleared."""
        self._show_error(message)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _signed_in(self, user: CurrentUser) -> None:
        self.user = user
        remember_user(self._settings, self._db, user)
        super().accept()

    def done(self, result: int) -> None:
        for channel in ("sign-in-staff", "sign-in"):  # an answer on its way finds nobody
            self.ops.cancel(channel)
        super().done(result)
