"""切换数据库: the URL the dialog builds, what it remembers (never the password), and the
start-up that offers it when the remembered database fails (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL, make_url

from ui.app import EXIT_DATABASE_ERROR, main, open_at_start
from ui.dialogs.database_dialog import (
    DatabaseChoice,
    DatabaseDialog,
    Where,
    load_choice,
    remembered_url,
    save_choice,
)
from ui.startup import Problem, Severity
from xinxiang_arbitration.storage.db import ENV_VAR, default_database_path, open_database

PASSWORD = "s3cr@t:密"


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def make_dialog(qtbot: QtBot, settings: QSettings, problem: str | None = None) -> DatabaseDialog:
    dialog = DatabaseDialog(settings, problem=problem)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_ok(qtbot: QtBot, dialog: DatabaseDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def choose(qtbot: QtBot, button: QRadioButton) -> None:
    """Click the round indicator, as a user does (the button is wider than its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def fill_server(qtbot: QtBot, dialog: DatabaseDialog, host: str, port: int, password: str) -> None:
    choose(qtbot, dialog.server_button)
    qtbot.keyClicks(dialog.host_edit, host)
    dialog.port_spin.clear()
    qtbot.keyClicks(dialog.port_spin, str(port))
    qtbot.keyClicks(dialog.name_edit, "cases")
    qtbot.keyClicks(dialog.user_edit, "clerk")
    dialog.password_edit.setText(password)  # keyClicks cannot type 密


def test_server_choice_builds_the_url_and_forgets_the_password(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, settings)
    assert dialog.local_button.isChecked()  # nothing remembered: the default
    assert not dialog.host_edit.isEnabled()
    fill_server(qtbot, dialog, "192.168.1.10", 5433, PASSWORD)
    assert dialog.host_edit.isEnabled() and not dialog.file_edit.isEnabled()

    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.url is not None
    parsed = make_url(dialog.url)
    assert parsed.drivername == "postgresql+psycopg"
    assert (parsed.host, parsed.port, parsed.database) == ("192.168.1.10", 5433, "cases")
    assert (parsed.username, parsed.password) == ("clerk", PASSWORD)
    assert parsed.query == {"connect_timeout": "10"}

    remembered = load_choice(settings)
    assert remembered == DatabaseChoice(Where.SERVER, "", "192.168.1.10", 5433, "cases", "clerk")
    settings.sync()
    stored = (tmp_path / "ui.ini").read_text(encoding="utf-8")
    assert "192.168.1.10" in stored
    assert "s3cr" not in stored and "%40" not in stored  # in no form at all
    assert all("s3cr" not in str(settings.value(key)) for key in settings.allKeys())
    assert remembered_url(settings) == (
        "postgresql+psycopg://clerk@192.168.1.10:5433/cases?connect_timeout=10"
    )

    again = make_dialog(qtbot, settings)  # next time: filled in, but for the password
    assert again.server_button.isChecked()
    assert again.host_edit.text() == "192.168.1.10" and again.port_spin.value() == 5433
    assert again.user_edit.text() == "clerk" and again.password_edit.text() == ""


def test_file_choice(qtbot: QtBot, settings: QSettings, tmp_path: Path) -> None:
    target = tmp_path / "archive" / "2025.sqlite3"
    dialog = make_dialog(qtbot, settings)
    choose(qtbot, dialog.file_button)
    click_ok(qtbot, dialog)  # no path yet: refused with a sentence
    assert dialog.isVisible() and dialog.message_label.text() == "请选择或输入数据库文件的路径"

    qtbot.keyClicks(dialog.file_edit, str(target))
    click_ok(qtbot, dialog)
    assert dialog.url == f"sqlite:///{target}"
    assert remembered_url(settings) == f"sqlite:///{target}"


def test_local_choice_is_the_default_and_not_a_remembered_address(
    qtbot: QtBot, settings: QSettings
) -> None:
    save_choice(settings, DatabaseChoice(Where.FILE, "/somewhere/else.sqlite3"))
    dialog = make_dialog(qtbot, settings)
    assert dialog.file_button.isChecked()
    assert dialog.local_path.text() == str(default_database_path())
    choose(qtbot, dialog.local_button)
    click_ok(qtbot, dialog)
    assert dialog.url == f"sqlite:///{default_database_path()}"
    assert remembered_url(settings) is None  # the start resolves the default as always


def test_server_needs_host_and_database_name(qtbot: QtBot, settings: QSettings) -> None:
    dialog = make_dialog(qtbot, settings)
    choose(qtbot, dialog.server_button)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message_label.text() == "请填写服务器地址和数据库名"
    assert load_choice(settings) is None


def test_test_connection_says_when_it_fails(qtbot: QtBot, settings: QSettings) -> None:
    dialog = make_dialog(qtbot, settings)
    fill_server(qtbot, dialog, "127.0.0.1", 1, "")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_label.text().startswith("连接失败："), timeout=15_000)
    assert dialog.test_button.isEnabled()
    assert load_choice(settings) is None  # testing remembers nothing


