"""A colleague changed the case while an editor was open: the save is refused with what
they did, the typing is kept, 刷新案件后再确认 reads the case again, and the next save
goes through – for every editor of the case's materials and for 调解记录 / 安排开庭."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.doc_cases import DocCases
from tests.ui.steps import (
    LEFT,
    WAIT,
    MakeCaseView,
    clear,
    confirm,
    detail_of,
    open_editor,
    type_text,
)
from ui.dialogs.case_editor import CaseEditDialog
from ui.dialogs.hearing_dialog import HearingDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.views.case_view import CaseView
from xinxiang_arbitration.case_detail import CaseDetail
from xinxiang_arbitration.errors import STALE_PREFIX
from xinxiang_arbitration.proceedings import materials as cm
from xinxiang_arbitration.storage.db import Database


@dataclass(frozen=True)
class Editor:
    """How to open one editor, what to type in it, and how the saved case shows it."""

    open: Callable[[QtBot, CaseView], object]
    fill: Callable[[QtBot, CaseEditDialog], None]
    saved: Callable[[CaseDetail], bool]


def _party(qtbot: QtBot, view: CaseView) -> object:
    return open_editor(qtbot, view, view.parties_tab, view.parties_tab.party_buttons["applicant"])


def _add_agent(qtbot: QtBot, view: CaseView) -> object:
    return open_editor(qtbot, view, view.parties_tab, view.parties_tab.add_agent_button)


def _remove_agent(qtbot: QtBot, view: CaseView) -> object:
    view.tabs.setCurrentWidget(view.parties_tab)
    view.parties_tab.agents_table.selectRow(0)
    return open_editor(qtbot, view, view.parties_tab, view.parties_tab.remove_agent_button)


def _texts(qtbot: QtBot, view: CaseView) -> object:
    return open_editor(qtbot, view, view.overview_tab, view.overview_tab.edit_texts_button)


def _award(qtbot: QtBot, view: CaseView) -> object:
    return open_editor(qtbot, view, view.overview_tab, view.overview_tab.edit_award_button)


def _tribunal(qtbot: QtBot, view: CaseView) -> object:
    dialog = open_editor(qtbot, view, view.proceedings_tab, view.proceedings_tab.tribunal_button)
    qtbot.waitUntil(lambda: dialog.staff_loaded, timeout=WAIT)  # type: ignore[attr-defined]
    return dialog


def _hearing(qtbot: QtBot, view: CaseView) -> object:
    tab = view.proceedings_tab
    view.tabs.setCurrentWidget(tab)
    tab.hearings_table.selectRow(0)
    return open_editor(qtbot, view, tab, tab.hearing_buttons["cancelled"])


def _type_days(qtbot: QtBot, dialog: CaseEditDialog) -> None:
    clear(qtbot, dialog.edit(0, 2))  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.edit(0, 2), "30")  # type: ignore[attr-defined]


def _pick_member(_qtbot: QtBot, dialog: CaseEditDialog) -> None:
    combo = dialog.seats["member2"]  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData("王芳"))


EDITORS = {
    "party": Editor(
        _party,
        lambda _b, d: type_text(d.edits["phone"], "13903730001"),  # type: ignore[attr-defined]
        lambda c: c.parties[0].phone == "13903730001",
    ),
    "agent_add": Editor(
        _add_agent,
        lambda _b, d: type_text(d.name, "周敏"),  # type: ignore[attr-defined]
        lambda c: [a.name for a in c.agents] == ["钱律", "周敏"],
    ),
    "agent_remove": Editor(_remove_agent, lambda _b, _d: None, lambda c: c.agents == ()),
    "texts": Editor(
        _texts,
        lambda _b, d: type_text(d.body, "补充："),  # type: ignore[attr-defined]
        lambda c: c.texts[0].body.startswith("补充：申请人于2024年3月入职"),
    ),
    "award_items": Editor(_award, _type_days, lambda c: c.award_items[0].pay_within_days == 30),
    "tribunal": Editor(
        _tribunal, _pick_member, lambda c: [s.name for s in c.tribunal][2] == "王芳"
    ),
    "hearing_status": Editor(
        _hearing, lambda _b, _d: None, lambda c: c.hearings[0].status_label == "取消"
    ),
}


def colleague_changes(db: Database, number: str) -> None:
    """李明, on another PC, adds to the record of the same case."""
    cm.set_text(db, number, "record", "（李明补充的笔录）", actor="李明")


def assert_stale(sentence: str, number: str) -> None:
    assert sentence.startswith(f"{STALE_PREFIX}（{number}）：李明 于")
    assert sentence.endswith("案件文字。请刷新后再操作，您填写的内容仍保留。")


@pytest.mark.parametrize("code", list(EDITORS))
def test_a_colleagues_change_is_refused_then_saved_after_reloading(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database, code: str
) -> None:
    editor, number = EDITORS[code], cases.arbitration
    view = make_case_view(number)
    dialog = editor.open(qtbot, view)
    assert isinstance(dialog, CaseEditDialog)
    editor.fill(qtbot, dialog)
    colleague_changes(sqlite_db, number)

    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(dialog.guard.button.isVisible, timeout=WAIT)
    assert_stale(dialog.error.text(), number)
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert not editor.saved(detail_of(sqlite_db, number))  # nothing was overwritten
    assert "李明补充的笔录" not in view.overview_tab.texts.text()

    qtbot.mouseClick(dialog.guard.button, LEFT)  # read the case again, keep the typing
    qtbot.waitUntil(lambda: not dialog.guard.button.isVisible(), timeout=WAIT)
    assert dialog.error.text() == "已刷新：请核对后再确认。"
    qtbot.waitUntil(lambda: "李明补充的笔录" in view.overview_tab.texts.text(), timeout=WAIT)
    confirm(qtbot, view, dialog)
    assert editor.saved(detail_of(sqlite_db, number))
    assert editor.saved(view.detail)  # type: ignore[arg-type]


def test_a_mediation_session_logged_over_a_colleagues_change(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    number = cases.mediation
    view = make_case_view(number)
    qtbot.mouseClick(view.buttons["log_session"], LEFT)
    dialog = view.active_dialog
    assert isinstance(dialog, SessionDialog)
    qtbot.waitUntil(lambda: dialog.mediator_combo.currentText() == "王芳", timeout=WAIT)
    type_text(dialog.place_edit, "仲裁院调解室")
    colleague_changes(sqlite_db, number)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(dialog.guard.button.isVisible, timeout=WAIT)
    assert_stale(dialog.error_label.text(), number)
    assert dialog.place_edit.text() == "仲裁院调解室"
    assert len(detail_of(sqlite_db, number).sessions) == 1

    qtbot.mouseClick(dialog.guard.button, LEFT)
    qtbot.waitUntil(lambda: not dialog.guard.button.isVisible(), timeout=WAIT)
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    sessions = detail_of(sqlite_db, number).sessions
    assert [s.place for s in sessions] == ["调解室", "仲裁院调解室"]
    qtbot.waitUntil(lambda: view.proceedings_tab.sessions_model.rowCount() == 2, timeout=WAIT)


def test_a_hearing_scheduled_over_a_colleagues_change(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    number = cases.arbitration
    view = make_case_view(number)
    qtbot.mouseClick(view.buttons["schedule_hearing"], LEFT)
    dialog = view.active_dialog
    assert isinstance(dialog, HearingDialog)
    dialog.show_message = lambda _title, _text: None  # no message box in a test
    type_text(dialog.room_combo.lineEdit(), "第二仲裁庭")
    colleague_changes(sqlite_db, number)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(dialog.guard.button.isVisible, timeout=WAIT)
    assert_stale(dialog.conflict_label.text(), number)
    assert dialog.room_combo.currentText() == "第二仲裁庭"
    assert len(detail_of(sqlite_db, number).hearings) == 1
    qtbot.waitUntil(lambda: dialog._clock is not None, timeout=WAIT)
    dialog._loaded((dialog._clock, ["第三仲裁庭"]))  # the rooms list arriving late
    assert_stale(dialog.conflict_label.text(), number)  # does not wipe the refusal
    assert dialog.room_combo.currentText() == "第二仲裁庭"

    qtbot.mouseClick(dialog.guard.button, LEFT)
    qtbot.waitUntil(lambda: not dialog.guard.button.isVisible(), timeout=WAIT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    hearings = detail_of(sqlite_db, number).hearings
    assert [h.room for h in hearings] == ["第一仲裁庭", "第二仲裁庭"]
    assert hearings[1].held_on.isoformat() == "2026-12-04"  # today + 14 days
    qtbot.waitUntil(lambda: view.proceedings_tab.hearings_model.rowCount() == 2, timeout=WAIT)


def test_the_award_amounts_stay_decimal_through_the_editor(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    """An amount read into the editor and saved back is the same Decimal, never a float."""
    view = make_case_view(cases.mediation)
    dialog = _award(qtbot, view)
    assert isinstance(dialog, CaseEditDialog)
    _type_days(qtbot, dialog)
    confirm(qtbot, view, dialog)
    (item,) = detail_of(sqlite_db, cases.mediation).award_items
    assert item.amount == Decimal("2500.00") and isinstance(item.amount, Decimal)
    assert item.pay_within_days == 30
