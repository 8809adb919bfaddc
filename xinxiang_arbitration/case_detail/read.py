"""One case's whole story (案件详情): header, parties, claims, history, clocks and what may be
done next, read in one go and handed to the client as plain frozen dataclasses.

The clocks come from ``due.clocks_of`` (the same code that fills the office's queue) and
``deadlines.latest_notice_date``; the actions allowed are found by trying each action of
``case_life`` / ``proceedings`` on a transaction that is always rolled back, so the rules
live in one place only (see ``_probe_actions``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.cases.events import action_label
from xinxiang_arbitration.cases.final_award import LABELS as CLAIM_LABELS
from xinxiang_arbitration.cases.final_award import ClaimCategory
from xinxiang_arbitration.cases.life import is_collective
from xinxiang_arbitration.cases.stale import last_event_id
from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.deadlines import (
    EXCLUSION_KINDS,
    Deadline,
    Settings,
    latest_notice_date,
)
from xinxiang_arbitration.clocks.due import clocks_of, restarts_of, suspensions_of
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.documents.fields import FIELDS
from xinxiang_arbitration.documents.making import StoredDocument, case_documents
from xinxiang_arbitration.domain import (
    CLOSURE_MODES_BY_KIND,
    CaseKind,
    CaseStatus,
    ClosureMode,
    case_status,
)
from xinxiang_arbitration.errors import (
    CalendarNotCovered,
    CaseNotFound,
    InvalidInput,
    InvalidTransition,
)
from xinxiang_arbitration.models import (
    AwardItem,
    Case,
    CaseAgent,
    CaseEvent,
    CaseText,
    ClaimItem,
    Hearing,
    MediationSession,
    Party,
    Staff,
    TribunalMember,
)
from xinxiang_arbitration.proceedings import records as pr
from xinxiang_arbitration.security.permissions import RULES_ONLY
from xinxiang_arbitration.storage.db import Database

SIDES = {"applicant": "申请人", "respondent": "被申请人"}
HEARING_STATUSES = {
    "scheduled": "已排期",
    "held": "已开庭",
    "postponed": "延期",
    "cancelled": "取消",
}
TEXT_LABELS = {name: f.label for name, f in FIELDS["texts"].children.items()}
PARTY_FIELDS = {
    "sex": "性别",
    "birth_date": "出生日期",
    "address": "住所",
    "phone": "电话",
    "legal_representative": "法定代表人",
    "legal_representative_title": "职务",
}
# The actions the case view offers, in its order: case_life's stage changes, then the
# proceedings' records that depend on the stage.
STAGE_ACTIONS = ("accept", "refuse", "suspend", "resume", "extend", "close", "transfer")
RECORD_ACTIONS = ("schedule_hearing", "log_session")
ACTIONS = STAGE_ACTIONS + RECORD_ACTIONS
PROBE = "（试算）"  # actor and texts of the rolled-back tries


@dataclass(frozen=True)
class CaseHeader:
    id: int
    number: str
    kind: CaseKind
    kind_label: str
    status: CaseStatus
    status_label: str
    handler: str | None
    received_on: dt.date
    accepted_on: dt.date | None
    closed_on: dt.date | None
    closure_mode: ClosureMode | None
    closure_label: str | None
    refused: bool
    extended: bool
    headcount: int
    collective: bool
    final_award: bool | None
    claim_amount: Decimal | None
    dispute_types: tuple[str, ...]
    mediation_org: str | None
    notes: str | None
    linked: tuple[tuple[str, str], ...]  # (relation, other case's number)


@dataclass(frozen=True)
class PartyLine:
    side: str  # applicant / respondent
    side_label: str
    name: str
    kind_label: str
    id_number: str | None
    credit_code: str | None
    sex: str | None
    birth_date: dt.date | None
    address: str | None
    phone: str | None
    legal_representative: str | None
    legal_representative_title: str | None


@dataclass(frozen=True)
class AgentLine:
    side_label: str
    name: str
    role: str
    organisation: str | None
    phone: str | None
    id: int  # the agent's row: what removing one names


@dataclass(frozen=True)
class ClaimLine:
    no: int
    category_label: str
    text: str
    amount: Decimal | None


@dataclass(frozen=True)
class EventLine:
    recorded_at: dt.datetime  # local time of recording
    actor: str
    action: str
    action_label: str
    occurred_on: dt.date | None
    from_label: str | None
    to_label: str | None
    summary: str


@dataclass(frozen=True)
class ClockLine:
    """A clock of the case: running (days left count), stopped by a suspension, or done."""

    code: str
    name: str
    due: dt.date | None
    running: bool
    stopped: bool
    done_on: dt.date | None  # when what the clock waited for happened
    days_left: int | None  # calendar days from today to ``due``; negative: overdue
    working_days_left: int | None  # working days; None when the calendar lacks a year
    article: str
    explanation: str

    @property
    def overdue(self) -> bool:
        return self.running and self.days_left is not None and self.days_left < 0

    @property
    def met_late(self) -> bool:
        return self.done_on is not None and self.due is not None and self.done_on > self.due


@dataclass(frozen=True)
class SuspensionLine:
    kind_label: str
    started_on: dt.date
    ended_on: dt.date | None
    reason: str | None
    approver: str | None
    days: int | None  # excluded days; None while still running


@dataclass(frozen=True)
class SessionLine:
    no: int
    held_on: dt.date
    starts_at: dt.time | None
    place: str | None
    mediator: str | None
    attendees: str | None
    proposals: str | None
    result_label: str
    notes: str | None


@dataclass(frozen=True)
class HearingLine:
    held_on: dt.date
    starts_at: dt.time
    ends_at: dt.time
    room: str
    status_label: str
    notice_served_on: dt.date | None
    id: int  # the hearing's row: what marking it held / postponed / cancelled names
    scheduled: bool  # still 已排期 (only those can be marked)


@dataclass(frozen=True)
class SeatLine:
    seat_label: str
    name: str
    appointed_on: dt.date


@dataclass(frozen=True)
class TextLine:
    name: str
    label: str
    body: str


@dataclass(frozen=True)
class AwardLine:
    no: int
    text: str
    amount: Decimal | None
    pay_within_days: int | None


@dataclass(frozen=True)
class CaseDetail:
    header: CaseHeader
    parties: tuple[PartyLine, ...]
    agents: tuple[AgentLine, ...]
    claims: tuple[ClaimLine, ...]
    timeline: tuple[EventLine, ...]  # oldest first
    last_event_id: int  # what this reader has seen: actions pass it back (no lost updates)
    clocks: tuple[ClockLine, ...]
    suspensions: tuple[SuspensionLine, ...]
    sessions: tuple[SessionLine, ...]
    hearings: tuple[HearingLine, ...]
    tribunal: tuple[SeatLine, ...]
    texts: tuple[TextLine, ...]
    award_items: tuple[AwardLine, ...]
    documents: tuple[StoredDocument, ...]
    allowed_actions: tuple[str, ...]
    blocked: tuple[tuple[str, str], ...]  # (action, the core's reason it is refused now)
    as_of: dt.date

    def why_not(self, action: str) -> str | None:
        return dict(self.blocked).get(action)


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
        clocks = tuple(_clocks(session, case, as_of, events))
        suspensions = tuple(_suspension_lines(case))
        sessions, hearings = _sessions(session, case.id), _hearings(session, case.id)
        tribunal, texts = _tribunal(session, case.id), _texts(session, case.id)
        awards = _awards(session, case.id)
        probe_day = _latest_day(case, as_of)
        header_args = _header_args(case)
        seen = last_event_id(session, case.id)
    header = CaseHeader(**header_args, linked=tuple(case_life.linked_cases(db, number)))
    allowed, blocked = _probe_actions(db, number, header.kind, probe_day)
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
    return PartyLine(
        side,
        SIDES[side],
        p.name,
        p.kind.label,
        p.id_number,
        p.credit_code,
        p.sex,
        p.birth_date,
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


def _seats(changes: dict[str, Any]) -> str:
    """Seats as recorded: each seat's names (a list; one name in events before 2026-11-25)."""

    def names(value: Any) -> str:
        return "、".join(value) if isinstance(value, list) else str(value)

    return "、".join(f"{pr.SEATS.get(seat, seat)} {names(v)}" for seat, v in changes.items())


