"""The case file's editors under the one text policy, and resident IDs that explain
themselves (issue 16), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.doc_cases import make_doc_cases
from tests.helpers import fingerprint
from xinxiang_arbitration import proceedings as pr
from xinxiang_arbitration.case_detail import case_detail, case_id_by_number
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.proceedings import materials as cm
from xinxiang_arbitration.storage.db import Database


def _applicant(db: Database, number: str) -> tuple[str | None, dt.date | None, str | None]:
    party = case_detail(db, case_id_by_number(db, number)).parties[0]
    return party.sex, party.birth_date, party.phone


def test_a_sex_or_birth_date_the_resident_id_contradicts_is_refused(db: Database) -> None:
    number = make_doc_cases(db).arbitration  # 张伟, ID 11010519491231002X: 1949-12-31, 女
    before = fingerprint(db)
    with pytest.raises(InvalidInput) as refused:
        cm.set_party_details(db, number, "applicant", sex="男", actor="王芳")
    assert refused.value.message == (
        "性别与身份证号不符：张伟 的身份证号 11010519491231002X 载明性别为女"
    )
    with pytest.raises(InvalidInput) as refused:
        cm.set_party_details(db, number, "applicant", birth_date=dt.date(1950, 1, 1), actor="王芳")
    assert refused.value.message == (
        "出生日期与身份证号不符：张伟 的身份证号 11010519491231002X "
        "载明出生日期为 1949-12-31，不是 1950-01-01"
    )
    assert fingerprint(db) == before


def test_the_id_fills_in_the_sex_and_birth_date_and_phones_are_read_as_digits(
    db: Database,
) -> None:
    number = make_doc_cases(db).arbitration
    cm.set_party_details(db, number, "applicant", phone="１３９０３７３０００１", actor="王芳")
    assert _applicant(db, number) == ("女", dt.date(1949, 12, 31), "13903730001")


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda db, n: cm.set_text(db, n, "facts", "事实\x00", actor="王芳"),
            "含有空字符 NUL（U+0000）（第 3 个字符）",
        ),
        (
            lambda db, n: cm.add_agent(
                db, n, side="applicant", name="周" * 101, role="律师", actor="王芳"
            ),
            "代理人：过长：101 个字，最多 100 个字",
        ),
        (
            lambda db, n: cm.set_party_details(
                db, n, "applicant", address="新乡\n红旗区", actor="王芳"
            ),
            "住所：不能包含换行（第 3 个字符）",
        ),
        (
            lambda db, n: cm.set_award_items(
                db, n, [cm.AwardItemInput("支付\x1f工资")], actor="王芳"
            ),
            "第 1 项内容：含有不可见的控制字符（U+001F）（第 3 个字符）",
        ),
    ],
)
def test_hostile_text_is_refused_by_field_and_nothing_is_stored(
    db: Database, edit: object, expected: str
) -> None:
    number = make_doc_cases(db).arbitration
    before = fingerprint(db)
    with pytest.raises(InvalidInput) as refused:
        edit(db, number)  # type: ignore[operator]
    assert expected in refused.value.message
    assert fingerprint(db) == before


def test_pasted_text_is_kept_with_its_line_breaks_normalised(db: Database) -> None:
    number = make_doc_cases(db).arbitration
    cm.set_text(db, number, "facts", "第一段\r\n第二段\x0b第三段", actor="王芳")
    cm.set_award_items(db, number, [cm.AwardItemInput("支付工资\u2028一万元")], actor="王芳")
    detail = case_detail(db, case_id_by_number(db, number))
    assert [t.body for t in detail.texts if t.name == "facts"] == ["第一段\n第二段\n第三段"]
    assert [a.text for a in detail.award_items] == ["支付工资\n一万元"]


def test_hearings_and_mediation_sessions_follow_the_same_policy(db: Database) -> None:
    cases = make_doc_cases(db)
    before = fingerprint(db)
    with pytest.raises(InvalidInput, match="开庭地点：含有空字符 NUL"):
        pr.schedule_hearing(
            db, cases.arbitration, on=dt.date(2026, 12, 10), starts_at=dt.time(9),
            ends_at=dt.time(10), room="第一\x00仲裁庭", actor="王芳", today=dt.date(2026, 11, 20),
        )  # fmt: skip
    with pytest.raises(InvalidInput, match="参加人员：过长：5001 个字，最多 5000 个字"):
        pr.log_mediation_session(
            db, cases.mediation, on=dt.date(2026, 11, 20), result="continue",
            attendees="人" * 5001, actor="王芳",
        )  # fmt: skip
    assert fingerprint(db) == before
