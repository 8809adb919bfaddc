"""Signing in as a user would: pick a name (or type a new one), press Enter (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui.steps import type_text
from ui.dialogs.sign_in_dialog import SignInDialog
from ui.session import CurrentUser, remembered_user
from ui.views.main_window import MainWindow
from xinxiang_arbitration.cases import caseload as caseload_service
from xinxiang_arbitration.cases.caseload import CaseloadQuery
from xinxiang_arbitration.demo.build import generate_demo_data
from xinxiang_arbitration.models import Case, Staff
from xinxiang_arbitration.security.staff import list_staff
from xinxiang_arbitration.storage.db import Database, open_database

HANDLER_COLUMN = 5
TITLE = "新乡市劳动人事争议仲裁委员会 · 案件管理系统"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sign-in") / "demo.sqlite3"
    db = open_database(str(path))
    generate_demo_data(db, 400, seed=3)
    db.dispose()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "cases.sqlite3"
    copy.write_bytes(demo_file.read_bytes())  # each test may add staff
    database = open_database(str(copy))
    try:
        yield database
    finally:
        database.dispose()


def busiest_handler(db: Database) -> tuple[int, str, int]:
    """(staff id, name, open cases) of the person with the most open cases."""
    with db.transaction() as session:
        row = session.execute(
            select(Staff.id, Staff.name, func.count())
            .join(Case, Case.handler_id == Staff.id)
            .where(Case.closed_on.is_(None), Staff.active.is_(True))
            .group_by(Staff.id, Staff.name)
            .order_by(func.count().desc(), Staff.name)
            .limit(1)
        ).one()
    return int(row[0]), str(row[1]), int(row[2])


def open_window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def ask(qtbot: QtBot, window: MainWindow, *, at_start: bool = False) -> SignInDialog:
    dialog = window.ask_who(at_start=at_start)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    return dialog


def press_enter(qtbot: QtBot, dialog: SignInDialog) -> None:
    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)


def test_signing_in_shows_only_my_cases(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    staff_id, name, open_cases = busiest_handler(demo_db)
    window = open_window(qtbot, demo_db, settings)
    caseload = window.caseload_view
    assert not caseload.mine_button.isEnabled()  # nobody signed in yet
    dialog = ask(qtbot, window, at_start=True)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "退出程序"
    names = [dialog.name_combo.itemText(i) for i in range(dialog.name_combo.count())]
    assert names == [m.name for m in list_staff(demo_db)]

    dialog.name_edit.clear()
    type_text(dialog.name_edit, name, focus=False)
    assert dialog.hint_label.text() == f"按 Enter 键以“{name}”的身份进入"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        press_enter(qtbot, dialog)

    assert window.user == CurrentUser(name, staff_id)
    assert window.windowTitle() == f"{TITLE} — {name}"
    assert window.user_label.text() == f"用户：{name}"
    assert caseload.mine_button.isEnabled() and caseload.mine_button.isChecked()
    qtbot.waitUntil(
        lambda: caseload.model.query.handler_id == staff_id and not window.ops.busy, timeout=5000
    )
    model = caseload.model
    mine = caseload_service.first_page(demo_db, CaseloadQuery(handler_id=staff_id), 100)
    assert 0 < model.total == mine.total <= open_cases
    handlers = {model.data(model.index(r, HANDLER_COLUMN)) for r in range(model.rowCount())}
    assert handlers == {name}
    assert remembered_user(settings, demo_db) == name

    caseload.office_button.click()  # the whole office again
    qtbot.waitUntil(lambda: model.total > open_cases and not window.ops.busy, timeout=5000)


def test_the_last_name_is_preselected_and_enter_accepts(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    _staff_id, name, _open = busiest_handler(demo_db)
    first = open_window(qtbot, demo_db, settings)
    dialog = ask(qtbot, first)
    dialog.name_combo.setCurrentIndex(dialog.name_combo.findText(name))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    first.close()

    second = open_window(qtbot, demo_db, settings)
    dialog = ask(qtbot, second)
    assert dialog.name_combo.currentText() == name
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        press_enter(qtbot, dialog)
    assert second.user is not None and second.user.name == name


def test_a_new_name_adds_a_staff_member(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = open_window(qtbot, demo_db, settings)
    dialog = ask(qtbot, window)
    before = {m.name for m in list_staff(demo_db)}
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "欧阳新来", focus=False)
    assert dialog.hint_label.text() == "承办人名单中没有“欧阳新来”：确定后将新增这位承办人"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        press_enter(qtbot, dialog)

    after = {m.name: m.id for m in list_staff(demo_db)}
    assert set(after) - before == {"欧阳新来"}
    assert window.user == CurrentUser("欧阳新来", after["欧阳新来"])
    caseload = window.caseload_view
    qtbot.waitUntil(
        lambda: caseload.model.query.handler_id == after["欧阳新来"] and not window.ops.busy,
        timeout=5000,
    )
    assert caseload.model.total == 0  # a newcomer has no cases yet
    assert caseload.status_label.text() == "共 0 件"


def test_an_empty_name_is_not_accepted(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = open_window(qtbot, demo_db, settings)
    dialog = ask(qtbot, window)
    dialog.name_edit.clear()
    press_enter(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.hint_label.text() == "请选择或输入您的姓名"
    assert window.user is None


def test_declining_at_start_closes_the_window(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = open_window(qtbot, demo_db, settings)
    dialog = ask(qtbot, window, at_start=True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: not window.isVisible())


def test_switching_user_later_keeps_the_window(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    people = list_staff(demo_db)
    window = open_window(qtbot, demo_db, settings)
    window.set_user(CurrentUser(people[0].name, people[0].id))
    dialog = ask(qtbot, window)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.isVisible() and window.user == CurrentUser(people[0].name, people[0].id)

    dialog = ask(qtbot, window)
    dialog.name_combo.setCurrentIndex(dialog.name_combo.findText(people[1].name))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        press_enter(qtbot, dialog)
    assert window.user == CurrentUser(people[1].name, people[1].id)
    assert window.due_view.handler() == people[1].name
