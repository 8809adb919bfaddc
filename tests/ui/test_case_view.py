"""The case view acting as a user: open a case, act on it, see the history grow (pytest-qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.doc_cases import DocCases
from tests.ui.steps import (
    CASE_VIEW_TODAY,
    LEFT,
    WAIT,
    MakeCaseView,
    Opened,
    confirm,
    type_text,
    wait_loaded,
)
from ui.dialogs.case_actions import ActionDialog, CloseDialog, SuspendDialog
from ui.models.case_rows import RowsModel
from ui.views import case_view
from ui.views.case_documents import TemplatePicker
from ui.views.case_view import CaseView
from xinxiang_arbitration.cases import life as life
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.documents.making import case_documents, document_content
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.storage.db import Database

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def doc_db(sqlite_db: Database, cases: DocCases) -> tuple[Database, DocCases, str]:
    """The fully filled doc cases, and one arbitration case only received."""
    received = create_case(
        sqlite_db,
        NewCase(
            kind=CaseKind.ARBITRATION,
            applicant="李雷",
            respondent="新乡市平原纺织有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=dt.date(2026, 11, 16),
            handler="王芳",
        ),
        actor="王芳",
    ).number
    return sqlite_db, cases, received


def press(qtbot: QtBot, view: CaseView, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A shortcut as the user types it, with the focus inside the (active) case view."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    view.tabs.setFocus()
    qtbot.keyClick(view.tabs, key, modifiers)


def open_dialog(qtbot: QtBot, view: CaseView, code: str) -> ActionDialog:
    qtbot.mouseClick(view.buttons[code], LEFT)
    dialog = view.active_dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    return dialog


def timeline(view: CaseView) -> list[str]:
    model = view.timeline_tab.model
    return [model.data(model.index(r, 2)) for r in range(model.rowCount())]


def test_opening_a_case_shows_its_header_and_tabs(
    qtbot: QtBot, make_case_view: MakeCaseView, doc_db: tuple[Database, DocCases, str]
) -> None:
    view = make_case_view(doc_db[1].arbitration)
    assert view.number_label.text() == doc_db[1].arbitration
    assert view.stage_label.text() == "仲裁案件 · 已受理"
    assert "申请人 张伟" in view.summary_label.text()
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "概况",
        "当事人",
        "请求",
        "期限",
        "进程",
        "调解与开庭",
        "文书",
    ]
    parties = view.parties_tab.parties_model
    assert parties.data(parties.index(1, 1)) == "新乡市红旗机械有限公司"
    assert view.claims_tab.total.text() == "共 2 项，金额合计 20,345.60 元"
    clocks = view.clocks_tab.model
    rows = {clocks.data(clocks.index(r, 0)): r for r in range(clocks.rowCount())}
    award = rows["仲裁审理期限"]
    assert clocks.data(clocks.index(award, 1)) == "2026-12-21"
    assert clocks.data(clocks.index(award, 2)) == "剩 31 日（21 个工作日）"
    assert "扣除 2 日" in clocks.data(clocks.index(award, 0), Qt.ItemDataRole.ToolTipRole)
    assert "届满日 2026-12-21" in view.clocks_tab.explanation.text()
    assert timeline(view)[:2] == ["收件登记", "受理"]
    assert "孙晶" in view.proceedings_tab.tribunal.text()


def test_every_table_model_passes_the_model_tester(
    qtmodeltester: ModelTester, make_case_view: MakeCaseView, doc_db: tuple[Database, DocCases, str]
) -> None:
    view = make_case_view(doc_db[1].arbitration)
    models = view.findChildren(RowsModel)
    assert len(models) >= 10
    for model in models:
        qtmodeltester.check(model)


def test_clock_colours_overdue_red_and_soon_amber(
    qtbot: QtBot, make_case_view: MakeCaseView, doc_db: tuple[Database, DocCases, str]
) -> None:
    from ui.models.caseload_model import SOON_BACKGROUND

    view = make_case_view(doc_db[1].mediation)
    model = view.clocks_tab.model
    assert model.data(model.index(0, 2)) == "剩 4 日（2 个工作日）"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == SOON_BACKGROUND


def test_accepting_a_received_case(
    qtbot: QtBot, make_case_view: MakeCaseView, doc_db: tuple[Database, DocCases, str]
) -> None:
    view = make_case_view(doc_db[2])
    assert view.stage_label.text() == "仲裁案件 · 收件"
    assert view.action_of["accept"].isEnabled() and view.action_of["refuse"].isEnabled()
    assert not view.action_of["suspend"].isEnabled()
    assert "Ctrl+Shift+A" in view.action_of["accept"].toolTip()
    assert "不能中止" in view.action_of["suspend"].toolTip()
    dialog = open_dialog(qtbot, view, "accept")
    assert dialog.sentence.text() == (
        f"将案件 {doc_db[2]} 标记为已受理，受理日期 2026-11-20；仲裁审理期限（45 日）自次日起计算。"
    )
    confirm(qtbot, view, dialog)
    assert view.stage_label.text() == "仲裁案件 · 已受理"
    assert timeline(view)[-1] == "受理"
    assert view.message.text() == f"案件 {doc_db[2]} 现为“已受理”"
    assert view.action_of["suspend"].isEnabled() and not view.action_of["accept"].isEnabled()


def test_suspend_resume_and_close_with_a_mode(
    qtbot: QtBot, make_case_view: MakeCaseView, doc_db: tuple[Database, DocCases, str]
) -> None:
    db, _cases, number = doc_db
    life.accept(db, number, dt.date(2026, 11, 17), actor="王芳")
    view = make_case_view(number)

    dialog = open_dialog(qtbot, view, "suspend")
    assert isinstance(dialog, SuspendDialog)
    dialog.reason.setCurrentIndex(5)  # 等待工伤认定、伤残等级鉴定或者其他鉴定结论
    type_text(dialog.approver, "主任")
    assert dialog.sentence.text().startswith(
        f"将案件 {number} 标记为中止，自 2026-11-20 起审理期限停止计算"
    )
    confirm(qtbot, view, dialog)
    assert view.stage_label.text() == "仲裁案件 · 中止"
    assert view.action_of["resume"].isEnabled() and not view.action_of["close"].isEnabled()
    clocks = view.clocks_tab.model
    assert clocks.data(clocks.index(1, 2)) == "中止中，停止计算"

    press(qtbot, view, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = view.active_dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    assert "恢复审理" in dialog.sentence.text()
    confirm(qtbot, view, dialog)
    assert view.stage_label.text() == "仲裁案件 · 已受理"

    dialog = open_dialog(qtbot, view, "close")
    assert isinstance(dialog, CloseDialog)
    assert [dialog.mode.itemText(i) for i in range(dialog.mode.count())] == [
        "裁决",
        "调解",
        "撤回",
        "按撤回处理",
        "撤销案件",
        "终止",
    ]
    dialog.mode.setCurrentIndex(1)
    assert "以“调解”结案，结案日期 2026-11-20" in dialog.sentence.text()
    confirm(qtbot, view, dialog)
    assert view.stage_label.text() == "仲裁案件 · 已结案（调解）"
    assert timeline(view)[-3:] == ["中止", "恢复审理", "结案"]
    summary = view.timeline_tab.model
    assert summary.data(summary.index(summary.rowCount() - 1, 5)) == "结案方式：调解"
    assert not any(a.isEnabled() for code, a in view.action_of.items() if code != "log_session")


def test_a_refused_action_shows_the_core_sentence_and_keeps_the_typing(
    qtbot: QtBot, make_case_view: MakeCaseView, doc_db: tuple[Database, DocCases, str]
) -> None:
    view = make_case_view(doc_db[1].arbitration)
    dialog = open_dialog(qtbot, view, "suspend")
    assert isinstance(dialog, SuspendDialog)
    type_text(dialog.reason.lineEdit(), "等待另案审结")
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert dialog.error.text() == "中止须经仲裁委员会主任或其委托的仲裁院负责人批准，请填写批准人"
    assert dialog.isVisible() and dialog.reason.currentText() == "等待另案审结"
    assert dialog.buttons.isEnabled()
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-30))  # before acceptance
    type_text(dialog.approver, "主任")
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(lambda: "早于受理日期" in dialog.error.text(), timeout=WAIT)
    assert view.stage_label.text() == "仲裁案件 · 已受理"  # nothing changed


def test_transfer_a_mediation_case(
    qtbot: QtBot, make_case_view: MakeCaseView, doc_db: tuple[Database, DocCases, str]
) -> None:
    view = make_case_view(doc_db[1].mediation)
    assert not view.action_of["suspend"].isEnabled()
    dialog = open_dialog(qtbot, view, "transfer")
    assert "本案将以“调解不成”结案" in dialog.sentence.text()
    confirm(qtbot, view, dialog)
    assert view.message.text().startswith("已新建仲裁案件 新劳人仲案字〔2026〕第")
    assert view.stage_label.text() == "调解案件 · 已结案（调解不成）"
    assert timeline(view)[-2:] == ["结案", "转仲裁"]


def test_generate_a_document_and_open_it(
    qtbot: QtBot,
    make_case_view: MakeCaseView,
    doc_db: tuple[Database, DocCases, str],
    opened: Opened,
) -> None:
    db, cases, _ = doc_db
    view = make_case_view(cases.arbitration)
    view.tabs.setCurrentWidget(view.documents_tab)
    tab = view.documents_tab
    assert tab.model.rowCount() == 0
    assert "Ctrl+G" in tab.generate_button.toolTip()
    qtbot.mouseClick(tab.generate_button, LEFT)
    picker = tab.picker
    assert isinstance(picker, TemplatePicker)
    qtbot.waitUntil(lambda: picker.list.count() > 0, timeout=WAIT)
    names = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert "受理通知书" in names and "调解协议书" not in names  # the arbitration templates
    picker.list.setCurrentRow(names.index("受理通知书"))
    qtbot.mouseClick(picker.ok, LEFT)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    assert tab.model.data(tab.model.index(0, 0)) == "受理通知书"
    assert tab.message.text() == "已生成《受理通知书》，见下表"
    wait_loaded(qtbot, view)
    assert timeline(view)[-1] == "生成文书"

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, LEFT)
    qtbot.waitUntil(lambda: bool(opened.urls), timeout=WAIT)
    path = Path(opened.urls[0].toLocalFile())
    assert path.suffix == ".docx"
    stored = case_documents(db, cases.arbitration)[0]
    assert path.read_bytes() == document_content(db, stored.id)


def test_a_document_with_missing_fields_says_which(
    qtbot: QtBot, make_case_view: MakeCaseView, doc_db: tuple[Database, DocCases, str]
) -> None:
    view = make_case_view(doc_db[2])
    press(qtbot, view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    tab = view.documents_tab
    assert view.tabs.currentWidget() is tab
    picker = tab.picker
    assert picker is not None
    qtbot.waitUntil(lambda: picker.list.count() > 0, timeout=WAIT)
    names = [picker.list.item(i).text() for i in range(picker.list.count())]
    picker.list.setCurrentRow(names.index("仲裁庭组成通知书"))
    qtbot.mouseClick(picker.ok, LEFT)
    qtbot.waitUntil(lambda: "无法生成" in tab.message.text(), timeout=WAIT)
    assert "案件缺少 “首席仲裁员”" in tab.message.text()
    assert tab.model.rowCount() == 0


def test_record_buttons_hide_without_their_dialogs(
    qtbot: QtBot,
    make_case_view: MakeCaseView,
    doc_db: tuple[Database, DocCases, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(
        case_view.OPTIONAL_DIALOGS, "schedule_hearing", ("ui.dialogs.no_such_dialog", "X")
    )
    view = make_case_view(doc_db[1].arbitration)
    assert not view.buttons["schedule_hearing"].isVisible()
    assert not view.action_of["schedule_hearing"].isEnabled()
    assert case_view.optional_dialog("log_session") is not None  # written by now
    assert view.buttons["log_session"].isVisible()


def test_a_colleagues_change_is_shown_and_the_action_can_be_retried(
    qtbot: QtBot, make_case_view: MakeCaseView, doc_db: tuple[Database, DocCases, str]
) -> None:
    db, cases, _ = doc_db
    view = make_case_view(cases.arbitration)
    dialog = open_dialog(qtbot, view, "suspend")
    assert isinstance(dialog, SuspendDialog)
    type_text(dialog.reason.lineEdit(), "等待另案审结")
    type_text(dialog.approver, "主任")
    # meanwhile, on another PC, 李明 extends the award period of the same case
    life.extend(db, cases.arbitration, CASE_VIEW_TODAY, approver="主任", actor="李明")
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert dialog.error.text().startswith(
        f"案件在您打开之后已被修改（{cases.arbitration}）：李明 于"
    )
    assert dialog.error.text().endswith("延长期限。请刷新后再操作，您填写的内容仍保留。")
    assert dialog.guard.button.isVisible() and dialog.reason.currentText() == "等待另案审结"
    assert view.stage_label.text() == "仲裁案件 · 已受理"  # the suspension was not applied

    qtbot.mouseClick(dialog.guard.button, LEFT)  # read the case again, keep the typing
    qtbot.waitUntil(lambda: not dialog.guard.button.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.header.extended, timeout=WAIT)
    confirm(qtbot, view, dialog)  # the same action, now knowing the change
    assert view.stage_label.text() == "仲裁案件 · 中止"
