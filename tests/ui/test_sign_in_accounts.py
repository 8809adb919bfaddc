"""Signing in on a database with user accounts: a login and a password (pytest-qt).

A wrong password shows the core's own sentence and the dialog stays; the right one signs
in, and what the window then does runs as that user (their name in the case history,
their login in the audit log), checked by the core against their roles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ui.dialogs.case_actions import ActionDialog
from ui.views.case_view import CaseView
from ui.views.main_window import MainWindow
from xinxiang_arbitration.case_detail import case_id_by_number
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.models import AuditEntry, Case, CaseEvent
from xinxiang_arbitration.security import users
from xinxiang_arbitration.storage.db import Database, open_database

WAIT = 5000
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def accounts_db(tmp_path: Path) -> Iterator[tuple[Database, str]]:
    """A case received on a single PC, then accounts: an administrator and an arbitrator."""
    db = open_database(str(tmp_path / "cases.sqlite3"))
    new = NewCase(
        kind=CaseKind.ARBITRATION,
        applicant="张三",
        respondent="新乡市某某机械有限公司",
        dispute_types=[next(iter(DisputeType))],
        received_on=dt.date.today() - dt.timedelta(days=1),
    )
    number = create_case(db, new, actor="王芳").number
    users.create_first_administrator(db, "admin", "王管理", "admin password")
    admin = users.authenticate(db, "admin", "admin password")
    users.create_user(db, "zhao", "赵仲裁", "zhao password", ["arbitrator"], by=admin)
    try:
        yield db, number
    finally:
        db.dispose()


def _submit(qtbot: QtBot, password_edit: object, password: str) -> None:
    edit = password_edit
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, password)  # type: ignore[arg-type]
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # type: ignore[arg-type]


def test_a_database_with_users_asks_for_a_password(
    qtbot: QtBot, accounts_db: tuple[Database, str], settings: QSettings
) -> None:
    db, number = accounts_db
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    dialog = window.ask_who(at_start=True)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    assert dialog.accounts and dialog.windowTitle() == "登录"
    assert dialog.password_form.isVisible() and not dialog.name_combo.isVisible()

    qtbot.keyClicks(dialog.login_edit, "zhao")
    _submit(qtbot, dialog.password_edit, "not his password")
    qtbot.waitUntil(lambda: dialog.hint_label.text() == users.WRONG_CREDENTIALS, timeout=WAIT)
    assert dialog.isVisible() and window.user is None
    assert dialog.password_edit.text() == ""  # cleared for the next try

    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        _submit(qtbot, dialog.password_edit, "zhao password")
    assert window.user is not None and window.user.name == "赵仲裁"
    assert window.user.signed_in is not None and window.user.signed_in.login == "zhao"
    assert window.user_label.text() == "用户：赵仲裁"

    # what the window does now runs as 赵仲裁: accept the case from its tab
    window.open_case(case_id_by_number(db, number))
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    qtbot.waitUntil(lambda: view.detail is not None and not view.loading, timeout=WAIT)
    qtbot.mouseClick(view.buttons["accept"], LEFT)
    action = view.active_dialog
    assert isinstance(action, ActionDialog)
    qtbot.mouseClick(action.confirm_button, LEFT)
    qtbot.waitUntil(lambda: not action.isVisible(), timeout=WAIT)

    with db.transaction() as s:
        case_id = s.scalars(select(Case.id).where(Case.number == number)).one()
        events = s.execute(
            select(CaseEvent.action, CaseEvent.actor)
            .where(CaseEvent.case_id == case_id)
            .order_by(CaseEvent.id)
        ).all()
        audited = s.scalars(
            select(AuditEntry.actor).where(AuditEntry.action == "case.accept")
        ).all()
    assert [tuple(e) for e in events] == [("create", "王芳"), ("accept", "赵仲裁")]
    assert audited == ["zhao"]
