"""Dates, times and amounts written the way Chinese official documents write them.

- ``date_cn``: 2026年11月25日 (forms); ``date_upper``: 二〇二六年十一月二十五日 (awards, notices).
- ``money``: 12,345.60; ``money_words``: 人民币壹万贰仟叁佰肆拾伍元陆角整.

The capital-letter words come from cn2an (its ``rmb`` mode handles the 零 rules and
the units up to 万亿); we add what the payment-settlement rules (《支付结算办法》
附件一) and the office's templates want around it: the 人民币 prefix, 整 after
元 or 角 (never after 分), and a refusal of negative or over-precise amounts.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_DIGITS_UPPER = "〇一二三四五六七八九"
_CENT = Decimal("0.01")
_LARGEST = Decimal("999999999999.99")  # 万亿 is where both the words and Numeric(14,2) stop


def _to_decimal(amount: Decimal | int | str) -> Decimal:
    try:
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    except InvalidOperation as exc:
        raise ValueError(f"不是金额：{amount!r}") from exc
    if not value.is_finite():
        raise ValueError(f"不是金额：{amount!r}")
    if value != value.quantize(_CENT, rounding=ROUND_HALF_UP):
        raise ValueError(f"金额最多两位小数：{amount}")
    return value.quantize(_CENT)


def money(amount: Decimal | int | str) -> str:
    """12345.6 → ``12,345.60``."""
    return f"{_to_decimal(amount):,.2f}"


def money_words(amount: Decimal | int | str, *, prefix: str = "人民币") -> str:
    """12345.6 → ``人民币壹万贰仟叁佰肆拾伍元陆角整``; 0 → ``人民币零元整``."""
    value = _to_decimal(amount)
    if value < 0:
        raise ValueError(f"金额不能为负数：{value}")
    if value > _LARGEST:
        raise ValueError(f"金额过大：{value}")
    import cn2an  # 0.3 s to import (it compiles its patterns): only when a document needs it

    words = str(cn2an.an2cn(f"{value:.2f}", "rmb"))
    if not words.endswith(("整", "分")):
        words += "整"  # 到角为止 (or 元 with no 角分, which cn2an already ends with 整)
    return prefix + words


def date_cn(day: dt.date) -> str:
    """2026-11-25 → ``2026年11月25日`` (forms, registers)."""
    return f"{day.year}年{day.month}月{day.day}日"


def _small_number(n: int) -> str:
    """1–31 the way dates write them: 十, 十一, 二十, 二十五, 三十一."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return _DIGITS_UPPER[units]
    head = "" if tens == 1 else _DIGITS_UPPER[tens]
    return head + "十" + (_DIGITS_UPPER[units] if units else "")


def date_upper(day: dt.date) -> str:
    """2026-11-25 → ``二〇二六年十一月二十五日`` (awards, decisions and notices)."""
    year = "".join(_DIGITS_UPPER[int(d)] for d in str(day.year))
    return f"{year}年{_small_number(day.month)}月{_small_number(day.day)}日"


def time_cn(moment: dt.time) -> str:
    """09:30 → ``9时30分``; 14:00 → ``14时``."""
    if moment.minute:
        return f"{moment.hour}时{moment.minute:02d}分"
    return f"{moment.hour}时"


WEEKDAYS = "一二三四五六日"


def weekday_cn(day: dt.date) -> str:
    """2026-11-25 → ``星期三``."""
    return "星期" + WEEKDAYS[day.weekday()]
