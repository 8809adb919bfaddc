"""Intake under the one text policy (issue 16), on SQLite and PostgreSQL: what the ledger
refuses, intake refuses in the same words, and nothing is stored on a refusal."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.core.test_intake import _new
from tests.helpers import VALID_ID, fingerprint
from xinxiang_arbitration.cases.final_award import ClaimCategory
from xinxiang_arbitration.cases.intake import ClaimInput, create_case
from xinxiang_arbitration.cases.intake_checks import field_problems
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import Case, ClaimItem, Party
from xinxiang_arbitration.storage.db import Database


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"applicant": "张\x00伟"}, "申请人：含有空字符 NUL（U+0000）（第 2 个字符）"),
        ({"respondent": "某" * 201}, "被申请人：过长：201 个字，最多 200 个字"),
        ({"respondent": "新乡市\n某公司"}, "被申请人：不能包含换行（第 4 个字符）"),
        ({"notes": "备" * 2001}, "备注：过长：2001 个字，最多 2000 个字"),
        (
            {"claims": [ClaimInput(ClaimCategory.REMUNERATION, "工资\x1b")]},
            "第 1 项请求：含有不可见的控制字符（U+001B）（第 3 个字符）",
        ),
        ({"received_on": dt.date(1900, 1, 1)}, "收件日期：日期超出范围（1900-01-01）"),
        ({"applicant_id_number": "\u0661" * 18}, "申请人证件号：格式错误"),
    ],
)
def test_hostile_values_are_refused_and_nothing_is_stored(
    db: Database, changes: dict[str, object], expected: str
) -> None:
    before = fingerprint(db)
    with pytest.raises(InvalidInput) as refused:
        create_case(db, _new(**changes), actor="书记员")
    assert expected in refused.value.message
    assert fingerprint(db) == before


def test_the_form_marks_the_field_the_policy_refuses() -> None:
    problems = field_problems(_new(notes="a\x07", handler="李" * 101), today=dt.date(2026, 12, 1))
    assert problems["notes"] == "含有不可见的控制字符（U+0007）（第 2 个字符），请删除后重新填写"
    assert problems["handler"] == "过长：101 个字，最多 100 个字"


def test_pasted_text_is_normalised_and_full_width_digits_read(db: Database) -> None:
    wide_id = VALID_ID.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    made = create_case(
        db,
        _new(
            applicant="\u3000张伟 ", notes="第一行\r\n第二行\x0b第三行", applicant_id_number=wide_id
        ),
        actor="书记员",
    )
    with db.transaction(read_only=True) as s:
        case = s.scalars(select(Case).where(Case.number == made.number)).one()
        assert case.notes == "第一行\n第二行\n第三行"
        applicant = s.get(Party, case.applicant_id)
        assert applicant is not None
        assert (applicant.name, applicant.id_number) == ("张伟", VALID_ID)
        assert s.scalars(select(ClaimItem.description)).all() == ["2026年8–10月工资"]
