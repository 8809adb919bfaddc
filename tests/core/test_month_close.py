"""Closing a month freezes its figures; later corrections are shown with the cases behind them."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.core.test_statistics import ROWS
from tests.helpers import write_ledger
from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.domain import ClosureMode
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.ledger.importing import import_ledger
from xinxiang_arbitration.reports import write_monthly_report
from xinxiang_arbitration.statistics.indicators import month_period
from xinxiang_arbitration.statistics.month_close import close_month, closed_month
from xinxiang_arbitration.statistics.monthly import monthly_figures
from xinxiang_arbitration.storage.db import Database


def test_close_then_a_late_correction_is_named(db: Database, tmp_path: Path) -> None:
    import_ledger(db, write_ledger(tmp_path / "l.csv", ROWS))
    assert closed_month(db, "2026-03") is None
    close_month(db, "2026-03", actor="主任")
    closed = closed_month(db, "2026-03")
    assert closed is not None and closed.closed_by == "主任" and not closed.differs
    frozen_28 = closed.frozen["indicators"][1]
    assert (frozen_28["numerator"], frozen_28["denominator"]) == (2, 4)

    # in April someone records that case G had in fact been closed on 30 March
    case_life.close(db, "G", dt.date(2026, 3, 30), mode=ClosureMode.WITHDRAWN, actor="书记员")
    later = closed_month(db, "2026-03")
    assert later is not None and later.differs
    assert later.frozen["indicators"][1]["numerator"] == 2  # the frozen figure stands
    assert later.current["indicators"][1]["numerator"] == 3
    assert later.changed_cases == ["G"]
    # the report of the closed month prints the frozen figures and names the change
    figures = monthly_figures(db, "2026-03")
    assert figures.indicators_month[1].numerator == 2
    assert figures.closed is not None and figures.closed.changed_cases == ("G",)
    assert figures.closed.current[1].numerator == 3
    pdf = write_monthly_report(db, "2026-03", tmp_path / "2026-03.pdf", actor="测试")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "结账后数据有变动" in text and "由主任结账" in text
    with pytest.raises(InvalidInput, match="已经结账"):
        close_month(db, "2026-03", actor="主任")


@pytest.mark.parametrize("bad", ["2025-13", "2025-1", "25-01", "2025/01", ""])
def test_bad_month_is_one_line(bad: str) -> None:
    with pytest.raises(InvalidInput, match="YYYY-MM"):
        month_period(bad)


def test_month_period_ends_on_the_last_day() -> None:
    assert month_period("2024-02").end == dt.date(2024, 2, 29)
    assert month_period("2026-12").end == dt.date(2026, 12, 31)


def test_close_month_cli(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from xinxiang_arbitration.cli import commands as cli

    url = db.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "close-month", "--month", "2026-03", "--by", "主任"]) == 0
    assert "已结账" in capsys.readouterr().out
    assert cli.main(["--db", url, "close-month", "--month", "2026-03", "--by", "主任"]) == 1
    assert capsys.readouterr().err.strip() == "2026-03 已经结账，不能重复结账"
