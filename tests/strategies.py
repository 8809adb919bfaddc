"""Hypothesis strategies for ledgers: valid rows, and ways to break one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from stdnum.cn import ric, uscc

from xinxiang_arbitration.domain import CLOSURE_MODES_BY_KIND, CaseKind, DisputeType
from xinxiang_arbitration.ledger import columns as col

CJK = "张王李赵刘陈杨黄周吴伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华兴新乡机械建筑"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

names = st.text(alphabet=CJK, min_size=2, max_size=6)
free_text = (
    st.text(alphabet=CJK + "0123456789，。、；：“”（）,\"' -ABCxyz", min_size=1, max_size=20)
    .map(lambda s: s.strip(" \u3000"))
    .filter(bool)
)


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    birth = draw(st.dates(dt.date(1950, 1, 1), dt.date(2006, 12, 31)))
    body = "4107" + draw(st.sampled_from(["02", "03", "04", "11", "81"])) + birth.strftime("%Y%m%d")
    body += f"{draw(st.integers(0, 999)):03d}"
    return body + ric.calc_check_digit(body + "0")


@st.composite
def credit_codes(draw: st.DrawFn) -> str:
    body = "91410700" + "".join(
        draw(st.lists(st.sampled_from(USCC_ALPHABET), min_size=9, max_size=9))
    )
    code = body + uscc.calc_check_digit(body)
    assert uscc.is_valid(code)
    return code


amounts = st.decimals(min_value=0, max_value=Decimal("9999999999.99"), places=2)


def _date_cell(draw: st.DrawFn, d: dt.date | None) -> Any:
    if d is None:
        return None
    form = draw(st.sampled_from(["date", "iso", "slash", "chinese"]))
    return {
        "date": d,
        "iso": d.isoformat(),
        "slash": f"{d.year}/{d.month}/{d.day}",
        "chinese": f"{d.year}年{d.month}月{d.day}日",
    }[form]


def _amount_cell(draw: st.DrawFn, amount: Decimal | None) -> Any:
    if amount is None:
        return None
    form = draw(st.sampled_from(["plain", "separators", "yen"]))
    if form == "plain":
        return f"{amount}"
    if form == "separators":
        return f"{amount:,}"
    return f"¥{amount}"


@st.composite
def ledger_rows(draw: st.DrawFn, number: str) -> dict[str, Any]:
    """One valid row with its cells written in any accepted form."""
    kind = draw(st.sampled_from(list(CaseKind)))
    received = draw(st.dates(dt.date(2015, 1, 1), dt.date(2026, 6, 30)))
    refused = kind is not CaseKind.MEDIATION and draw(st.booleans()) and draw(st.booleans())
    accepted = None
    wants_acceptance = kind is not CaseKind.MEDIATION or draw(st.booleans())
    if not refused and wants_acceptance and draw(st.integers(0, 4)):
        accepted = received + dt.timedelta(days=draw(st.integers(0, 20)))
    suspended = resumed = None
    if kind is CaseKind.ARBITRATION and accepted and draw(st.integers(0, 3)) == 0:
        suspended = accepted + dt.timedelta(days=draw(st.integers(0, 30)))
        if draw(st.integers(0, 3)):
            resumed = suspended + dt.timedelta(days=draw(st.integers(0, 60)))
    closed = mode = None
    can_close = not refused and (kind is CaseKind.MEDIATION or accepted is not None)
    if can_close and (suspended is None or resumed is not None) and draw(st.booleans()):
        start = max(d for d in (received, accepted, resumed) if d is not None)
        closed = start + dt.timedelta(days=draw(st.integers(0, 90)))
        mode = draw(st.sampled_from(CLOSURE_MODES_BY_KIND[kind])).label
    disputes = draw(
        st.lists(st.sampled_from(list(DisputeType)), min_size=1, max_size=3, unique=True)
    )
    return {
        col.NUMBER: number,
        col.KIND: kind.label,
        col.APPLICANT: draw(names),
        col.APPLICANT_ID: draw(st.none() | resident_ids()),
        col.RESPONDENT: draw(names) + "有限公司",
        col.CREDIT_CODE: draw(st.none() | credit_codes()),
        col.DISPUTE_TYPES: "、".join(d.label for d in disputes),
        col.HEADCOUNT: draw(st.integers(1, 80)),
        col.CLAIM_AMOUNT: _amount_cell(draw, draw(st.none() | amounts)),
        col.MEDIATION_ORG: draw(names) + "调解委员会"
        if kind is CaseKind.MEDIATION
        else draw(st.none() | st.just("仲裁院调解中心")),
        col.RECEIVED_ON: _date_cell(draw, received),
        col.ACCEPTED_ON: _date_cell(draw, accepted),
        col.REFUSED: "是" if refused else draw(st.sampled_from(["否", None])),
        col.SUSPENDED_ON: _date_cell(draw, suspended),
        col.RESUMED_ON: _date_cell(draw, resumed),
        col.EXTENDED: draw(st.sampled_from(["是", "否", None])),
        col.CLOSED_ON: _date_cell(draw, closed),
        col.CLOSURE_MODE: mode,
        col.HANDLER: draw(st.none() | names),
        col.NOTES: draw(st.none() | free_text),
    }


@st.composite
def ledgers(draw: st.DrawFn, min_rows: int = 1, max_rows: int = 8) -> list[dict[str, Any]]:
    count = draw(st.integers(min_rows, max_rows))
    numbers = draw(
        st.lists(
            st.integers(1, 99999).map(lambda n: f"新劳人仲案字〔2025〕第{n}号") | free_text,
            min_size=count,
            max_size=count,
            unique=True,
        )
    )
    return [draw(ledger_rows(n)) for n in numbers]


# Each breaks one row in a way the import must refuse: (column, new value or callable).
BREAKAGES: list[tuple[str, Any]] = [
    (
        col.APPLICANT_ID,
        lambda v, row: "110105194912310021",  # the check digit should be X
    ),
    (col.CREDIT_CODE, lambda v, row: "91110000600037341" + "A"),
    (col.KIND, lambda v, row: "诉讼"),
    (col.CLAIM_AMOUNT, lambda v, row: "-12.50"),
    (col.CLAIM_AMOUNT, lambda v, row: "1,23.4"),
    (col.RECEIVED_ON, lambda v, row: "07/03/2025"),
    (col.RECEIVED_ON, lambda v, row: None),
    (col.APPLICANT, lambda v, row: "   "),
    (col.DISPUTE_TYPES, lambda v, row: "工资纠纷"),
    (col.HEADCOUNT, lambda v, row: "0"),
    (col.CLOSURE_MODE, lambda v, row: "和解"),
    (col.REFUSED, lambda v, row: "不确定"),
    (col.ACCEPTED_ON, lambda v, row: "1990-01-01"),
]
