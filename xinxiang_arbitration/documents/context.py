"""The values of every field in ``fields.FIELDS`` for one case, read from the database.

What the case does not have is a ``Missing`` (see engine.py), never an empty string,
so that a template that prints it is refused instead of printing a blank.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.deadlines import (
    EXCLUSION_KINDS,
    Settings,
    compute,
    latest_notice_date,
)
from xinxiang_arbitration.clocks.due import clocks_of, restarts_of, suspensions_of
from xinxiang_arbitration.documents.chinese import weekday_cn
from xinxiang_arbitration.documents.engine import Items, Missing
from xinxiang_arbitration.domain import COLLECTIVE_HEADCOUNT, CaseKind, PartyKind, case_status
from xinxiang_arbitration.models import (
    AwardItem,
    Case,
    CaseAgent,
    CaseText,
    ClaimItem,
    Hearing,
    MediationSession,
    OfficeSetting,
    Party,
    Staff,
    Suspension,
    TribunalMember,
)

HEARING_STATUS = {"scheduled": "已排期", "held": "已开庭", "postponed": "延期", "cancelled": "取消"}
CLAIM_CATEGORIES = {
    "remuneration": "劳动报酬",
    "injury_medical": "工伤医疗费",
    "compensation": "经济补偿",
    "damages": "赔偿金",
    "labour_standards": "劳动标准",
    "other": "其他",
}
SESSION_RESULT = {"continue": "继续调解", "agreement": "达成协议", "failed": "调解不成"}


def _or_missing(value: Any, path: str) -> Any:
    if value is None or value == "":
        return Missing(path)
    return value


def _values(path: str, **values: Any) -> dict[str, Any]:
    return {key: _or_missing(value, f"{path}.{key}") for key, value in values.items()}


def _party(party: Party, agents: list[CaseAgent], path: str) -> dict[str, Any]:
    found = _values(
        path,
        name=party.name,
        kind=party.kind.label,
        id_number=party.id_number,
        credit_code=party.credit_code,
        sex=party.sex,
        birth_date=party.birth_date,
        address=party.address,
        phone=party.phone,
        legal_representative=party.legal_representative,
        legal_representative_title=party.legal_representative_title,
    )
    found["is_employer"] = party.kind is PartyKind.ORGANISATION
    found["agents"] = Items(
        f"{path}.agents",
        [
            _values(
                f"{path}.agents",
                name=a.name,
                role=a.role,
                organisation=a.organisation,
                phone=a.phone,
            )
            for a in agents
        ],
    )
    return found


def _office(session: Session) -> dict[str, Any]:
    stored = dict(session.execute(select(OfficeSetting.key, OfficeSetting.value)).all())
    keys = {
        "name": "commission_name",
        "short": "commission_short",
        "address": "commission_address",
        "phone": "commission_phone",
        "inspection_office": "inspection_office_name",
        "hearing_place": "hearing_place",
    }
    return {field: _or_missing(stored.get(key), f"office.{field}") for field, key in keys.items()}


def _tribunal(session: Session, case_id: int) -> dict[str, Any]:
    seats = session.execute(
        select(TribunalMember.seat, Staff.name, TribunalMember.appointed_on)
        .join(Staff, Staff.id == TribunalMember.staff_id)
        .where(TribunalMember.case_id == case_id)
        .order_by(TribunalMember.id)
    ).all()
    by_seat: dict[str, list[str]] = {}
    for seat, name, _ in seats:
        by_seat.setdefault(seat, []).append(name)
    arbitrators = by_seat.get("sole", []) + by_seat.get("presiding", []) + by_seat.get("member", [])
    return _values(
        "tribunal",
        presiding="、".join(by_seat.get("presiding", [])),
        members="、".join(by_seat.get("member", [])),
        sole="、".join(by_seat.get("sole", [])),
        arbitrators="、".join(arbitrators),
        clerk="、".join(by_seat.get("clerk", [])),
        formed_on=min((on for seat, _, on in seats if seat != "clerk"), default=None),
    ) | {"is_sole": bool(by_seat.get("sole"))}


def _hearings(
    session: Session, case_id: int, cal: WorkCalendar, settings: Settings, today: dt.date
) -> tuple[dict[str, Any] | Missing, Items]:
    rows = session.scalars(
        select(Hearing)
        .where(Hearing.case_id == case_id)
        .order_by(Hearing.held_on, Hearing.starts_at)
    ).all()
    listed = Items(
        "hearings",
        [
            _values(
                "hearings",
                date=h.held_on,
                starts_at=h.starts_at,
                room=h.room,
                status=HEARING_STATUS.get(h.status, h.status),
            )
            for h in rows
        ],
    )
    scheduled = [h for h in rows if h.status == "scheduled"]
    upcoming = [h for h in scheduled if h.held_on >= today]
    candidates = upcoming or scheduled or list(rows)
    if not candidates:
        return Missing("hearing"), listed
    chosen = candidates[0] if upcoming else candidates[-1]
    notice = latest_notice_date(cal, chosen.held_on, settings=settings)
    return _values(
        "hearing",
        date=chosen.held_on,
        weekday=weekday_cn(chosen.held_on),
        starts_at=chosen.starts_at,
        ends_at=chosen.ends_at,
        room=chosen.room,
        notice_served_on=chosen.notice_served_on,
        notice_latest=notice.due,
    ), listed


def _sessions(session: Session, case_id: int) -> Items:
    rows = session.execute(
        select(MediationSession, Staff.name)
        .outerjoin(Staff, Staff.id == MediationSession.mediator_id)
        .where(MediationSession.case_id == case_id)
        .order_by(MediationSession.held_on, MediationSession.id)
    ).all()
    return Items(
        "sessions",
        [
            _values(
                "sessions",
                date=s.held_on,
                starts_at=s.starts_at,
                place=s.place,
                mediator=mediator,
                attendees=s.attendees,
                proposals=s.proposals,
                result=SESSION_RESULT.get(s.result, s.result),
            )
            | {"no": n}
            for n, (s, mediator) in enumerate(rows, start=1)
        ],
    )


def _suspension(suspensions: list[Suspension]) -> dict[str, Any] | Missing:
    if not suspensions:
        return Missing("suspension")
    last = max(suspensions, key=lambda s: (s.started_on, s.id))
    return _values(
        "suspension",
        kind=EXCLUSION_KINDS.get(last.kind, last.kind),
        started_on=last.started_on,
        ended_on=last.ended_on,
        reason=last.reason,
    )


def _deadlines(
    session: Session, case: Case, cal: WorkCalendar, settings: Settings, today: dt.date
) -> dict[str, Any]:
    found: dict[str, Any] = {
        code: Missing(f"deadlines.{code}")
        for code in ("acceptance", "award", "mediation", "inspection_filing", "inspection_closure")
    }
    as_of = max(today, case.accepted_on or today)
    exclusions = suspensions_of(session, [case.id], as_of).get(case.id, [])
    restarted = restarts_of(session, [case.id], as_of).get(case.id)
    for deadline in clocks_of(cal, case, as_of, settings, exclusions, restarted):
        if deadline.due is not None:
            found[deadline.clock] = deadline.due
    first_clock = {CaseKind.ARBITRATION: "acceptance", CaseKind.INSPECTION: "inspection_filing"}
    if case.kind in first_clock:  # still wanted once the case is accepted (受理审查期限)
        code = first_clock[case.kind]
        due = compute(cal, code, case.received_on, settings=settings, explain=False).due
        found[code] = _or_missing(due, f"deadlines.{code}")
    return found


def case_context(
    session: Session,
    case: Case,
    *,
    cal: WorkCalendar,
    settings: Settings,
    today: dt.date,
    user: str,
) -> dict[str, Any]:
    """Every field of ``fields.FIELDS`` for ``case`` (loaded in ``session``)."""
    agents = session.scalars(
        select(CaseAgent).where(CaseAgent.case_id == case.id).order_by(CaseAgent.id)
    ).all()
    claims = session.scalars(
        select(ClaimItem).where(ClaimItem.case_id == case.id).order_by(ClaimItem.position)
    ).all()
    items = session.scalars(
        select(AwardItem).where(AwardItem.case_id == case.id).order_by(AwardItem.position)
    ).all()
    texts = dict(
        session.execute(
            select(CaseText.name, CaseText.body).where(CaseText.case_id == case.id)
        ).all()
    )
    hearing, hearings = _hearings(session, case.id, cal, settings, today)
    claims_total = sum((c.amount for c in claims if c.amount is not None), Decimal(0))
    award_total = sum((i.amount for i in items if i.amount is not None), Decimal(0))
    return {
        "office": _office(session),
        "case": _values(
            "case",
            number=case.number,
            kind=case.kind.label,
            status=case_status(case.status).label,
            received_on=case.received_on,
            accepted_on=case.accepted_on,
            closed_on=case.closed_on,
            closure_mode=case.closure_mode.label if case.closure_mode else None,
            headcount=case.headcount,
            claim_amount=case.claim_amount,
            dispute_types="、".join(d.dispute_type.label for d in case.dispute_types),
            handler=case.handler.name if case.handler else None,
            mediation_org=case.mediation_org.name if case.mediation_org else None,
            notes=case.notes,
            final_award=case.final_award,
        )
        | {
            "collective": case.headcount >= COLLECTIVE_HEADCOUNT,
            "extended": case.extended,
        },
        "applicant": _party(
            case.applicant, [a for a in agents if a.side == "applicant"], "applicant"
        ),
        "respondent": _party(
            case.respondent, [a for a in agents if a.side == "respondent"], "respondent"
        ),
        "claims": Items(
            "claims",
            [
                _values(
                    "claims",
                    category=CLAIM_CATEGORIES.get(c.category, c.category),
                    text=c.description,
                    amount=c.amount,
                )
                | {"no": n}
                for n, c in enumerate(claims, start=1)
            ],
        ),
        "claims_total": claims_total if claims else Missing("claims_total"),
        "award_items": Items(
            "award_items",
            [
                _values(
                    "award_items", text=i.text, amount=i.amount, pay_within_days=i.pay_within_days
                )
                | {"no": n}
                for n, i in enumerate(items, start=1)
            ],
        ),
        "award_total": award_total if items else Missing("award_total"),
        "texts": {name: _or_missing(texts.get(name), f"texts.{name}") for name in _TEXT_NAMES},
        "tribunal": _tribunal(session, case.id),
        "hearing": hearing,
        "hearings": hearings,
        "sessions": _sessions(session, case.id),
        "suspension": _suspension(list(case.suspensions)),
        "deadlines": _deadlines(session, case, cal, settings, today),
        "today": today,
        "user": user,
    }


def _text_names() -> tuple[str, ...]:
    from xinxiang_arbitration.documents.fields import FIELDS

    return tuple(FIELDS["texts"].children)


_TEXT_NAMES = _text_names()