def _mode_label(code: Any) -> str:
    return next((m.label for m in ClosureMode if m.value == code), str(code))


_SUMMARIES: dict[str, Callable[[dict[str, Any]], str]] = {
    "create": lambda c: f"由调解案件 {c['from']} 转入" if "from" in c else "",
    "refuse": lambda c: f"理由：{c.get('reason', '')}",
    "suspend": lambda c: (
        f"{EXCLUSION_KINDS.get(str(c.get('kind')), '中止')}：{c.get('reason') or '（未写事由）'}；"
        f"批准人：{c.get('approver', '')}"
    ),
    "extend": lambda c: f"批准人：{c.get('approver', '')}",
    "clock_restart": lambda c: str(c.get("explanation", c.get("reason", ""))),
    "close": lambda c: f"结案方式：{_mode_label(c.get('mode'))}",
    "final_award": lambda c: "认定为一裁终局" if c.get("final_award") else "认定为非终局裁决",
    "transfer": lambda c: f"转为仲裁案件 {c.get('to', '')}",
    "tribunal": _seats,
    "hearing": lambda c: f"{c.get('room', '')}，{c.get('starts_at', '')} 开庭",
    "hearing_status": lambda c: (
        f"{c.get('room', '')} {pr.HEARING_STATUSES.get(str(c.get('status')), c.get('status'))}"
    ),
    "mediation_session": lambda c: (
        f"结果：{pr.SESSION_RESULTS.get(str(c.get('result')), c.get('result'))}"
    ),
    "text": lambda c: f"填写“{TEXT_LABELS.get(str(c.get('name')), c.get('name'))}”",
    "award_items": lambda c: f"共 {c.get('count', 0)} 项",
    "agent": lambda c: f"{SIDES.get(str(c.get('side')), '')}代理人 {c.get('name', '')}",
    "agent_removed": lambda c: f"{SIDES.get(str(c.get('side')), '')}代理人 {c.get('name', '')}",
    "party": lambda c: "更新：" + "、".join(PARTY_FIELDS.get(k, k) for k in c),
    "document": lambda c: f"《{c.get('template', '')}》（模板第 {c.get('version', '?')} 版）",
    "ledger-update": lambda c: (
        f"{c.get('file', '')}：更改 " + "、".join(str(k) for k in (c.get("fields") or {}))
    ),
}
SUMMARY_LIMIT = 120


