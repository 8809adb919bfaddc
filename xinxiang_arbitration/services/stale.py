"""No lost updates (issue 9): an action on a case names the last event the user saw; if
someone else changed the case since, the action is refused with what they did, by whom
and when, instead of being applied on top unseen."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.errors import StaleEdit
from xinxiang_arbitration.models import Case, CaseEvent


def last_event_id(session: Session, case_id: int) -> int:
    """The id of the case's newest event (0 when it has none): what a reader has seen."""
    found = session.scalar(
        select(CaseEvent.id)
        .where(CaseEvent.case_id == case_id)
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )
    return int(found or 0)


def check_not_stale(session: Session, case: Case, seen_event_id: int | None) -> None:
    """Refuse when the case has events newer than ``seen_event_id`` (None: no check)."""
    if seen_event_id is None:
        return
    newer = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.id > seen_event_id)
        .order_by(CaseEvent.id)
    ).all()
    if not newer:
        return
    from xinxiang_arbitration.services.case_detail import _action_label  # labels live there

    lines = [
        f"{e.actor} 于 {e.recorded_at.astimezone():%Y-%m-%d %H:%M} "
        f"{_action_label(case.kind, e.action)}"
        for e in newer
    ]
    raise StaleEdit(case.number, lines)
