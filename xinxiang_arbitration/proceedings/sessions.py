"""调解记录: a mediation session of a case (who came, what was proposed, the result)."""

from __future__ import annotations

import datetime as dt

from xinxiang_arbitration.cases.stale import claim_case
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.inputs import fields
from xinxiang_arbitration.models import (
    MediationSession,
)
from xinxiang_arbitration.proceedings.records import (
    add_event,
    audit_change,
    checked_text,
    find_case,
    staff_named,
)
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database

SESSION_RESULTS = {"continue": "继续调解", "agreement": "达成协议", "failed": "调解不成"}


def log_mediation_session(
    db: Database,
    number: str,
    *,
    on: dt.date,
    result: str,
    actor: SignedIn | str,
    starts_at: dt.time | None = None,
    place: str | None = None,
    mediator: str | None = None,
    attendees: str | None = None,
    proposals: str | None = None,
    notes: str | None = None,
    seen_event_id: int | None = None,
) -> int:
    """调解记录: one session; the case's closure is a separate action."""
    if result not in SESSION_RESULTS:
        raise InvalidInput(f"调解结果只能是：{'、'.join(SESSION_RESULTS.values())}")
    place = checked_text(fields.PLACE, place) or None
    attendees = checked_text(fields.SESSION_TEXT, attendees, "参加人员") or None
    proposals = checked_text(fields.SESSION_TEXT, proposals, "调解方案") or None
    notes = checked_text(fields.NOTES, notes) or None
    with db.transaction() as session:
        who = require(session, actor, "mediation.log", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        if case.kind is CaseKind.INSPECTION:
            raise InvalidInput("监察案件没有调解记录")
        if case.closed_on is not None:
            raise InvalidInput("案件已结案，不能再记录调解")
        if on < case.received_on:
            raise InvalidInput("调解日期不能早于收件日期")
        row = MediationSession(
            case_id=case.id,
            held_on=on,
            starts_at=starts_at,
            place=place,
            mediator_id=staff_named(session, mediator).id if mediator else None,
            attendees=attendees,
            proposals=proposals,
            result=result,
            notes=notes,
        )
        session.add(row)
        session.flush()
        add_event(session, case, who, "mediation_session", on, {"result": result})
        logged = {"held_on": on, "result": result, "mediator": mediator, "place": place}
        audit_change(session, actor, "mediation.log", case, None, logged, session_id=row.id)
        return row.id
