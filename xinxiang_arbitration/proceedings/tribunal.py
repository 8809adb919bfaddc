"""组成仲裁庭: three arbitrators (one presiding) or one sole arbitrator, and a clerk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from xinxiang_arbitration.cases.stale import claim_case
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import (
    Case,
    Staff,
    TribunalMember,
)
from xinxiang_arbitration.proceedings.records import (
    add_event,
    audit_change,
    find_case,
    staff_named,
)
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database

SEATS = {"presiding": "首席仲裁员", "member": "仲裁员", "sole": "独任仲裁员", "clerk": "书记员"}


def _seats(session: Session, case: Case) -> dict[str, list[str]]:
    """The tribunal as it stands: seat → names."""
    seats: dict[str, list[str]] = {}
    for seat, name in session.execute(
        select(TribunalMember.seat, Staff.name)
        .join(Staff, Staff.id == TribunalMember.staff_id)
        .where(TribunalMember.case_id == case.id)
        .order_by(TribunalMember.id)
    ):
        seats.setdefault(seat, []).append(name)
    return seats


def set_tribunal(
    db: Database,
    number: str,
    *,
    appointed_on: dt.date,
    actor: SignedIn | str,
    presiding: str | None = None,
    members: Sequence[str] = (),
    sole: str | None = None,
    clerk: str | None = None,
    seen_event_id: int | None = None,
) -> None:
    """组成仲裁庭: three arbitrators (one presiding) or one sole arbitrator, and a clerk."""
    if sole and (presiding or members):
        raise InvalidInput("独任审理时不能另设首席仲裁员或仲裁员")
    if not sole and not (presiding and len(members) == 2):
        raise InvalidInput(
            "仲裁庭由三名仲裁员组成（首席仲裁员一名、仲裁员两名），或由一名仲裁员独任"
        )
    arbitrators = [n for n in (sole, presiding, *members) if n]
    if len(set(arbitrators)) != len(arbitrators):
        raise InvalidInput("同一人不能在仲裁庭中担任两个席位")
    with db.transaction() as session:
        who = require(session, actor, "tribunal.set", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        if case.accepted_on is None:
            raise InvalidInput("案件尚未受理，不能组成仲裁庭")
        before = _seats(session, case)
        if appointed_on < case.accepted_on:
            raise InvalidInput("组庭日期不能早于受理日期")
        session.execute(delete(TribunalMember).where(TribunalMember.case_id == case.id))
        seats = [
            ("sole", sole),
            ("presiding", presiding),
            *(("member", m) for m in members),
            ("clerk", clerk),
        ]
        for seat, name in seats:
            if name:
                session.add(
                    TribunalMember(
                        case_id=case.id,
                        staff_id=staff_named(session, name).id,
                        seat=seat,
                        appointed_on=appointed_on,
                    )
                )
        after = {
            seat: [name for s, name in seats if s == seat and name]
            for seat in dict.fromkeys(s for s, name in seats if name)
        }
        add_event(session, case, who, "tribunal", appointed_on, dict(after))
        audit_change(session, actor, "tribunal.set", case, before, after, on=appointed_on)
