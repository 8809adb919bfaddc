"""The cases' rows: applicant, case, dispute types, suspension and event of each case.

All randomness comes from one ``random.Random``, drawn in a fixed order. The loop is
written for speed: plain ``rand()`` arithmetic (see ``weighted``), kinds as small ints,
dispute types as their plain codes; what became of each case is ``course``'s part.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.demo import vocabulary as words
from xinxiang_arbitration.demo.course import Courses
from xinxiang_arbitration.demo.identifiers import resident_id
from xinxiang_arbitration.demo.numbering import Numbering
from xinxiang_arbitration.demo.reference import Employers
from xinxiang_arbitration.demo.shapes import (
    ID_NUMBER_SHARE,
    INSPECTION,
    KIND_SHARES,
    MEDIATION,
    NOTE_SHARE,
    SHAPES,
    SUSPENSION_REASONS,
    office_time,
    received_dates,
)
from xinxiang_arbitration.demo.weighted import Weighted, between, pick
from xinxiang_arbitration.domain import COLLECTIVE_HEADCOUNT, DisputeType, PartyKind

REMUNERATION, WORK_INJURY = DisputeType.REMUNERATION.value, DisputeType.WORK_INJURY.value
RELATIONSHIP, PERSONNEL = DisputeType.RELATIONSHIP.value, DisputeType.PERSONNEL.value
PERSON = PartyKind.PERSON.value
EVENT_ACTION = "demo-data"
EVENT_ACTOR = "演示数据"


@dataclass
class Batch:
    parties: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    disputes: list[dict[str, Any]] = field(default_factory=list)
    suspensions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    counters: dict[tuple[str, int], int] = field(default_factory=dict)  # (kind, year) -> last n


class CaseGenerator:
    """Makes the cases against the employers, handled by the staff, on the office's calendar."""

    def __init__(
        self,
        rng: random.Random,
        calendar: WorkCalendar,
        ids: Mapping[str, Callable[[], int]],
        employers: Employers,
        handlers: tuple[list[int], ...],
        orgs: Weighted[int],
    ) -> None:
        self.rng = rng
        self.rand = rng.random
        self.calendar = calendar
        self.course = Courses(self.rand, calendar)
        self.next_party, self.next_case = ids["parties"], ids["cases"]
        self.next_suspension, self.next_event = ids["suspensions"], ids["case_events"]
        self.employers = employers
        self.handlers = handlers  # per kind
        self.orgs = orgs
        self.disputes = [shape.disputes.map(lambda d: d.value) for shape in SHAPES]
        self.kind_codes = [shape.kind.value for shape in SHAPES]

    def plan(self, cases: int) -> list[int]:
        """``ordinal * 3 + kind index`` per case, in date order (so numbers follow dates)."""
        rand = self.rand
        kinds = [KIND_SHARES.pick(rand) for _ in range(cases)]
        packed: list[int] = []
        for k, shape in enumerate(SHAPES):
            dates = received_dates(self.calendar, shape)
            packed += [dates.pick(rand) * 3 + k for _ in range(kinds.count(k))]
        packed.sort()
        return packed

    def batch(self, plan: Sequence[int], numbering: Numbering) -> Batch:
        """The rows of the planned cases, with the case number counters they moved."""
        rand = self.rand
        out = Batch()
        for packed in plan:
            ordinal, k = divmod(packed, 3)
            received = dt.date.fromordinal(ordinal)
            applicant = self.applicant()
            dispute = self.dispute_types(k)
            respondent_id = self.respondent(k, dispute[0])
            headcount = self.headcount(k)
            amount = self.amount(k, dispute[0], headcount)
            course = self.course(k, received)
            status = course.status

            handler_id = None
            if rand() < (0.95 if course.accepted is not None else 0.6):
                handler_id = pick(rand, self.handlers[k])
            notes = self.notes(k, headcount)
            created_at = office_time(rand, received)
            last = course.last_day(received)
            updated_at = created_at if last == received else office_time(rand, last)
            applicant["created_at"] = created_at
            out.parties.append(applicant)

            case_id = self.next_case()
            kind_code = self.kind_codes[k]
            out.cases.append(
                {
                    "id": case_id,
                    "number": numbering.next(kind_code, received.year),
                    "kind": kind_code,
                    "status": status,
                    "applicant_id": applicant["id"],
                    "respondent_id": respondent_id,
                    "headcount": headcount,
                    "claim_amount": amount,
                    "mediation_org_id": self.orgs.pick(rand) if k == MEDIATION else None,
                    "received_on": received,
                    "accepted_on": course.accepted,
                    "refused": course.refused,
                    "extended": course.extended,
                    "closed_on": course.closed,
                    "closure_mode": course.mode,
                    "handler_id": handler_id,
                    "notes": notes,
                    "created_at": created_at,
                    "updated_at": updated_at,
                    "version": 1,
                }
            )
            for position, dispute_type in enumerate(dispute):
                out.disputes.append(
                    {"case_id": case_id, "position": position, "dispute_type": dispute_type}
                )
            if course.suspension is not None:
                started, ended = course.suspension
                out.suspensions.append(
                    {
                        "id": self.next_suspension(),
                        "case_id": case_id,
                        "started_on": started,
                        "ended_on": ended,
                        "reason": self.suspension_reason(dispute),
                    }
                )
            out.events.append(
                {
                    "id": self.next_event(),
                    "case_id": case_id,
                    "recorded_at": updated_at,
                    "actor": EVENT_ACTOR,
                    "action": EVENT_ACTION,
                    "occurred_on": received,
                    "to_status": status,
                    # no "changes" key: an explicit None would be stored as JSON null
                }
            )
        out.counters = numbering.take_touched()
        return out

    def applicant(self) -> dict[str, Any]:
        rand = self.rand
        name, male = words.person_name(rand)
        return {
            "id": self.next_party(),
            "kind": PERSON,
            "name": name,
            "id_number": resident_id(rand, male) if rand() < ID_NUMBER_SHARE else None,
            "address": words.address(rand, "新乡市") if rand() < 0.3 else None,
            "phone": words.mobile(rand) if rand() < 0.6 else None,
        }

    def dispute_types(self, k: int) -> list[str]:
        disputes = self.disputes[k]
        first = disputes.pick(self.rand)
        if self.rand() < SHAPES[k].second_dispute:
            second = disputes.pick(self.rand)
            if second != first:
                return [first, second]
        return [first]

    def respondent(self, k: int, first_type: str) -> int:
        employers, rand = self.employers, self.rand
        if first_type == PERSONNEL and employers.public:
            return employers.pick(rand, employers.public)
        if k == INSPECTION and employers.builders and rand() < 0.4:
            return employers.pick(rand, employers.builders)
        return employers.pick(rand, employers.all)

    def headcount(self, k: int) -> int:
        u = self.rand()
        if u < SHAPES[k].collective:
            return between(self.rand, COLLECTIVE_HEADCOUNT, 60)
        if u < 0.1:
            return between(self.rand, 2, COLLECTIVE_HEADCOUNT - 1)
        return 1

    def amount(self, k: int, first_type: str, headcount: int) -> Decimal | None:
        rand = self.rand
        median, sigma, none_share = SHAPES[k].amount
        if k == INSPECTION and first_type != REMUNERATION:
            return None  # only wage-arrears complaints name a sum
        if first_type == RELATIONSHIP and rand() < 0.7:
            return None
        if rand() < none_share:
            return None
        yuan = self.rng.lognormvariate(0.0, sigma) * median
        if headcount > 1:
            yuan *= headcount * (0.5 + 0.4 * rand())
        cents = min(int(yuan * 100), 999_999_999)
        u = rand()
        if u < 0.4:
            cents = max(cents // 10_000 * 10_000, 10_000)  # whole hundreds of yuan
        elif u < 0.7:
            cents = cents // 100 * 100  # whole yuan
        return Decimal(cents).scaleb(-2)  # exactly two decimals

    def notes(self, k: int, headcount: int) -> str | None:
        rand = self.rand
        if headcount >= COLLECTIVE_HEADCOUNT and rand() < 0.6:
            if k == INSPECTION:
                return "农民工集体讨薪"
            return f"集体争议，推选代表人{between(rand, 3, 5)}名"
        if rand() < NOTE_SHARE:
            return pick(rand, SHAPES[k].notes)
        return None

    def suspension_reason(self, dispute: list[str]) -> str:
        reasons = SUSPENSION_REASONS
        if WORK_INJURY in dispute and self.rand() < 0.7:
            return reasons.items[int(self.rand() * 2)]  # work-injury findings
        return reasons.pick(self.rand)
