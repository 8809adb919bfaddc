"""Resident ID numbers (GB 11643) and unified social credit codes (GB 32100) of 新乡.

python-stdnum computes the check characters and validates the results in the tests.
"""

from __future__ import annotations

import datetime as dt

from stdnum.cn import ric, uscc

from xinxiang_arbitration.demo.weighted import Rand, between, pick

# GB 11643 region codes that python-stdnum accepts for a birth year: (code, first, last).
# People born before the 1983/1986 reorganisation keep the codes of the former 新乡地区.
RIC_REGIONS = (
    ("410700", 1900, 2100),
    ("410702", 1983, 2100),
    ("410703", 1983, 2100),
    ("410704", 1983, 2100),
    ("410711", 1983, 2100),
    ("410721", 1983, 2100),
    ("410724", 1986, 2100),
    ("410725", 1986, 2100),
    ("410726", 1986, 2100),
    ("410727", 1986, 2100),
    ("410728", 1986, 2019),
    ("410781", 1989, 2100),
    ("410782", 1989, 2100),
    ("412228", 1900, 1986),
    ("412229", 1900, 1983),
    ("412230", 1900, 1986),
    ("412232", 1900, 1986),
    ("412233", 1900, 1986),
    ("412234", 1900, 1986),
)
BIRTH_FIRST, BIRTH_LAST = dt.date(1960, 1, 1), dt.date(2004, 12, 31)
REGIONS_BY_BIRTH_YEAR = {
    year: [code for code, first, last in RIC_REGIONS if first <= year <= last]
    for year in range(BIRTH_FIRST.year, BIRTH_LAST.year + 1)
}
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, Z, S, V
ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714


def resident_id(rand: Rand, male: bool) -> str:
    """An 18-character resident ID: a 新乡 region valid in the birth year, sex in digit 17."""
    birth = dt.date.fromordinal(between(rand, BIRTH_FIRST.toordinal(), BIRTH_LAST.toordinal()))
    region = pick(rand, REGIONS_BY_BIRTH_YEAR[birth.year])
    sequence = int(rand() * 500) * 2 + male  # odd for men
    body = f"{region}{birth.year}{birth.month:02d}{birth.day:02d}{sequence:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum ignores the last character


def org_code_check(body: str) -> str:
    """GB 11714 check character of an 8-character organisation code (python-stdnum has none)."""
    total = sum(
        (int(c) if c.isdigit() else ord(c) - 55) * w
        for c, w in zip(body, ORG_CODE_WEIGHTS, strict=True)
    )
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def credit_code(rand: Rand, authority_type: str, region: str) -> str:
    """A credit code: registration authority and type, region, organisation code, check."""
    if rand() < 0.6:
        org_code = f"{int(rand() * 10**8):08d}"
    else:  # organisation codes issued since 2015 start with MA
        org_code = "MA" + "".join(pick(rand, USCC_ALPHABET) for _ in range(6))
    body = authority_type + region + org_code + org_code_check(org_code)
    return body + uscc.calc_check_digit(body)
