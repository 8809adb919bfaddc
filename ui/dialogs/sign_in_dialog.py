"""选择用户: who is using the client – pick one's name from the staff, or type a new one.

No password yet (issue 9 brings users and roles): accepting calls ``ui.session.sign_in``
on a worker thread, the one function that later checks a password. The name chosen is
remembered per database and preselected next time, so that Enter is all it takes.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Ops
from ui.session import CurrentUser, remember_user, remembered_user, sign_in
from xinxiang_arbitration.db import Database
from xinxiang_arbitration.services.staff import StaffMember, list_staff

ERROR_STYLE = "color: #842029;"
HINT_STYLE = "color: #555555;"


class SignInDialog(QDialog):
    """Pick or type a name; ``user`` holds the result once the dialog is accepted."""

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
        self.setWindowTitle(self.tr("选择用户"))
        self.setMinimumWidth(420)
        self.loaded = False  # the staff list has arrived
        self._build(at_start)
        self.ops.run(lambda: list_staff(db), self._fill, self._show_error, channel="sign-in-staff")

    def _build(self, at_start: bool) -> None:
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("请选择您的姓名，或输入新的姓名："), self)
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

        note = QLabel(self.tr("暂不需要密码；用户与权限管理将在后续版本提供。"), self)
        note.setStyleSheet(HINT_STYLE)
        note.setWordWrap(True)
        layout.addWidget(note)

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

    def _fill(self, people: list[StaffMember]) -> None:
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
        """Sign in as the name shown (on a worker); the dialog closes when that is done."""
        name = self.name_combo.currentText()
        if not name.strip():
            self._show_error(self.tr("请选择或输入您的姓名"))
            return
        self.buttons.setEnabled(False)
        self.hint_label.setStyleSheet(HINT_STYLE)
        self.ops.run(
            lambda: sign_in(self._db, name), self._signed_in, self._show_error, channel="sign-in"
        )

    def _signed_in(self, user: CurrentUser) -> None:
        self.user = user
        remember_user(self._settings, self._db, user)
        super().accept()

    def done(self, result: int) -> None:
        for channel in ("sign-in-staff", "sign-in"):  # an answer on its way finds nobody
            self.ops.cancel(channel)
        super().done(result)
