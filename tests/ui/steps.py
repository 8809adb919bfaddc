"""What a user does in the client's tests, step by step: type (Chinese too), clear a
field, confirm a dialog and wait for the core and the view; and what the steps and the
fixtures of ``tests/ui/conftest.py`` share (the waits, the case views' today).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.dialogs.case_dialog import CaseDialog
from ui.dialogs.case_editor import CaseEditDialog
from ui.views.case_view import CaseView
from xinxiang_arbitration.case_detail import CaseDetail, case_detail, case_id_by_number
from xinxiang_arbitration.storage.db import Database

WAIT = 10_000  # ms: a background read or write, on a slow CI machine too
LEFT = Qt.MouseButton.LeftButton
CASE_VIEW_TODAY = dt.date(2026, 11, 20)  # the case views' today, the doc cases' last day
MakeCaseView = Callable[[str], CaseView]  # the ``make_case_view`` fixture: a number → its view


class Opened:
    """What the view handed to the system to open (instead of starting Word)."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return True


def type_text(widget: QWidget, text: str, *, focus: bool = True) -> None:
    """Type as the input method commits Chinese, one character at a time, into ``widget``
    (given the focus first unless ``focus=False``). QTest.keyClicks, under qtbot.keyClicks,
    maps characters through an ASCII table and aborts the process on 张."""
    if focus:
        widget.setFocus()
    for ch in text:
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def clear(qtbot: QtBot, edit: QLineEdit) -> None:
    """Select all and delete, as a user empties a field."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)


def wait_loaded(qtbot: QtBot, view: CaseView) -> None:
    qtbot.waitUntil(lambda: view.detail is not None and not view.loading, timeout=WAIT)


def confirm(qtbot: QtBot, view: CaseView, dialog: CaseDialog) -> None:
    """Press the dialog's confirm (save) button, then wait for the core call and the view's
    new reading."""
    before = view.detail
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: view.detail is not before and not view.loading, timeout=WAIT)


def refused(qtbot: QtBot, dialog: CaseEditDialog) -> str:
    """Press save; the sentence the dialog shows (it stays open)."""
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.buttons.isEnabled(), timeout=WAIT)
    assert dialog.isVisible()
    return dialog.error.text()


def detail_of(db: Database, number: str) -> CaseDetail:
    """The case as the core reads it on the case views' today."""
    return case_detail(db, case_id_by_number(db, number), today=CASE_VIEW_TODAY)


def open_editor(qtbot: QtBot, view: CaseView, tab: QWidget, button: QAbstractButton) -> object:
    """Go to ``tab``, click ``button``; the editor it opens."""
    view.tabs.setCurrentWidget(tab)
    assert button.isVisible() and button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, LEFT)
    dialog = view.active_dialog
    assert isinstance(dialog, CaseEditDialog) and dialog.isVisible()
    return dialog
