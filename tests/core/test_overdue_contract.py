"""`overdue` against an independent reading of the contract, on a few thousand demo cases.

The oracle below reads the exported ledger and applies ledger-format.md's table
with ``chinese_calendar`` day by day: no code shared with the app's clocks.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import chinese_calendar
import pytest

from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.demo.build import generate_demo_data
from xinxiang_arbitration.ledger.exporting import export_ledger
from xinxiang_arbitration.storage.db import Database

DAY = dt.timedelta(days=1)


class BeyondCalendar(Exception):
    """The due date lies past the calendar's last year: later than any as-of day here."""


def _workday(d: dt.date) -> bool:
    try:
        return bool(chinese_calendar.is_workday(d))
    except NotImplementedError:
        raise BeyondCalendar from None


def _w(d: dt.date, n: int) -> dt.date:
    while n:
        d += DAY
        n -= _workday(d)
    return d


def _c(d: dt.date, n: int) -> dt.date:
    d += dt.timedelta(days=n)
    while not _workday(d):
        d += DAY
    return d


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _clocks(
    kind: str,
    received: dt.date,
    accepted: dt.date | None,
    closed: dt.date | None,
    suspended: dt.date | None,
    resumed: dt.date | None,
    refused: bool,
    extended: bool,
    as_of: dt.date,
) -> list[tuple[str, dt.date]]:
    is_accepted = accepted is not None and accepted <= as_of
    is_open = closed is None or closed > as_of
    clocks: list[tuple[str, dt.date]] = []
    if kind == "仲裁" and not is_accepted and not refused:
        clocks.append(("acceptance", _w(received, 5)))
    if kind == "调解" and is_open:
        clocks.append(("mediation", _c(received, 15)))
    if kind == "仲裁" and is_accepted and is_open and accepted is not None:
        running = (
            suspended is not None and suspended <= as_of and (resumed is None or resumed > as_of)
        )
        if not running:
            s = (resumed - suspended).days if suspended and resumed and resumed <= as_of else 0
            clocks.append(("award", _c(accepted + dt.timedelta(days=s), 45 + 15 * extended)))
    if kind == "监察" and not is_accepted and not refused:
        clocks.append(("inspection_filing", _w(received, 5)))
    if kind == "监察" and is_accepted and is_open and accepted is not None:
        clocks.append(("inspection_closure", _w(accepted, 60 + 30 * extended)))
    return clocks


def oracle(ledger: Path, as_of: dt.date) -> list[dict[str, object]]:
    out = []
    with ledger.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            kind = row["案件类型"]
            received = _date(row["收件日期"])
            accepted = _date(row["受理日期"])
            closed = _date(row["结案日期"])
            suspended, resumed = _date(row["中止日期"]), _date(row["恢复日期"])
            refused, extended = row["不予受理"] == "是", row["延期"] == "是"
            assert received is not None
            if received > as_of:
                continue
            try:
                clocks = _clocks(
                    kind, received, accepted, closed, suspended, resumed, refused, extended, as_of
                )
            except BeyondCalendar:
                continue
            for clock, due in clocks:
                if due < as_of:
                    out.append(
                        {
                            "case_number": row["案号"],
                            "clock": clock,
                            "due": due.isoformat(),
                            "days_overdue": (as_of - due).days,
                        }
                    )
    return sorted(out, key=lambda i: (str(i["due"]), str(i["case_number"])))


@pytest.mark.parametrize("as_of", ["2026-11-20", "2025-06-30", "2024-02-19"])
def test_overdue_matches_the_contract_on_demo_cases(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], as_of: str
) -> None:
    generate_demo_data(db, cases=3000, seed=7)
    ledger = tmp_path / "all.csv"
    export_ledger(db, ledger, actor="测试")
    url = db.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "overdue", "--as-of", as_of, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = oracle(ledger, dt.date.fromisoformat(as_of))
    assert len(expected) > 10  # the demo data has overdue cases of several clocks
    assert printed == expected
