"""Hearings (开庭): scheduling one, refused when the room, an arbitrator or a party is
already booked at an overlapping time; marking one held, postponed or cancelled; and the
hearings of a date range (the office's week)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from xinxiang_arbitration.cases.stale import claim_case
from xinxiang_arbitration.clocks.deadlines import latest_notice_date
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.inputs import fields
from xinxiang_arbitration.models import (
    Case,
    Hearing,
    Party,
    Staff,
    TribunalMember,
)
from xinxiang_arbitration.proceedings.records import (
    add_event,
    audit_change,
    checked_text,
    find_case,
)
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database


class HearingConflict(InvalidInput):
    """The room, an arbitrator or a party is already booked at an overlapping time."""

    def __init__(self, conflicts: list[str]) -> None:
        self.conflicts = conflicts
        super().__init__("开庭时间冲突：" + "；".join(conflicts))


@dataclass(frozen=True)
class ScheduledHearing:
    id: int
    notice_latest: dt.date | None  # the last day to serve the notice (开庭前 5 日)
    warnings: tuple[str, ...]


def _overlapping(
    session: Session, case: Case, day: dt.date, starts: dt.time, ends: dt.time, room: str
) -> list[str]:
    """Every booking that clashes: the same room, arbitrator or party at an overlapping time."""
    other_case = aliased(Case)
    clashes = session.execute(
        select(Hearing, other_case)
        .join(other_case, other_case.id == Hearing.case_id)
        .where(
            Hearing.held_on == day,
            Hearing.status == "scheduled",
            Hearing.starts_at < ends,
            Hearing.ends_at > starts,
        )
    ).all()
    if not clashes:
        return []
    ours = set(
        session.scalars(
            select(TribunalMember.staff_id).where(
                TribunalMember.case_id == case.id, TribunalMember.seat != "clerk"
            )
        )
    )
    found = []
    for hearing, other in clashes:
        when = f"{other.number} {hearing.starts_at:%H:%M}–{hearing.ends_at:%H:%M}"
        if hearing.room == room:
            found.append(f"{room}已被{when}占用")
        theirs = set(
            session.scalars(
                select(TribunalMember.staff_id).where(
                    TribunalMember.case_id == other.id, TribunalMember.seat != "clerk"
                )
            )
        )
        for staff_id in sorted(ours & theirs):
            found.append(f"仲裁员{session.get(Staff, staff_id).name}已在{when}开庭")  # type: ignore[union-attr]
        for party_id in sorted(
            {case.applicant_id, case.respondent_id} & {other.applicant_id, other.respondent_id}
        ):
            found.append(f"当事人{session.get(Party, party_id).name}已在{when}开庭")  # type: ignore[union-attr]
    return found


def schedule_hearing(
    db: Database,
    number: str,
    *,
    on: dt.date,
    starts_at: dt.time,
    ends_at: dt.time,
    room: str,
    actor: SignedIn | str,
    today: dt.date | None = None,
    seen_event_id: int | None = None,
) -> ScheduledHearing:
    """安排开庭, refused when the room, an arbitrator or a party is booked at the same time."""
    if ends_at <= starts_at:
        raise InvalidInput("结束时间必须晚于开始时间")
    room = checked_text(fields.ROOM, room, "开庭地点") or ""
    if not room:
        raise InvalidInput("请填写开庭地点（仲裁庭）")
    with db.transaction() as session:
        who = require(session, actor, "hearing.schedule", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        if case.kind is not CaseKind.ARBITRATION:
            raise InvalidInput("只有仲裁案件才能安排开庭")
        if case.accepted_on is None or case.closed_on is not None:
            raise InvalidInput("只有已受理、未结案的案件才能安排开庭")
        if on < case.accepted_on:
            raise InvalidInput("开庭日期不能早于受理日期")
        conflicts = _overlapping(session, case, on, starts_at, ends_at, room)
        if conflicts:
            raise HearingConflict(conflicts)
        notice = latest_notice_date(
            load_calendar(session), on, settings=load_clock_settings(session)
        )
        warnings = []
        if notice.due is not None and (today or dt.date.today()) > notice.due:
            warnings.append(
                f"开庭通知最迟应于{notice.due.isoformat()}送达（开庭前5日），现已来不及，"
                "除非当事人同意，应另定开庭日期"
            )
        hearing = Hearing(
            case_id=case.id, held_on=on, starts_at=starts_at, ends_at=ends_at, room=room
        )
        session.add(hearing)
        session.flush()
        add_event(
            session,
            case,
            who,
            "hearing",
            on,
            {"room": hearing.room, "starts_at": starts_at.isoformat(timespec="minutes")},
        )
        booked = {
            "held_on": on,
            "starts_at": starts_at.isoformat(timespec="minutes"),
            "ends_at": ends_at.isoformat(timespec="minutes"),
            "room": hearing.room,
        }
        audit_change(session, actor, "hearing.schedule", case, None, booked, hearing=hearing.id)
        return ScheduledHearing(hearing.id, notice.due, tuple(warnings))


HEARING_STATUSES = {"held": "已开庭", "postponed": "延期", "cancelled": "取消"}


def set_hearing_status(
    db: Database,
    number: str,
    hearing_id: int,
    status: str,
    *,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
    today: dt.date | None = None,
) -> None:
    """Mark a scheduled hearing held, postponed or cancelled; it then frees its room and
    people (only scheduled hearings clash)."""
    if status not in HEARING_STATUSES:
        raise InvalidInput(f"开庭状态只能是：{'、'.join(HEARING_STATUSES.values())}")
    with db.transaction() as session:
        who = require(session, actor, "hearing.schedule", subject=number)
        case = find_case(session, number)
        claim_case(session, case, seen_event_id)
        hearing = session.get(Hearing, hearing_id)
        if hearing is None or hearing.case_id != case.id:
            raise InvalidInput(f"案件 {number} 没有这次开庭安排")
        if hearing.status != "scheduled":
            raise InvalidInput("只有已排期的开庭才能改为已开庭、延期或取消")
        if status == "held" and hearing.held_on > (today or dt.date.today()):
            raise InvalidInput("开庭日期尚未到，不能记为已开庭")
        hearing.status = status
        add_event(
            session,
            case,
            who,
            "hearing_status",
            hearing.held_on,
            {"status": status, "room": hearing.room},
        )
        audit_change(
            session,
            actor,
            "hearing.status",
            case,
            {"status": "scheduled"},
            {"status": status},
            hearing=hearing.id,
        )


@dataclass(frozen=True)
class HearingRow:
    id: int
    case_number: str
    held_on: dt.date
    starts_at: dt.time
    ends_at: dt.time
    room: str
    status: str


def hearings_between(db: Database, start: dt.date, end: dt.date) -> list[HearingRow]:
    """Scheduled and held hearings in a date range (the office's week), by date and time."""
    with db.transaction(read_only=True) as session:
        rows = session.execute(
            select(Case.number, Hearing)
            .join(Hearing, Hearing.case_id == Case.id)
            .where(
                Hearing.held_on >= start,
                Hearing.held_on <= end,
                or_(Hearing.status == "scheduled", Hearing.status == "held"),
            )
            .order_by(Hearing.held_on, Hearing.starts_at, Hearing.room)
        ).all()
        return [
            HearingRow(h.id, number, h.held_on, h.starts_at, h.ends_at, h.room, h.status)
            for number, h in rows
        ]
