"""The life of a case: allowed actions, refused ones with their reasons, and their events."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers import base_row, fingerprint, write_ledger
from xinxiang_arbitration.cases import life as life
from xinxiang_arbitration.cases.final_award import (
    Claim,
    ClaimCategory,
    Suggestion,
    suggest_final_award,
)
from xinxiang_arbitration.clocks.due import overdue_as_of
from xinxiang_arbitration.clocks.limitation import check_limitation
from xinxiang_arbitration.clocks.store import load_calendar
from xinxiang_arbitration.domain import CaseStatus, ClosureMode
from xinxiang_arbitration.errors import CaseNotFound, InvalidTransition
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.ledger.importing import import_ledger
from xinxiang_arbitration.models import Case, CaseEvent
from xinxiang_arbitration.storage.db import Database

D = dt.date
ARB = "新劳人仲案字〔2026〕第1号"
MED = "新劳人调字〔2026〕第1号"


@pytest.fixture
def cases(db: Database, tmp_path: Path) -> Database:
    rows = [
        base_row(ARB, **{col.RECEIVED_ON: "2026-01-04", col.ACCEPTED_ON: ""}),
        base_row(
            MED,
            **{
                col.KIND: "调解",
                col.MEDIATION_ORG: "仲裁院调解中心",
                col.HEADCOUNT: "12",
                col.RECEIVED_ON: "2026-02-02",
                col.ACCEPTED_ON: "",
            },
        ),
    ]
    import_ledger(db, write_ledger(tmp_path / "l.csv", rows))
    return db


def _events(db: Database, number: str) -> list[tuple[str, str | None, str | None]]:
    with db.transaction() as s:
        case_id = s.scalars(select(Case.id).where(Case.number == number)).one()
        return [
            (e.action, e.from_status, e.to_status)
            for e in s.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
            )
        ]


def test_full_arbitration_life_with_two_suspensions(cases: Database) -> None:
    db = cases
    assert life.accept(db, ARB, D(2026, 1, 5), actor="李明").status is CaseStatus.ACCEPTED
    life.suspend(db, ARB, D(2026, 1, 10), reason="等待工伤认定", approver="王主任", actor="李明")
    life.resume(db, ARB, D(2026, 1, 20), actor="李明")
    life.suspend(
        db,
        ARB,
        D(2026, 1, 25),
        reason="公告送达",
        approver="王主任",
        actor="李明",
        kind="public_notice",
    )
    life.resume(db, ARB, D(2026, 1, 27), actor="李明")
    state = life.extend(db, ARB, D(2026, 2, 1), approver="王主任", actor="李明")
    assert state.extended
    # 45 + 15 days from Jan 5, plus 12 excluded days: Jan 17 + 60 = Mar 18 (Wed)
    on_mar_20 = [i for i in overdue_as_of(db, D(2026, 3, 20)) if i.case_number == ARB]
    assert [(i.clock, i.due) for i in on_mar_20] == [("award", D(2026, 3, 18))]
    state = life.close(db, ARB, D(2026, 3, 10), mode=ClosureMode.AWARD, actor="李明")
    assert state.status is CaseStatus.CLOSED
    assert [e[0] for e in _events(db, ARB)] == [
        "ledger-import",
        "accept",
        "suspend",
        "resume",
        "suspend",
        "resume",
        "extend",
        "close",
    ]
    assert _events(db, ARB)[2][1:] == ("accepted", "suspended")


def test_restart_after_a_changed_claim(cases: Database) -> None:
    """The Rules Art. 46: the 45 days run again from the acceptance of the changed claim."""
    db = cases
    life.accept(db, ARB, D(2026, 1, 5), actor="李明")
    life.restart_award_clock(db, ARB, D(2026, 2, 2), reason="claim_changed", actor="李明")
    # Feb 2 + 45 = Mar 19 (Thu)
    items = [i for i in overdue_as_of(db, D(2026, 3, 20)) if i.case_number == ARB]
    assert [(i.clock, i.due) for i in items] == [("award", D(2026, 3, 19))]
    # before the restart happened the original limit applied (Feb 24)
    items = [i for i in overdue_as_of(db, D(2026, 2, 1)) if i.case_number == ARB]
    assert items == []
    items = [i for i in overdue_as_of(db, D(2026, 2, 26)) if i.case_number == ARB]
    assert items == []  # by then the restart (Feb 2) had happened


REFUSALS = [
    (
        lambda db: life.close(db, ARB, D(2026, 2, 1), mode=ClosureMode.AWARD, actor="x"),
        "未受理的案件不能结案",
    ),
    (lambda db: life.resume(db, ARB, D(2026, 2, 1), actor="x"), "案件没有中止"),
    (lambda db: life.accept(db, ARB, D(2026, 1, 3), actor="x"), "早于收件日期"),
    (
        lambda db: life.suspend(db, MED, D(2026, 2, 3), reason="r", approver="a", actor="x"),
        "只有仲裁案件可以中止",
    ),
    (
        lambda db: life.close(db, MED, D(2026, 2, 3), mode=ClosureMode.AWARD, actor="x"),
        "调解案件没有“裁决”",
    ),
    (lambda db: life.refuse(db, ARB, D(2026, 1, 5), reason=" ", actor="x"), "请写明不予受理的理由"),
    (lambda db: life.accept(db, "不存在的案号", D(2026, 1, 5), actor="x"), "找不到案件"),
]


@pytest.mark.parametrize(("action", "reason"), REFUSALS)
def test_illegal_actions_are_refused_with_the_reason_and_change_nothing(
    cases: Database, action: object, reason: str
) -> None:
    before = fingerprint(cases)
    with pytest.raises((InvalidTransition, CaseNotFound), match=reason):
        action(cases)  # type: ignore[operator]
    assert fingerprint(cases) == before


def test_extension_twice_and_resumption_before_suspension(cases: Database) -> None:
    db = cases
    life.accept(db, ARB, D(2026, 1, 5), actor="李明")
    life.extend(db, ARB, D(2026, 1, 6), approver="王主任", actor="李明")
    before = fingerprint(db)
    with pytest.raises(InvalidTransition, match="已经延长过一次"):
        life.extend(db, ARB, D(2026, 1, 7), approver="王主任", actor="李明")
    life.suspend(db, ARB, D(2026, 1, 10), reason="r", approver="王主任", actor="李明")
    with pytest.raises(InvalidTransition, match="早于中止日期"):
        life.resume(db, ARB, D(2026, 1, 9), actor="李明")
    with pytest.raises(InvalidTransition, match="须先恢复审理"):
        life.close(db, ARB, D(2026, 1, 12), mode=ClosureMode.AWARD, actor="李明")
    assert before != fingerprint(db)  # the suspension itself was saved


def test_transfer_mediation_to_arbitration_links_both(cases: Database) -> None:
    db = cases
    state = life.transfer_to_arbitration(db, MED, D(2026, 2, 20), actor="调解员")
    assert state.number == "新劳人仲案字〔2026〕第2号"  # the counter was past 第1号 (imported)
    assert state.status is CaseStatus.RECEIVED and state.collective
    assert life.linked_cases(db, MED) == [("转入仲裁", state.number)]
    assert life.linked_cases(db, state.number) == [("由调解转入", MED)]
    with db.transaction() as s:
        med = s.scalars(select(Case).where(Case.number == MED)).one()
        assert med.closure_mode is ClosureMode.NO_AGREEMENT and med.closed_on == D(2026, 2, 20)
        arb = s.scalars(select(Case).where(Case.number == state.number)).one()
        assert arb.applicant_id == med.applicant_id and arb.headcount == 12
        assert [d.dispute_type for d in arb.dispute_types] == [
            d.dispute_type for d in med.dispute_types
        ]
    with pytest.raises(InvalidTransition, match="已经转过仲裁"):
        life.transfer_to_arbitration(db, MED, D(2026, 2, 21), actor="调解员")


def test_final_award_suggestion_law_art_47() -> None:
    wage = Decimal("2000")  # 河南一类 since 2022-01-01: the cap is 24,000 yuan per claim
    final = suggest_final_award(
        [
            Claim(ClaimCategory.REMUNERATION, Decimal("24000")),
            Claim(ClaimCategory.LABOUR_STANDARDS, None),
        ],
        wage,
    )
    assert final.suggestion is Suggestion.FINAL and final.cap == Decimal("24000")
    partly = suggest_final_award(
        [
            Claim(ClaimCategory.REMUNERATION, Decimal("5000")),
            Claim(ClaimCategory.COMPENSATION, Decimal("24000.01")),
        ],
        wage,
    )
    assert partly.suggestion is Suggestion.PARTLY and "超过 24000 元" in partly.reasons[1]
    assert (
        suggest_final_award([Claim(ClaimCategory.OTHER, None)], wage).suggestion
        is Suggestion.NOT_FINAL
    )


def test_limitation_law_art_27(cases: Database) -> None:
    with cases.transaction() as s:
        cal = load_calendar(s)
    # knew on 2024-10-01: the year ends 2025-10-01, a holiday, so Oct 9 (first working day)
    late = check_limitation(cal, applied_on=D(2025, 10, 10), known_on=D(2024, 10, 1))
    assert (
        late.expires_on == D(2025, 10, 9)
        and late.warning is not None
        and "第二十七条" in late.warning
    )
    assert check_limitation(cal, applied_on=D(2025, 10, 9), known_on=D(2024, 10, 1)).ok
    # wages while still employed: not limited; after leaving, a year from the end
    assert check_limitation(
        cal, applied_on=D(2026, 1, 5), known_on=D(2020, 1, 1), wage_claim=True
    ).ok
    after = check_limitation(
        cal,
        applied_on=D(2026, 1, 5),
        known_on=D(2020, 1, 1),
        wage_claim=True,
        employment_ended_on=D(2024, 6, 3),
    )
    assert not after.ok and "劳动关系终止之日" in (after.warning or "")
