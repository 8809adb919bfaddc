"""今日到期 on demo data at a fixed day: colours, scope, opening a case (pytest-qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import chinese_calendar
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.models.caseload_model import OVERDUE_BACKGROUND, SOON_BACKGROUND
from ui.models.due_model import (
    APPLICANT,
    CASE_ID_ROLE,
    CLOCK,
    DUE,
    HANDLER,
    LEFT,
    NUMBER,
    URGENCY_ROLE,
)
from ui.session import CurrentUser
from ui.views.due_today import DueTodayView
from ui.views.main_window import MainWindow
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.clocks.due import due_queue
from xinxiang_arbitration.demo.build import generate_demo_data
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.storage.db import Database, open_database

TODAY = dt.date(2026, 11, 20)  # a Friday


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("due") / "demo.sqlite3"
    db = open_database(str(path))
    generate_demo_data(db, 600, seed=2)
    for name, received, handler in (
        ("刘迟到", dt.date(2026, 9, 1), "测试承办人"),  # never accepted: long overdue
        ("陈今天", dt.date(2026, 11, 13), "测试承办人"),  # 5 working days end on the 20th
        ("张快到", dt.date(2026, 11, 16), None),  # due Monday the 23rd
    ):
        create_case(
            db,
            NewCase(
                kind=CaseKind.ARBITRATION,
                applicant=name,
                respondent="新乡市华兴机械制造有限公司",
                dispute_types=[DisputeType.REMUNERATION],
                received_on=received,
                handler=handler,
            ),
            actor="测试",
        )
    db.dispose()
    return path


@pytest.fixture
def demo_db(demo_file: Path) -> Iterator[Database]:
    database = open_database(str(demo_file))
    try:
        yield database
    finally:
        database.dispose()


def shown_view(qtbot: QtBot, db: Database, me: str | None = None) -> DueTodayView:
    view = DueTodayView(db, me=me, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show()  # read when it comes on screen
    return view


def row_of(view: DueTodayView, applicant: str) -> int:
    model = view.model
    rows = [
        r for r in range(model.rowCount()) if model.data(model.index(r, APPLICANT)) == applicant
    ]
    assert len(rows) == 1, rows
    return rows[0]


def test_overdue_rows_are_red_today_bold_soon_amber(qtbot: QtBot, demo_db: Database) -> None:
    view = shown_view(qtbot, demo_db)
    model = view.model
    assert view.heading.text() == "今日到期（2026-11-20）"
    assert model.rowCount() == len(due_queue(demo_db, TODAY))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "案号"

    late = row_of(view, "刘迟到")
    assert model.data(model.index(late, CLOCK)) == "受理审查期限"
    assert model.data(model.index(late, DUE)) == "2026-09-08"
    # working days in (09-08, 11-20], counted by chinese_calendar as an independent oracle
    worked = sum(
        chinese_calendar.is_workday(dt.date(2026, 9, 8) + dt.timedelta(days=n))
        for n in range(1, 74)
    )
    assert model.data(model.index(late, LEFT)) == f"逾期 {worked} 个工作日"
    assert model.data(model.index(late, NUMBER), Qt.ItemDataRole.BackgroundRole) == (
        OVERDUE_BACKGROUND
    )
    assert model.data(model.index(late, HANDLER)) == "测试承办人"

    today = row_of(view, "陈今天")
    assert model.data(model.index(today, LEFT)) == "今日到期"
    assert model.data(model.index(today, LEFT), URGENCY_ROLE) == "today"
    font = model.data(model.index(today, NUMBER), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()

    soon = row_of(view, "张快到")
    assert model.data(model.index(soon, LEFT)) == "还有 1 个工作日"  # Friday → Monday
    assert model.data(model.index(soon, DUE)) == "2026-11-23"
    assert model.data(model.index(soon, NUMBER), Qt.ItemDataRole.BackgroundRole) == (
        SOON_BACKGROUND
    )

    urgencies = [model.data(model.index(r, 0), URGENCY_ROLE) for r in range(model.rowCount())]
    overdue, due_today = urgencies.count("overdue"), urgencies.count("today")
    assert overdue > 1 and urgencies[:overdue] == ["overdue"] * overdue  # by due date
    assert view.status_label.text() == (
        f"已逾期 {overdue} 项，今日到期 {due_today} 项，"
        f"3 个工作日内到期 {urgencies.count('soon')} 项"
    )


def test_mine_shows_only_the_signed_in_persons_clocks(qtbot: QtBot, demo_db: Database) -> None:
    view = shown_view(qtbot, demo_db)
    assert not view.mine_button.isEnabled() and view.handler() is None
    office = view.model.rowCount()

    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.set_me("测试承办人")
    assert view.mine_button.isChecked()
    model = view.model
    assert {model.data(model.index(r, APPLICANT)) for r in range(model.rowCount())} == {
        "刘迟到",
        "陈今天",
    }

    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.office_button.click()
    assert model.rowCount() == office


def test_double_click_opens_the_case(qtbot: QtBot, demo_db: Database) -> None:
    view = shown_view(qtbot, demo_db)
    index = view.model.index(row_of(view, "陈今天"), NUMBER)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    with qtbot.waitSignal(view.case_opened) as opened:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [view.model.data(index, CASE_ID_ROLE)]


def test_header_click_sorts(qtbot: QtBot, demo_db: Database) -> None:
    view = shown_view(qtbot, demo_db)
    view.table.sortByColumn(APPLICANT, Qt.SortOrder.AscendingOrder)
    model = view.model
    names = [model.data(model.index(r, APPLICANT)) for r in range(model.rowCount())]
    assert names == sorted(names)


def test_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database
) -> None:
    view = shown_view(qtbot, demo_db)
    assert view.model.rowCount() > 0
    qtmodeltester.check(view.model, force_py=True)


def test_the_main_windows_tab_follows_the_user(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = MainWindow(demo_db, settings, user=CurrentUser("测试承办人"), today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    due = window.due_view
    with qtbot.waitSignal(due.loaded, timeout=20_000):
        window.tabs.setCurrentWidget(due)  # read when first shown
    assert due.mine_button.isChecked()
    assert due.model.rowCount() == 2
