"""切换数据库: the local file (the default), another SQLite file, or the office's server.

The choice is remembered in QSettings – without the password, which is never stored –
and used at the next start when neither ``--db`` nor XINXIANG_ARBITRATION_DB says
otherwise. A server that needs a password therefore asks for it again: the first open
fails, and the start-up offers this dialog, filled in, with the reason on top.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from ui.ops import Ops
from xinxiang_arbitration.errors import DatabaseUnavailable
from xinxiang_arbitration.storage.db import default_database_path, make_engine

GROUP = "database"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 10  # an unreachable server answers "no" within this, not minutes later
ERROR_STYLE = "color: #842029;"
OK_STYLE = "color: #0f5132;"
NOTE_STYLE = "color: #555555;"


class Where(enum.StrEnum):
    LOCAL = "local"  # 本机数据库（默认）
    FILE = "file"  # 其他数据库文件
    SERVER = "server"  # 办公室服务器


@dataclass(frozen=True)
class DatabaseChoice:
    """What the user chose, as remembered: everything but the password."""

    where: Where = Where.LOCAL
    file: str = ""
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""

    def url(self, password: str = "") -> str:
        """The address for ``open_database``; the password only goes into this string."""
        if self.where is Where.SERVER:
            return URL.create(
                "postgresql+psycopg",
                username=self.user or None,
                password=password or None,
                host=self.host,
                port=self.port,
                database=self.database,
                query={"connect_timeout": str(CONNECT_TIMEOUT_S)},
            ).render_as_string(hide_password=False)
        path = (
            Path(self.file).expanduser().resolve()
            if self.where is Where.FILE
            else default_database_path()
        )
        return f"sqlite:///{path}"


def load_choice(settings: QSettings) -> DatabaseChoice | None:
    """The remembered choice, or None when nothing (usable) is remembered."""
    try:
        where = Where(str(settings.value(f"{GROUP}/where", "")))
        port = int(str(settings.value(f"{GROUP}/port", DEFAULT_PORT)))
    except ValueError:
        return None
    text = {k: str(settings.value(f"{GROUP}/{k}", "")) for k in ("file", "host", "name", "user")}
    return DatabaseChoice(where, text["file"], text["host"], port, text["name"], text["user"])


def save_choice(settings: QSettings, choice: DatabaseChoice) -> None:
    values = {
        "where": choice.where.value,
        "file": choice.file,
        "host": choice.host,
        "port": choice.port,
        "name": choice.database,
        "user": choice.user,
    }
    for key, value in values.items():
        settings.setValue(f"{GROUP}/{key}", value)
    settings.sync()


def remembered_url(settings: QSettings) -> str | None:
    """The remembered file or server for the start (no password); None for the default."""
    choice = load_choice(settings)
    if choice is None or choice.where is Where.LOCAL:
        return None
    if choice.where is Where.FILE and not choice.file:
        return None
    return choice.url()


def probe(url: str) -> tuple[bool, str]:
    """Try to connect (on a worker): (usable, one sentence on what is there).

    Changes nothing: no tables are made, nothing is upgraded. Raises
    ``DatabaseUnavailable`` with the reason when the connection fails.
    """
    engine = make_engine(make_url(url))
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except DBAPIError as exc:
        origin = getattr(exc, "orig", None) or exc
        lines = [ln.strip() for ln in str(origin).splitlines() if ln.strip()]
        reason = lines[0] if lines else type(origin).__name__
        raise DatabaseUnavailable(
            QCoreApplication.translate("DatabaseDialog", "连接失败：{reason}").format(reason=reason)
        ) from exc
    finally:
        engine.dispose()
    if not tables:
        return True, QCoreApplication.translate(
            "DatabaseDialog", "连接成功：这是一个空数据库，第一次打开时会在其中建立本系统的数据表。"
        )
    if {"alembic_version", "app_meta"} <= tables:
        return True, QCoreApplication.translate("DatabaseDialog", "连接成功：这是本系统的数据库。")
    return False, QCoreApplication.translate(
        "DatabaseDialog", "连接成功，但其中已有其他数据：它不是本系统的数据库，无法使用。"
    )


class DatabaseDialog(QDialog):
    """Choose where the cases are; ``url`` (with the password) is set on accept."""

    def __init__(
        self,
        settings: QSettings,
        *,
        problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.ops = Ops(self)
        self.url: str | None = None
        self.setWindowTitle(self.tr("选择数据库"))
        self.setMinimumWidth(560)
        self._build(problem)
        self._show(load_choice(settings) or DatabaseChoice())

    # -- building -------------------------------------------------------------------------

    def _build(self, problem: str | None) -> None:
        layout = QVBoxLayout(self)
        if problem:
            self.problem_label = QLabel(
                self.tr("上次使用的数据库无法打开，请重新选择或补充密码。\n\n{reason}").format(
                    reason=problem
                ),
                self,
            )
            self.problem_label.setWordWrap(True)
            self.problem_label.setStyleSheet(ERROR_STYLE)
            layout.addWidget(self.problem_label)
        self.local_button = QRadioButton(self.tr("本机数据库（默认）"), self)
        self.file_button = QRadioButton(self.tr("其他数据库文件…"), self)
        self.server_button = QRadioButton(self.tr("办公室服务器"), self)
        group = QButtonGroup(self)
        for button in (self.local_button, self.file_button, self.server_button):
            group.addButton(button)
            button.toggled.connect(self._enable)

        layout.addWidget(self.local_button)
        self.local_path = QLabel(str(default_database_path()), self)
        self.local_path.setStyleSheet(NOTE_STYLE)
        self.local_path.setWordWrap(True)
        layout.addLayout(self._indented(self.local_path))

        layout.addWidget(self.file_button)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("SQLite 数据库文件（.sqlite3）的路径"))
        self.browse_button = QPushButton(self.tr("浏览…"), self)
        self.browse_button.clicked.connect(self._browse)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        layout.addLayout(self._indented(file_row))

        layout.addWidget(self.server_button)
        layout.addLayout(self._indented(self._build_server()))
        layout.addStretch(1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("databaseMessage")
        self.message_label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @staticmethod
    def _indented(content: QWidget | QHBoxLayout | QFormLayout) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addSpacing(24)
        if isinstance(content, QWidget):
            row.addWidget(content, 1)
        else:
            row.addLayout(content, 1)
        return row

    def _build_server(self) -> QFormLayout:
        form = QFormLayout()
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText(self.tr("如 192.168.1.10 或 db.office.local"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.name_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("不会保存，每次启动时需重新输入"))
        form.addRow(self.tr("服务器地址："), self.host_edit)
        form.addRow(self.tr("端口："), self.port_spin)
        form.addRow(self.tr("数据库名："), self.name_edit)
        form.addRow(self.tr("用户名："), self.user_edit)
        form.addRow(self.tr("密码："), self.password_edit)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("测试连接"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.test_label = QLabel(self)
        self.test_label.setObjectName("testResult")
        self.test_label.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_label, 1)
        form.addRow(test_row)
        self._server_fields: tuple[QWidget, ...] = (
            self.host_edit,
            self.port_spin,
            self.name_edit,
            self.user_edit,
            self.password_edit,
            self.test_button,
        )
        return form

    def _show(self, choice: DatabaseChoice) -> None:
        self.file_edit.setText(choice.file)
        self.host_edit.setText(choice.host)
        self.port_spin.setValue(choice.port)
        self.name_edit.setText(choice.database)
        self.user_edit.setText(choice.user)
        button = {
            Where.LOCAL: self.local_button,
            Where.FILE: self.file_button,
            Where.SERVER: self.server_button,
        }[choice.where]
        button.setChecked(True)
        self._enable()
        if choice.where is Where.SERVER and choice.host:
            self.password_edit.setFocus()

    # -- behaviour ------------------------------------------------------------------------

    def choice(self) -> DatabaseChoice:
        if self.server_button.isChecked():
            where = Where.SERVER
        elif self.file_button.isChecked():
            where = Where.FILE
        else:
            where = Where.LOCAL
        return DatabaseChoice(
            where,
            self.file_edit.text().strip(),
            self.host_edit.text().strip(),
            self.port_spin.value(),
            self.name_edit.text().strip(),
            self.user_edit.text().strip(),
        )

    def _enable(self) -> None:
        on_file = self.file_button.isChecked()
        self.file_edit.setEnabled(on_file)
        self.browse_button.setEnabled(on_file)
        for field in self._server_fields:
            field.setEnabled(self.server_button.isChecked())

    def _browse(self) -> None:
        start = self.file_edit.text().strip() or str(default_database_path().parent)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("选择数据库文件"),
            start,
            self.tr("SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)"),
        )
        if path:
            self.file_edit.setText(path)

    def _missing(self, choice: DatabaseChoice) -> str | None:
        """What must still be filled in, as a sentence; None when nothing."""
        if choice.where is Where.FILE and not choice.file:
            return self.tr("请选择或输入数据库文件的路径")
        if choice.where is Where.SERVER and not (choice.host and choice.database):
            return self.tr("请填写服务器地址和数据库名")
        return None

    def test_connection(self) -> None:
        """Try the server on a worker; the answer appears next to the button."""
        choice = self.choice()
        missing = self._missing(choice)
        if missing is not None:
            self._say(missing, ok=False)
            return
        url = choice.url(self.password_edit.text())
        self.test_button.setEnabled(False)
        self.test_label.setStyleSheet(NOTE_STYLE)
        self.test_label.setText(self.tr("正在连接…"))
        self.ops.run(
            lambda: probe(url),
            lambda answer: self._say(answer[1], ok=answer[0]),
            lambda text: self._say(text, ok=False),
            channel="probe",
        )

    def _say(self, text: str, *, ok: bool) -> None:
        self.test_button.setEnabled(self.server_button.isChecked())
        self.test_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.test_label.setText(text)

    def accept(self) -> None:
        """Remember the choice (not the password) and close; ``url`` is what to open."""
        choice = self.choice()
        missing = self._missing(choice)
        if missing is not None:
            self.message_label.setText(missing)
            return
        self.url = choice.url(self.password_edit.text())
        save_choice(self._settings, choice)
        super().accept()

    def done(self, result: int) -> None:
        self.ops.cancel("probe")
        super().done(result)
