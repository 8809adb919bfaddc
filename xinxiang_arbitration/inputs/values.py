"""Reading one cell or field: dates, amounts, yes/no, counts, ID and credit-code checks.

Each parser returns the value or raises ``ValueError`` with the problem in
Chinese; a value that could be read two ways is an error, never a guess. Digits typed
in full width (``２０２６年３月７日``, ``１２，３４５．６``) are read as ASCII digits;
digits of other scripts are not digits here. A date must lie between ``FIRST_DAY`` and
``LAST_DAY``: an Excel cell of 1900 or a typed 9999 is a slip, not a case.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from stdnum.cn import ric, uscc
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength, ValidationError

from xinxiang_arbitration.inputs.text import ascii_digits

YES, NO = "是", "否"  # how a yes/no cell or field is written
MAX_AMOUNT = Decimal("999999999999.99")  # Numeric(14, 2)
FIRST_DAY = dt.date(1990, 1, 1)  # older than any case an office still keeps
LAST_DAY = dt.date(2099, 12, 31)
FIRST_BIRTH_DAY = dt.date(1900, 1, 1)  # a birth date may be older than any case
_DATE_FORMS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$", re.ASCII),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", re.ASCII),
)
_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$", re.ASCII)
_ID_NUMBER = re.compile(r"^[0-9]{17}[0-9X]$")
_WHITESPACE = " \t\r\n\u3000\xa0"


def clean_text(value: Any) -> str:
    """A cell as trimmed text ('' for empty); numbers keep their integer form."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip(_WHITESPACE)


def parse_date(value: Any, *, first: dt.date = FIRST_DAY) -> dt.date:
    """A date between ``first`` (``FIRST_DAY`` unless said, e.g. ``FIRST_BIRTH_DAY``) and
    ``LAST_DAY``."""
    return _in_range(_read_date(value), first)


def _read_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0, 0):
            raise ValueError(f"日期带有时刻，无法确定日期（{value:%Y-%m-%d %H:%M}）")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        raise ValueError(f"是数字而不是日期（{clean_text(value)}），请把单元格设为日期格式")
    text = ascii_digits(clean_text(value)).strip()
    for form in _DATE_FORMS:
        match = form.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise ValueError(f"不存在的日期（{text}）") from None
    raise ValueError(f"无法识别的日期（{text}），应为 2025-03-07、2025/3/7 或 2025年3月7日")


def _in_range(day: dt.date, first: dt.date) -> dt.date:
    if not first <= day <= LAST_DAY:
        raise ValueError(
            f"日期超出范围（{day.isoformat()}），应在 {first.year} 年至 {LAST_DAY.year} 年之间"
        )
    return day


def parse_amount(value: Any) -> Decimal:
    """Yuan, at most two decimals; ``12,345.60``, ``¥12345.6`` and ``12345.6元`` accepted."""
    if isinstance(value, bool):
        raise ValueError(f"不是金额（{value}）")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))  # the shortest decimal that gives this float back
    elif isinstance(value, Decimal):
        amount = value
    else:
        text = ascii_digits(clean_text(value)).strip()
        body = text.removeprefix("¥").removeprefix("￥").removesuffix("元").strip()
        if body.startswith("-"):
            raise ValueError(f"不能为负数（{text}）")
        if not _AMOUNT.match(body):
            raise ValueError(f"无法识别的金额（{text}）")
        try:
            amount = Decimal(body.replace(",", ""))
        except InvalidOperation:
            raise ValueError(f"无法识别的金额（{text}）") from None
    if amount < 0:
        raise ValueError(f"不能为负数（{amount}）")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(f"最多两位小数（{amount}）")
    if amount > MAX_AMOUNT:
        raise ValueError(f"金额过大（{amount}）")
    return amount.quantize(Decimal("0.01"))


def parse_yes_no(value: Any) -> bool:
    text = clean_text(value)
    if text in ("", NO):
        return False
    if text == YES:
        return True
    raise ValueError(f"应为“是”或“否”（{text}）")


def parse_headcount(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = ascii_digits(clean_text(value)).strip()
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise ValueError(f"应为不小于 1 的整数（{text}）")
    return int(text)


def parse_resident_id(value: Any) -> str:
    """居民身份证号码 (GB 11643): 18 characters, a real birth date and the check digit.

    The region code is not looked up: codes change over time and stdnum's table
    lacks many (Xinxiang's 4107xx among them), and old IDs stay valid.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("证件号是数字格式，Excel 可能已改动末几位；请把该列设为文本后重新填写")
    text = ascii_digits(clean_text(value)).replace(" ", "").upper()
    if len(text) != 18:
        raise ValueError(f"应为 18 位（{text}）")
    if not _ID_NUMBER.match(text):
        raise ValueError(f"格式错误（{text}）")
    try:
        ric.get_birth_date(text)
    except InvalidComponent:
        raise ValueError(f"出生日期无效（{text}）") from None
    expected = ric.calc_check_digit(text)
    if text[17] != expected:
        raise ValueError(f"校验码错误（{text}，末位应为 {expected}）")
    return text


def parse_credit_code(value: Any) -> str:
    """统一社会信用代码 (GB 32100): 18 characters with its check character."""
    return _checked_credit_code(ascii_digits(clean_text(value)).replace(" ", "").upper())


@lru_cache(maxsize=65_536)  # employers repeat across a ledger's rows
def _checked_credit_code(text: str) -> str:
    try:
        return str(uscc.validate(text))
    except InvalidChecksum:
        expected = uscc.calc_check_digit(text[:17])
        raise ValueError(f"校验码错误（{text}，末位应为 {expected}）") from None
    except InvalidLength:
        raise ValueError(f"应为 18 位（{text}）") from None
    except ValidationError:
        raise ValueError(f"格式错误（{text}）") from None


def resident_id_birth_date(id_number: str) -> dt.date:
    """The birth date a valid resident ID carries (its 7th to 14th characters)."""
    return dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))


def resident_id_sex(id_number: str) -> str:
    """男 or 女, as a valid resident ID says (its 17th digit: odd for men, even for women)."""
    return "男" if int(id_number[16]) % 2 else "女"
