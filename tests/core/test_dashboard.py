"""The dashboard's figures are the statistics service's, and a breakdown exports as numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from xinxiang_arbitration.clocks.due import overdue_cases
from xinxiang_arbitration.demo.build import generate_demo_data
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.statistics import breakdowns
from xinxiang_arbitration.statistics.breakdown_tables import (
    BREAKDOWNS,
    BreakdownTable,
    breakdown_table,
    write_table_xlsx,
)
from xinxiang_arbitration.statistics.dashboard import (
    case_list,
    caseload,
    load_dashboard,
    overdue_by_person,
    this_month,
    trend_months,
    year_to_date,
)
from xinxiang_arbitration.statistics.indicators import (
    Period,
    indicator_case_numbers,
    indicators,
    month_period,
)
from xinxiang_arbitration.statistics.monthly import monthly_figures
from xinxiang_arbitration.storage.db import Database

TODAY = dt.date(2026, 11, 20)  # the demo data's "today"
CHOSEN = Period(dt.date(2025, 4, 1), dt.date(2025, 9, 30))


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo_data(db, 500, seed=5)
    return db


def test_the_dashboard_shows_the_statistics_services_figures(demo_db: Database) -> None:
    board = load_dashboard(demo_db, TODAY, CHOSEN, actor="测试")
    assert board.month.period == Period(dt.date(2026, 11, 1), TODAY) == this_month(TODAY)
    assert board.year_to_date.period == Period(dt.date(2026, 1, 1), TODAY) == year_to_date(TODAY)
    assert board.chosen is not None
    for figures in (board.month, board.year_to_date, board.chosen):
        assert list(figures.indicators) == indicators(demo_db, figures.period, actor="测试")
        assert [i.id for i in figures.indicators] == [27, 28, 29]
    assert board.year_to_date.indicator(28).denominator > 0
    assert board.targets == {i.id: i.target for i in indicators(demo_db, CHOSEN, actor="测试")}


def test_the_trend_is_twelve_months_of_by_month(demo_db: Database) -> None:
    board = load_dashboard(demo_db, TODAY, actor="测试")
    labels = [m.label for m in board.trend]
    assert labels == ["2025-12", *(f"2026-{m:02d}" for m in range(1, 12))]
    rows = {(r.year, r.month): r for r in breakdowns.by_month(demo_db, 2026)}
    for month in board.trend:
        row = rows[(month.year, month.month)]
        assert (month.numerators, month.denominators) == (row.numerators, row.denominators)
        figures = indicators(demo_db, month_period(month.label), actor="测试")
        assert month.denominators == tuple(i.denominator for i in figures)
        for i in figures:
            assert month.rate(i.id) == i.exact_rate
    assert trend_months(dt.date(2026, 1, 5))[0] == (2025, 1)  # (year, month − 1)


def test_caseload_movement_is_the_monthly_reports(demo_db: Database) -> None:
    report = monthly_figures(demo_db, "2026-10")
    assert caseload(demo_db, month_period("2026-10")) == report.caseload
    board = load_dashboard(demo_db, TODAY, actor="测试")
    movement = board.year_to_date.caseload
    assert movement.balanced
    figure = board.year_to_date.indicator(28)
    # 上期未结 + 本期受理 is indicator 28's denominator, 本期结案 its numerator
    assert movement.opening + movement.accepted == figure.denominator
    assert movement.closed == figure.numerator


def test_overdue_per_person_counts_each_case_once(demo_db: Database) -> None:
    people, note = overdue_by_person(demo_db, TODAY)
    assert note is None
    found = overdue_cases(demo_db, TODAY)
    assert sum(p.count for p in people) == len({c.item.case_number for c in found})
    counts = [p.count for p in people]
    assert counts == sorted(counts, reverse=True)
    by_person = {p.person: set(p.case_numbers) for p in people}
    for c in found:
        assert c.item.case_number in by_person[c.handler or "未分配"]


def test_overdue_without_a_calendar_year_says_why(demo_db: Database) -> None:
    people, note = overdue_by_person(demo_db, dt.date(2099, 3, 1))
    assert people == ()
    assert note is not None and "2099" in note


def test_case_list_gives_the_rows_of_a_drill_down(demo_db: Database) -> None:
    numbers = indicator_case_numbers(demo_db, 28, year_to_date(TODAY), "denominator")
    rows = case_list(demo_db, numbers)
    assert [r.number for r in rows] == numbers
    assert {r.kind for r in rows} == {"仲裁"}
    assert all(r.accepted_on is not None and r.accepted_on <= TODAY for r in rows)
    closed = [r for r in rows if r.closed_on is not None]
    assert all(r.closure_mode for r in closed)
    assert case_list(demo_db, ["没有这个案号", numbers[0]])[0].number == numbers[0]
    assert case_list(demo_db, []) == []


def test_every_breakdown_is_a_rectangular_table(demo_db: Database) -> None:
    period = year_to_date(TODAY)
    for item in BREAKDOWNS:
        table = breakdown_table(demo_db, item.key, period, actor="测试")
        assert table.title == item.label and table.period == period
        assert table.rows, item.key
        assert all(len(row) == len(table.header) for row in table.rows)
        assert table.numeric_columns, item.key
    with pytest.raises(InvalidInput):
        breakdown_table(demo_db, "no-such-breakdown", period, actor="测试")


def test_export_writes_numbers_as_numbers(demo_db: Database, tmp_path: Path) -> None:
    table = breakdown_table(demo_db, "organisation", year_to_date(TODAY), actor="测试")
    target = write_table_xlsx(table, tmp_path / "按调解组织.xlsx")
    sheet = load_workbook(target).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == table.header
    assert len(values) == len(table.rows) + 1
    for written, row in zip(values[1:], table.rows, strict=True):
        for got, expected in zip(written, row, strict=True):
            if isinstance(expected, int):
                assert isinstance(got, int) and got == expected
            elif isinstance(expected, Decimal):
                assert isinstance(got, int | float) and Decimal(str(got)) == expected
            elif expected is None:
                assert got == "—"
            else:
                assert got == expected


def test_export_of_dates_and_nothing(tmp_path: Path) -> None:
    table = BreakdownTable(
        "清单",
        ("案号", "结案日期", "件数", "比率（%）"),
        (("A", dt.date(2026, 3, 1), 3, Decimal("66.7")), ("B", None, 0, None)),
    )
    sheet = load_workbook(write_table_xlsx(table, tmp_path / "a.xlsx")).worksheets[0]
    assert sheet["B2"].value == dt.datetime(2026, 3, 1) and sheet["B3"].value == "—"
    assert sheet["C3"].value == 0 and sheet["D2"].number_format == "0.0"
    assert table.numeric_columns == frozenset({2, 3})


def test_export_to_a_missing_folder_is_refused_whole(tmp_path: Path) -> None:
    table = BreakdownTable("清单", ("a",), ((1,),))
    with pytest.raises(InvalidInput, match="文件夹不存在"):
        write_table_xlsx(table, tmp_path / "missing" / "a.xlsx")
    assert not (tmp_path / "missing").exists()
