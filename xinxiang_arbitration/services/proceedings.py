"""Recording what happens in a case: tribunal, hearings, mediation sessions, agents, texts,
award items and the parties' particulars. Documents are filled from what is kept here.

Each change is checked first (``permissions.require``, in its own transaction), then
recorded twice in that transaction: a case event (who, when, what) for the case's history
and an audit entry with the fields before and after."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, aliased

from xinxiang_arbitration.db import Database
from xinxiang_arbitration.deadlines import latest_notice_date
from xinxiang_arbitration.documents.fields import FIELDS
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.errors import CaseNotFound, InvalidInput
from xinxiang_arbitration.models import (
    AwardItem,
    Case,
    CaseAgent,
    CaseEvent,
    CaseText,
    Hearing,
    MediationSession,
    Party,
    Staff,
    TribunalMember,
)
from xinxiang_arbitration.services import audit
from xinxiang_arbitration.services.calendar_service import load_calendar, load_clock_settings
from xinxiang_arbitration.services.permissions import SignedIn, audit_actor, require

SEATS = {"presiding": "首席仲裁员", "member": "仲裁员", "sole": "独任仲裁员", "clerk": "书记员"}
SESSION_RESULTS = {"continue": "继续调解", "agreement": "达成协议", "failed": "调解不成"}
TEXT_NAMES = tuple(FIELDS["texts"].children)


class HearingConflict(InvalidInput):
    """The room, an arbitrator or a party is already booked at an overlapping time."""

    def __init__(self, conflicts: list[str]) -> None:
        self.conflicts = conflicts
        super().__init__("开庭时间冲突：" + "；".join(conflicts))


def _case(session: Session, number: str) -> Case:
    case = session.scalars(select(Case).where(Case.number == number)).first()
    if case is None:
        raise CaseNotFound(number)
    return case


def _staff(session: Session, name: str) -> Staff:
    staff = session.scalars(select(Staff).where(Staff.name == name)).first()
    if staff is None:
        raise InvalidInput(f"没有名为“{name}”的工作人员")
    return staff


def _event(
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


def _audit(
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
        case = _case(session, number)
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
                        staff_id=_staff(session, name).id,
                        seat=seat,
                        appointed_on=appointed_on,
                    )
                )
        after = {
            seat: [name for s, name in seats if s == seat and name]
            for seat in dict.fromkeys(s for s, name in seats if name)
        }
        _event(session, case, who, "tribunal", appointed_on, dict(after))
        _audit(session, actor, "tribunal.set", case, before, after, on=appointed_on)


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
) -> ScheduledHearing:
    """安排开庭, refused when the room, an arbitrator or a party is booked at the same time."""
    if ends_at <= starts_at:
        raise InvalidInput("结束时间必须晚于开始时间")
    if not room.strip():
        raise InvalidInput("请填写开庭地点（仲裁庭）")
    with db.transaction() as session:
        who = require(session, actor, "hearing.schedule", subject=number)
        case = _case(session, number)
        if case.kind is not CaseKind.ARBITRATION:
            raise InvalidInput("只有仲裁案件才能安排开庭")
        if case.accepted_on is None or case.closed_on is not None:
            raise InvalidInput("只有已受理、未结案的案件才能安排开庭")
        if on < case.accepted_on:
            raise InvalidInput("开庭日期不能早于受理日期")
        conflicts = _overlapping(session, case, on, starts_at, ends_at, room.strip())
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
            case_id=case.id, held_on=on, starts_at=starts_at, ends_at=ends_at, room=room.strip()
        )
        session.add(hearing)
        session.flush()
        _event(
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
        _audit(session, actor, "hearing.schedule", case, None, booked, hearing=hearing.id)
        return ScheduledHearing(hearing.id, notice.due, tuple(warnings))


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
) -> int:
    """调解记录: one session; the case's closure is a separate action."""
    if result not in SESSION_RESULTS:
        raise InvalidInput(f"调解结果只能是：{'、'.join(SESSION_RESULTS.values())}")
    with db.transaction() as session:
        who = require(session, actor, "mediation.log", subject=number)
        case = _case(session, number)
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
            mediator_id=_staff(session, mediator).id if mediator else None,
            attendees=attendees,
            proposals=proposals,
            result=result,
            notes=notes,
        )
        session.add(row)
        session.flush()
        _event(session, case, who, "mediation_session", on, {"result": result})
        logged = {"held_on": on, "result": result, "mediator": mediator, "place": place}
        _audit(session, actor, "mediation.log", case, None, logged, session_id=row.id)
        return row.id


def set_text(db: Database, number: str, name: str, body: str, *, actor: SignedIn | str) -> None:
    """Keep a named free text of the case (an empty body removes it)."""
    if name not in TEXT_NAMES:
        raise InvalidInput(f"未知的案件文字：{name}")
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = _case(session, number)
        existing = session.get(CaseText, (case.id, name))
        before = {"body": existing.body if existing is not None else None}
        if not body.strip():
            if existing is not None:
                session.delete(existing)
        elif existing is None:
            session.add(CaseText(case_id=case.id, name=name, body=body.strip()))
        else:
            existing.body = body.strip()
        _event(session, case, who, "text", None, {"name": name})
        _audit(session, actor, "case.text", case, before, {"body": body.strip() or None}, name=name)


@dataclass(frozen=True)
class AwardItemInput:
    text: str
    amount: Decimal | None = None
    pay_within_days: int | None = None


def _item_fields(text: str, amount: Decimal | None, days: int | None) -> dict[str, Any]:
    return {"text": text, "amount": amount, "pay_within_days": days}


def set_award_items(
    db: Database, number: str, items: Sequence[AwardItemInput], *, actor: SignedIn | str
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
        case = _case(session, number)
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
        _event(session, case, who, "award_items", None, {"count": len(items)})
        after = [_item_fields(i.text.strip(), i.amount, i.pay_within_days) for i in items]
        _audit(session, actor, "case.award_items", case, {"items": before}, {"items": after})


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
) -> int:
    if side not in ("applicant", "respondent"):
        raise InvalidInput("代理人须属于申请人或被申请人")
    if not name.strip() or not role.strip():
        raise InvalidInput("请填写代理人姓名和代理类别")
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = _case(session, number)
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
        _event(session, case, who, "agent", None, {"side": side, "name": agent.name})
        added = {
            "side": side,
            "name": agent.name,
            "role": agent.role,
            "organisation": organisation,
            "phone": phone,
        }
        _audit(session, actor, "case.agent", case, None, added, agent=agent.id)
        return agent.id


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
) -> None:
    """Fill in a party's particulars (the ones given are changed, the others kept)."""
    if sex is not None and sex not in ("男", "女"):
        raise InvalidInput("性别只能是“男”或“女”")
    with db.transaction() as session:
        who = require(session, actor, "case.edit", subject=number)
        case = _case(session, number)
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
        _event(
            session,
            case,
            who,
            "party",
            None,
            {k: str(v) for k, v in given.items()},
        )
        _audit(session, actor, "case.party", case, before, given, side=side, party=party.name)


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
    with db.transaction() as session:
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
