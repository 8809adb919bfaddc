"""Intake: checks, the case number assigned on save, collective flag, limitation warning."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.helpers import VALID_CODE, VALID_ID, fingerprint
from xinxiang_arbitration.cases.final_award import ClaimCategory, Suggestion
from xinxiang_arbitration.cases.intake import (
    ClaimInput,
    NewCase,
    create_case,
    final_award_suggestion,
)
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import Case, ClaimItem
from xinxiang_arbitration.storage.db import Database

D = dt.date


def _new(**changes: object) -> NewCase:
    values: dict[str, object] = {
        "kind": CaseKind.ARBITRATION,
        "applicant": "张伟",
        "respondent": "新乡市华兴机械制造有限公司",
        "dispute_types": [DisputeType.REMUNERATION],
        "received_on": D(2026, 11, 2),
        "applicant_id_number": VALID_ID,
        "credit_code": VALID_CODE,
        "claims": [ClaimInput(ClaimCategory.REMUNERATION, "2026年8–10月工资", Decimal("15600.00"))],
    }
    values.update(changes)
    return NewCase(**values)  # type: ignore[arg-type]


def test_numbers_follow_the_pattern_and_restart_each_year(db: Database) -> None:
    first = create_case(db, _new(), actor="书记员")
    second = create_case(db, _new(), actor="书记员")
    next_year = create_case(db, _new(received_on=D(2027, 1, 4)), actor="书记员")
    mediation = create_case(
        db, _new(kind=CaseKind.MEDIATION, mediation_org="仲裁院调解中心"), actor="调解员"
    )
    assert [first.number, second.number, next_year.number, mediation.number] == [
        "新劳人仲案字〔2026〕第1号",
        "新劳人仲案字〔2026〕第2号",
        "新劳人仲案字〔2027〕第1号",
        "新劳人调字〔2026〕第1号",
    ]
    with db.transaction() as s:
        case = s.scalars(select(Case).where(Case.number == first.number)).one()
        assert case.claim_amount == Decimal("15600.00") and case.status == "received"
        assert s.scalar(select(func.count()).select_from(ClaimItem)) == 4
        # the same employer (name and credit code) is one party
        assert len(set(s.scalars(select(Case.respondent_id)).all())) == 1


def test_collective_and_limitation_warnings(db: Database) -> None:
    created = create_case(db, _new(headcount=15, known_on=D(2025, 6, 1)), actor="书记员")
    assert created.collective
    assert any("集体劳动人事争议" in w for w in created.warnings)
    assert any("可能已超过仲裁时效" in w for w in created.warnings)
    in_time = create_case(db, _new(known_on=D(2026, 6, 1)), actor="书记员")
    assert in_time.warnings == []


def test_bad_intake_is_refused_with_every_problem(db: Database) -> None:
    before = fingerprint(db)
    with pytest.raises(InvalidInput) as caught:
        create_case(
            db,
            _new(
                applicant_id_number="110105194912310021",
                credit_code="91110000600037341A",
                applicant=" ",
                known_on=D(2026, 12, 1),
                claims=[ClaimInput(ClaimCategory.REMUNERATION, "x", Decimal("-1"))],
            ),
            actor="书记员",
        )
    lines = caught.value.message.splitlines()
    assert lines == [
        "申请人：必填",
        "申请人证件号：校验码错误（110105194912310021，末位应为 X）",
        "统一社会信用代码：校验码错误（91110000600037341A，末位应为 L）",
        "第 1 项请求：金额不能为负数",
        "知道权利被侵害之日：晚于收件日期 (2026-12-01 > 2026-11-02)",
    ]
    assert fingerprint(db) == before


def test_final_award_suggested_from_claims_and_the_minimum_wage_table(db: Database) -> None:
    small = create_case(db, _new(), actor="书记员")
    big = create_case(
        db,
        _new(
            claims=[
                ClaimInput(ClaimCategory.REMUNERATION, "工资", Decimal("15600")),
                ClaimInput(ClaimCategory.COMPENSATION, "经济补偿", Decimal("30000")),
            ]
        ),
        actor="书记员",
    )
    assert final_award_suggestion(db, small.number, D(2026, 12, 1)).suggestion is Suggestion.FINAL
    partly = final_award_suggestion(db, big.number, D(2026, 12, 1))
    assert partly.suggestion is Suggestion.PARTLY and partly.cap == Decimal("24000.00")
    # under the 2018 notice (1,900 a month) the cap was 22,800
    assert final_award_suggestion(db, small.number, D(2021, 6, 1)).cap == Decimal("22800.00")
    with pytest.raises(InvalidInput, match="最低工资标准表中没有"):
        final_award_suggestion(db, small.number, D(2017, 1, 1))
