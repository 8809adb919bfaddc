"""Logging a mediation session acting as a user: a few keys, Enter, and it is kept."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.steps import type_text
from ui.dialogs.session_dialog import SessionDialog
from ui.ops import Ops
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.models import MediationSession, Staff
from xinxiang_arbitration.storage.db import Database

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def db(staff_db: Database) -> Database:
    return staff_db


@pytest.fixture
def number(db: Database) -> str:
    return create_case(
        db,
        NewCase(
            kind=CaseKind.MEDIATION,
            applicant="王芳芳",
            respondent="新乡市卫滨商贸有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=dt.date(2026, 11, 16),
            mediation_org="仲裁院调解中心",
        ),
        actor="王芳",
    ).number


def open_dialog(qtbot: QtBot, db: Database, ops: Ops, number: str) -> SessionDialog:
    dialog = SessionDialog(db, ops, "王芳", number, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.mediator_combo.currentText() == "王芳", timeout=5000)
    return dialog


def sessions(db: Database) -> list[MediationSession]:
    with db.transaction() as session:
        return list(session.scalars(select(MediationSession)))


def test_log_a_session_and_press_enter(qtbot: QtBot, db: Database, ops: Ops, number: str) -> None:
    dialog = open_dialog(qtbot, db, ops, number)
    assert dialog.date_edit.date().toPython() == TODAY  # today, by default
    type_text(dialog.place_edit, "仲裁院调解室")
    type_text(dialog.attendees_edit, "申请人王芳芳，被申请人委托代理人李强")
    type_text(dialog.proposals_edit, "分两期支付工资")
    agreement = dialog.result_buttons["agreement"]
    qtbot.mouseClick(agreement, Qt.MouseButton.LeftButton, pos=QPoint(8, agreement.height() // 2))
    assert dialog.session_result() == "agreement"

    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    (row,) = sessions(db)
    assert saved.args == [row.id]
    assert (row.held_on, row.starts_at, row.place) == (TODAY, dt.time(9, 0), "仲裁院调解室")
    assert (row.proposals, row.result) == ("分两期支付工资", "agreement")
    assert row.attendees == "申请人王芳芳，被申请人委托代理人李强"
    with db.transaction() as session:
        assert session.get(Staff, row.mediator_id).name == "王芳"  # type: ignore[union-attr]
    assert not dialog.isVisible()


def test_enter_in_the_proposals_saves_and_shift_enter_breaks_the_line(
    qtbot: QtBot, db: Database, ops: Ops, number: str
) -> None:
    dialog = open_dialog(qtbot, db, ops, number)
    type_text(dialog.proposals_edit, "第一期")
    qtbot.keyClick(dialog.proposals_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(dialog.proposals_edit, "第二期")
    assert dialog.proposals_edit.toPlainText() == "第一期\n第二期"
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.proposals_edit, Qt.Key.Key_Return)
    (row,) = sessions(db)
    assert (row.proposals, row.result, row.place) == ("第一期\n第二期", "continue", None)


def test_a_date_before_the_case_was_received_is_refused(
    qtbot: QtBot, db: Database, ops: Ops, number: str
) -> None:
    dialog = open_dialog(qtbot, db, ops, number)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-30))
    type_text(dialog.place_edit, "调解室")
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.text() == "调解日期不能早于收件日期", timeout=5000)
    assert dialog.isVisible() and dialog.place_edit.text() == "调解室"
    assert dialog.save_button.isEnabled()
    assert sessions(db) == []
