"""The holiday calendar table: shown, added to, imported; uncovered years refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import fingerprint
from xinxiang_arbitration.admin.holidays import import_calendar_file, set_day, show_year
from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.clocks.store import load_calendar
from xinxiang_arbitration.errors import CalendarNotCovered, ImportRejected, InvalidInput
from xinxiang_arbitration.inputs.files import write_sheet
from xinxiang_arbitration.storage.db import Database

# An imagined 2027 notice, enough for the tests: New Year Jan 1–3, a make-up Sunday.
NOTICE_2027 = [
    ("2027-01-01", "休息", "元旦"),
    ("2027-01-02", "休息", "元旦"),
    ("2027-01-03", "休息", "元旦"),
    ("2027/2/6", "上班", "春节调休上班"),
    ("2027年2月7日", "休息", "春节"),
]


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def test_seeded_years_and_make_up_days(db: Database) -> None:
    with db.transaction() as s:
        cal = load_calendar(s)
    assert cal.is_workday(dt.date(2026, 2, 14))  # Saturday, worked (春节调休)
    assert not cal.is_workday(dt.date(2026, 10, 5))  # Monday, National Day
    with pytest.raises(CalendarNotCovered, match="2027"):
        cal.is_workday(dt.date(2027, 3, 1))
    view = show_year(db, 2026)
    assert view.covered and (dt.date(2026, 1, 4), True, "元旦调休上班") in view.days


def test_import_a_new_year_then_it_counts(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "2027.xlsx"
    write_sheet(path, ["日期", "类型", "名称"], NOTICE_2027)
    assert import_calendar_file(db, path) == [2027]
    with db.transaction() as s:
        cal = load_calendar(s)
    assert not cal.is_workday(dt.date(2027, 1, 1))
    assert cal.is_workday(dt.date(2027, 2, 6))  # Saturday, worked
    assert cal.is_workday(dt.date(2027, 3, 1))  # an ordinary Monday
    # a clock that needed 2027 can now be answered: from 2026-12-30, Dec 31, then
    # Jan 1–3 off, Jan 4, 5, 6, 7
    assert cal.add_workdays(dt.date(2026, 12, 30), 5) == dt.date(2027, 1, 7)


def test_bad_calendar_file_is_refused_whole(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    write_sheet(
        path,
        ["日期", "类型", "名称"],
        [
            ("2027-01-01", "休息", "元旦"),
            ("2027-01-04", "上班", "元旦调休"),  # a Monday is a working day anyway
            ("2027-02-30", "休息", "春节"),
            ("2027-01-01", "休息", "元旦"),
            ("2027-02-10", "放假", "春节"),
        ],
    )
    before = fingerprint(db)
    with pytest.raises(ImportRejected) as caught:
        import_calendar_file(db, path)
    assert [str(p) for p in caught.value.problems] == [
        "第 3 行 · 类型：2027-01-04 是周一至周五，无需设为调休上班",
        "第 4 行 · 日期：不存在的日期（2027-02-30）",
        "第 5 行 · 日期：日期重复（2027-01-01）",
        "第 6 行 · 类型：应为“休息”或“上班”（放假）",
    ]
    assert fingerprint(db) == before


def test_add_one_day_only_in_a_covered_year(db: Database) -> None:
    set_day(db, dt.date(2026, 12, 31), "休息", "跨年调休")
    with db.transaction() as s:
        assert not load_calendar(s).is_workday(dt.date(2026, 12, 31))
    with pytest.raises(CalendarNotCovered):
        set_day(db, dt.date(2027, 1, 1), "休息", "元旦")
    with pytest.raises(InvalidInput, match="本来就是工作日"):
        set_day(db, dt.date(2026, 12, 30), "上班", "调休")


def test_calendar_cli(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", _url(db), "calendar", "show", "2026"]) == 0
    out = capsys.readouterr().out
    assert "2026-02-14\t六\t上班\t春节调休上班" in out
    assert cli.main(["--db", _url(db), "calendar", "show", "2027"]) == 1
    assert "没有 2027 年" in capsys.readouterr().err
    path = tmp_path / "2027.csv"
    write_sheet(path, ["日期", "类型", "名称"], NOTICE_2027)
    assert cli.main(["--db", _url(db), "calendar", "import", str(path)]) == 0
    assert cli.main(["--db", _url(db), "calendar", "add", "2027-10-01", "休息", "国庆节"]) == 0
    assert cli.main(["--db", _url(db), "calendar", "show", "2027"]) == 0
    assert "2027-10-01\t五\t休息\t国庆节" in capsys.readouterr().out
