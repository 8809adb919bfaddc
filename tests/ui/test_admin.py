"""The administrator's screens acting as a user (pytest-qt, SQLite): add 2027 to the
holiday calendar and see a deadline move; bad values refused where typed; templates,
users and a backup."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.steps import type_text
from ui.ops import Ops
from ui.views.admin import AdminView
from ui.views.admin.common import selected_key
from xinxiang_arbitration.admin.holidays import show_year
from xinxiang_arbitration.admin.organisations import list_orgs
from xinxiang_arbitration.admin.targets import list_targets, parse_target, set_target
from xinxiang_arbitration.admin.wages import list_wages, update_wage
from xinxiang_arbitration.case_detail import case_detail, case_id_by_number
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.documents import templates as docs
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.inputs.files import write_sheet
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.security.users import authenticate, create_first_administrator, list_users
from xinxiang_arbitration.storage.db import Database

TODAY = dt.date(2026, 12, 28)
RECEIVED = dt.date(2026, 12, 28)  # a Monday; the fifth working day after it is in 2027
ADMIN_PASSWORD = "admin-pass-2026"


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


def make_view(qtbot: QtBot, db: Database, signed_in: SignedIn | None = None) -> AdminView:
    ops = Ops()
    view = AdminView(db, ops, "管理员甲", signed_in=signed_in, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    settle(qtbot, view)
    return view


def settle(qtbot: QtBot, view: AdminView) -> None:
    qtbot.waitUntil(lambda: not view.calendar.ops.busy, timeout=10_000)


def acceptance_due(db: Database, number: str) -> tuple[dt.date | None, str]:
    detail = case_detail(db, case_id_by_number(db, number), today=TODAY)
    clock = next(c for c in detail.clocks if c.code == "acceptance")
    return clock.due, clock.explanation


@pytest.fixture
def late_december_case(db: Database) -> str:
    created = create_case(
        db,
        NewCase(
            kind=CaseKind.ARBITRATION,
            applicant="王芳",
            respondent="新乡市某某物流有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=RECEIVED,
        ),
        actor="书记员",
    )
    return created.number


# --- the holiday calendar ------------------------------------------------------------


def test_adding_2027_by_hand_moves_a_deadline(
    qtbot: QtBot, db: Database, late_december_case: str
) -> None:
    """劳动争议调解仲裁法第二十九条: five working days; unknown until 2027 is in the calendar."""
    due, why = acceptance_due(db, late_december_case)
    assert due is None and "缺少 2027 年节假日日历" in why
    view = make_view(qtbot, db)
    page = view.calendar
    page.trial("acceptance", RECEIVED)
    qtbot.waitUntil(lambda: "缺少 2027 年" in page.trial_result.text())

    qtbot.mouseClick(page.add_year_button, Qt.MouseButton.LeftButton)
    dialog = page.year_dialog
    assert dialog is not None and dialog.year_spin.value() == 2027
    type_text(dialog.source_edit, "国务院办公厅放假通知")
    for column, text in enumerate(("元旦", "2027-01-01", "2027-01-03")):
        item = dialog.rows.item(0, column)
        assert item is not None
        item.setText(text)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.trial_result.text() == "届满日 2027-01-05", timeout=10_000)
    assert not dialog.isVisible()
    assert "已新增 2027 年" in page.message.text()
    assert page.year_spin.value() == 2027 and "2027 年已覆盖" in page.year_status.text()
    january = page.months[0].item_for(dt.date(2027, 1, 1))
    assert january is not None and "元旦" in january.toolTip()
    assert acceptance_due(db, late_december_case)[0] == dt.date(2027, 1, 5)


def test_a_row_the_core_refuses_stays_in_the_dialog_with_the_reason(
    qtbot: QtBot, db: Database
) -> None:
    view = make_view(qtbot, db)
    page = view.calendar
    page.open_add_year()
    dialog = page.year_dialog
    assert dialog is not None
    dialog.source_edit.setText("通知")
    row = dialog.rows
    for column, text in enumerate(("元旦", "2027-01-04", "2027-01-04")):
        item = row.item(0, column)
        assert item is not None
        item.setText(text)
    combo = row.cellWidget(0, 3)
    combo.setCurrentIndex(1)  # type: ignore[attr-defined]  # 调休上班 on a Monday
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.problems.count() > 0)
    assert "周一至周五" in dialog.problems.item(0).text()
    assert dialog.isVisible() and not show_year(db, 2027).covered


def test_importing_a_small_file_moves_the_deadline(
    qtbot: QtBot, db: Database, late_december_case: str, tmp_path: Path
) -> None:
    view = make_view(qtbot, db)
    page = view.calendar
    bad = tmp_path / "bad.csv"
    write_sheet(bad, ["日期", "类型", "名称"], [["2027-02-30", "休息", "春节"]])
    page.ask.open_file = lambda *_a: bad  # type: ignore[method-assign]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problems.isVisible())
    assert "第 2 行" in page.problems.item(0).text()
    assert "未做任何改动" in page.message.text() and not show_year(db, 2027).covered

    good = tmp_path / "2027.csv"
    write_sheet(good, ["日期", "类型", "名称"], [["2027-01-01", "休息", "元旦"]])
    page.ask.open_file = lambda *_a: good  # type: ignore[method-assign]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导入 2027 年" in page.message.text())
    assert not page.problems.isVisible()
    page.trial("acceptance", RECEIVED)
    qtbot.waitUntil(lambda: page.trial_result.text() == "届满日 2027-01-05")
    assert acceptance_due(db, late_december_case)[0] == dt.date(2027, 1, 5)


def test_clicking_a_day_makes_it_a_holiday(qtbot: QtBot, db: Database) -> None:
    view = make_view(qtbot, db)
    page = view.calendar
    page.year_spin.setValue(2026)
    settle(qtbot, view)
    march = page.months[2]
    item = march.item_for(dt.date(2026, 3, 2))
    assert item is not None
    rect = march.grid.visualItemRect(item)
    qtbot.mouseClick(march.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.day_dialog
    assert dialog is not None and dialog.off_button.isChecked()
    assert not dialog.work_button.isEnabled()  # a Monday cannot be a make-up working day
    type_text(dialog.name_edit, "临时休假")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "已保存 2026-03-02" in page.message.text())
    assert (dt.date(2026, 3, 2), False, "临时休假") in show_year(db, 2026).days


# --- values refused where typed ----------------------------------------------------


def test_a_minimum_wage_of_0_keeps_save_disabled_with_the_reason(
    qtbot: QtBot, db: Database
) -> None:
    view = make_view(qtbot, db)
    page = view.wages
    view.setCurrentWidget(page)
    settle(qtbot, view)
    type_text(page.source_edit, "豫政通知")
    page.amount_edit.clear()
    qtbot.keyClicks(page.amount_edit, "0")
    assert not page.add_button.isEnabled()
    assert page.amount.note.isVisible() and "大于 0" in page.amount.note.text()
    page.amount_edit.clear()
    qtbot.keyClicks(page.amount_edit, "2300")
    assert page.add_button.isEnabled() and not page.amount.note.isVisible()
    page.date_edit.setDate(page.date_edit.date().addYears(3))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存" in page.message.text())
    assert any(w.monthly == 2300 for w in list_wages(db))


def test_a_wage_corrected_stays_chosen_and_a_colleagues_change_is_not_overwritten(
    qtbot: QtBot, db: Database
) -> None:
    view = make_view(qtbot, db)
    page = view.wages
    view.setCurrentWidget(page)
    settle(qtbot, view)
    page.table.selectRow(0)
    seen = page.rows[0]
    assert page.region_edit.currentText() == seen.region
    assert page.amount_edit.text() == str(seen.monthly) and page.save_button.isEnabled()
    page.amount_edit.clear()
    qtbot.keyClicks(page.amount_edit, "2400")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存" in page.message.text())
    settle(qtbot, view)  # read again: the corrected row is still the chosen one
    assert selected_key(page.table) == seen.id
    assert next(w for w in list_wages(db) if w.id == seen.id).monthly == 2400
    update_wage(
        db, seen.id, seen.region, "2450", seen.effective_from, seen.source, actor="管理员乙"
    )
    page.amount_edit.clear()
    qtbot.keyClicks(page.amount_edit, "2500")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已被他人修改" in page.message.text())
    assert "月最低工资 2400.00 → 2450.00" in page.message.text()
    assert next(w for w in list_wages(db) if w.id == seen.id).monthly == 2450


def test_an_organisation_added_renamed_and_stopped(qtbot: QtBot, db: Database) -> None:
    view = make_view(qtbot, db)
    page = view.orgs
    view.setCurrentWidget(page)
    settle(qtbot, view)
    before = len(page.rows)
    page.table.clearSelection()
    page.table.setCurrentCell(-1, -1)
    page.name_edit.clear()
    assert not page.add_button.isEnabled()
    type_text(page.name_edit, "卫滨区调解委员会")
    assert page.add_button.isEnabled() and not page.active_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存：卫滨区调解委员会（使用中）" in page.message.text())
    settle(qtbot, view)
    assert len(page.rows) == before + 1
    added = next(o for o in page.rows if o.name == "卫滨区调解委员会")
    assert selected_key(page.table) == added.id  # the new one is chosen
    assert page.rename_button.isEnabled() and page.active_button.text() == "停用"
    type_text(page.name_edit, "（新）")
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "卫滨区调解委员会（新）（使用中）" in page.message.text())
    settle(qtbot, view)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "（已停用）" in page.message.text())
    settle(qtbot, view)
    assert selected_key(page.table) == added.id and page.active_button.text() == "启用"
    assert added.id not in {o.id for o in list_orgs(db, include_inactive=False)}


def test_a_target_of_120_is_refused(qtbot: QtBot, db: Database) -> None:
    view = make_view(qtbot, db)
    page = view.targets
    view.setCurrentWidget(page)
    settle(qtbot, view)
    page.table.selectRow(1)  # 28 仲裁结案率
    page.value_edit.clear()
    qtbot.keyClicks(page.value_edit, "120")
    assert not page.save_button.isEnabled()
    assert "0 到 100" in page.value.note.text()
    page.value_edit.clear()
    qtbot.keyClicks(page.value_edit, "92.5")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存" in page.message.text())
    assert {t.indicator_id: t.target for t in list_targets(db)}[28] == parse_target("92.5")


def test_a_target_a_colleague_changed_meanwhile_is_not_overwritten(
    qtbot: QtBot, db: Database
) -> None:
    view = make_view(qtbot, db)
    page = view.targets
    view.setCurrentWidget(page)
    settle(qtbot, view)
    page.table.selectRow(1)  # 28 仲裁结案率, read at 90
    set_target(db, 28, "93", actor="管理员乙")  # another administrator's PC saves first
    page.value_edit.clear()
    qtbot.keyClicks(page.value_edit, "95")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已被他人修改" in page.message.text())
    assert "目标值（%） 90.00 → 93.00" in page.message.text()
    assert {t.indicator_id: t.target for t in list_targets(db)}[28] == parse_target("93")
    settle(qtbot, view)  # the page read the targets again: the colleague's 93 is shown
    assert any(r.indicator_id == 28 and r.target == parse_target("93") for r in page.rows)
    page.table.selectRow(1)
    page.value_edit.clear()
    qtbot.keyClicks(page.value_edit, "95")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存" in page.message.text())
    assert {t.indicator_id: t.target for t in list_targets(db)}[28] == parse_target("95")


def test_a_pattern_without_n_is_refused_and_the_example_follows_the_typing(
    qtbot: QtBot, db: Database
) -> None:
    view = make_view(qtbot, db)
    page = view.patterns
    view.setCurrentWidget(page)
    settle(qtbot, view)
    page.table.selectRow(1)  # 仲裁
    assert page.example.text() == "新劳人仲案字〔2026〕第1号"
    page.pattern_edit.setText("新劳人仲案字〔{year}〕第号")
    assert not page.save_button.isEnabled() and "缺少 {n}" in page.pattern.note.text()
    assert page.example.text() == "—"
    page.pattern_edit.setText("新劳人仲字〔{year}〕{n}号")
    assert page.example.text() == "新劳人仲字〔2026〕1号" and page.save_button.isEnabled()


# --- templates -----------------------------------------------------------------------


def _docx_with(text: str) -> bytes:
    document = Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_broken_template_is_refused_with_its_problems(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    view = make_view(qtbot, db)
    page = view.templates
    view.setCurrentWidget(page)
    settle(qtbot, view)
    broken = tmp_path / "受理通知书.docx"
    broken.write_bytes(_docx_with("{{ case.numbr }} {% if case.number %}没有结束"))
    page.ask.open_file = lambda *_a: broken  # type: ignore[method-assign]
    page.ask.text = lambda *_a, **_k: "受理通知书"  # type: ignore[method-assign]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problems.isVisible())
    assert page.problems.count() >= 1
    assert "模板语法错误" in page.problems.item(0).text()
    assert "原模板照常使用" in page.message.text()
    versions = docs.template_versions(db, "受理通知书")
    assert [(v.version, v.active) for v in versions] == [(1, True)]


def test_restore_an_earlier_template_version(qtbot: QtBot, db: Database) -> None:
    shipped = docs.template_content(db, "受理通知书")
    docs.import_template(db, "受理通知书", shipped, actor="管理员甲")
    view = make_view(qtbot, db)
    page = view.templates
    view.setCurrentWidget(page)
    settle(qtbot, view)
    from ui.views.admin.common import select_key

    select_key(page.table, "受理通知书")
    qtbot.waitUntil(lambda: page.version_table.rowCount() == 2)
    assert not page.restore_button.isEnabled()  # the active one, v2, is selected
    select_key(page.version_table, 1)
    page.ask.confirm = lambda *_a: True  # type: ignore[method-assign]
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已恢复《受理通知书》第 1 版" in page.message.text())
    active = [v.version for v in docs.template_versions(db, "受理通知书") if v.active]
    assert active == [1]


# --- users and backups ---------------------------------------------------------------


def test_add_a_user_with_two_roles(qtbot: QtBot, db: Database) -> None:
    create_first_administrator(db, "admin", "管理员甲", ADMIN_PASSWORD)
    me = authenticate(db, "admin", ADMIN_PASSWORD)
    view = make_view(qtbot, db, signed_in=me)
    page = view.users
    view.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.clearSelection()
    page.table.setCurrentCell(-1, -1)
    page.login_edit.clear()
    qtbot.keyClicks(page.login_edit, "liming")
    page.name_edit.clear()
    type_text(page.name_edit, "李明")
    qtbot.keyClicks(page.password_edit, "secret-2026")
    qtbot.keyClicks(page.password_again, "secret-2027")
    assert not page.add_button.isEnabled()
    assert "不一致" in page.password_note.text()
    page.password_again.clear()
    qtbot.keyClicks(page.password_again, "secret-2026")
    for box, code in page.roles.boxes:
        box.setChecked(code in ("arbitrator", "mediator"))
    assert page.add_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已新增用户 liming" in page.message.text())
    added = next(u for u in list_users(db, by=me) if u.login == "liming")
    assert set(added.roles) == {"arbitrator", "mediator"} and added.name == "李明"
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)


def test_make_a_backup(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    view = make_view(qtbot, db)
    page = view.backup
    view.setCurrentWidget(page)
    target = tmp_path / "backups" / "today.zip"
    page.ask.save_file = lambda *_a: target  # type: ignore[method-assign]
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "备份完成" in page.message.text(), timeout=20_000)
    assert target.is_file()
    assert "校验" in page.message.text() and "与清单一致" in page.message.text()
    assert page.backup_button.isEnabled() and not page.progress.isVisible()


@pytest.fixture
def empty_server(pg_database: object) -> object:
    from tests.conftest import PG_SERVER, fresh_schema

    if pg_database is None:
        pytest.skip(f"PostgreSQL at {PG_SERVER} is unreachable (outside CI)")
    with fresh_schema(pg_database, "ui_move") as url:  # type: ignore[arg-type]
        yield url


def test_move_a_single_pc_onto_the_office_server(
    qtbot: QtBot, db: Database, empty_server: object
) -> None:
    """系统管理 → 备份与恢复 → 迁移到共用服务器…: the PC's cases arrive on the server; the
    same click again is refused, because the server is no longer empty (issue 16)."""
    from sqlalchemy.engine import URL

    from xinxiang_arbitration.storage.db import open_database

    assert isinstance(empty_server, URL)
    number = create_case(
        db,
        NewCase(CaseKind.ARBITRATION, "张伟", "新乡市某公司", [DisputeType.REMUNERATION],
                dt.date(2026, 11, 2)),
        actor="王芳",
    ).number  # fmt: skip
    view = make_view(qtbot, db)
    page = view.backup
    view.setCurrentWidget(page)
    assert page.move_button.isVisible()
    page.ask.text = lambda *_a, **_k: empty_server.render_as_string(hide_password=False)  # type: ignore[method-assign]
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "迁移完成" in page.message.text(), timeout=30_000)
    assert "逐表核对一致" in page.message.text()
    server = open_database(empty_server)
    try:
        assert case_detail(server, case_id_by_number(server, number)).header.number == number
    finally:
        server.dispose()
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已有案件" in page.message.text(), timeout=30_000)
    assert "迁移只能进入空数据库，未做任何改动" in page.message.text()
