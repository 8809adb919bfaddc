"""Indicators 27–29 with hand-computed expectations (shared/domain/statistics.md)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.helpers import base_row, write_ledger
from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.ledger.importing import import_ledger
from xinxiang_arbitration.statistics.indicators import Period, indicator_case_numbers, indicators
from xinxiang_arbitration.storage.db import Database

MARCH = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def _arb(
    number: str, accepted: str, closed: str = "", mode: str = "", **more: str
) -> dict[str, object]:
    return base_row(
        number,
        **{
            col.RECEIVED_ON: "2025-12-01",
            col.ACCEPTED_ON: accepted,
            col.CLOSED_ON: closed,
            col.CLOSURE_MODE: mode,
            **more,
        },
    )


def _med(number: str, closed: str, mode: str) -> dict[str, object]:
    return base_row(
        number,
        **{
            col.KIND: "调解",
            col.MEDIATION_ORG: "仲裁院调解中心",
            col.RECEIVED_ON: "2026-02-20",
            col.ACCEPTED_ON: "",
            col.CLOSED_ON: closed,
            col.CLOSURE_MODE: mode,
        },
    )


def _insp(
    number: str, accepted: str, closed: str = "", mode: str = "", **more: str
) -> dict[str, object]:
    return base_row(
        number,
        **{
            col.KIND: "监察",
            col.RECEIVED_ON: "2025-11-20",
            col.ACCEPTED_ON: accepted,
            col.CLOSED_ON: closed,
            col.CLOSURE_MODE: mode,
            **more,
        },
    )


ROWS = [
    _arb("A", "2026-02-10", "2026-03-15", "裁决"),  # accepted before, closed inside: 28 num, 27 den
    _arb("B", "2026-03-05", "2026-03-31", "调解"),  # closed on the last day by 调解: 27 num, 28 num
    _arb("C", "", **{col.REFUSED: "是"}),  # refused: outside every denominator
    _med("D", "2026-03-10", "调解不成"),  # 27 denominator only
    _med("E", "2026-03-20", "调解成功"),  # 27 numerator
    _med("M", "2026-03-01", "调解成功"),  # closed on the first day: 27 numerator
    _arb("F", "2026-01-10", "2026-02-20", "撤回"),  # closed before the period: not counted
    _arb("G", "2026-03-10"),  # accepted inside, open: 28 denominator
    _arb("H", "2026-04-02"),  # accepted after: not counted
    _arb("I", "2026-02-01", "2026-04-01", "裁决"),  # open at the start, closed after: 28 den
    _insp("J", "2026-02-15"),  # open at the start: 29 denominator
    _insp("K", "2026-03-02", "2026-03-30", "责令改正"),  # 29 numerator
    _insp("L", "", **{col.REFUSED: "是"}),  # 不予立案: outside
    _insp("P", "2025-12-01", "2026-03-31", "行政处罚"),  # 29 numerator
]


@pytest.fixture
def ledger_db(db: Database, tmp_path: Path) -> Database:
    import_ledger(db, write_ledger(tmp_path / "stats.csv", ROWS))
    return db


def test_hand_computed_indicators(ledger_db: Database) -> None:
    figures = {f.id: f for f in indicators(ledger_db, MARCH, actor="测试")}
    assert (figures[27].numerator, figures[27].denominator) == (3, 5)  # B, E, M / A, B, D, E, M
    assert (figures[28].numerator, figures[28].denominator) == (2, 4)  # A, B / A, B, G, I
    assert (figures[29].numerator, figures[29].denominator) == (2, 3)  # K, P / J, K, P
    assert str(figures[27].rate) == "60.0" and figures[27].met is False  # exactly 60 is not > 60
    assert str(figures[29].rate) == "66.7"  # 66.666… rounded half-up


def test_drill_down_lists_the_cases_behind_each_figure(ledger_db: Database) -> None:
    assert indicator_case_numbers(ledger_db, 27, MARCH, "numerator") == ["B", "E", "M"]
    assert indicator_case_numbers(ledger_db, 27, MARCH, "denominator") == ["A", "B", "D", "E", "M"]
    assert indicator_case_numbers(ledger_db, 28, MARCH, "numerator") == ["A", "B"]
    assert indicator_case_numbers(ledger_db, 28, MARCH, "denominator") == ["A", "B", "G", "I"]
    assert indicator_case_numbers(ledger_db, 29, MARCH, "denominator") == ["J", "K", "P"]
    with pytest.raises(InvalidInput):
        indicator_case_numbers(ledger_db, 30, MARCH, "numerator")


def test_stats_json_is_exactly_the_contract(
    ledger_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    url = ledger_db.url.render_as_string(hide_password=False)
    assert (
        cli.main(
            ["--db", url, "stats", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "json"]
        )
        == 0
    )
    # the same literal on SQLite and PostgreSQL: both dialects give identical JSON
    assert json.loads(capsys.readouterr().out) == {
        "from": "2026-03-01",
        "to": "2026-03-31",
        "indicators": [
            {
                "id": 27,
                "name": "劳动人事争议调解成功率",
                "numerator": 3,
                "denominator": 5,
                "rate": 60.0,
                "target": 60.0,
                "met": False,
            },
            {
                "id": 28,
                "name": "劳动人事争议仲裁结案率",
                "numerator": 2,
                "denominator": 4,
                "rate": 50.0,
                "target": 90.0,
                "met": False,
            },
            {
                "id": 29,
                "name": "劳动保障监察举报投诉案件结案率",
                "numerator": 2,
                "denominator": 3,
                "rate": 66.7,
                "target": 98.0,
                "met": False,
            },
        ],
    }


def test_a_period_before_any_case_has_no_rate(
    ledger_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    url = ledger_db.url.render_as_string(hide_password=False)
    assert (
        cli.main(
            ["--db", url, "stats", "--from", "2020-01-01", "--to", "2020-01-31", "--format", "json"]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert [(i["denominator"], i["rate"], i["met"]) for i in out["indicators"]] == [
        (0, None, None)
    ] * 3
    assert cli.main(["--db", url, "stats", "--from", "2020-01-01", "--to", "2020-01-31"]) == 0
    assert "0/0 = —" in capsys.readouterr().out


def test_bad_periods_are_one_line(ledger_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    url = ledger_db.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "stats", "--from", "2026-03-31", "--to", "2026-03-01"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    with pytest.raises(SystemExit):
        cli.main(["--db", url, "stats", "--from", "2026-3-1", "--to", "2026-03-31"])


def test_breakdowns_for_march(ledger_db: Database) -> None:
    from decimal import Decimal

    from xinxiang_arbitration.domain import CaseKind, ClosureMode
    from xinxiang_arbitration.statistics import breakdowns as b

    modes = {(m.kind, m.mode): (m.count, m.share) for m in b.closure_modes(ledger_db, MARCH)}
    assert modes[(CaseKind.ARBITRATION, ClosureMode.AWARD)] == (1, Decimal("50.0"))
    assert modes[(CaseKind.ARBITRATION, ClosureMode.WITHDRAWN)] == (0, Decimal("0.0"))
    assert modes[(CaseKind.MEDIATION, ClosureMode.AGREEMENT)] == (2, Decimal("66.7"))
    assert modes[(CaseKind.MEDIATION, ClosureMode.NO_AGREEMENT)] == (1, Decimal("33.3"))

    people = [
        (r.person, r.kind, r.received, r.closed, r.open_at_end)
        for r in b.by_person(ledger_db, MARCH)
    ]
    assert people == [
        ("李明", CaseKind.ARBITRATION, 0, 2, 3),  # A, B closed; G, H (not yet accepted), I open
        ("李明", CaseKind.INSPECTION, 0, 2, 1),  # K, P closed; J open; L refused
        ("李明", CaseKind.MEDIATION, 0, 3, 0),
    ]
    orgs = b.by_mediation_org(ledger_db, MARCH)
    assert [(o.organisation, o.closed, o.agreements, o.rate) for o in orgs] == [
        ("仲裁院调解中心", 3, 2, Decimal("66.7"))
    ]
    durations = {
        d.kind: (d.closed, d.average_days, d.median_days) for d in b.days_to_close(ledger_db, MARCH)
    }
    assert durations[CaseKind.ARBITRATION] == (
        2,
        Decimal("29.5"),
        Decimal("29.5"),
    )  # 33 and 26 days
    assert durations[CaseKind.MEDIATION] == (3, Decimal("18.3"), Decimal("18"))  # 18, 28, 9 days
    assert durations[CaseKind.INSPECTION] == (2, Decimal("74.0"), Decimal("74"))  # 28 and 120 days
    ages = {(a.kind, a.band): a.count for a in b.open_age_bands(ledger_db, MARCH.end)}
    assert ages[(CaseKind.ARBITRATION, "16–45 天")] == 1  # G, accepted Mar 10
    assert ages[(CaseKind.ARBITRATION, "46–60 天")] == 1  # I, accepted Feb 1
    assert ages[(CaseKind.INSPECTION, "16–45 天")] == 1  # J, 立案 Feb 15
    disputes = {(d.label, d.kind): d.closed for d in b.by_dispute_type(ledger_db, MARCH)}
    assert disputes[("劳动报酬", CaseKind.MEDIATION)] == 3
    assert disputes[("经济补偿赔偿金", CaseKind.ARBITRATION)] == 2
    scale = {(r.label, r.kind): r.closed for r in b.by_scale(ledger_db, MARCH)}
    assert scale == {
        ("个人争议", CaseKind.MEDIATION): 3,
        ("个人争议", CaseKind.ARBITRATION): 2,
        ("个人争议", CaseKind.INSPECTION): 2,
    }
    two_years = Period(dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    amounts = {a.kind: (a.cases, a.claimed) for a in b.claimed_amounts(ledger_db, two_years)}
    assert amounts[CaseKind.ARBITRATION] == (7, Decimal("86419.20"))  # 7 × 12,345.60
    assert amounts[CaseKind.INSPECTION] == (4, Decimal("49382.40"))
    months = {(r.year, r.month): r for r in b.by_month(ledger_db, 2026, through_month=3)}
    assert months[(2026, 3)].numerators == (3, 2, 2)
    assert months[(2026, 3)].denominators == (5, 4, 3)
    assert months[(2025, 3)].denominators == (0, 0, 0)
