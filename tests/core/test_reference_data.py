"""Reference data an administrator edits: each change saved with its audit entry, and
bad input refused whole with the reason, nothing saved (on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers import fingerprint
from xinxiang_arbitration.admin.calendar_years import (
    HolidaySpan,
    add_calendar_year,
    calendar_coverage,
    trial_deadline,
)
from xinxiang_arbitration.admin.holidays import import_calendar_file, show_year
from xinxiang_arbitration.admin.office import set_office_settings
from xinxiang_arbitration.admin.organisations import add_org, list_orgs, set_org_active, update_org
from xinxiang_arbitration.admin.patterns import check_pattern, list_patterns, set_pattern
from xinxiang_arbitration.admin.targets import list_targets, set_target
from xinxiang_arbitration.admin.wages import add_wage, list_wages, update_wage
from xinxiang_arbitration.case_detail import case_detail, case_id_by_number
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.errors import ImportRejected, InvalidInput
from xinxiang_arbitration.inputs.files import write_sheet
from xinxiang_arbitration.models import AuditEntry, CalendarDay
from xinxiang_arbitration.storage.db import Database

ADMIN = "管理员甲"
NOTICE_2027 = "国务院办公厅关于2027年部分节假日安排的通知"
SPANS_2027 = [
    HolidaySpan("元旦", dt.date(2027, 1, 1), dt.date(2027, 1, 3)),
    HolidaySpan("春节", dt.date(2027, 2, 6), dt.date(2027, 2, 12)),
    HolidaySpan("春节调休上班", dt.date(2027, 2, 14), dt.date(2027, 2, 14), is_workday=True),
]


def last_action(db: Database) -> str:
    with db.transaction() as s:
        return s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc())).first() or ""


def refused(db: Database, call: object, *args: object, **kwargs: object) -> str:
    """Call, expect a refusal, and check nothing in the database changed; the reason."""
    before = fingerprint(db)
    with pytest.raises(InvalidInput) as caught:
        call(*args, **kwargs)  # type: ignore[operator]
    assert fingerprint(db) == before
    return caught.value.message


# --- minimum wages -----------------------------------------------------------------


def test_add_and_update_a_minimum_wage(db: Database) -> None:
    row = add_wage(
        db, "河南省一类行政区域", "2,300", dt.date(2027, 1, 1), "豫政〔2026〕1号", actor=ADMIN
    )
    assert row.monthly == Decimal("2300.00")
    assert last_action(db) == "minimum_wage_add"
    assert row in list_wages(db)
    changed = update_wage(
        db,
        row.id,
        "河南省一类行政区域",
        "2350.5",
        dt.date(2027, 1, 1),
        "豫政〔2026〕2号",
        actor=ADMIN,
    )
    assert changed.monthly == Decimal("2350.50") and changed.source == "豫政〔2026〕2号"
    assert last_action(db) == "minimum_wage_update"


@pytest.mark.parametrize(
    ("amount", "reason"),
    [("0", "大于 0"), ("-5", "大于 0"), ("abc", "数字"), ("", "请填写"), ("1.005", "两位小数")],
)
def test_a_wage_that_is_not_a_positive_amount_is_refused(
    db: Database, amount: str, reason: str
) -> None:
    message = refused(
        db, add_wage, db, "河南省一类行政区域", amount, dt.date(2027, 1, 1), "x", actor=ADMIN
    )
    assert reason in message


def test_a_second_wage_for_the_same_region_and_day_is_refused(db: Database) -> None:
    wages = list_wages(db)
    first = wages[0]
    message = refused(
        db, add_wage, db, first.region, "9999", first.effective_from, "重复", actor=ADMIN
    )
    assert "已有自" in message
    assert "请填写依据文件" in refused(
        db, add_wage, db, first.region, "9999", dt.date(2030, 1, 1), "  ", actor=ADMIN
    )


# --- targets -----------------------------------------------------------------------


def test_set_a_target_keeps_the_strictly_greater_rule(db: Database) -> None:
    row = set_target(db, 28, "92.5", actor=ADMIN)
    assert row.target == Decimal("92.50")
    assert {t.indicator_id: t.target for t in list_targets(db)}[28] == Decimal("92.50")
    assert last_action(db) == "target_set"
    assert set_target(db, 27, "100%", actor=ADMIN).target == Decimal("100")
    assert set_target(db, 27, "0", actor=ADMIN).target == Decimal("0")


@pytest.mark.parametrize("value", ["120", "-1", "100.01", "九十", ""])
def test_a_target_outside_0_to_100_is_refused(db: Database, value: str) -> None:
    message = refused(db, set_target, db, 28, value, actor=ADMIN)
    assert message


def test_an_unknown_indicator_is_refused(db: Database) -> None:
    assert "第 99 项" in refused(db, set_target, db, 99, "50", actor=ADMIN)


# --- case-number patterns ----------------------------------------------------------


def test_patterns_show_the_next_number(db: Database) -> None:
    today = dt.date(2026, 5, 1)
    rows = {p.kind: p for p in list_patterns(db, today=today)}
    assert rows["arbitration"].example == "新劳人仲案字〔2026〕第1号"
    create_case(
        db,
        NewCase(
            kind=CaseKind.ARBITRATION,
            applicant="张伟",
            respondent="新乡市华兴机械制造有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=dt.date(2026, 4, 30),
        ),
        actor=ADMIN,
    )
    row = set_pattern(db, "arbitration", "新劳人仲字〔{year}〕{n}号", actor=ADMIN, today=today)
    assert row.example == "新劳人仲字〔2026〕2号"
    assert last_action(db) == "case_number_pattern"


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("新劳人仲案字〔{year}〕第号", "缺少 {n}"),
        ("新劳人仲案字第{n}号", "缺少 {year}"),
        ("{year}{n}{n}", "只能出现一次"),
        ("{year}-{n}-{x}", "只能使用"),
        ("〔{year}〕第{n}1号", "紧挨数字"),
        ("", "请填写"),
    ],
)
def test_a_bad_pattern_is_refused(db: Database, pattern: str, reason: str) -> None:
    assert reason in refused(db, set_pattern, db, "arbitration", pattern, actor=ADMIN)


def test_check_pattern_makes_an_example() -> None:
    assert check_pattern("新劳人调字〔{year}〕第{n}号", 2027, 8) == "新劳人调字〔2027〕第8号"


# --- mediation organisations -------------------------------------------------------


def test_add_rename_and_deactivate_an_organisation(db: Database) -> None:
    org = add_org(db, "  红旗区  劳动争议调解委员会 ", "乡镇（街道）调解组织", actor=ADMIN)
    assert org.name == "红旗区 劳动争议调解委员会" and org.active
    renamed = update_org(db, org.id, "红旗区劳动争议调解委员会", "乡镇调解组织", actor=ADMIN)
    assert renamed.name == "红旗区劳动争议调解委员会"
    off = set_org_active(db, org.id, False, actor=ADMIN)
    assert not off.active
    assert org.id not in {o.id for o in list_orgs(db, include_inactive=False)}
    assert last_action(db) == "mediation_org_active"


def test_a_duplicate_or_empty_organisation_name_is_refused(db: Database) -> None:
    existing = list_orgs(db)[0]
    assert "已有名为" in refused(db, add_org, db, existing.name, actor=ADMIN)
    assert "请填写" in refused(db, add_org, db, "   ", actor=ADMIN)


# --- office settings ---------------------------------------------------------------


def test_office_settings_are_saved_together(db: Database) -> None:
    rows = set_office_settings(
        db, {"commission_phone": "0373-1234567", "hearing_place": "第一仲裁庭"}, actor=ADMIN
    )
    values = {r.key: r.value for r in rows}
    assert values["commission_phone"] == "0373-1234567"
    assert values["commission_name"] == "新乡市劳动人事争议仲裁委员会"
    assert last_action(db) == "office_settings"


def test_an_empty_commission_name_refuses_the_whole_form(db: Database) -> None:
    message = refused(
        db,
        set_office_settings,
        db,
        {"commission_phone": "0373-7654321", "commission_name": " "},
        actor=ADMIN,
    )
    assert "委员会名称" in message


# --- the holiday calendar ----------------------------------------------------------


def _case_received(db: Database, received: dt.date) -> int:
    created = create_case(
        db,
        NewCase(
            kind=CaseKind.ARBITRATION,
            applicant="王芳",
            respondent="新乡市某某物流有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=received,
        ),
        actor=ADMIN,
    )
    return case_id_by_number(db, created.number)


def _acceptance(db: Database, case_id: int) -> tuple[dt.date | None, str]:
    detail = case_detail(db, case_id, today=dt.date(2026, 12, 28))
    clock = next(c for c in detail.clocks if c.code == "acceptance")
    return clock.due, clock.explanation


def test_adding_2027_by_hand_moves_a_deadline(db: Database) -> None:
    """劳动争议调解仲裁法第二十九条: five working days from receipt; 2027-01-01 is 元旦."""
    case_id = _case_received(db, dt.date(2026, 12, 28))
    due, why = _acceptance(db, case_id)
    assert due is None and "缺少 2027 年节假日日历" in why
    assert trial_deadline(db, "acceptance", dt.date(2026, 12, 28)).missing_year == 2027

    row = add_calendar_year(db, 2027, SPANS_2027, NOTICE_2027, actor=ADMIN)
    assert (row.year, row.holidays, row.makeup_days, row.source) == (2027, 10, 1, NOTICE_2027)
    assert last_action(db) == "calendar-add-year"
    assert _acceptance(db, case_id)[0] == dt.date(2027, 1, 5)
    assert trial_deadline(db, "acceptance", dt.date(2026, 12, 28)).due == dt.date(2027, 1, 5)
    year = show_year(db, 2027)
    assert year.covered and (dt.date(2027, 2, 14), True, "春节调休上班") in year.days
    assert 2027 in {c.year for c in calendar_coverage(db)}


def test_adding_a_year_by_importing_a_file_moves_the_deadline_too(
    db: Database, tmp_path: Path
) -> None:
    case_id = _case_received(db, dt.date(2026, 12, 28))
    path = tmp_path / "2027.csv"
    write_sheet(path, ["日期", "类型", "名称"], [["2027-01-01", "休息", "元旦"]])
    assert import_calendar_file(db, path, actor=ADMIN) == [2027]
    assert _acceptance(db, case_id)[0] == dt.date(2027, 1, 5)


@pytest.mark.parametrize(
    ("spans", "reason"),
    [
        ([HolidaySpan("", dt.date(2027, 1, 1), dt.date(2027, 1, 1))], "名称"),
        ([HolidaySpan("元旦", dt.date(2027, 1, 3), dt.date(2027, 1, 1))], "早于"),
        ([HolidaySpan("元旦", dt.date(2026, 12, 31), dt.date(2027, 1, 1))], "不在 2027 年"),
        (
            [HolidaySpan("调休", dt.date(2027, 1, 4), dt.date(2027, 1, 4), is_workday=True)],
            "周一至周五",
        ),
        (
            [
                HolidaySpan("元旦", dt.date(2027, 1, 1), dt.date(2027, 1, 2)),
                HolidaySpan("元旦", dt.date(2027, 1, 2), dt.date(2027, 1, 3)),
            ],
            "已在前面的行中",
        ),
        ([], "没有任何休息日"),
    ],
)
def test_a_bad_year_typed_by_hand_is_refused_whole(
    db: Database, spans: list[HolidaySpan], reason: str
) -> None:
    before = fingerprint(db)
    with pytest.raises(ImportRejected) as caught:
        add_calendar_year(db, 2027, spans, NOTICE_2027, actor=ADMIN)
    assert reason in caught.value.message
    assert fingerprint(db) == before


def test_a_covered_year_is_replaced_only_when_asked(db: Database) -> None:
    spans = [HolidaySpan("国庆节", dt.date(2026, 10, 1), dt.date(2026, 10, 7))]
    assert "已在日历中" in refused(db, add_calendar_year, db, 2026, spans, "手工录入", actor=ADMIN)
    row = add_calendar_year(db, 2026, spans, "手工录入", actor=ADMIN, replace=True)
    assert (row.holidays, row.makeup_days) == (7, 0)
    with db.transaction() as s:
        assert s.get(CalendarDay, dt.date(2026, 1, 1)) is None


def test_an_invalid_holiday_file_saves_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    write_sheet(path, ["日期", "类型", "名称"], [["2027-13-01", "休息", "元旦"]])
    before = fingerprint(db)
    with pytest.raises(ImportRejected):
        import_calendar_file(db, path, actor=ADMIN)
    assert fingerprint(db) == before


def test_with_accounts_only_an_administrator_changes_reference_data(db: Database) -> None:
    from xinxiang_arbitration.errors import PermissionDenied
    from xinxiang_arbitration.security import users

    users.create_first_administrator(db, "admin", "王管理", "admin password")
    admin = users.authenticate(db, "admin", "admin password")
    users.create_user(db, "clerk", "李书记", "clerk password", ["clerk"], by=admin)
    clerk = users.authenticate(db, "clerk", "clerk password")
    targets = list_targets(db)
    before = fingerprint(db)
    for refused in (
        lambda: set_target(db, targets[0].indicator_id, "70", actor=clerk),
        lambda: set_target(db, targets[0].indicator_id, "70", actor="王管理"),  # no sign-in
        lambda: add_org(db, "新调解组织", actor=clerk),
    ):
        with pytest.raises(PermissionDenied):
            refused()
    after = fingerprint(db)
    changed = {t for t in after if after[t] != before[t]}
    assert changed <= {"audit_log", "audit_chain_head"}  # only the refusals were recorded
    assert set_target(db, targets[0].indicator_id, "70", actor=admin).target == Decimal("70")


@pytest.mark.parametrize(
    ("save", "expected"),
    [
        (lambda db: add_org(db, "调解\x00委员会", actor="管理员"), "调解组织名称含有空字符 NUL"),
        (
            lambda db: set_pattern(
                db, "arbitration", "新劳人\x07仲案字〔{year}〕第{n}号", actor="管理员"
            ),
            "案号格式含有不可见的控制字符（U+0007）",
        ),
        (
            lambda db: set_office_settings(
                db, {"commission_name": "新乡市\x1b仲裁委"}, actor="管理员"
            ),
            "委员会名称含有不可见的控制字符（U+001B）",
        ),
    ],
)
def test_administrators_records_follow_the_text_policy(
    db: Database, save: object, expected: str
) -> None:
    """Issue 16: the administrator's pages refuse control characters as every entry does."""
    before = fingerprint(db)
    with pytest.raises(InvalidInput) as refused:
        save(db)  # type: ignore[operator]
    assert expected in refused.value.message
    assert fingerprint(db) == before
