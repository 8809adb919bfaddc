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
from xinxiang_arbitration.models import AwardItem, CaseAgent, CaseText, Party
from xinxiang_arbitration.proceedings.records import add_event, audit_change, find_case
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
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        existing = session.get(CaseText, (case.id, name))
        before = {"body": existing.body if existing is not None else None}
        if not body.strip():
            if existing is not None:
                session.delete(existing)
        elif existing is None:
            session.add(CaseText(case_id=case.id, name=name, body=body.strip()))
        else:
            existing.body = body.strip()
        add_event(session, case, who, "text", None, {"name": name})
        audit_change(
            session, actor, "case.text", case, before, {"body": body.strip() or None}, name=name
        )


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
    for n, item in enumerate(items, start=1):
        if not item.text.strip():
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
                    text=item.text.strip(),
                    amount=item.amount,
                    pay_within_days=item.pay_within_days,
                )
            )
        add_event(session, case, who, "award_items", None, {"count": len(items)})
        after = [_item_fields(i.text.strip(), i.amount, i.pay_within_days) for i in items]
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
    if not name.strip() or not role.strip():
        raise InvalidInput("请填写代理人姓名和代理类别")
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        agent = CaseAgent(
            case_id=case.id,
            side=side,
            name=name.strip(),
            role=role.strip(),
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
    """Fill in a party's particulars (the ones given are changed, the others kept)."""
    if sex is not None and sex not in ("男", "女"):
        raise InvalidInput("性别只能是“男”或“女”")
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        party_id = case.applicant_id if side == "applicant" else case.respondent_id
        party = session.get(Party, party_id)
        assert party is not None
        changes = {
            "sex": sex,
            "birth_date": birth_date,
            "address": address,
            "phone": phone,
            "legal_representative": legal_representative,
            "legal_representative_title": legal_representative_title,
        }
        given = {k: v for k, v in changes.items() if v is not None}
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
