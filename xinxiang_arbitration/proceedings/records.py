"""What every record of a case's proceedings shares (tribunal, hearings, sessions and the
case file's materials): the case looked up by number, a staff member by name, the case
event and the audit entry each change writes, and a text under the one text policy.

Each change is checked first (``permissions.require``, in its own transaction), then
refused if the case changed since the user read it (``seen_event_id``, ``stale``), then
recorded twice in that transaction: a case event (who, when, what) for the case's history
and an audit entry with the fields before and after."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.errors import CaseNotFound, InvalidInput
from xinxiang_arbitration.inputs.text import TextField
from xinxiang_arbitration.models import (
    Case,
    CaseEvent,
    Staff,
)
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor


def find_case(session: Session, number: str) -> Case:
    case = session.scalars(select(Case).where(Case.number == number)).first()
    if case is None:
        raise CaseNotFound(number)
    return case


def staff_named(session: Session, name: str) -> Staff:
    staff = session.scalars(select(Staff).where(Staff.name == name)).first()
    if staff is None:
        raise InvalidInput(f"没有名为“{name}”的工作人员")
    return staff


def add_event(
    session: Session,
    case: Case,
    actor: str,
    action: str,
    on: dt.date | None,
    changes: dict[str, object],
) -> None:
    session.add(
        CaseEvent(case_id=case.id, actor=actor, action=action, occurred_on=on, changes=changes)
    )


def audit_change(
    session: Session,
    actor: SignedIn | str,
    action: str,
    case: Case,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    **details: Any,
) -> None:
    audit.append_change(
        session, audit_actor(actor), action, {"case": case.number, **details}, before, after
    )


def checked_text(policy: TextField, value: str | None, label: str | None = None) -> str | None:
    """``value`` under the one text policy (``inputs.text``); None stays None (not given);
    a refusal is an ``InvalidInput`` naming the field."""
    if value is None:
        return None
    try:
        return policy.clean(value)
    except ValueError as exc:
        raise InvalidInput(f"{label or policy.label}：{exc}") from None
