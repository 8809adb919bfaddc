"""The intake form acting as a user: type a case, see a wrong ID flagged, fix it, save."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.steps import type_text
from ui.dialogs.intake_dialog import IntakeDialog
from ui.ops import Ops
from xinxiang_arbitration.cases.caseload import CaseloadQuery, first_page
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import Case, ClaimItem, Party
from xinxiang_arbitration.storage.db import Database

TODAY = dt.date(2026, 11, 25)
BAD_ID, GOOD_ID = "110105194912310021", "11010519491231002X"


@pytest.fixture
def db(staff_db: Database) -> Database:
    return staff_db


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, ops: Ops) -> IntakeDialog:
    form = IntakeDialog(db, ops, "王芳", today=lambda: TODAY)
    form.messages = []  # type: ignore[attr-defined]
    form.show_message = lambda title, text: form.messages.append(text)  # type: ignore[attr-defined]
    qtbot.addWidget(form)
    form.resize(960, 760)
    form.show()
    qtbot.waitUntil(lambda: form.handler_combo.currentText() == "王芳", timeout=5000)
    return form


def fill_required(qtbot: QtBot, form: IntakeDialog) -> None:
    type_text(form.applicant_edit, "张伟")
    type_text(form.respondent_edit, "新乡市红旗机械有限公司")
    box = form.dispute_group.box(DisputeType.REMUNERATION)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


def test_type_a_case_fix_the_id_and_save(qtbot: QtBot, dialog: IntakeDialog, db: Database) -> None:
    form = dialog
    assert form.kind() is CaseKind.ARBITRATION
    assert not form.save_button.isEnabled()
    assert "申请人" in form.pending_label.text()  # what is still missing, before any red

    fill_required(qtbot, form)
    qtbot.keyClicks(form.id_edit, BAD_ID)
    assert form.marker.note("applicant_id_number") == f"校验码错误（{BAD_ID}，末位应为 X）"
    assert form.id_edit.property("invalid") is True
    assert not form.save_button.isEnabled()

    qtbot.keyClick(form.id_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.id_edit, "x")
    assert form.marker.note("applicant_id_number") == ""
    assert form.id_edit.property("invalid") is False

    claims = form.claims_editor
    type_text(claims.edit(0, 1), "支付2026年7月至9月工资")
    qtbot.keyClicks(claims.edit(0, 2), "12,345.605")
    assert "最多两位小数" in claims.note.text()
    assert not form.save_button.isEnabled()
    qtbot.keyClick(claims.edit(0, 2), Qt.Key.Key_Backspace)
    assert claims.note.text() == ""
    assert claims.total_label.text() == "合计 12,345.60 元"
    assert form.problems == {}
    assert form.save_button.isEnabled()

    with qtbot.waitSignal(form.created, timeout=5000) as created:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    number = created.args[0]
    assert form.messages == [f"已登记，案号：{number}"]  # type: ignore[attr-defined]
    with db.transaction() as session:
        case = session.scalars(select(Case).where(Case.number == number)).one()
        applicant = session.get(Party, case.applicant_id)
        assert applicant is not None
        assert (applicant.name, applicant.id_number) == ("张伟", GOOD_ID)
        assert case.claim_amount == Decimal("12345.60")
        assert [c.description for c in session.scalars(select(ClaimItem))] == [
            "支付2026年7月至9月工资"
        ]
    found = first_page(db, CaseloadQuery(search="张伟"), 10, today=TODAY)
    assert [row.number for row in found.rows] == [number]
    assert found.rows[0].handler == "王芳"


def test_an_old_known_on_date_shows_the_limitation_warning(
    qtbot: QtBot, dialog: IntakeDialog
) -> None:
    """The Law Art. 27: one year from the day the applicant knew of the infringement."""
    form = dialog
    fill_required(qtbot, form)
    assert form.limitation_label.isHidden()
    qtbot.keyClicks(form.known_edit, "2025-06-30")
    assert not form.limitation_label.isHidden()
    warning = form.limitation_label.text()
    assert "可能已超过仲裁时效" in warning and "2026-06-30" in warning
    assert form.save_button.isEnabled()  # a warning, never a refusal

    with qtbot.waitSignal(form.created, timeout=5000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert warning in form.messages[0]  # type: ignore[attr-defined]


def test_dates_out_of_order_are_flagged(qtbot: QtBot, dialog: IntakeDialog) -> None:
    form = dialog
    fill_required(qtbot, form)
    qtbot.keyClicks(form.known_edit, "2026-12-01")
    assert form.marker.note("known_on").startswith("晚于收件日期")
    form.received_edit.setDate(form.received_edit.date().addDays(1))
    assert form.marker.note("received_on") == "不能晚于今天（2026-11-26 > 2026-11-25）"
    assert not form.save_button.isEnabled()


def test_the_kind_changes_what_is_asked(qtbot: QtBot, dialog: IntakeDialog) -> None:
    form = dialog
    fill_required(qtbot, form)
    assert form.save_button.isEnabled()
    form.kind_combo.setCurrentIndex(0)  # 调解案件: needs its organisation
    assert form.case_form.isRowVisible(1)
    assert not form.save_button.isEnabled()
    assert "调解组织" in form.pending_label.text()
    type_text(form.org_combo.lineEdit(), "仲裁院调解中心")
    assert form.save_button.isEnabled()
    form.kind_combo.setCurrentIndex(2)  # 监察: no organisation, no limitation period
    assert not form.case_form.isRowVisible(1) and not form.case_form.isRowVisible(3)
    assert form.applicant_label.text() == "举报投诉人"


def test_a_refusal_is_shown_and_the_typing_stays(
    qtbot: QtBot, dialog: IntakeDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise InvalidInput("案号规则缺失：请管理员设置")

    monkeypatch.setattr("ui.dialogs.intake_dialog.create_case", refuse)
    form = dialog
    fill_required(qtbot, form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error_label.text() == "案号规则缺失：请管理员设置", timeout=5000)
    assert form.isVisible() and form.applicant_edit.text() == "张伟"
    assert form.save_button.isEnabled()
