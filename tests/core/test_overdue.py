"""`overdue --as-of` as the ledger-format contract writes it, and the due queue."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers import base_row, write_ledger
from xinxiang_arbitration.admin.holidays import set_clock_rule
from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.clocks.deadlines import Rule
from xinxiang_arbitration.clocks.due import (
    Urgency,
    due_queue,
    overdue_as_of,
    overdue_cases,
    running_clocks,
)
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.demo.build import ANCHOR, generate_demo_data
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.ledger.importing import import_ledger
from xinxiang_arbitration.models import Case, Staff
from xinxiang_arbitration.storage.db import Database

D = dt.date


def _ledger(db: Database, tmp_path: Path) -> None:
    rows = [
        # arbitration received 2025-09-30, never accepted: acceptance due 2025-10-14
        base_row("仲-未受理", **{col.ACCEPTED_ON: ""}),
        # accepted 2026-01-05, suspended Jan 10–20 and resumed: award due Jan 16 + 45 → Mar 2
        base_row(
            "仲-中止",
            **{
                col.RECEIVED_ON: "2026-01-04",
                col.ACCEPTED_ON: "2026-01-05",
                col.SUSPENDED_ON: "2026-01-10",
                col.RESUMED_ON: "2026-01-20",
            },
        ),
        # accepted 2026-01-05, suspended from Feb 1 with no resumption: no award due date
        base_row(
            "仲-中止中",
            **{
                col.RECEIVED_ON: "2026-01-04",
                col.ACCEPTED_ON: "2026-01-05",
                col.SUSPENDED_ON: "2026-02-01",
            },
        ),
        # extended: 60 days from 2026-01-05 = Mar 6
        base_row(
            "仲-延期",
            **{col.RECEIVED_ON: "2026-01-04", col.ACCEPTED_ON: "2026-01-05", col.EXTENDED: "是"},
        ),
        # closed after the as-of day: it was still open then
        base_row(
            "仲-后结",
            **{
                col.RECEIVED_ON: "2026-01-04",
                col.ACCEPTED_ON: "2026-01-05",
                col.CLOSED_ON: "2026-04-01",
                col.CLOSURE_MODE: "裁决",
            },
        ),
        # refused: no acceptance clock
        base_row("仲-不予受理", **{col.ACCEPTED_ON: "", col.REFUSED: "是"}),
        base_row(
            "调-开",
            **{
                col.KIND: "调解",
                col.MEDIATION_ORG: "某调解委员会",
                col.RECEIVED_ON: "2026-02-02",
                col.ACCEPTED_ON: "",
            },
        ),
        base_row(
            "监-未立案", **{col.KIND: "监察", col.RECEIVED_ON: "2026-03-02", col.ACCEPTED_ON: ""}
        ),
    ]
    import_ledger(db, write_ledger(tmp_path / "l.csv", rows))


def test_overdue_as_of_follows_the_contract(db: Database, tmp_path: Path) -> None:
    _ledger(db, tmp_path)
    items = [i.as_json() for i in overdue_as_of(db, D(2026, 3, 16))]
    assert items == [
        {
            "case_number": "仲-未受理",
            "clock": "acceptance",
            "due": "2025-03-14",
            "days_overdue": 367,
        },
        # equal due dates are ordered by case number
        {"case_number": "仲-后结", "clock": "award", "due": "2026-02-24", "days_overdue": 20},
        {"case_number": "调-开", "clock": "mediation", "due": "2026-02-24", "days_overdue": 20},
        {"case_number": "仲-中止", "clock": "award", "due": "2026-03-02", "days_overdue": 14},
        {"case_number": "仲-延期", "clock": "award", "due": "2026-03-06", "days_overdue": 10},
        {
            "case_number": "监-未立案",
            "clock": "inspection_filing",
            "due": "2026-03-09",
            "days_overdue": 7,
        },
    ]
    # the suspended case (仲-中止中) and the refused one have no row


def test_what_was_overdue_earlier_ignores_later_events(db: Database, tmp_path: Path) -> None:
    _ledger(db, tmp_path)
    on_feb_10 = {(i.case_number, i.clock) for i in overdue_as_of(db, D(2026, 2, 10))}
    # on Feb 10 仲-中止中 was not yet suspended (from Feb 1? it was: no award row), and
    # nothing of 2026 was due yet; only the old acceptance clock had run out
    assert on_feb_10 == {("仲-未受理", "acceptance")}


def test_due_queue_today_soon_and_overdue(db: Database, tmp_path: Path) -> None:
    _ledger(db, tmp_path)
    queue = due_queue(db, D(2026, 3, 5))
    by_case = {(q.clock.case_number, q.clock.deadline.clock): q for q in queue}
    assert by_case[("仲-中止", "award")].urgency is Urgency.OVERDUE
    assert by_case[("仲-延期", "award")].urgency is Urgency.SOON  # due Mar 6
    assert by_case[("仲-延期", "award")].days_left == 1
    # due Mon Mar 9, the 2nd working day after Thu Mar 5: within 3 working days
    assert by_case[("监-未立案", "inspection_filing")].urgency is Urgency.SOON
    assert ("调-开", "mediation") in by_case and by_case[("调-开", "mediation")].days_left < 0
    assert due_queue(db, D(2026, 3, 6), handler="李明")[0].clock.handler == "李明"
    today = {
        q.clock.case_number for q in due_queue(db, D(2026, 3, 9)) if q.urgency is Urgency.TODAY
    }
    assert today == {"监-未立案"}


def test_overdue_cli_json_and_text(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ledger(db, tmp_path)
    url = db.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "overdue", "--as-of", "2026-03-16", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["due"] for d in data] == sorted(d["due"] for d in data)
    assert cli.main(["--db", url, "overdue", "--as-of", "2026-03-16"]) == 0
    assert "逾期" in capsys.readouterr().out
    assert cli.main(["--db", url, "overdue", "--as-of", "2027-01-05"]) == 2
    err = capsys.readouterr().err
    assert "2027" in err and err.count("\n") == 1


def test_overdue_bad_date_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["overdue", "--as-of", "16/03/2026"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "不是日期" in err


def test_counting_rule_setting_changes_the_due_date(db: Database, tmp_path: Path) -> None:
    from xinxiang_arbitration.admin.holidays import set_clock_rule
    from xinxiang_arbitration.clocks.deadlines import Rule
    from xinxiang_arbitration.errors import InvalidInput

    _ledger(db, tmp_path)
    set_clock_rule(db, "mediation", Rule.WORKING_DAYS)
    items = {i.case_number: i for i in overdue_as_of(db, D(2026, 3, 16))}
    # 15 working days after Mon Feb 2: Feb 3–6, 9–13, 14 (Sat, worked), 24–27, 28 (Sat, worked)
    assert items["调-开"].due == D(2026, 2, 28)
    with pytest.raises(InvalidInput, match="未知的期限"):
        set_clock_rule(db, "nonsense", Rule.WORKING_DAYS)


def _past_due_running_clocks(db: Database, as_of: dt.date) -> list[tuple[str, str, dt.date]]:
    """The definition without any shortcut: every running clock of every open case, filtered."""
    with db.transaction() as s:
        cal, settings = load_calendar(s), load_clock_settings(s)
        return sorted(
            (c.deadline.due, c.case_number, c.deadline.clock)  # type: ignore[misc]
            for c in running_clocks(s, cal, as_of, settings)
            if c.deadline.due is not None and c.deadline.due < as_of
        )


def test_overdue_as_of_is_every_running_clock_past_due(db: Database) -> None:
    """`overdue_as_of` reads only the cases that can be overdue (a lower bound on every due
    date, in SQL) and shares the clocks' results between cases: neither may change a row."""
    generate_demo_data(db, cases=1500, seed=11)
    set_clock_rule(db, "award", Rule.WORKING_DAYS)  # the bound holds under either rule
    days = [ANCHOR - dt.timedelta(days=n) for n in (0, 1, 2, 3, 4, 5, 6, 7, 9, 16, 45, 46, 61)]
    days += [D(2021, 1, 1) + dt.timedelta(days=n) for n in range(3, 2100, 97)]
    for as_of in days:
        expected = _past_due_running_clocks(db, as_of)
        items = overdue_as_of(db, as_of)
        assert [(i.due, i.case_number, i.clock) for i in items] == expected, as_of
        assert all(i.days_overdue == (as_of - i.due).days for i in items)
    assert any(overdue_as_of(db, day) for day in days)
    rows = overdue_cases(db, ANCHOR)
    with db.transaction() as s:
        owners = {
            number: (kind, name)
            for number, kind, name in s.execute(
                select(Case.number, Case.kind, Staff.name).outerjoin(
                    Staff, Case.handler_id == Staff.id
                )
            )
        }
    assert rows and all(owners[r.item.case_number] == (r.kind, r.handler) for r in rows)


def test_a_clock_is_overdue_the_day_after_its_earliest_possible_due_date(
    db: Database, tmp_path: Path
) -> None:
    """Received on Sunday 1 March 2026: the 5 working days are Mon 2 – Fri 6, so the
    acceptance clock ends exactly 5 days after receipt, the earliest any clock can end."""
    rows = [base_row("仲-周日收件", **{col.RECEIVED_ON: "2026-03-01", col.ACCEPTED_ON: ""})]
    import_ledger(db, write_ledger(tmp_path / "l.csv", rows))
    assert overdue_as_of(db, D(2026, 3, 6)) == []
    items = overdue_as_of(db, D(2026, 3, 7))
    assert [(i.case_number, i.clock, i.due, i.days_overdue) for i in items] == [
        ("仲-周日收件", "acceptance", D(2026, 3, 6), 1)
    ]
