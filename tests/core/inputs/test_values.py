"""Reading one value (inputs.values): full-width digits, other scripts, dates at the edges."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from xinxiang_arbitration.inputs.values import (
    parse_amount,
    parse_credit_code,
    parse_date,
    parse_headcount,
    parse_resident_id,
    resident_id_birth_date,
    resident_id_sex,
)

ID = "11010519491231002X"  # GB 11643's own example: born 1949-12-31, a woman


def test_full_width_digits_are_read_wherever_a_person_types_a_number() -> None:
    assert parse_date("２０２６年３月７日") == dt.date(2026, 3, 7)
    assert parse_date("２０２６－０３－０７") == dt.date(2026, 3, 7)
    assert parse_amount("１２，３４５．６元") == Decimal("12345.60")
    assert parse_headcount("１２") == 12
    assert parse_resident_id("１１０１０５１９４９１２３１００２Ｘ") == ID
    assert parse_resident_id("110105 19491231 002x") == ID
    assert parse_credit_code("９１４１０７００ｍａ４０ｇ４ｘ１７ｎ") == "91410700MA40G4X17N"


@pytest.mark.parametrize(
    "text",
    ["\u0662\u0660\u0662\u0666-03-07", "२०२६-03-07", "2026-0\u0663-07"],
)
def test_digits_of_other_scripts_are_not_a_date(text: str) -> None:
    with pytest.raises(ValueError, match="无法识别的日期"):
        parse_date(text)


def test_digits_of_other_scripts_are_not_an_amount_or_a_count() -> None:
    with pytest.raises(ValueError, match="无法识别的金额"):
        parse_amount("\u0661\u0662")
    with pytest.raises(ValueError, match="应为不小于 1 的整数"):
        parse_headcount("\u0661\u0662")
    with pytest.raises(ValueError, match="格式错误"):
        parse_resident_id("\u0661" * 18)


@pytest.mark.parametrize(
    "value", ["1900-01-01", "9999-12-31", "1989-12-31", dt.datetime(1900, 1, 1), "2100/1/1"]
)
def test_dates_outside_the_years_of_any_case_are_refused(value: object) -> None:
    with pytest.raises(ValueError, match=r"日期超出范围.*应在 1990 年至 2099 年之间"):
        parse_date(value)


def test_the_edges_themselves_are_dates() -> None:
    assert parse_date("1990-01-01") == dt.date(1990, 1, 1)
    assert parse_date("2099年12月31日") == dt.date(2099, 12, 31)


def test_a_resident_id_says_the_birth_date_and_the_sex() -> None:
    assert resident_id_birth_date(ID) == dt.date(1949, 12, 31)
    assert resident_id_sex(ID) == "女"
    assert resident_id_sex("110105194912310010") == "男"  # 17th digit 1
