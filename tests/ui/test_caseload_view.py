"""The caseload tab acting as a user: type a name, click a header, open a case (pytest-qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.steps import type_text
from ui.models.caseload_model import CASE_ID_ROLE, OVERDUE_BACKGROUND, SOON_BACKGROUND
from ui.ops import Ops, error_sentence
from ui.views.caseload_view import CaseloadView
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.demo.build import generate_demo_data
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.errors import CaseNotFound
from xinxiang_arbitration.storage.db import Database, open_database

TODAY = dt.date(2026, 11, 20)
APPLICANT_COLUMN = 2


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "cases.sqlite3"))
    generate_demo_data(database, 600, seed=2)
    for name, received in (("张伟", dt.date(2026, 11, 16)), ("刘张伟", dt.date(2026, 9, 1))):
        create_case(
            database,
            NewCase(
                kind=CaseKind.ARBITRATION,
                applicant=name,
                respondent="新乡市华兴机械制造有限公司",
                dispute_types=[DisputeType.REMUNERATION],
                received_on=received,
            ),
            actor="测试",
        )
    try:
        yield database
    finally:
        database.dispose()


def make_view(qtbot: QtBot, db: Database) -> CaseloadView:
    view = CaseloadView(db, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    return view


def shown(view: CaseloadView, column: int) -> list[str]:
    model = view.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_typing_a_two_character_name_shows_its_cases(qtbot: QtBot, demo_db: Database) -> None:
    view = make_view(qtbot, demo_db)
    before = view.model.total
    assert before > 2

    type_text(view.search_box, "张伟")
    assert view.search_box.text() == "张伟"
    qtbot.waitUntil(lambda: view.model.query.search == "张伟" and not view.ops.busy, timeout=5000)

    names = shown(view, APPLICANT_COLUMN)
    assert names and all("张伟" in name for name in names)
    assert {"张伟", "刘张伟"} <= set(names)
    assert view.status_label.text() == f"共 {view.model.total} 件"

    view.search_box.clear()  # clearing the box brings the whole list back
    qtbot.waitUntil(lambda: view.model.total == before, timeout=5000)


def test_typing_digits_of_a_case_number(qtbot: QtBot, demo_db: Database) -> None:
    view = make_view(qtbot, demo_db)
    number = view.model.data(view.model.index(0, 0))  # e.g. 新劳人仲案字〔2026〕第123号
    year = number[number.index("〔") + 1 : number.index("〕")]
    serial = number[number.index("第") + 1 : number.index("号")]
    view.search_box.setFocus()
    qtbot.keyClicks(view.search_box, year)
    type_text(view.search_box, "〕第")
    qtbot.keyClicks(view.search_box, serial)
    fragment = f"{year}〕第{serial}"
    qtbot.waitUntil(lambda: view.model.query.search == fragment and not view.ops.busy)
    numbers = shown(view, 0)
    assert number in numbers
    assert all(fragment in n for n in numbers)


def test_header_click_sorts_by_that_column(qtbot: QtBot, demo_db: Database) -> None:
    view = make_view(qtbot, demo_db)
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(APPLICANT_COLUMN) + header.sectionSize(APPLICANT_COLUMN) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: view.model.query.sort == "applicant" and not view.ops.busy)
    names = shown(view, APPLICANT_COLUMN)
    assert names == sorted(names)
    first_ascending = names[0]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: view.model.query.descending and not view.ops.busy)
    names = shown(view, APPLICANT_COLUMN)
    assert names == sorted(names, reverse=True)
    assert names[-1] == first_ascending != names[0]


def test_overdue_and_soon_rows_are_coloured(qtbot: QtBot, demo_db: Database) -> None:
    view = make_view(qtbot, demo_db)
    model = view.model
    by_name = {model.data(model.index(r, APPLICANT_COLUMN)): r for r in range(model.rowCount())}
    # 刘张伟: received 2026-09-01, never accepted: the 5-day acceptance clock is long past
    late = model.index(by_name["刘张伟"], 7)
    assert model.data(late, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert model.data(late).startswith("逾期")
    # 张伟: received Monday 2026-11-16 → due Monday 11-23, one working day after the 20th
    soon = model.index(by_name["张伟"], 7)
    assert model.data(soon) == "1 个工作日"
    assert model.data(soon, Qt.ItemDataRole.BackgroundRole) == SOON_BACKGROUND


def test_scrolling_fetches_more_pages(qtbot: QtBot, demo_db: Database) -> None:
    view = make_view(qtbot, demo_db)
    view.stage_combo.setCurrentIndex(view.stage_combo.count() - 1)  # 全部（含已结）
    qtbot.waitUntil(lambda: view.model.total > 600 and not view.ops.busy)
    assert view.model.rowCount() == 100  # one page, not the whole list
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > 100)
    ids = [view.model.data(view.model.index(r, 0), CASE_ID_ROLE) for r in range(200)]
    assert len(set(ids)) == 200


def test_double_click_opens_the_case(qtbot: QtBot, demo_db: Database) -> None:
    view = make_view(qtbot, demo_db)
    index = view.model.index(0, 0)
    rect = view.table.visualRect(index)
    viewport = view.table.viewport()
    with qtbot.waitSignal(view.case_opened) as opened:
        # Qt 6 takes a double click as press, release, double-click press, release
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [view.model.data(index, CASE_ID_ROLE)]


def test_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database
) -> None:
    view = make_view(qtbot, demo_db)
    qtmodeltester.check(view.model, force_py=True)
    assert view.model.rowCount(view.model.index(0, 0)) == 0
    assert view.model.data(QModelIndex()) is None


def test_stale_results_are_dropped_and_errors_become_sentences(qtbot: QtBot) -> None:
    ops = Ops()
    got: list[str] = []
    errors: list[str] = []
    import threading

    gate = threading.Event()

    def slow() -> str:
        gate.wait(5)
        return "old"

    ops.run(slow, got.append, channel="search")
    ops.run(lambda: "new", got.append, channel="search")
    qtbot.waitUntil(lambda: got == ["new"])
    gate.set()
    ops.wait()
    qtbot.wait(50)  # the old answer's delivery, had it not been dropped
    assert got == ["new"]

    def missing() -> None:
        raise CaseNotFound("新劳人仲案字〔2026〕第9号")

    ops.run(missing, got.append, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert errors == [error_sentence(CaseNotFound("新劳人仲案字〔2026〕第9号"))]
    assert "第9号" in errors[0]
