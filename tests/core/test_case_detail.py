"""案件详情: one case's whole story, read through the services (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.doc_cases import DocCases, make_doc_cases
from tests.helpers import fingerprint
from xinxiang_arbitration.case_detail import (
    ACTIONS,
    STAGE_ACTIONS,
    CaseDetail,
    ClockLine,
    case_detail,
    case_id_by_number,
    summarise,
)
from xinxiang_arbitration.cases import life as life
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.domain import CaseKind, CaseStatus, ClosureMode, DisputeType
from xinxiang_arbitration.errors import CaseNotFound
from xinxiang_arbitration.storage.db import Database

D = dt.date
TODAY = D(2026, 11, 20)
RECEIVED = D(2026, 11, 16)


@pytest.fixture
def cases(db: Database) -> DocCases:
    return make_doc_cases(db)


def detail(db: Database, number: str, today: dt.date = TODAY) -> CaseDetail:
    return case_detail(db, case_id_by_number(db, number), today=today)


def clock(d: CaseDetail, code: str) -> ClockLine:
    return next(c for c in d.clocks if c.code == code)


def new_case(db: Database, kind: CaseKind, received: dt.date = RECEIVED) -> str:
    return create_case(
        db,
        NewCase(
            kind=kind,
            applicant="李雷",
            respondent="新乡市平原纺织有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=received,
            mediation_org="仲裁院调解中心" if kind is CaseKind.MEDIATION else None,
        ),
        actor="测试",
    ).number


def test_header_parties_agents_and_claims(db: Database, cases: DocCases) -> None:
    d = detail(db, cases.arbitration)
    h = d.header
    assert (h.number, h.kind, h.status, h.status_label) == (
        cases.arbitration,
        CaseKind.ARBITRATION,
        CaseStatus.ACCEPTED,
        "已受理",
    )
    assert (h.handler, h.received_on, h.accepted_on, h.closed_on) == (
        "王芳",
        D(2026, 11, 2),
        D(2026, 11, 4),
        None,
    )
    assert h.claim_amount == Decimal("20345.60") and h.final_award is False
    assert h.dispute_types == ("劳动报酬",) and not h.collective
    applicant, respondent = d.parties
    assert (applicant.side_label, applicant.name, applicant.kind_label) == (
        "申请人",
        "张伟",
        "自然人",
    )
    assert (applicant.sex, applicant.birth_date) == ("女", D(1949, 12, 31))
    assert applicant.id_number == "11010519491231002X"
    assert (respondent.name, respondent.legal_representative) == ("新乡市红旗机械有限公司", "赵强")
    assert [(a.side_label, a.name, a.organisation) for a in d.agents] == [
        ("被申请人", "钱律", "河南牧野律师事务所")
    ]
    assert [(c.no, c.category_label, c.amount) for c in d.claims] == [
        (1, "劳动报酬", Decimal("12345.60")),
        (2, "经济补偿", Decimal("8000.00")),
    ]


def test_tribunal_hearings_texts_awards_and_sessions(db: Database, cases: DocCases) -> None:
    d = detail(db, cases.arbitration)
    assert [(s.seat_label, s.name) for s in d.tribunal] == [
        ("首席仲裁员", "孙晶"),
        ("仲裁员", "姚瑶"),
        ("仲裁员", "田博"),
        ("书记员", "李明"),
    ]
    assert [(h.held_on, h.room, h.status_label) for h in d.hearings] == [
        (D(2026, 12, 3), "第一仲裁庭", "已排期")
    ]
    assert d.texts[0].label == "事实与理由（申请书）" and "拖欠工资" in d.texts[0].body
    assert [(a.no, a.amount, a.pay_within_days) for a in d.award_items] == [
        (1, Decimal("12345.60"), 15),
        (2, None, None),
    ]
    assert [(s.kind_label, s.started_on, s.ended_on, s.days) for s in d.suspensions] == [
        ("中止", D(2026, 11, 10), D(2026, 11, 12), 2)
    ]
    mediation = detail(db, cases.mediation)
    assert [(s.no, s.mediator, s.result_label) for s in mediation.sessions] == [
        (1, "王芳", "达成协议")
    ]
    assert mediation.header.mediation_org == "仲裁院调解中心"


def test_timeline_lists_every_event_in_order_with_labels(db: Database, cases: DocCases) -> None:
    d = detail(db, cases.arbitration)
    actions = [e.action_label for e in d.timeline]
    assert actions[:4] == ["收件登记", "受理", "组成仲裁庭", "安排开庭"]
    assert actions[-3:] == ["中止", "恢复审理", "一裁终局认定"]
    accept = d.timeline[1]
    assert (accept.occurred_on, accept.from_label, accept.to_label, accept.actor) == (
        D(2026, 11, 4),
        "收件",
        "已受理",
        "王芳",
    )
    suspend = d.timeline[-3]
    assert suspend.summary == "中止：等待工伤认定结论；批准人：主任"
    assert (suspend.from_label, suspend.to_label) == ("已受理", "中止")
    assert d.timeline[3].summary == "第一仲裁庭，09:30 开庭"
    assert d.timeline[2].summary == "首席仲裁员 孙晶、仲裁员 姚瑶、田博、书记员 李明"
    assert all(e.recorded_at.tzinfo is not None for e in d.timeline)
    stamps = [e.recorded_at for e in d.timeline]
    assert stamps == sorted(stamps)
    inspection = detail(db, cases.inspection)
    assert [e.action_label for e in inspection.timeline][:2] == ["收件登记", "立案"]


def test_acceptance_clock_law_art_29_is_met_five_working_days(
    db: Database, cases: DocCases
) -> None:
    """Law Art. 29: received Mon 2 Nov 2026, 5 working days → Mon 9 Nov; accepted on 4 Nov."""
    c = clock(detail(db, cases.arbitration), "acceptance")
    assert (c.due, c.done_on, c.running, c.days_left) == (
        D(2026, 11, 9),
        D(2026, 11, 4),
        False,
        None,
    )
    assert not c.met_late
    assert "自收件（2026-11-02）次日起算" in c.explanation and "第二十九条" in c.explanation


def test_award_clock_law_art_43_excludes_the_suspension_rules_art_46(
    db: Database, cases: DocCases
) -> None:
    """Law Art. 43, Rules Art. 46: accepted 4 Nov + 45 days + 2 suspended days → Mon 21 Dec."""
    c = clock(detail(db, cases.arbitration), "award")
    assert (c.due, c.running, c.stopped) == (D(2026, 12, 21), True, False)
    assert (c.days_left, c.working_days_left) == (31, 21)
    assert "扣除 2 日（中止 2026-11-10至2026-11-12）" in c.explanation
    assert "届满日 2026-12-21" in c.explanation and "第四十三条" in c.explanation


def test_hearing_notice_law_art_35_five_working_days_before(db: Database, cases: DocCases) -> None:
    """Law Art. 35: hearing Thu 3 Dec 2026 → the notice is served by Thu 26 Nov."""
    c = clock(detail(db, cases.arbitration), "hearing_notice")
    assert (c.due, c.running, c.days_left, c.working_days_left) == (D(2026, 11, 26), True, 6, 4)
    assert "2026-12-03" in c.name


def test_mediation_clock_law_art_14_counts_down_and_goes_overdue(
    db: Database, cases: DocCases
) -> None:
    """Law Art. 14: received Mon 9 Nov + 15 days → Tue 24 Nov."""
    c = clock(detail(db, cases.mediation), "mediation")
    assert (c.due, c.days_left, c.working_days_left, c.overdue) == (D(2026, 11, 24), 4, 2, False)
    late = clock(detail(db, cases.mediation, today=D(2026, 11, 26)), "mediation")
    assert (late.days_left, late.working_days_left, late.overdue) == (-2, -2, True)


def test_mediation_clock_rolls_past_national_day_and_names_the_holidays(db: Database) -> None:
    """Law Art. 14 and Rules Art. 19: 20 Sep + 15 = 5 Oct, a holiday → Thu 8 Oct 2026."""
    make_doc_cases(db)
    number = new_case(db, CaseKind.MEDIATION, received=D(2026, 9, 20))
    c = clock(detail(db, number, today=D(2026, 9, 30)), "mediation")
    assert c.due == D(2026, 10, 8)
    assert "期间经过节假日" in c.explanation and "国庆" in c.explanation


def test_a_suspended_award_clock_stops(db: Database, cases: DocCases) -> None:
    life.suspend(db, cases.arbitration, D(2026, 11, 18), reason="鉴定", approver="主任", actor="t")
    c = clock(detail(db, cases.arbitration), "award")
    assert (c.stopped, c.running, c.due, c.days_left) == (True, False, None, None)
    assert "案件中止中，期限停止计算" in c.explanation


def test_closed_case_clocks_are_done(db: Database, cases: DocCases) -> None:
    life.close(db, cases.arbitration, D(2026, 11, 19), mode=ClosureMode.AWARD, actor="t")
    d = detail(db, cases.arbitration)
    assert not any(c.running for c in d.clocks)
    assert clock(d, "award").done_on == D(2026, 11, 19)
    assert d.header.closure_label == "裁决"


def test_allowed_actions_follow_the_stage(db: Database, cases: DocCases) -> None:
    number = new_case(db, CaseKind.ARBITRATION)
    stage = {
        a
        for a in detail(db, number).allowed_actions  # received
        if a in STAGE_ACTIONS
    }
    assert stage == {"accept", "refuse"}
    life.accept(db, number, D(2026, 11, 17), actor="t")
    accepted = detail(db, number)
    assert {"suspend", "extend", "close", "schedule_hearing"} <= set(accepted.allowed_actions)
    assert not {"accept", "refuse", "resume", "transfer"} & set(accepted.allowed_actions)
    assert accepted.why_not("resume") == "案件没有中止，无需恢复"
    life.suspend(db, number, D(2026, 11, 18), reason="鉴定", approver="主任", actor="t")
    suspended = detail(db, number)
    assert "resume" in suspended.allowed_actions
    assert not {"accept", "suspend", "close"} & set(suspended.allowed_actions)
    assert suspended.why_not("close") == "案件中止中，须先恢复审理才能结案"
    life.resume(db, number, D(2026, 11, 19), actor="t")
    life.close(db, number, D(2026, 11, 19), mode=ClosureMode.WITHDRAWN, actor="t")
    closed = detail(db, number)
    assert not set(STAGE_ACTIONS) & set(closed.allowed_actions)
    assert "schedule_hearing" not in closed.allowed_actions
    assert {a for a, _reason in closed.blocked} | set(closed.allowed_actions) == set(ACTIONS)


def test_refused_and_mediation_cases(db: Database, cases: DocCases) -> None:
    number = new_case(db, CaseKind.ARBITRATION)
    life.refuse(db, number, D(2026, 11, 18), reason="不属于受理范围", actor="t")
    refused = detail(db, number)
    assert not set(STAGE_ACTIONS) & set(refused.allowed_actions)
    assert clock(refused, "acceptance").done_on == D(2026, 11, 18)
    assert refused.timeline[-1].summary == "理由：不属于受理范围"
    mediation = detail(db, cases.mediation)
    assert {a for a in mediation.allowed_actions if a in STAGE_ACTIONS} == {
        "accept",
        "close",
        "transfer",
    }
    assert mediation.why_not("suspend") == "只有仲裁案件可以中止"


def test_transfer_shows_on_both_cases(db: Database, cases: DocCases) -> None:
    new = life.transfer_to_arbitration(db, cases.mediation, D(2026, 11, 20), actor="t").number
    mediation = detail(db, cases.mediation)
    assert mediation.header.linked == (("转入仲裁", new),)
    assert "transfer" not in mediation.allowed_actions
    assert mediation.timeline[-1].summary == f"转为仲裁案件 {new}"
    arbitration = detail(db, new)
    assert arbitration.timeline[0].summary == f"由调解案件 {cases.mediation} 转入"
    assert {"accept", "refuse"} <= set(arbitration.allowed_actions)


def test_reading_the_detail_changes_nothing(db: Database, cases: DocCases) -> None:
    """The actions are tried on transactions that are rolled back: nothing stays behind."""
    before = fingerprint(db)
    for number in (cases.arbitration, cases.mediation, cases.inspection):
        detail(db, number)
    assert fingerprint(db) == before


def test_documents_are_listed(db: Database, cases: DocCases) -> None:
    from xinxiang_arbitration.documents.making import make_document

    make_document(db, cases.arbitration, "受理通知书", actor="王芳", today=TODAY)
    d = detail(db, cases.arbitration)
    assert [(doc.title, doc.made_by) for doc in d.documents] == [("受理通知书", "王芳")]
    assert d.timeline[-1].summary.startswith("《受理通知书》")


def test_unknown_case(db: Database) -> None:
    with pytest.raises(CaseNotFound):
        case_id_by_number(db, "新劳人仲案字〔2026〕第999号")
    with pytest.raises(CaseNotFound):
        case_detail(db, 999_999)


def test_summaries_of_unusual_changes() -> None:
    assert summarise("accept", None) == ""
    assert summarise("close", {"mode": "mediated"}) == "结案方式：调解"
    assert summarise("something-new", {"a": 1}) == "a：1"
    assert summarise("suspend", {"weird": True}).startswith("中止")
    assert len(summarise("other", {"x": "很长" * 200})) == 120
