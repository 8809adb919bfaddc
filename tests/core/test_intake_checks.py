"""The intake form's checks: create_case's own rules, said per field, as the form is typed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.cases.intake_checks import (
    check_claim,
    field_problems,
    intake_choices,
    limitation_warning,
)
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import MediationOrg, Staff
from xinxiang_arbitration.storage.db import Database

D = dt.date
TODAY = D(2026, 11, 25)
GOOD = NewCase(
    kind=CaseKind.ARBITRATION,
    applicant="张伟",
    respondent="新乡市红旗机械有限公司",
    dispute_types=[DisputeType.REMUNERATION],
    received_on=D(2026, 11, 20),
    applicant_id_number="11010519491231002X",
    credit_code="91410700MA44XQ8F1T",
)


def test_a_complete_case_has_no_problems() -> None:
    assert field_problems(GOOD, today=TODAY) == {}


def test_a_wrong_id_check_digit_is_the_id_fields_problem_with_the_parsers_reason() -> None:
    """GB 11643: the 18th character is a check digit; the parser says what it should be."""
    new = dataclasses.replace(GOOD, applicant_id_number="110105194912310021")
    assert field_problems(new, today=TODAY) == {
        "applicant_id_number": "校验码错误（110105194912310021，末位应为 X）"
    }


def test_a_wrong_credit_code_check_character_is_flagged() -> None:
    """GB 32100: the 18th character of 统一社会信用代码 is a check character."""
    new = dataclasses.replace(GOOD, credit_code="91410700MA44XQ8F1X")
    assert field_problems(new, today=TODAY) == {
        "credit_code": "校验码错误（91410700MA44XQ8F1X，末位应为 T）"
    }


def test_required_fields_and_the_mediation_organisation() -> None:
    new = dataclasses.replace(
        GOOD, kind=CaseKind.MEDIATION, applicant=" ", respondent="", dispute_types=[]
    )
    assert field_problems(new, today=TODAY) == {
        "applicant": "必填",
        "respondent": "必填",
        "dispute_types": "至少选择一项",
        "mediation_org": "调解案件必须填写",
    }


def test_dates_out_of_order() -> None:
    new = dataclasses.replace(GOOD, received_on=D(2026, 11, 26), known_on=D(2026, 11, 27))
    problems = field_problems(new, today=TODAY)
    assert problems["received_on"] == "不能晚于今天（2026-11-26 > 2026-11-25）"
    assert problems["known_on"].startswith("晚于收件日期")


def test_every_problem_create_case_raises_is_placed_on_a_field() -> None:
    new = dataclasses.replace(
        GOOD,
        kind=CaseKind.MEDIATION,
        applicant="",
        respondent="",
        dispute_types=[],
        headcount=0,
        applicant_id_number="1",
        credit_code="1",
        known_on=D(2027, 1, 1),
        employment_ended_on=D(2027, 1, 1),
    )
    problems = field_problems(new, today=TODAY)
    assert "form" not in problems
    assert len(problems) == 9


@pytest.mark.parametrize(
    ("description", "amount", "expected", "problem"),
    [
        ("工资", "12,345.60", Decimal("12345.60"), None),
        ("工资", "¥8000", Decimal("8000.00"), None),
        ("工资", "", None, None),
        ("", "", None, None),
        ("工资", "1.234", None, "金额最多两位小数（1.234）"),
        ("工资", "12,34", None, "金额无法识别的金额（12,34）"),
        ("工资", "-5", None, "金额不能为负数（-5）"),
        ("", "100", Decimal("100.00"), "请填写请求内容"),
    ],
)
def test_a_claim_row(
    description: str, amount: str, expected: Decimal | None, problem: str | None
) -> None:
    check = check_claim(description, amount)
    assert (check.amount, check.problem) == (expected, problem)


def test_the_live_limitation_warning_is_the_one_create_case_gives(db: Database) -> None:
    """The Law Art. 27: one year from when the applicant knew of the infringement."""
    calendar = intake_choices(db).calendar
    old = dataclasses.replace(GOOD, known_on=D(2025, 6, 30))
    warning = limitation_warning(calendar, old)
    assert warning is not None and "2026-06-30 届满" in warning
    assert create_case(db, old, actor="测试").warnings == [warning]
    assert limitation_warning(calendar, dataclasses.replace(old, known_on=D(2026, 1, 5))) is None
    assert limitation_warning(calendar, dataclasses.replace(old, kind=CaseKind.INSPECTION)) is None
    during_employment = dataclasses.replace(old, wage_claim=True)
    assert limitation_warning(calendar, during_employment) is None


def test_the_form_refused_by_create_case_is_refused_by_the_checks_too(db: Database) -> None:
    bad = dataclasses.replace(GOOD, applicant_id_number="110105194912310021")
    assert field_problems(bad, today=TODAY)
    with pytest.raises(InvalidInput, match="校验码错误"):
        create_case(db, bad, actor="测试")


def test_the_choices_list_active_staff_and_organisations(db: Database) -> None:
    with db.transaction() as session:
        session.add_all([Staff(name="王芳"), Staff(name="李明", active=False)])
        session.add_all(
            [
                MediationOrg(name="仲裁院调解中心"),
                MediationOrg(name="已撤销调解委员会", active=False),
            ]
        )
    choices = intake_choices(db)
    assert choices.staff == ["王芳"]
    assert "仲裁院调解中心" in choices.mediation_orgs  # beside the organisations the app ships
    assert "已撤销调解委员会" not in choices.mediation_orgs
    assert choices.calendar.covers(TODAY)
