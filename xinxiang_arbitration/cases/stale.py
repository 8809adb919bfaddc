"""No lost updates (issue 9): an action on a case names the last event the user saw; if
someone else changed the case since, the action is refused with what they did, by whom
and when, instead of being applied on top unseen.

Two saves at the same moment both pass that check, so every change to a case also
writes the case row under its version (``Case.version``, SQLAlchemy's version counter):
the row lock makes the second wait, and its stale version then refuses it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from xinxiang_arbitration.cases.events import action_label
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
    lines = [
        f"{e.actor} 于 {e.recorded_at.astimezone():%Y-%m-%d %H:%M} "
        f"{action_label(case.kind, e.action)}"
        for e in newer
    ]
    raise StaleEdit(case.number, lines)


def claim_case(session: Session, case: Case, seen_event_id: int | None) -> None:
    """Check ``seen_event_id`` as ``check_not_stale`` does, then write the case row under
    its version for a change that does not otherwise touch it (a text, an agent, a
    hearing): of two such saves at once, the later is refused instead of both passing."""
    check_not_stale(session, case, seen_event_id)
    number = case.number  # read now: after a failed flush the case cannot be loaded
    flag_modified(case, "number")  # an UPDATE of the unchanged number bumps the version
    try:
        session.flush()
    except StaleDataError as exc:  # another PC's save of this case committed first
        raise StaleEdit(number, []) from exc
