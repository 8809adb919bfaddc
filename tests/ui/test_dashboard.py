"""The dashboard and the breakdowns acting as a supervisor: click a figure, get its cases."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.dialogs.case_list_dialog import CaseListDialog
from ui.models.breakdown_model import SORT_ROLE, BreakdownModel
from ui.models.case_list_model import CASE_ID_ROLE, CaseListModel, natural_key
from ui.ops import Ops
from ui.views import dashboard as dashboard_view
from ui.views.breakdowns import BreakdownsView
from ui.views.dashboard import DashboardView
from xinxiang_arbitration.case_detail import case_id_by_number
from xinxiang_arbitration.demo.build import generate_demo_data
from xinxiang_arbitration.statistics.breakdown_tables import BreakdownTable, breakdown_table
from xinxiang_arbitration.statistics.dashboard import case_list, this_month, year_to_date
from xinxiang_arbitration.statistics.indicators import indicator_case_numbers
from xinxiang_arbitration.storage.db import Database, open_database

TODAY = dt.date(2026, 11, 20)
WAIT = 10_000


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(str(tmp_path_factory.mktemp("dashboard") / "cases.sqlite3"))
    generate_demo_data(database, 1500, seed=2)
    try:
        yield database
    finally:
        database.dispose()


def open_dashboard(qtbot: QtBot, db: Database, ops: Ops) -> DashboardView:
    view = DashboardView(db, ops, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1340, 700)
    view.show()  # the figures are read when the view is first shown
    qtbot.waitUntil(lambda: view.figures is not None and not ops.busy, timeout=WAIT)
    return view


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def opened_list(qtbot: QtBot, view: DashboardView, ops: Ops) -> CaseListDialog:
    qtbot.waitUntil(lambda: view.case_list_dialog is not None, timeout=WAIT)
    dialog = view.case_list_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not ops.busy and dialog.model.rowCount() > 0, timeout=WAIT)
    return dialog


def test_indicator_28_denominator_lists_exactly_the_services_cases(
    qtbot: QtBot, demo_db: Database, ops: Ops
) -> None:
    view = open_dashboard(qtbot, demo_db, ops)
    card = view.cards[28]
    month = this_month(TODAY)
    expected = indicator_case_numbers(demo_db, 28, month, "denominator")
    assert card.button("month", "denominator").text() == format(len(expected), ",")

    click(qtbot, card.button("month", "denominator"))
    dialog = opened_list(qtbot, view, ops)

    assert sorted(dialog.numbers_shown()) == sorted(expected)
    assert len(dialog.numbers_shown()) == len(expected)
    assert dialog.count_label.text().startswith(f"共 {len(expected)} 件")
    assert "指标 28" in dialog.windowTitle() and "分母" in dialog.windowTitle()
    shown = dialog.numbers_shown()  # sorted by number: 第2号 before 第10号
    assert shown == sorted(shown, key=natural_key)


def test_indicator_27_numerator_for_the_year_and_opening_a_case(
    qtbot: QtBot, demo_db: Database, ops: Ops
) -> None:
    view = open_dashboard(qtbot, demo_db, ops)
    expected = indicator_case_numbers(demo_db, 27, year_to_date(TODAY), "numerator")
    click(qtbot, view.cards[27].button("year", "numerator"))
    dialog = opened_list(qtbot, view, ops)
    assert sorted(dialog.numbers_shown()) == sorted(expected)

    opened: list[int] = []
    view.case_opened.connect(opened.append)
    table = dialog.table
    index = table.model().index(0, 0)
    rect = table.visualRect(index)
    # Qt 6 takes a double click as press, release, double-click press, release
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    number = dialog.numbers_shown()[0]
    assert opened == [case_id_by_number(demo_db, number)]
    assert table.model().data(index, CASE_ID_ROLE) == opened[0]


def test_the_cards_show_rate_target_and_met(qtbot: QtBot, demo_db: Database, ops: Ops) -> None:
    view = open_dashboard(qtbot, demo_db, ops)
    assert view.figures is not None
    figure = view.figures.year_to_date.indicator(28)
    card = view.cards[28]
    assert card.rate_labels["year"].text() == f"{figure.rate}%"
    assert card.met_labels["year"].text() == ("达标" if figure.met else "未达标")
    assert "＞ 90%" in card.target_label.text()
    assert card.title.toolTip() == figure.formula  # the formula on hover
    assert card.rate_labels["year"].toolTip() == figure.formula


def test_a_period_without_cases_shows_a_dash_and_says_why(
    qtbot: QtBot, demo_db: Database, ops: Ops
) -> None:
    view = open_dashboard(qtbot, demo_db, ops)
    assert not view.empty_label.isVisible()
    view.picker.set_custom(dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    qtbot.waitUntil(lambda: view.chosen is not None and not ops.busy, timeout=WAIT)
    for card in view.cards.values():
        assert card.rate_labels["custom"].text() == "—"
        assert card.met_labels["custom"].text() == "—"
        assert not card.button("custom", "denominator").isEnabled()
        assert card.note_label.isVisible() and "分母为 0" in card.note_label.text()
    assert view.empty_label.isVisible()
    assert "2010-01-01 至 2010-12-31" in view.empty_label.text()
    assert "没有可统计的案件" in view.empty_label.text()
    assert "—" in view.empty_label.text()
    assert view.caseload_values["closing"].text() == "0"

    view.picker.set_key("year")  # back to a period with cases: the warning goes
    assert not view.empty_label.isVisible()


def test_the_trend_chart_has_twelve_points(qtbot: QtBot, demo_db: Database, ops: Ops) -> None:
    view = open_dashboard(qtbot, demo_db, ops)
    chart = view.trend_chart
    assert len(chart.months) == 12
    for indicator_id in (27, 28, 29):
        assert len(chart.points(indicator_id)) == 12
    assert [m.label for m in chart.months][-1] == "2026-11"
    assert chart.targets[28] == Decimal("90")
    assert chart.month_at(chart.width() - 20) == 11
    assert chart.tooltip_text(11).startswith("2026-11")
    assert not chart.grab().isNull()


def test_caseload_closed_lists_indicator_28s_numerator(
    qtbot: QtBot, demo_db: Database, ops: Ops
) -> None:
    view = open_dashboard(qtbot, demo_db, ops)
    view.picker.set_key("year")
    assert view.figures is not None
    movement = view.figures.year_to_date.caseload
    assert view.caseload_values["opening"].text() == format(movement.opening, ",")
    assert not view.caseload_values["opening"].isEnabled()  # no list behind it
    click(qtbot, view.caseload_values["closed"])
    dialog = opened_list(qtbot, view, ops)
    expected = indicator_case_numbers(demo_db, 28, year_to_date(TODAY), "numerator")
    assert sorted(dialog.numbers_shown()) == sorted(expected)
    assert len(expected) == movement.closed


def test_overdue_count_lists_the_persons_cases(qtbot: QtBot, demo_db: Database, ops: Ops) -> None:
    view = open_dashboard(qtbot, demo_db, ops)
    assert view.figures is not None and view.figures.overdue
    person = view.figures.overdue[0]
    table = view.overdue_table
    assert table.item(0, 0).text() == person.person
    assert table.item(0, 1).text() == str(person.count)
    rect = table.visualItemRect(table.item(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = opened_list(qtbot, view, ops)
    assert sorted(dialog.numbers_shown()) == sorted(person.case_numbers)


def test_case_list_exports_to_excel(
    qtbot: QtBot, demo_db: Database, ops: Ops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    numbers = indicator_case_numbers(demo_db, 29, this_month(TODAY), "denominator")
    dialog = CaseListDialog(demo_db, ops, "指标 29 分母", numbers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(numbers), timeout=WAIT)
    target = tmp_path / "清单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: target.exists() and not ops.busy, timeout=WAIT)
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "案号" and len(rows) == len(numbers) + 1
    assert sorted(r[0] for r in rows[1:]) == sorted(numbers)
    assert "已导出" in dialog.count_label.text()


def open_breakdowns(qtbot: QtBot, db: Database, ops: Ops) -> BreakdownsView:
    view = BreakdownsView(db, ops, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.picker.set_key("year")
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not ops.busy, timeout=WAIT)
    return view


def column_values(view: BreakdownsView, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.data(proxy.index(r, column)) for r in range(proxy.rowCount())]


def test_breakdown_table_sorts_a_numeric_column_as_numbers(
    qtbot: QtBot, demo_db: Database, ops: Ops
) -> None:
    view = open_breakdowns(qtbot, demo_db, ops)
    assert view.model.table is not None and view.model.table.title == "按承办人"
    received = view.model.table.header.index("本期收件")
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(received) + header.sectionSize(received) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    values = [int(v.replace(",", "")) for v in column_values(view, received)]
    assert values == sorted(values)
    assert len({len(str(v)) for v in values}) > 1  # 9 before 10: not sorted as text
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    values = [int(v.replace(",", "")) for v in column_values(view, received)]
    assert values == sorted(values, reverse=True)


def test_every_breakdown_can_be_chosen(qtbot: QtBot, demo_db: Database, ops: Ops) -> None:
    view = open_breakdowns(qtbot, demo_db, ops)
    for at in range(view.kind_combo.count()):
        view.kind_combo.setCurrentIndex(at)
        key, title = view.kind_combo.currentData(), view.kind_combo.currentText()
        qtbot.waitUntil(
            lambda t=title: view.model.table is not None and view.model.table.title == t,
            timeout=WAIT,
        )
        qtbot.waitUntil(lambda: not ops.busy, timeout=WAIT)
        expected = breakdown_table(demo_db, key, year_to_date(TODAY), actor="测试")
        assert view.model.table == expected
        assert view.model.columnCount() == len(expected.header)


def test_breakdown_exports_what_is_shown(
    qtbot: QtBot, demo_db: Database, ops: Ops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_breakdowns(qtbot, demo_db, ops)
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # 本期结案, most first
    target = tmp_path / "按承办人"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    click(qtbot, view.export_button)
    written = target.with_name("按承办人.xlsx")  # the extension is added
    qtbot.waitUntil(lambda: written.exists() and not ops.busy, timeout=WAIT)
    rows = list(load_workbook(written).worksheets[0].iter_rows(values_only=True))
    assert view.model.table is not None
    assert rows[0] == view.model.table.header
    closed = [r[3] for r in rows[1:]]
    assert all(isinstance(v, int) for v in closed)
    assert closed == sorted(closed, reverse=True)
    assert "已导出" in view.status_label.text()


def test_breakdown_export_error_is_a_sentence(
    qtbot: QtBot, demo_db: Database, ops: Ops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_breakdowns(qtbot, demo_db, ops)
    target = tmp_path / "no-such-folder" / "a.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    click(qtbot, view.export_button)
    qtbot.waitUntil(lambda: "导出失败" in view.status_label.text(), timeout=WAIT)
    assert "输出文件夹不存在" in view.status_label.text()
    assert view.export_button.isEnabled()


def test_case_list_model(qtmodeltester: ModelTester, demo_db: Database) -> None:
    model = CaseListModel()
    qtmodeltester.check(model)
    numbers = indicator_case_numbers(demo_db, 28, this_month(TODAY), "numerator")
    model.set_rows(case_list(demo_db, numbers))
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(0)
    qtmodeltester.check(proxy)


def test_breakdown_model(qtmodeltester: ModelTester) -> None:
    model = BreakdownModel()
    qtmodeltester.check(model)
    model.set_table(
        BreakdownTable(
            "结案方式",
            ("类型", "件数", "占比（%）"),
            (("仲裁", 10, Decimal("62.5")), ("调解", 9, None), ("监察", 1234, Decimal("0.0"))),
        )
    )
    qtmodeltester.check(model)
    assert model.data(model.index(2, 1)) == "1,234"
    assert model.data(model.index(1, 2)) == "—"
    assert model.data(model.index(1, 2), SORT_ROLE) == float("-inf")
    assert model.data(model.index(0, 0), SORT_ROLE) == "仲裁"


def test_loading_runs_on_a_worker_with_a_progress_bar(
    qtbot: QtBot, demo_db: Database, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = dashboard_view.load_dashboard

    def slow(*args: Any, **kwargs: Any) -> Any:
        release.wait(WAIT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard_view, "load_dashboard", slow)
    view = DashboardView(demo_db, ops, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.progress.isVisible() and view.status_label.text() == "正在统计…"
    view.picker.set_key("year")  # the window answers while the figures are read
    assert view.figures is None
    release.set()
    qtbot.waitUntil(lambda: view.figures is not None and not ops.busy, timeout=WAIT)
    assert not view.progress.isVisible()
    assert view.status_label.text() == "数据截至 2026-11-20"
    assert view.cards[28].rate_labels["year"].font().bold()  # the chosen period stands out