def test_test_connection_on_a_real_server(
    qtbot: QtBot, settings: QSettings, pg_database: URL | None
) -> None:
    if pg_database is None:
        pytest.skip("PostgreSQL is unreachable (outside CI)")
    dialog = make_dialog(qtbot, settings)
    fill_server(qtbot, dialog, pg_database.host or "127.0.0.1", pg_database.port or 5432, "")
    dialog.name_edit.setText(pg_database.database or "")
    dialog.user_edit.setText(pg_database.username or "")
    dialog.password_edit.setText(pg_database.password or "")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_label.text().startswith("连接成功"), timeout=15_000)
    assert "空数据库" in dialog.test_label.text()  # nothing was created by testing


# -- the start-up -----------------------------------------------------------------------------


class Chooser:
    """Stands in for the dialog at start-up: records the problem, answers from a list."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.problems: list[Problem] = []

    def __call__(self, problem: Problem) -> str | None:
        self.problems.append(problem)
        return self.answers.pop(0)


def test_remembered_database_that_fails_offers_the_dialog(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 10)
    save_choice(settings, DatabaseChoice(Where.FILE, str(broken)))
    good = tmp_path / "good.sqlite3"
    shown: list[Problem] = []
    chooser = Chooser(str(good))

    db = open_at_start(None, settings, shown.append, None, chooser)

    assert db is not None
    try:
        assert db.describe() == str(good)
    finally:
        db.dispose()
    assert shown == []  # the reason went into the dialog, not a separate box
    assert len(chooser.problems) == 1
    assert chooser.problems[0].severity is Severity.CRITICAL
    assert f"{broken} 不是本系统的数据库文件" in chooser.problems[0].text


def test_remembered_database_is_used_at_start(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "chosen.sqlite3"
    open_database(str(chosen)).dispose()
    save_choice(settings, DatabaseChoice(Where.FILE, str(chosen)))
    chooser = Chooser()
    shown: list[Problem] = []

    db = open_at_start(None, settings, shown.append, None, chooser)
    assert db is not None and db.describe() == str(chosen)
    db.dispose()

    other = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv(ENV_VAR, str(other))  # the environment variable wins
    db = open_at_start(None, settings, shown.append, None, chooser)
    assert db is not None and db.describe() == str(other)
    db.dispose()
    assert chooser.problems == [] and shown == []


def test_cancelling_the_dialog_ends_the_start(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"\x00garbage" * 100)
    save_choice(settings, DatabaseChoice(Where.FILE, str(broken)))
    shown: list[Problem] = []
    chooser = Chooser(str(broken), None)  # the same broken file again, then cancel

    code = main([], show_problem=shown.append, settings=settings, choose_database=chooser)

    assert code == EXIT_DATABASE_ERROR
    assert len(chooser.problems) == 2 and shown == []
