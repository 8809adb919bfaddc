"""What the case view is handed: one case's whole story as plain frozen dataclasses, so
the client never touches the database or a lazy relationship on the GUI thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from xinxiang_arbitration.documents.making import StoredDocument
from xinxiang_arbitration.domain import CaseKind, CaseStatus, ClosureMode


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