def summarise(action: str, changes: dict[str, Any] | None) -> str:
    """One line in Chinese saying what an event changed."""
    if not changes:
        return ""
    known = _SUMMARIES.get(action)
    try:
        text = known(changes) if known else _generic(changes)
    except (KeyError, TypeError, AttributeError):
        text = _generic(changes)
    return text if len(text) <= SUMMARY_LIMIT else text[: SUMMARY_LIMIT - 1] + "…"


def _generic(changes: dict[str, Any]) -> str:
    return "；".join(f"{k}：{v}" for k, v in changes.items())


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


def _hearing_rows(session: Session, case_id: int) -> list[Hearing]:
    return list(
        session.scalars(
            select(Hearing)
            .where(Hearing.case_id == case_id)
            .order_by(Hearing.held_on, Hearing.starts_at, Hearing.id)
        )
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
        for h in _hearing_rows(session, case_id)
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


# --- clocks --------------------------------------------------------------------------------

# What each clock waits for, read off the case once it has happened.
_FIRST_CLOCK = {CaseKind.ARBITRATION: "acceptance", CaseKind.INSPECTION: "inspection_filing"}


def _clocks(
    session: Session, case: Case, as_of: dt.date, events: tuple[EventLine, ...]
) -> Iterator[ClockLine]:
    cal, settings = load_calendar(session), load_clock_settings(session)
    closed = case.closed_on is not None and case.closed_on <= as_of
    suspensions = suspensions_of(session, [case.id], as_of).get(case.id, [])
    restarted = restarts_of(session, [case.id], as_of).get(case.id)
    found = {d.clock: d for d in clocks_of(cal, case, as_of, settings, suspensions, restarted)}
    decided = _decided_on(case, events, as_of)
    first = _FIRST_CLOCK.get(case.kind)
    if first is not None and first not in found and decided is not None:
        # accepted or refused: the acceptance clock is over, still worth showing how it went
        found = {first: _first_clock(cal, settings, case, first), **found}
    for code, d in found.items():
        done_on = decided if code == first else (case.closed_on if closed else None)
        yield _line(cal, d, as_of, done_on=done_on)
    for h in _hearing_rows(session, case.id):
        if h.status != "scheduled":
            continue
        notice = latest_notice_date(cal, h.held_on, settings=settings)
        notice = dataclasses.replace(notice, name=f"{notice.name}（{h.held_on.isoformat()} 开庭）")
        yield _line(cal, notice, as_of, done_on=h.notice_served_on, open_case=not closed)


def _first_clock(cal: WorkCalendar, settings: Settings, case: Case, code: str) -> Deadline:
    # an empty run of ``clocks_of`` as of the receipt day: the clock it yields is this one
    as_received = dataclasses.replace(_Row.of(case), accepted_on=None, refused=False)
    for d in clocks_of(cal, as_received, case.received_on, settings, []):
        if d.clock == code:
            return d
    raise AssertionError(code)  # pragma: no cover - clocks_of always starts with it


@dataclass(frozen=True)
class _Row:
    """The columns ``clocks_of`` reads, as the caseload query hands them over."""

    kind: CaseKind
    received_on: dt.date
    accepted_on: dt.date | None
    refused: bool
    extended: bool

    @classmethod
    def of(cls, case: Case) -> _Row:
        return cls(case.kind, case.received_on, case.accepted_on, case.refused, case.extended)


def _decided_on(case: Case, events: tuple[EventLine, ...], as_of: dt.date) -> dt.date | None:
    """受理 (立案) or 不予受理: the day the first clock stopped waiting."""
    if case.accepted_on is not None and case.accepted_on <= as_of:
        return case.accepted_on
    if case.refused:
        refusals = [e.occurred_on for e in events if e.action == "refuse" and e.occurred_on]
        return refusals[-1] if refusals else case.received_on
    return None


def _line(
    cal: WorkCalendar,
    d: Deadline,
    as_of: dt.date,
    *,
    done_on: dt.date | None,
    open_case: bool = True,
) -> ClockLine:
    running = open_case and done_on is None and not d.stopped
    if d.due is not None and not d.holidays and not d.backward:
        d = dataclasses.replace(d, holidays=tuple(_holidays(cal, d.start, d.due)))
    days = working = None
    if running and d.due is not None:
        days = (d.due - as_of).days
        working = _working_days_between(cal, as_of, d.due)
    return ClockLine(
        code=d.clock,
        name=d.name,
        due=d.due,
        running=running,
        stopped=d.stopped,
        done_on=done_on,
        days_left=days,
        working_days_left=working,
        article=d.article,
        explanation=d.explain(),
    )


def _holidays(cal: WorkCalendar, start: dt.date, due: dt.date) -> list[Any]:
    # ``clocks_of`` computes without the list of holidays passed (lists of thousands need
    # only dates); one case's explanation wants it, as ``deadlines.compute`` would give it
    try:
        return cal.holidays_between(start + dt.timedelta(days=1), due)
    except CalendarNotCovered:
        return []


def _working_days_between(cal: WorkCalendar, today: dt.date, due: dt.date) -> int | None:
    """Working days after ``today`` up to ``due`` (negative: after ``due`` up to today)."""
    first, last, sign = (today, due, 1) if due >= today else (due, today, -1)
    count, day = 0, first
    try:
        while day < last:
            day += dt.timedelta(days=1)
            count += cal.is_workday(day)
    except CalendarNotCovered:
        return None
    return sign * count


# --- what may be done now --------------------------------------------------------------------


class _RolledBack(Database):
    """The same database, but every unit of work is rolled back at its end."""

    @contextmanager
    def transaction(self, *, read_only: bool = False) -> Iterator[Session]:
        # a try writes (then rolls back), so it always takes the write lock on SQLite
        with self.sessions() as session, session.begin() as tx:
            session.info[RULES_ONLY] = True  # the stage's rules, not the user's roles
            try:
                yield session
            finally:
                tx.rollback()


def _latest_day(case: Case, as_of: dt.date) -> dt.date:
    """A day no action's date check can object to: today, or the case's last date if later."""
    days = [as_of, case.received_on, case.accepted_on, case.closed_on]
    for s in case.suspensions:
        days += [s.started_on, s.ended_on]
    return max(d for d in days if d is not None)


def _tries(kind: CaseKind, number: str, on: dt.date) -> dict[str, Callable[[Database], object]]:
    mode = CLOSURE_MODES_BY_KIND[kind][0]
    late = dt.time(23, 58), dt.time(23, 59)  # a time no real hearing clashes with
    return {
        "accept": lambda d: case_life.accept(d, number, on, actor=PROBE),
        "refuse": lambda d: case_life.refuse(d, number, on, reason=PROBE, actor=PROBE),
        "suspend": lambda d: case_life.suspend(
            d, number, on, reason=PROBE, approver=PROBE, actor=PROBE
        ),
        "resume": lambda d: case_life.resume(d, number, on, actor=PROBE),
        "extend": lambda d: case_life.extend(d, number, on, approver=PROBE, actor=PROBE),
        "close": lambda d: case_life.close(d, number, on, mode=mode, actor=PROBE),
        "transfer": lambda d: case_life.transfer_to_arbitration(d, number, on, actor=PROBE),
        "schedule_hearing": lambda d: pr.schedule_hearing(
            d, number, on=on, starts_at=late[0], ends_at=late[1], room=PROBE, actor=PROBE, today=on
        ),
        "log_session": lambda d: pr.log_mediation_session(
            d, number, on=on, result="continue", actor=PROBE
        ),
    }


def _probe_actions(
    db: Database, number: str, kind: CaseKind, on: dt.date
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Try every action as the core would run it, on transactions that are rolled back.

    The rules of each action live in ``case_life`` and ``proceedings`` alone; this asks
    them instead of restating them, and keeps the reason of each refusal to show the user.
    A clash of hearing times is not a refusal of the stage: scheduling is still allowed.
    """
    dry = _RolledBack(db.url, db.engine, db.sessions)
    allowed: list[str] = []
    blocked: list[tuple[str, str]] = []
    for action, attempt in _tries(kind, number, on).items():
        try:
            attempt(dry)
        except pr.HearingConflict:
            allowed.append(action)
        except (InvalidTransition, InvalidInput) as exc:
            blocked.append((action, exc.message))
        else:
            allowed.append(action)
    return tuple(allowed), tuple(blocked)
