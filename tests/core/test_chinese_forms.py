"""Dates and amounts as Chinese documents write them, with the tricky cases of 大写."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from xinxiang_arbitration.documents.chinese import (
    date_cn,
    date_upper,
    money,
    money_words,
    time_cn,
    weekday_cn,
)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("12345.6", "人民币壹万贰仟叁佰肆拾伍元陆角整"),  # 到角为止: 整 after 角
        ("12345.60", "人民币壹万贰仟叁佰肆拾伍元陆角整"),
        ("10000", "人民币壹万元整"),  # 到元为止: 整
        ("20.01", "人民币贰拾元零壹分"),  # 到分为止: no 整; 零 for the missing 角
        ("1010.00", "人民币壹仟零壹拾元整"),  # one 零 for the gap inside
        ("100010.01", "人民币壹拾万零壹拾元零壹分"),
        ("105000", "人民币壹拾万伍仟元整"),
        ("0.05", "人民币伍分"),
        ("0.5", "人民币伍角整"),
        ("0", "人民币零元整"),
        ("100000000", "人民币壹亿元整"),  # ≥ 1 亿
        ("100000001.05", "人民币壹亿零壹元零伍分"),
        ("123456789012.34", "人民币壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"),
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    assert money_words(Decimal(amount)) == words


def test_amounts_that_are_not_money_are_refused() -> None:
    for bad in ("-1", "1.005", "NaN", "abc", "1000000000000"):
        with pytest.raises(ValueError):
            money_words(bad)


def test_figures_have_separators_and_two_decimals() -> None:
    assert money(Decimal("12345.6")) == "12,345.60"
    assert money(Decimal("100000000")) == "100,000,000.00"
    assert money(0) == "0.00"


def test_dates_and_times_in_both_written_forms() -> None:
    assert date_upper(dt.date(2026, 11, 25)) == "二〇二六年十一月二十五日"
    assert date_upper(dt.date(2030, 1, 10)) == "二〇三〇年一月十日"
    assert date_upper(dt.date(2026, 10, 31)) == "二〇二六年十月三十一日"
    assert date_upper(dt.date(2026, 12, 20)) == "二〇二六年十二月二十日"
    assert date_cn(dt.date(2026, 3, 7)) == "2026年3月7日"
    assert time_cn(dt.time(9, 30)) == "9时30分" and time_cn(dt.time(14, 0)) == "14时"
    assert time_cn(dt.time(8, 5)) == "8时05分"
    assert weekday_cn(dt.date(2026, 11, 25)) == "星期三"
    assert weekday_cn(dt.date(2026, 11, 29)) == "星期日"
