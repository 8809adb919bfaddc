"""Scheduling hearings and the week view, acting as a user: a clash is refused and listed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui.steps import type_text
from ui.dialogs.hearing_dialog import HearingDialog
from ui.ops import Ops
from ui.views.hearing_week import HearingWeekView
from xinxiang_arbitration.cases import life as life
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.models import Hearing
from xinxiang_arbitration.storage.db import Database

D = dt.date
TODAY = D(2026, 11, 25)
HEARING_DAY = D(2026, 12, 10)  # a Thursday; the notice is due by Thursday 12-03


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


@pytest.fixture
def numbers(db: Database) -> tuple[str, str]:
    made = []
    for applicant, respondent in (
        ("张伟", "新乡市红旗机械有限公司"),
        ("李娜", "新乡市华兴纺织有限公司"),
    ):
        number = create_case(
            db,
            NewCase(
                kind=CaseKind.ARBITRATION,
                applicant=applicant,
                respondent=respondent,
                dispute_types=[DisputeType.REMUNERATION],
                received_on=D(2026, 11, 16),
            ),
            actor="王芳",
        ).number
        life.accept(db, number, D(2026, 11, 18), actor="王芳")
        made.append(number)
    return made[0], made[1]


def hearing_dialog(
    qtbot: QtBot, db: Database, ops: Ops, number: str, today: dt.date = TODAY
) -> HearingDialog:
    dialog = HearingDialog(db, ops, "王芳", number, today=lambda: today)
    dialog.messages = []  # type: ignore[attr-defined]
    dialog.show_message = lambda _title, text: dialog.messages.append(text)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "最迟于" in dialog.notice_label.text(), timeout=5000)
    return dialog


def fill(dialog: HearingDialog, qtbot: QtBot, room: str = "第一仲裁庭") -> None:
    dialog.date_edit.setDate(QDate(HEARING_DAY.year, HEARING_DAY.month, HEARING_DAY.day))
    dialog.start_edit.setTime(QTime(9, 0))
    dialog.end_edit.setTime(QTime(10, 30))
    dialog.room_combo.setEditText("")
    type_text(dialog.room_combo.lineEdit(), room)


def hearing_count(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count(Hearing.id))) or 0)


def test_a_clash_is_refused_with_every_conflict_listed(
    qtbot: QtBot, db: Database, ops: Ops, numbers: tuple[str, str]
) -> None:
    first, second = numbers
    dialog = hearing_dialog(qtbot, db, ops, first)
    fill(dialog, qtbot)
    assert "2026-12-03（星期四）" in dialog.notice_label.text()  # the Law Art. 35
    assert dialog.late_label.isHidden()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert hearing_count(db) == 1

    clash = hearing_dialog(qtbot, db, ops, second)
    assert clash.room_combo.findText("第一仲裁庭") >= 0  # rooms used before are offered
    fill(clash, qtbot)
    clash.start_edit.setTime(QTime(10, 0))  # overlaps 09:00–10:30; the end moves along
    assert clash.end_edit.time() == QTime(11, 30)
    with qtbot.assertNotEmitted(clash.saved):
        qtbot.mouseClick(clash.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(clash.conflicts), timeout=5000)
    assert clash.conflicts == [f"第一仲裁庭已被{first} 09:00–10:30占用"]
    assert clash.conflict_label.isVisible()
    assert clash.conflicts[0] in clash.conflict_label.text()
    assert clash.isVisible()
    assert hearing_count(db) == 1


def test_the_notice_date_and_a_late_warning_shown_live(
    qtbot: QtBot, db: Database, ops: Ops, numbers: tuple[str, str]
) -> None:
    dialog = hearing_dialog(qtbot, db, ops, numbers[0], today=D(2026, 12, 7))
    fill(dialog, qtbot)
    assert not dialog.late_label.isHidden()
    assert "应另定开庭日期" in dialog.late_label.text()
    dialog.date_edit.setDate(QDate(2026, 12, 21))
    assert dialog.late_label.isHidden()
    assert "2026-12-14" in dialog.notice_label.text()


def test_times_and_room_are_checked_as_typed(
    qtbot: QtBot, db: Database, ops: Ops, numbers: tuple[str, str]
) -> None:
    dialog = hearing_dialog(qtbot, db, ops, numbers[0])
    fill(dialog, qtbot)
    assert dialog.save_button.isEnabled()
    dialog.end_edit.setTime(QTime(8, 30))
    assert dialog.marker.note("ends_at") == "结束时间必须晚于开始时间"
    assert not dialog.save_button.isEnabled()
    dialog.end_edit.setTime(QTime(10, 0))
    dialog.room_combo.setEditText("")
    assert dialog.marker.note("room") == "请填写开庭地点（仲裁庭）"
    assert not dialog.save_button.isEnabled()


def test_the_week_shows_the_hearing_in_its_day_and_navigates(
    qtbot: QtBot, db: Database, ops: Ops, numbers: tuple[str, str]
) -> None:
    first, second = numbers
    dialog = hearing_dialog(qtbot, db, ops, first)
    fill(dialog, qtbot)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    view = HearingWeekView(db, ops, today=lambda: D(2026, 12, 8))
    qtbot.addWidget(view)
    view.resize(1100, 600)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    assert view.monday == D(2026, 12, 7)
    assert view.table.columnCount() == 1 + 5  # time, Monday–Friday
    thursday = view.column_of(HEARING_DAY)
    assert thursday == 4
    assert view.card_numbers(thursday) == [first]
    assert all(view.card_numbers(c) == [] for c in (1, 2, 3, 5))
    item = next(
        view.table.item(r, thursday)
        for r in range(view.table.rowCount())
        if view.table.item(r, thursday) is not None and view.table.item(r, thursday).text()
    )
    assert item.text().startswith("09:00–10:30  第一仲裁庭")
    assert "张伟 诉 新乡市红旗机械" in item.text()
    assert view.status_label.text() == "本周开庭 1 次"

    with qtbot.waitSignal(view.case_opened, timeout=2000) as opened:
        rect = view.table.visualItemRect(item)
        # Qt 6 takes a double click as press, release, double-click press, release
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [first]

    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.monday == D(2026, 12, 14)
    assert view.status_label.text() == "本周没有开庭"
    assert view.card_numbers(4) == []
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.monday == D(2026, 11, 30)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(view.this_week_button, Qt.MouseButton.LeftButton)
    assert view.monday == D(2026, 12, 7)
    assert view.card_numbers(4) == [first]

    saturday = HearingDialog(db, ops, "王芳", second, today=lambda: TODAY)
    qtbot.addWidget(saturday)
    saturday.date_edit.setDate(QDate(2026, 12, 12))
    saturday.room_combo.setEditText("第二仲裁庭")
    with qtbot.waitSignal(saturday.saved, timeout=5000):
        saturday.save()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.mouseClick(view.this_week_button, Qt.MouseButton.LeftButton)
    assert view.table.columnCount() == 1 + 7  # a Saturday hearing adds the weekend
    assert view.card_numbers(view.column_of(D(2026, 12, 12))) == [second]
