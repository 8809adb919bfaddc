"""How every stage action of a case runs (``cases.life``): load the case, check who may
do it (``permissions.require``) and that nobody changed the case since the user read it
(``stale``), apply the change, record the event (who, when, what, the status before and
after) and an audit entry with the changed fields before and after, in one transaction.
What a caller gets back is a ``CaseState``, never a live ORM object.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from xinxiang_arbitration.cases.stale import check_not_stale
from xinxiang_arbitration.domain import CaseKind, CaseStatus, case_status, is_collective
from xinxiang_arbitration.errors import CaseNotFound, InvalidTransition, StaleEdit
from xinxiang_arbitration.models import Case, CaseEvent
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor, require
from xinxiang_arbitration.storage.db import Database


@dataclass(frozen=True)
class CaseState:
    """What a caller needs back after an action: never a live ORM object."""

    number: str
    kind: CaseKind
    status: CaseStatus
    collective: bool
    extended: bool
    final_award: bool | None


def state_of(case: Case) -> CaseState:
    return CaseState(
        number=case.number,
        kind=case.kind,
        status=case_status(case.status),
        collective=is_collective(case.headcount),
        extended=case.extended,
        final_award=case.final_award,
    )


def load_case(session: Session, number: str) -> Case:
    case = session.scalars(select(Case).where(Case.number == number)).one_or_none()
    if case is None:
        raise CaseNotFound(number)
    return case


def require_that(condition: bool, reason: str) -> None:
    if not condition:
        raise InvalidTransition(reason)


def not_before(on: dt.date, earlier: dt.date | None, what: str) -> None:
    if earlier is not None and on < earlier:
        raise InvalidTransition(f"日期 {on.isoformat()} 早于{what}（{earlier.isoformat()}）")


def record_event(
    session: Session,
    case: Case,
    action: str,
    on: dt.date | None,
    actor: str,
    before: str,
    changes: dict[str, Any] | None = None,
) -> None:
    session.add(
        CaseEvent(
            case_id=case.id,
            actor=actor,
            action=action,
            occurred_on=on,
            from_status=before,
            to_status=case.status,
            changes=changes,
        )
    )


def audit_fields(case: Case) -> dict[str, Any]:
    """What the actions change, as the audit log keeps it before and after."""
    running = [s for s in case.suspensions if s.ended_on is None]
    return {
        "status": case.status,
        "accepted_on": case.accepted_on,
        "refused": case.refused,
        "suspended_since": running[-1].started_on if running else None,
        "extended": case.extended,
        "final_award": case.final_award,
        "closed_on": case.closed_on,
        "closure_mode": case.closure_mode.value if case.closure_mode else None,
    }


def audit_action(
    session: Session,
    actor: SignedIn | str,
    permission: str,
    case: Case,
    on: dt.date,
    before: dict[str, Any],
    changes: dict[str, Any] | None,
) -> None:
    details = {"case": case.number, "on": on, **(changes or {})}
    audit.append_change(
        session, audit_actor(actor), permission, details, before, audit_fields(case)
    )


def act(
    db: Database,
    number: str,
    action: str,
    permission: str,
    on: dt.date,
    actor: SignedIn | str,
    apply: Callable[[Session, Case], dict[str, Any] | None],
    seen_event_id: int | None = None,
) -> CaseState:
    with db.transaction() as session:
        case = load_case(session, number)  # first: who may decide depends on the kind of case
        name = require(session, actor, permission, subject=number, kind=case.kind.value)
        check_not_stale(session, case, seen_event_id)
        before, fields = case.status, audit_fields(case)
        changes = apply(session, case)
        try:
            session.flush()
        except StaleDataError as exc:  # another PC's save of this case committed first
            raise StaleEdit(number, []) from exc
        record_event(session, case, action, on, name, before, changes)
        audit_action(session, actor, permission, case, on, fields, changes)
        return state_of(case)
