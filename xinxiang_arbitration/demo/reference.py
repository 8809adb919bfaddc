"""The rows the cases refer to: staff, mediation organisations and employers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from xinxiang_arbitration.demo import vocabulary as words
from xinxiang_arbitration.demo.identifiers import credit_code
from xinxiang_arbitration.demo.shapes import CREDIT_CODE_SHARE, EMPLOYER_SKEW
from xinxiang_arbitration.demo.weighted import Rand, Weighted, pick
from xinxiang_arbitration.domain import PartyKind

NextId = Callable[[], int]
Row = dict[str, Any]
ORGANISATION = PartyKind.ORGANISATION.value


@dataclass
class Employers:
    """Respondents; the first of each pool are respondents again and again."""

    all: list[int] = field(default_factory=list)
    builders: list[int] = field(default_factory=list)  # construction companies
    public: list[int] = field(default_factory=list)  # public institutions (personnel disputes)

    @staticmethod
    def pick(rand: Rand, pool: list[int]) -> int:
        return pool[int(len(pool) * rand() ** EMPLOYER_SKEW)]


def staff_rows(
    rand: Rand, next_id: NextId, taken: set[str], count: int, at: dt.datetime
) -> list[Row]:
    """``count`` staff whose names differ from each other and from ``taken``."""
    rows: list[Row] = []
    while len(rows) < count:
        name, _ = words.person_name(rand)
        if name not in taken:
            taken.add(name)
            rows.append({"id": next_id(), "name": name, "active": True, "created_at": at})
    return rows


def org_rows(next_id: NextId, taken: set[str]) -> list[Row]:
    """The demo's mediation organisations that are not there yet."""
    return [
        {"id": next_id(), "name": name, "category": category, "active": True}
        for name, category in words.DEMO_ORGS
        if name not in taken
    ]


def org_weights(orgs: Iterable[tuple[int, str]]) -> Weighted[int]:
    """The commission's own mediation centre takes most mediation cases."""
    return Weighted.of((org_id, 4.0 if "仲裁院" in name else 1.0) for org_id, name in orgs)


def handlers_per_kind(handlers: list[int]) -> tuple[list[int], list[int], list[int]]:
    """The office: about 30 % mediators, 50 % arbitrators and clerks, 20 % inspectors."""
    cut1, cut2 = len(handlers) * 3 // 10, len(handlers) * 8 // 10
    return handlers[:cut1] or handlers, handlers[cut1:cut2] or handlers, handlers[cut2:]


def employer_rows(
    rand: Rand,
    next_id: NextId,
    count: int,
    taken: tuple[set[str], set[str]],
    at: dt.datetime,
) -> tuple[list[Row], Employers]:
    """``count`` employers; names and credit codes never repeat ``taken`` (names, codes)."""
    taken_names, taken_codes = taken
    rows: list[Row] = []
    employers = Employers()
    shops: list[int] = []
    while len(rows) < count:
        place, regions = words.PLACES.pick(rand)
        region = pick(rand, regions)
        construction = False
        u = rand()
        if u < 0.03:  # public institution (事业单位), registered by 机构编制
            authority = "12"
            if rand() < 0.5:
                name = place + pick(rand, words.PUBLIC_BODIES)
            else:
                village = pick(rand, words.BRAND_CHARS) + pick(rand, words.VILLAGE_ENDINGS)
                name = place + village + "镇中心学校"
        elif u < 0.11:  # individual business (个体工商户)
            authority = "92"
            district, region = pick(rand, words.DISTRICTS)
            owner = pick(rand, words.SHOP_OWNERS) if rand() < 0.5 else words.brand(rand)
            name = district + owner + pick(rand, words.SHOPS)
        else:
            authority = "91"
            industry, construction = pick(rand, words.INDUSTRIES)
            prefix = place
            if place == "新乡市" and rand() < 0.3:
                district, region = pick(rand, words.DISTRICTS)
                prefix += district
            elif rand() < 0.08:
                prefix = "河南"
            name = prefix + words.brand(rand) + industry + words.FORMS.pick(rand)
        if name in taken_names:
            continue
        code: str | None = None
        if rand() < CREDIT_CODE_SHARE:
            code = credit_code(rand, authority, region)
            if code in taken_codes:
                continue
            taken_codes.add(code)
        taken_names.add(name)
        party_id = next_id()
        rows.append(
            {
                "id": party_id,
                "kind": ORGANISATION,
                "name": name,
                "id_number": None,
                "credit_code": code,
                "address": words.address(rand, place) if rand() < 0.6 else None,
                "phone": words.landline(rand) if rand() < 0.4 else None,
                "created_at": at,
            }
        )
        (shops if authority == "92" else employers.all).append(party_id)
        if construction:
            employers.builders.append(party_id)
        if authority == "12":
            employers.public.append(party_id)
    employers.all += shops  # small shops last: they are rarely respondents
    return rows, employers
