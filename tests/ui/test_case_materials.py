"""Editing a case's materials from the case view, acting as a user: the parties'
particulars, agents, texts, award items, the tribunal and the hearings' outcome (pytest-qt).

Each test opens the case view on the doc cases, clicks a tab's button, types, confirms,
and reads the case back through the core (``case_detail``) and off the view's tables.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel
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
    refused,
    type_text,
)
from ui.dialogs.agent_dialogs import AgentDialog, RemoveAgentDialog
from ui.dialogs.award_items_dialog import AwardItemsDialog
from ui.dialogs.hearing_status_dialog import HearingStatusDialog
from ui.dialogs.party_dialog import PartyDialog
from ui.dialogs.texts_dialog import TextsDialog
from ui.dialogs.tribunal_dialog import TribunalDialog
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.storage.db import Database


def cells(view_model: object, column: int) -> list[str]:
    model = view_model  # a RowsModel
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]  # type: ignore[attr-defined]


# --- 当事人信息 ---------------------------------------------------------------------------------


def test_edit_the_applicants_and_the_respondents_particulars(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    view = make_case_view(cases.arbitration)
    tab = view.parties_tab
    dialog = open_editor(qtbot, view, tab, tab.party_buttons["applicant"])
    assert isinstance(dialog, PartyDialog)
    assert dialog.sex.currentText() == "女" and dialog.birth_date.text() == "1949-12-31"
    # issue 16: both come from the resident ID 11010519491231002X and cannot be typed
    assert not dialog.sex.isEnabled() and not dialog.birth_date.isEnabled()
    assert dialog.findChild(QLabel, "partyFromId").text() == (
        "性别和出生日期由身份证号 11010519491231002X 得出"
    )
    assert dialog.edits["address"].text() == "新乡市红旗区平原路1号"
    assert not dialog.edits["legal_representative"].isVisible()  # a person has none
    type_text(dialog.edits["phone"], "13903730001")
    confirm(qtbot, view, dialog)
    applicant = detail_of(sqlite_db, cases.arbitration).parties[0]
    assert (applicant.sex, applicant.phone) == ("女", "13903730001")
    assert applicant.address == "新乡市红旗区平原路1号"  # left as it was
    assert cells(tab.parties_model, 6)[0] == "13903730001"
    assert view.message.text() == "已保存申请人 张伟 的信息"

    dialog = open_editor(qtbot, view, tab, tab.party_buttons["respondent"])
    assert isinstance(dialog, PartyDialog)
    assert not dialog.sex.isVisible() and dialog.edits["legal_representative"].isVisible()
    clear(qtbot, dialog.edits["legal_representative"])
    type_text(dialog.edits["legal_representative"], "孙强")
    clear(qtbot, dialog.edits["legal_representative_title"])
    type_text(dialog.edits["legal_representative_title"], "董事长")
    confirm(qtbot, view, dialog)
    respondent = detail_of(sqlite_db, cases.arbitration).parties[1]
    assert (respondent.legal_representative, respondent.legal_representative_title) == (
        "孙强",
        "董事长",
    )
    assert cells(tab.parties_model, 7)[1] == "孙强（董事长）"
    assert view.timeline_tab.model.rowCount() == len(view.detail.timeline)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("2030-01-01", "出生日期不能晚于今天（2030-01-01）"),
        ("1990-02-30", "出生日期：不存在的日期（1990-02-30）"),
    ],
)
def test_a_wrong_birth_date_is_refused_and_nothing_saved(
    qtbot: QtBot,
    make_case_view: MakeCaseView,
    cases: DocCases,
    sqlite_db: Database,
    typed: str,
    sentence: str,
) -> None:
    # the mediation case's applicant has no resident ID: the birth date is typed
    view = make_case_view(cases.mediation)
    before = detail_of(sqlite_db, cases.mediation)
    dialog = open_editor(qtbot, view, view.parties_tab, view.parties_tab.party_buttons["applicant"])
    assert isinstance(dialog, PartyDialog)
    clear(qtbot, dialog.birth_date)
    qtbot.keyClicks(dialog.birth_date, typed)
    type_text(dialog.edits["phone"], "13903730001")
    assert refused(qtbot, dialog) == sentence
    assert dialog.birth_date.text() == typed and dialog.edits["phone"].text() == "13903730001"
    after = detail_of(sqlite_db, cases.mediation)
    assert after.parties == before.parties and after.last_event_id == before.last_event_id


# --- 代理人 -------------------------------------------------------------------------------------


def test_add_an_agent_then_remove_one(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    view = make_case_view(cases.arbitration)
    tab = view.parties_tab
    assert not tab.remove_agent_button.isEnabled()  # nobody selected yet
    dialog = open_editor(qtbot, view, tab, tab.add_agent_button)
    assert isinstance(dialog, AgentDialog)
    assert refused(qtbot, dialog) == "请填写代理人姓名和代理类别"  # the core's sentence
    type_text(dialog.name, "周敏")
    dialog.role.setCurrentIndex(dialog.role.findText("公民代理"))
    type_text(dialog.phone, "13700000000")
    confirm(qtbot, view, dialog)
    agents = detail_of(sqlite_db, cases.arbitration).agents
    assert [(a.side_label, a.name, a.role, a.phone) for a in agents] == [
        ("被申请人", "钱律", "律师", None),
        ("申请人", "周敏", "公民代理", "13700000000"),
    ]
    assert cells(tab.agents_model, 1) == ["钱律", "周敏"]
    assert view.message.text() == "已添加申请人的代理人 周敏"

    tab.agents_table.selectRow(0)
    dialog = open_editor(qtbot, view, tab, tab.remove_agent_button)
    assert isinstance(dialog, RemoveAgentDialog)
    assert dialog.sentence.text().startswith(
        f"将从案件 {cases.arbitration} 删除被申请人的代理人 钱律（律师，河南牧野律师事务所）。"
    )
    confirm(qtbot, view, dialog)
    assert [a.name for a in detail_of(sqlite_db, cases.arbitration).agents] == ["周敏"]
    assert cells(tab.agents_model, 1) == ["周敏"]
    assert cells(view.timeline_tab.model, 2)[-2:] == ["代理人", "删除代理人"]


# --- 案件文字 -----------------------------------------------------------------------------------


def test_edit_a_text_and_empty_another_to_remove_it(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    view = make_case_view(cases.arbitration)
    tab = view.overview_tab
    dialog = open_editor(qtbot, view, tab, tab.edit_texts_button)
    assert isinstance(dialog, TextsDialog)
    offered = [dialog.name.itemData(i) for i in range(dialog.name.count())]
    assert offered[:4] == ["facts", "defence", "findings", "reasons"]
    assert "violation" not in offered  # an inspection's text
    dialog.name.setCurrentIndex(offered.index("findings"))
    assert dialog.body.toPlainText() == "被申请人未支付申请人2026年7月至9月工资。"
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    type_text(dialog.body, "另查明，申请人月工资4115.20元。")
    assert not dialog.name.isEnabled()  # unsaved typing: another text cannot be picked
    confirm(qtbot, view, dialog)
    texts = {t.name: t.body for t in detail_of(sqlite_db, cases.arbitration).texts}
    assert (
        texts["findings"]
        == "被申请人未支付申请人2026年7月至9月工资。另查明，申请人月工资4115.20元。"
    )
    assert "另查明，申请人月工资4115.20元。" in tab.texts.text()
    assert view.message.text() == "已保存“仲裁庭查明的事实”"

    dialog = open_editor(qtbot, view, tab, tab.edit_texts_button)
    assert isinstance(dialog, TextsDialog)
    dialog.name.setCurrentIndex(dialog.name.findData("closure_reason"))
    assert refused(qtbot, dialog) == "没有修改，无需保存"
    dialog.body.selectAll()
    dialog.body.textCursor().removeSelectedText()
    confirm(qtbot, view, dialog)
    texts = {t.name: t.body for t in detail_of(sqlite_db, cases.arbitration).texts}
    assert "closure_reason" not in texts and "findings" in texts
    assert "撤回仲裁申请" not in tab.texts.text()


def test_an_inspection_case_is_offered_its_own_texts(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases
) -> None:
    view = make_case_view(cases.inspection)
    dialog = open_editor(qtbot, view, view.overview_tab, view.overview_tab.edit_texts_button)
    assert isinstance(dialog, TextsDialog)
    assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == [
        "事实与理由（申请书）",
        "用人单位违法事实（监察）（已填写）",
        "责令改正的事项及期限（监察）（已填写）",
        "笔录正文",
    ]


# --- 裁决（调解协议）事项 ----------------------------------------------------------------------


def test_award_items_added_moved_and_saved_in_order(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    view = make_case_view(cases.arbitration)
    tab = view.overview_tab
    dialog = open_editor(qtbot, view, tab, tab.edit_award_button)
    assert isinstance(dialog, AwardItemsDialog)
    assert dialog.rows() == [
        ("被申请人支付申请人2026年7月至9月工资", "12,345.60", "15"),
        ("驳回申请人的其他仲裁请求", "", ""),
    ]
    assert dialog.total.text() == "金额合计 12,345.60 元"
    qtbot.mouseClick(dialog.tools["add"], LEFT)
    assert dialog.table.currentRow() == 2
    type_text(dialog.edit(2, 0), "被申请人支付申请人解除劳动合同经济补偿")
    qtbot.keyClicks(dialog.edit(2, 1), "8,000")
    qtbot.keyClicks(dialog.edit(2, 2), "15")
    assert dialog.total.text() == "金额合计 20,345.60 元"
    qtbot.mouseClick(dialog.tools["up"], LEFT)  # before 驳回…
    assert dialog.table.currentRow() == 1
    confirm(qtbot, view, dialog)
    items = detail_of(sqlite_db, cases.arbitration).award_items
    assert [(a.no, a.text, a.amount, a.pay_within_days) for a in items] == [
        (1, "被申请人支付申请人2026年7月至9月工资", Decimal("12345.60"), 15),
        (2, "被申请人支付申请人解除劳动合同经济补偿", Decimal("8000.00"), 15),
        (3, "驳回申请人的其他仲裁请求", None, None),
    ]
    assert cells(tab.award_model, 2) == ["12,345.60", "8,000.00", ""]
    assert view.message.text() == "已保存裁决（调解协议）事项，共 3 项"

    dialog = open_editor(qtbot, view, tab, tab.edit_award_button)
    assert isinstance(dialog, AwardItemsDialog)
    dialog.table.selectRow(2)
    qtbot.mouseClick(dialog.tools["remove"], LEFT)
    qtbot.mouseClick(dialog.tools["down"], LEFT)  # the last row: nowhere to go
    confirm(qtbot, view, dialog)
    assert len(detail_of(sqlite_db, cases.arbitration).award_items) == 2


@pytest.mark.parametrize(
    ("column", "typed", "sentence"),
    [
        (1, "abc", "第 1 项金额：无法识别的金额（abc）"),
        (1, "12.345", "第 1 项金额：最多两位小数（12.345）"),
        (2, "十五", "第 1 项履行期限应为整数日数：十五"),
        (2, "0", "第 1 项履行期限应在 1 至 365 日之间"),  # the core's check
    ],
)
def test_a_bad_amount_or_term_is_refused_and_nothing_saved(
    qtbot: QtBot,
    make_case_view: MakeCaseView,
    cases: DocCases,
    sqlite_db: Database,
    column: int,
    typed: str,
    sentence: str,
) -> None:
    view = make_case_view(cases.arbitration)
    before = detail_of(sqlite_db, cases.arbitration)
    dialog = open_editor(qtbot, view, view.overview_tab, view.overview_tab.edit_award_button)
    assert isinstance(dialog, AwardItemsDialog)
    clear(qtbot, dialog.edit(0, column))
    type_text(dialog.edit(0, column), typed)
    assert refused(qtbot, dialog) == sentence
    assert dialog.edit(0, column).text() == typed  # the typing is kept
    after = detail_of(sqlite_db, cases.arbitration)
    assert after.award_items == before.award_items
    assert after.last_event_id == before.last_event_id


# --- 组庭 ---------------------------------------------------------------------------------------


def test_form_the_tribunal_with_a_sole_arbitrator(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    view = make_case_view(cases.arbitration)
    tab = view.proceedings_tab
    dialog = open_editor(qtbot, view, tab, tab.tribunal_button)
    assert isinstance(dialog, TribunalDialog)
    qtbot.waitUntil(lambda: dialog.staff_loaded, timeout=WAIT)
    assert [dialog.chosen(s) for s in ("presiding", "member1", "member2", "clerk")] == [
        "孙晶",
        "姚瑶",
        "田博",
        "李明",
    ]
    assert not dialog.seats["sole"].isVisible()
    qtbot.mouseClick(dialog.sole_button, LEFT)
    assert dialog.seats["sole"].isVisible() and not dialog.seats["presiding"].isVisible()
    assert refused(qtbot, dialog).startswith("仲裁庭由三名仲裁员组成")  # no sole chosen yet
    dialog.seats["sole"].setCurrentIndex(dialog.seats["sole"].findData("王芳"))
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(2))
    confirm(qtbot, view, dialog)
    seats = detail_of(sqlite_db, cases.arbitration).tribunal
    assert [(s.seat_label, s.name, s.appointed_on) for s in seats] == [
        ("独任仲裁员", "王芳", dt.date(2026, 11, 8)),
        ("书记员", "李明", dt.date(2026, 11, 8)),
    ]
    assert tab.tribunal.text() == "仲裁庭：独任仲裁员 王芳、书记员 李明"


def test_the_same_person_twice_on_the_tribunal_is_refused(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    view = make_case_view(cases.arbitration)
    dialog = open_editor(qtbot, view, view.proceedings_tab, view.proceedings_tab.tribunal_button)
    assert isinstance(dialog, TribunalDialog)
    qtbot.waitUntil(lambda: dialog.staff_loaded, timeout=WAIT)
    member = dialog.seats["member2"]
    member.setCurrentIndex(member.findData("孙晶"))  # also the presiding arbitrator
    assert refused(qtbot, dialog) == "同一人不能在仲裁庭中担任两个席位"
    assert dialog.chosen("member2") == "孙晶"
    seats = detail_of(sqlite_db, cases.arbitration).tribunal
    assert [s.name for s in seats] == ["孙晶", "姚瑶", "田博", "李明"]


def test_the_tribunal_waits_for_acceptance_and_is_arbitrations_only(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    received = create_case(
        sqlite_db,
        NewCase(
            kind=CaseKind.ARBITRATION,
            applicant="李雷",
            respondent="新乡市平原纺织有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=dt.date(2026, 11, 16),
        ),
        actor="王芳",
    ).number
    view = make_case_view(received)
    view.tabs.setCurrentWidget(view.proceedings_tab)
    button = view.proceedings_tab.tribunal_button
    assert button.isVisible() and not button.isEnabled()
    assert button.toolTip() == "案件尚未受理，不能组成仲裁庭"
    view = make_case_view(cases.mediation)
    view.tabs.setCurrentWidget(view.proceedings_tab)
    assert not view.proceedings_tab.tribunal_button.isVisible()
    assert not view.proceedings_tab.hearing_buttons["held"].isVisible()


# --- 开庭情况 -----------------------------------------------------------------------------------


def test_mark_a_scheduled_hearing_postponed(
    qtbot: QtBot, make_case_view: MakeCaseView, cases: DocCases, sqlite_db: Database
) -> None:
    view = make_case_view(cases.arbitration)
    tab = view.proceedings_tab
    view.tabs.setCurrentWidget(tab)
    assert not tab.hearing_buttons["held"].isEnabled()  # nothing selected
    tab.hearings_table.selectRow(0)
    dialog = open_editor(qtbot, view, tab, tab.hearing_buttons["held"])
    assert isinstance(dialog, HearingStatusDialog)
    assert dialog.sentence.text().startswith(
        f"将案件 {cases.arbitration} 于 2026-12-03（星期四）09:30–11:00 第一仲裁庭 "
        "的开庭记为“已开庭”"
    )
    assert refused(qtbot, dialog) == "开庭日期尚未到，不能记为已开庭"  # on 2026-11-20
    dialog.reject()

    tab.hearings_table.selectRow(0)
    dialog = open_editor(qtbot, view, tab, tab.hearing_buttons["postponed"])
    confirm(qtbot, view, dialog)  # type: ignore[arg-type]
    (hearing,) = detail_of(sqlite_db, cases.arbitration).hearings
    assert hearing.status_label == "延期" and not hearing.scheduled
    assert cells(tab.hearings_model, 2) == ["延期"]
    tab.hearings_table.selectRow(0)
    assert not tab.hearing_buttons["cancelled"].isEnabled()  # only a scheduled one
    assert view.message.text() == "已将 2026-12-03 的开庭记为“延期”"
