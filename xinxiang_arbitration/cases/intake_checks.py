"""Checking an intake form as it is typed (收件登记表的即时校验).

The rules are the core's own: ``create_case``'s checks, the ledger's parsers for
IDs, credit codes and amounts, and ``limitation.check_limitation``. This module
only says *which field* each problem belongs to, so a form can mark it there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from xinxiang_arbitration.cases.caseload import staff_choices
from xinxiang_arbitration.cases.intake import NewCase, case_problems
from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.limitation import check_limitation
from xinxiang_arbitration.clocks.store import load_calendar
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.inputs.values import parse_amount
from xinxiang_arbitration.models import MediationOrg
from xinxiang_arbitration.storage.db import Database

# the label create_case puts before "：" → the form's field
FIELD_OF_LABEL = {
    "收件日期": "received_on",
    "承办人": "handler",
    "备注": "notes",
    "申请人": "applicant",
    "被申请人": "respondent",
    "争议类型": "dispute_types",
    "涉及人数": "headcount",
    "调解组织": "mediation_org",
    "申请人证件号": "applicant_id_number",
    "统一社会信用代码": "credit_code",
    "知道权利被侵害之日": "known_on",
    "劳动关系终止之日": "employment_ended_on",
}
CLAIMS_FIELD = "claims"


def field_problems(new: NewCase, *, today: dt.date) -> dict[str, str]:
    """What ``create_case`` would refuse, by field (the first problem of each), and a
    received date in the future (收件日期不能晚于今天)."""
    found: dict[str, str] = {}
    for line in case_problems(new):
        label, _sep, problem = line.partition("：")
        field = FIELD_OF_LABEL.get(label, CLAIMS_FIELD if label.endswith("项请求") else "form")
        found.setdefault(field, problem if field != CLAIMS_FIELD else line)
    if new.received_on > today:
        found["received_on"] = (
            f"不能晚于今天（{new.received_on.isoformat()} > {today.isoformat()}）"
        )
    return found


@dataclass(frozen=True)
class ClaimCheck:
    amount: Decimal | None
    problem: str | None  # None: the row can be saved


def check_claim(description: str, amount_text: str) -> ClaimCheck:
    """One row of the claims table: the amount as the ledger reads it (``12,345.60``,
    ``¥12345.6``; at most two decimals) and a description when an amount is given."""
    amount: Decimal | None = None
    if amount_text.strip():
        try:
            amount = parse_amount(amount_text)
        except ValueError as exc:
            return ClaimCheck(None, f"金额{exc}")
    if amount is not None and not description.strip():
        return ClaimCheck(amount, "请填写请求内容")
    return ClaimCheck(amount, None)


def limitation_warning(cal: WorkCalendar, new: NewCase) -> str | None:
    """The 仲裁时效 warning ``create_case`` will give for this case, shown before saving."""
    if new.kind is CaseKind.INSPECTION or new.known_on is None:
        return None
    return check_limitation(
        cal,
        applied_on=new.received_on,
        known_on=new.known_on,
        wage_claim=new.wage_claim,
        employment_ended_on=new.employment_ended_on,
    ).warning


@dataclass(frozen=True)
class IntakeChoices:
    """What an intake form offers: staff and mediation organisations, and the calendar."""

    staff: list[str]
    mediation_orgs: list[str]
    calendar: WorkCalendar


def intake_choices(db: Database) -> IntakeChoices:
    staff = [choice.name for choice in staff_choices(db)]
    with db.transaction() as session:
        orgs = list(
            session.scalars(
                select(MediationOrg.name)
                .where(MediationOrg.active.is_(True))
                .order_by(MediationOrg.name)
            )
        )
        return IntakeChoices(staff, orgs, load_calendar(session))
