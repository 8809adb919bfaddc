"""The case file's materials: the parties' particulars, agents, named texts (仲裁请求,
查明事实 …) and the operative items of an award or agreement. Documents are filled from
what is kept here.

Like ``proceedings``: permission first, then the stale check (``seen_event_id``: the
newest case event the user saw), then a case event and an audit entry with before and
after, all in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select

from xinxiang_arbitration.cases.stale import claim_case
from xinxiang_arbitration.documents.fields import FIELDS
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.inputs import fields
from xinxiang_arbitration.inputs.text import ascii_digits
from xinxiang_arbitration.inputs.values import resident_id_birth_date, resident_id_sex
from xinxiang_arbitration.models import AwardItem, CaseAgent, CaseText, Party
from xinxiang_arbitration.proceedings.records import (
    add_event,
    audit_change,
    checked_text,
    find_case,
)
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database

TEXT_NAMES = tuple(FIELDS["texts"].children)


def set_text(
    db: Database,
    number: str,
    name: str,
    body: str,
    *,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
) -> None:
    """Keep a named free text of the case (an empty body removes it)."""
    if name not in TEXT_NAMES:
        raise InvalidInput(f"未知的案件文字：{name}")
    body = checked_text(fields.CASE_TEXT, body, FIELDS["texts"].children[name].label) or ""
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        existing = session.get(CaseText, (case.id, name))
        before = {"body": existing.body if existing is not None else None}
        if not body:
            if existing is not None:
                session.delete(existing)
        elif existing is None:
            session.add(CaseText(case_id=case.id, name=name, body=body))
        else:
            existing.body = body
        add_event(session, case, who, "text", None, {"name": name})
        audit_change(session, actor, "case.text", case, before, {"body": body or None}, name=name)


@dataclass(frozen=True)
class AwardItemInput:
    text: str
    amount: Decimal | None = None
    pay_within_days: int | None = None


def _item_fields(text: str, amount: Decimal | None, days: int | None) -> dict[str, Any]:
    return {"text": text, "amount": amount, "pay_within_days": days}


def set_award_items(
    db: Database,
    number: str,
    items: Sequence[AwardItemInput],
    *,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
) -> None:
    """Replace the operative items (裁决事项 / 调解协议事项)."""
    items = [
        AwardItemInput(checked_text(fields.AWARD_ITEM, i.text, f"第 {n} 项内容") or "", i.amount,
                       i.pay_within_days)
        for n, i in enumerate(items, start=1)
    ]  # fmt: skip
    for n, item in enumerate(items, start=1):
        if not item.text:
            raise InvalidInput(f"第 {n} 项内容不能为空")
        if item.amount is not None and (
            item.amount < 0 or item.amount != item.amount.quantize(Decimal("0.01"))
        ):
            raise InvalidInput(f"第 {n} 项金额应为不小于 0、最多两位小数的数")
        if item.pay_within_days is not None and not 0 < item.pay_within_days <= 365:
            raise InvalidInput(f"第 {n} 项履行期限应在 1 至 365 日之间")
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        before = [
            _item_fields(i.text, i.amount, i.pay_within_days)
            for i in session.scalars(
                select(AwardItem).where(AwardItem.case_id == case.id).order_by(AwardItem.position)
            )
        ]
        session.execute(delete(AwardItem).where(AwardItem.case_id == case.id))
        for n, item in enumerate(items, start=1):
            session.add(
                AwardItem(
                    case_id=case.id,
                    position=n,
                    text=item.text,
                    amount=item.amount,
                    pay_within_days=item.pay_within_days,
                )
            )
        add_event(session, case, who, "award_items", None, {"count": len(items)})
        after = [_item_fields(i.text, i.amount, i.pay_within_days) for i in items]
        audit_change(session, actor, "case.award_items", case, {"items": before}, {"items": after})


def add_agent(
    db: Database,
    number: str,
    *,
    side: str,
    name: str,
    role: str,
    actor: SignedIn | str,
    organisation: str | None = None,
    phone: str | None = None,
    seen_event_id: int | None = None,
) -> int:
    if side not in ("applicant", "respondent"):
        raise InvalidInput("代理人须属于申请人或被申请人")
    name = checked_text(fields.AGENT_NAME, name) or ""
    role = checked_text(fields.AGENT_ROLE, role) or ""
    organisation = checked_text(fields.AGENT_ORGANISATION, organisation) or None
    phone = checked_text(fields.AGENT_PHONE, ascii_digits(phone) if phone else None) or None
    if not name or not role:
        raise InvalidInput("请填写代理人姓名和代理类别")
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        agent = CaseAgent(
            case_id=case.id,
            side=side,
            name=name,
            role=role,
            organisation=organisation,
            phone=phone,
        )
        session.add(agent)
        session.flush()
        add_event(session, case, who, "agent", None, {"side": side, "name": agent.name})
        added = {
            "side": side,
            "name": agent.name,
            "role": agent.role,
            "organisation": organisation,
            "phone": phone,
        }
        audit_change(session, actor, "case.agent", case, None, added, agent=agent.id)
        return agent.id


def remove_agent(
    db: Database,
    number: str,
    agent_id: int,
    *,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
) -> None:
    """Take an agent off the case (a withdrawn mandate, or one entered by mistake)."""
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        agent = session.get(CaseAgent, agent_id)
        if agent is None or agent.case_id != case.id:
            raise InvalidInput(f"案件 {number} 没有这名代理人（可能已被他人删除）")
        removed = {
            "side": agent.side,
            "name": agent.name,
            "role": agent.role,
            "organisation": agent.organisation,
            "phone": agent.phone,
        }
        session.delete(agent)
        add_event(
            session, case, who, "agent_removed", None, {"side": agent.side, "name": agent.name}
        )
        audit_change(session, actor, "case.agent", case, removed, None, agent=agent_id)


def set_party_details(
    db: Database,
    number: str,
    side: str,
    *,
    actor: SignedIn | str,
    sex: str | None = None,
    birth_date: dt.date | None = None,
    address: str | None = None,
    phone: str | None = None,
    legal_representative: str | None = None,
    legal_representative_title: str | None = None,
    seen_event_id: int | None = None,
) -> None:
    """Fill in a party's particulars (the ones given are changed, the others kept).

    A person with a resident ID has the birth date and sex the ID carries: they are filled
    in from it, and a different one typed beside it is refused."""
    if sex is not None and sex not in ("男", "女"):
        raise InvalidInput("性别只能是“男”或“女”")
    address = checked_text(fields.ADDRESS, address)
    phone = checked_text(fields.PHONE, ascii_digits(phone) if phone is not None else None)
    legal_representative = checked_text(fields.LEGAL_REPRESENTATIVE, legal_representative)
    legal_representative_title = checked_text(
        fields.LEGAL_REPRESENTATIVE_TITLE, legal_representative_title
    )
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        party_id = case.applicant_id if side == "applicant" else case.respondent_id
        party = session.get(Party, party_id)
        assert party is not None
        if party.id_number:
            sex, birth_date = _as_the_id_says(party, sex, birth_date)
        changes = {
            "sex": sex,
            "birth_date": birth_date,
            "address": address,
            "phone": phone,
            "legal_representative": legal_representative,
            "legal_representative_title": legal_representative_title,
        }
        given = {k: v for k, v in changes.items() if v is not None and v != getattr(party, k)}
        before = {k: getattr(party, k) for k in given}
        for key, value in given.items():
            setattr(party, key, value)
        add_event(
            session,
            case,
            who,
            "party",
            None,
            {k: str(v) for k, v in given.items()},
        )
        audit_change(session, actor, "case.party", case, before, given, side=side, party=party.name)


def _as_the_id_says(
    party: Party, sex: str | None, birth_date: dt.date | None
) -> tuple[str, dt.date]:
    """The sex and birth date of ``party``'s resident ID; a different one given is refused."""
    assert party.id_number
    born, id_sex = resident_id_birth_date(party.id_number), resident_id_sex(party.id_number)
    if birth_date is not None and birth_date != born:
        raise InvalidInput(
            f"出生日期与身份证号不符：{party.name} 的身份证号 {party.id_number} "
            f"载明出生日期为 {born.isoformat()}，不是 {birth_date.isoformat()}"
        )
    if sex is not None and sex != id_sex:
        raise InvalidInput(
            f"性别与身份证号不符：{party.name} 的身份证号 {party.id_number} 载明性别为{id_sex}"
        )
    return id_sex, born
