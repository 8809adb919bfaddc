"""Reading one case's whole story (案件详情) in one go: header, parties, claims, history,
clocks, proceedings and documents, and what may be done next (``actions``), handed to the
client as the plain dataclasses of ``lines``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration import proceedings as pr
from xinxiang_arbitration.case_detail.actions import latest_day, probe_actions
from xinxiang_arbitration.case_detail.clock_lines import clock_lines, hearing_rows
from xinxiang_arbitration.case_detail.lines import (
    AgentLine,
    AwardLine,
    CaseDetail,
    CaseHeader,
    ClaimLine,
    EventLine,
    HearingLine,
    PartyLine,
    SeatLine,
    SessionLine,
    SuspensionLine,
    TextLine,
)
from xinxiang_arbitration.case_detail.summaries import (
    HEARING_STATUSES,
    SIDES,
    TEXT_LABELS,
    summarise,
)
from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.cases.events import action_label
from xinxiang_arbitration.cases.final_award import LABELS as CLAIM_LABELS
from xinxiang_arbitration.cases.final_award import ClaimCategory
from xinxiang_arbitration.cases.stale import last_event_id
from xinxiang_arbitration.clocks.deadlines import EXCLUSION_KINDS
from xinxiang_arbitration.documents.making import case_documents
from xinxiang_arbitration.domain import case_status, is_collective
from xinxiang_arbitration.errors import CaseNotFound
from xinxiang_arbitration.inputs.values import resident_id_birth_date, resident_id_sex
from xinxiang_arbitration.models import (
    AwardItem,
    Case,
    CaseAgent,
    CaseEvent,
    CaseText,
    ClaimItem,
    MediationSession,
    Party,
    Staff,
    TribunalMember,
)
from xinxiang_arbitration.storage.db import Database

# --- reading -------------------------------------------------------------------------------


def case_id_by_number(db: Database, number: str) -> int:
    with db.transaction(read_only=True) as session:
        found = session.scalar(select(Case.id).where(Case.number == number.strip()))
    if found is None:
        raise CaseNotFound(number)
    return found


def case_detail(db: Database, case_id: int, *, today: dt.date | None = None) -> CaseDetail:
    """Everything about case ``case_id`` as things stand on ``today``."""
    as_of = today or dt.date.today()
    with db.transaction(read_only=True) as session:
        case = session.get(Case, case_id)
        if case is None:
            raise CaseNotFound(f"（编号 {case_id}）")
        number = case.number
        events = _timeline(session, case)
        parties, agents = _parties(case), _agents(session, case.id)
        claims = _claims(session, case.id)
        clocks = tuple(clock_lines(session, case, as_of, events))
        suspensions = tuple(_suspension_lines(case))
        sessions, hearings = _sessions(session, case.id), _hearings(session, case.id)
        tribunal, texts = _tribunal(session, case.id), _texts(session, case.id)
        awards = _awards(session, case.id)
        probe_day = latest_day(case, as_of)
        header_args = _header_args(case)
        seen = last_event_id(session, case.id)
    header = CaseHeader(**header_args, linked=tuple(case_life.linked_cases(db, number)))
    allowed, blocked = probe_actions(db, number, header.kind, probe_day)
    return CaseDetail(
        header=header,
        parties=parties,
        agents=agents,
        claims=claims,
        timeline=events,
        last_event_id=seen,
        clocks=clocks,
        suspensions=suspensions,
        sessions=sessions,
        hearings=hearings,
        tribunal=tribunal,
        texts=texts,
        award_items=awards,
        documents=tuple(case_documents(db, number)),
        allowed_actions=allowed,
        blocked=blocked,
        as_of=as_of,
    )


def _header_args(case: Case) -> dict[str, Any]:
    status = case_status(case.status)
    return {
        "id": case.id,
        "number": case.number,
        "kind": case.kind,
        "kind_label": case.kind.label,
        "status": status,
        "status_label": status.label,
        "handler": case.handler.name if case.handler else None,
        "received_on": case.received_on,
        "accepted_on": case.accepted_on,
        "closed_on": case.closed_on,
        "closure_mode": case.closure_mode,
        "closure_label": case.closure_mode.label if case.closure_mode else None,
        "refused": case.refused,
        "extended": case.extended,
        "headcount": case.headcount,
        "collective": is_collective(case.headcount),
        "final_award": case.final_award,
        "claim_amount": case.claim_amount,
        "dispute_types": tuple(d.dispute_type.label for d in case.dispute_types),
        "mediation_org": case.mediation_org.name if case.mediation_org else None,
        "notes": case.notes,
    }


def _party_line(side: str, p: Party) -> PartyLine:
    sex, born = p.sex, p.birth_date
    if p.id_number:  # what the resident ID says, also for parties stored before issue 16
        sex, born = resident_id_sex(p.id_number), resident_id_birth_date(p.id_number)
    return PartyLine(
        side,
        SIDES[side],
        p.name,
        p.kind.label,
        p.id_number,
        p.credit_code,
        sex,
        born,
        p.address,
        p.phone,
        p.legal_representative,
        p.legal_representative_title,
    )


def _parties(case: Case) -> tuple[PartyLine, ...]:
    return (_party_line("applicant", case.applicant), _party_line("respondent", case.respondent))


def _agents(session: Session, case_id: int) -> tuple[AgentLine, ...]:
    rows = session.scalars(
        select(CaseAgent).where(CaseAgent.case_id == case_id).order_by(CaseAgent.id)
    )
    return tuple(
        AgentLine(SIDES.get(a.side, a.side), a.name, a.role, a.organisation, a.phone, a.id)
        for a in rows
    )


def _claims(session: Session, case_id: int) -> tuple[ClaimLine, ...]:
    rows = session.scalars(
        select(ClaimItem).where(ClaimItem.case_id == case_id).order_by(ClaimItem.position)
    )
    return tuple(
        ClaimLine(n, _claim_label(c.category), c.description, c.amount)
        for n, c in enumerate(rows, start=1)
    )


def _claim_label(code: str) -> str:
    try:
        return CLAIM_LABELS[ClaimCategory(code)]
    except ValueError:
        return code


def _status_label(code: str | None) -> str | None:
    if not code:
        return None
    try:
        return case_status(code).label
    except ValueError:
        return code


def _timeline(session: Session, case: Case) -> tuple[EventLine, ...]:
    rows = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id)
        .order_by(CaseEvent.recorded_at, CaseEvent.id)
    )
    return tuple(
        EventLine(
            recorded_at=e.recorded_at.astimezone(),
            actor=e.actor,
            action=e.action,
            action_label=action_label(case.kind, e.action),
            occurred_on=e.occurred_on,
            from_label=_status_label(e.from_status),
            to_label=_status_label(e.to_status),
            summary=summarise(e.action, e.changes),
        )
        for e in rows
    )


def _suspension_lines(case: Case) -> Iterator[SuspensionLine]:
    for s in case.suspensions:
        yield SuspensionLine(
            EXCLUSION_KINDS.get(s.kind, s.kind),
            s.started_on,
            s.ended_on,
            s.reason,
            s.approver,
            (s.ended_on - s.started_on).days if s.ended_on else None,
        )


def _sessions(session: Session, case_id: int) -> tuple[SessionLine, ...]:
    rows = session.execute(
        select(MediationSession, Staff.name)
        .outerjoin(Staff, Staff.id == MediationSession.mediator_id)
        .where(MediationSession.case_id == case_id)
        .order_by(MediationSession.held_on, MediationSession.id)
    ).all()
    return tuple(
        SessionLine(
            n,
            m.held_on,
            m.starts_at,
            m.place,
            mediator,
            m.attendees,
            m.proposals,
            pr.SESSION_RESULTS.get(m.result, m.result),
            m.notes,
        )
        for n, (m, mediator) in enumerate(rows, start=1)
    )


def _hearings(session: Session, case_id: int) -> tuple[HearingLine, ...]:
    return tuple(
        HearingLine(
            h.held_on,
            h.starts_at,
            h.ends_at,
            h.room,
            HEARING_STATUSES.get(h.status, h.status),
            h.notice_served_on,
            h.id,
            h.status == "scheduled",
        )
        for h in hearing_rows(session, case_id)
    )


def _tribunal(session: Session, case_id: int) -> tuple[SeatLine, ...]:
    order = {seat: n for n, seat in enumerate(pr.SEATS)}
    rows = session.execute(
        select(TribunalMember, Staff.name)
        .join(Staff, Staff.id == TribunalMember.staff_id)
        .where(TribunalMember.case_id == case_id)
        .order_by(TribunalMember.id)
    ).all()
    rows = sorted(rows, key=lambda r: order.get(r[0].seat, len(order)))
    return tuple(SeatLine(pr.SEATS.get(m.seat, m.seat), name, m.appointed_on) for m, name in rows)


def _texts(session: Session, case_id: int) -> tuple[TextLine, ...]:
    order = {name: n for n, name in enumerate(TEXT_LABELS)}
    rows = session.scalars(select(CaseText).where(CaseText.case_id == case_id)).all()
    rows = sorted(rows, key=lambda t: order.get(t.name, len(order)))
    return tuple(TextLine(t.name, TEXT_LABELS.get(t.name, t.name), t.body) for t in rows)


def _awards(session: Session, case_id: int) -> tuple[AwardLine, ...]:
    rows = session.scalars(
        select(AwardItem).where(AwardItem.case_id == case_id).order_by(AwardItem.position)
    )
    return tuple(AwardLine(a.position, a.text, a.amount, a.pay_within_days) for a in rows)
