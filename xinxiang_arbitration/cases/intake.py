"""Intake (收件/登记): a new case of any kind, checked, numbered, with its warnings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.cases.final_award import (
    Claim,
    ClaimCategory,
    FinalAwardSuggestion,
    suggest_final_award,
)
from xinxiang_arbitration.cases.numbers import next_number
from xinxiang_arbitration.clocks.limitation import check_limitation
from xinxiang_arbitration.clocks.store import load_calendar
from xinxiang_arbitration.domain import CaseKind, CaseStatus, DisputeType, PartyKind, is_collective
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.inputs import fields
from xinxiang_arbitration.inputs.text import TextField
from xinxiang_arbitration.inputs.values import (
    FIRST_DAY,
    LAST_DAY,
    parse_credit_code,
    parse_resident_id,
    resident_id_birth_date,
    resident_id_sex,
)
from xinxiang_arbitration.models import (
    AppMeta,
    Case,
    CaseDisputeType,
    CaseEvent,
    ClaimItem,
    MediationOrg,
    MinimumWage,
    Party,
    Staff,
)
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor, require
from xinxiang_arbitration.storage.db import Database

DEFAULT_WAGE_REGION = "河南省一类行政区域"


@dataclass(frozen=True)
class ClaimInput:
    category: ClaimCategory
    description: str
    amount: Decimal | None = None


@dataclass
class NewCase:
    kind: CaseKind
    applicant: str
    respondent: str
    dispute_types: Sequence[DisputeType]
    received_on: dt.date
    applicant_id_number: str | None = None
    credit_code: str | None = None
    headcount: int = 1
    mediation_org: str | None = None
    handler: str | None = None
    notes: str | None = None
    claims: Sequence[ClaimInput] = ()
    known_on: dt.date | None = None  # when the applicant knew of the infringement (时效)
    wage_claim: bool = False
    employment_ended_on: dt.date | None = None


@dataclass
class CreatedCase:
    number: str
    collective: bool
    warnings: list[str] = field(default_factory=list)


_TEXTS: tuple[tuple[str, str, TextField], ...] = (  # NewCase field, label, policy
    ("applicant", "申请人", fields.APPLICANT),
    ("respondent", "被申请人", fields.RESPONDENT),
    ("mediation_org", "调解组织", fields.ORG_NAME),
    ("handler", "承办人", fields.HANDLER),
    ("notes", "备注", fields.NOTES),
)


def cleaned(new: NewCase) -> tuple[NewCase, list[str]]:
    """``new`` with every text under the one text policy (``inputs.text``: pasted breaks
    normalised, trimmed), and what the policy refuses, as ``label：problem`` lines."""
    problems: list[str] = []
    texts: dict[str, str | None] = {}
    for name, label, policy in _TEXTS:
        try:
            texts[name] = policy.clean(getattr(new, name))
        except ValueError as exc:
            problems.append(f"{label}：{exc}")
            texts[name] = getattr(new, name)
    claims = []
    for n, claim in enumerate(new.claims, start=1):
        try:
            description = fields.CLAIM_DESCRIPTION.clean(claim.description)
        except ValueError as exc:
            problems.append(f"第 {n} 项请求：{exc}")
            description = claim.description
        claims.append(dataclasses.replace(claim, description=description))
    result = dataclasses.replace(
        new,
        applicant=texts["applicant"] or "",
        respondent=texts["respondent"] or "",
        mediation_org=texts["mediation_org"] or None,
        handler=texts["handler"] or None,
        notes=texts["notes"] or None,
        claims=tuple(claims),
    )
    return result, problems


def case_problems(new: NewCase) -> list[str]:
    new, problems = cleaned(new)
    if not new.applicant:
        problems.append("申请人：必填")
    if not new.respondent:
        problems.append("被申请人：必填")
    if not new.dispute_types:
        problems.append("争议类型：至少选择一项")
    if new.headcount < 1:
        problems.append("涉及人数：应为不小于 1 的整数")
    if new.kind is CaseKind.MEDIATION and not new.mediation_org:
        problems.append("调解组织：调解案件必须填写")
    for label, value, parser in (
        ("申请人证件号", new.applicant_id_number, parse_resident_id),
        ("统一社会信用代码", new.credit_code, parse_credit_code),
    ):
        if value:
            try:
                parser(value)
            except ValueError as exc:
                problems.append(f"{label}：{exc}")
    for n, claim in enumerate(new.claims, start=1):
        if claim.amount is not None and claim.amount < 0:
            problems.append(f"第 {n} 项请求：金额不能为负数")
        if claim.amount is not None and claim.amount != claim.amount.quantize(Decimal("0.01")):
            problems.append(f"第 {n} 项请求：金额最多两位小数")
    for label, day in (
        ("收件日期", new.received_on),
        ("知道权利被侵害之日", new.known_on),
        ("劳动关系终止之日", new.employment_ended_on),
    ):
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            problems.append(
                f"{label}：日期超出范围（{day.isoformat()}），"
                f"应在 {FIRST_DAY.year} 年至 {LAST_DAY.year} 年之间"
            )
    for label, day in (
        ("知道权利被侵害之日", new.known_on),
        ("劳动关系终止之日", new.employment_ended_on),
    ):
        if day is not None and day > new.received_on:
            problems.append(
                f"{label}：晚于收件日期 ({day.isoformat()} > {new.received_on.isoformat()})"
            )
    return problems


def _named(
    session: Session, model: type[Staff] | type[MediationOrg], name: str | None
) -> int | None:
    if not name or not name.strip():
        return None
    found = session.scalar(select(model.id).where(model.name == name.strip()))
    if found is not None:
        return found
    obj = model(name=name.strip())
    session.add(obj)
    session.flush()
    return obj.id


def create_case(db: Database, new: NewCase, *, actor: SignedIn | str) -> CreatedCase:
    """Check everything, assign the next case number, save, and say what to watch.

    Needs ``case.create`` (see ``permissions.require``)."""
    problems = case_problems(new)
    if problems:
        raise InvalidInput("\n".join(problems))
    new, _ = cleaned(new)
    applicant_id = parse_resident_id(new.applicant_id_number) if new.applicant_id_number else None
    credit_code = parse_credit_code(new.credit_code) if new.credit_code else None
    total = sum((c.amount for c in new.claims if c.amount is not None), Decimal(0))
    with db.transaction() as session:
        who = require(session, actor, "case.create")
        applicant = Party(kind=PartyKind.PERSON, name=new.applicant, id_number=applicant_id)
        if applicant_id:  # the sex and birth date a resident ID carries (GB 11643)
            applicant.sex = resident_id_sex(applicant_id)
            applicant.birth_date = resident_id_birth_date(applicant_id)
        respondent = session.scalars(
            select(Party).where(
                Party.kind == PartyKind.ORGANISATION,
                Party.name == new.respondent,
                Party.credit_code.is_(None)
                if credit_code is None
                else Party.credit_code == credit_code,
            )
        ).first() or Party(
            kind=PartyKind.ORGANISATION, name=new.respondent, credit_code=credit_code
        )
        case = Case(
            number=next_number(session, new.kind.value, new.received_on.year),
            kind=new.kind,
            status=CaseStatus.RECEIVED.value,
            applicant=applicant,
            respondent=respondent,
            headcount=new.headcount,
            claim_amount=total if new.claims else None,
            mediation_org_id=_named(session, MediationOrg, new.mediation_org),
            received_on=new.received_on,
            handler_id=_named(session, Staff, new.handler),
            notes=new.notes,
            dispute_types=[
                CaseDisputeType(position=i, dispute_type=d) for i, d in enumerate(new.dispute_types)
            ],
        )
        session.add(case)
        session.flush()
        session.add_all(
            ClaimItem(
                case_id=case.id,
                position=i,
                category=c.category.value,
                description=c.description,
                amount=c.amount,
            )
            for i, c in enumerate(new.claims)
        )
        session.add(
            CaseEvent(
                case_id=case.id,
                actor=who,
                action="create",
                occurred_on=new.received_on,
                to_status=case.status,
            )
        )
        result = CreatedCase(number=case.number, collective=is_collective(new.headcount))
        created = {
            "number": case.number,
            "kind": new.kind.value,
            "status": case.status,
            "applicant": applicant.name,
            "respondent": respondent.name,
            "headcount": new.headcount,
            "received_on": new.received_on,
            "claim_amount": case.claim_amount,
        }
        if result.collective:
            result.warnings.append(
                f"涉及 {new.headcount} 人，已标记为集体劳动人事争议（三名仲裁员组庭，优先处理）"
            )
        if new.kind is not CaseKind.INSPECTION and new.known_on is not None:
            limitation = check_limitation(
                load_calendar(session),
                applied_on=new.received_on,
                known_on=new.known_on,
                wage_claim=new.wage_claim,
                employment_ended_on=new.employment_ended_on,
            )
            if limitation.warning:
                result.warnings.append(limitation.warning)
        audit.append_change(session, audit_actor(actor), "case.create", None, None, created)
        return result


def minimum_wage_on(session: Session, day: dt.date) -> MinimumWage | None:
    """The office region's monthly minimum wage in force on ``day``."""
    region_row = session.get(AppMeta, "minimum_wage_region")
    region = region_row.value if region_row else DEFAULT_WAGE_REGION
    return session.scalars(
        select(MinimumWage)
        .where(MinimumWage.region == region, MinimumWage.effective_from <= day)
        .order_by(MinimumWage.effective_from.desc())
    ).first()


def final_award_suggestion(db: Database, number: str, on: dt.date) -> FinalAwardSuggestion:
    """What the claims suggest for 一裁终局 on the award date; the arbitrator confirms."""
    with db.transaction() as session:
        case = session.scalars(select(Case).where(Case.number == number)).one_or_none()
        if case is None:
            raise InvalidInput(f"找不到案件：{number}")
        wage = minimum_wage_on(session, on)
        if wage is None:
            raise InvalidInput(f"最低工资标准表中没有 {on.isoformat()} 适用的标准，请管理员补充")
        items = session.scalars(
            select(ClaimItem).where(ClaimItem.case_id == case.id).order_by(ClaimItem.position)
        )
        claims = [Claim(ClaimCategory(i.category), i.amount) for i in items]
        return suggest_final_award(claims, wage.monthly)
