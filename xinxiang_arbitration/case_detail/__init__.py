"""One case's whole story for the case view: header, parties, claims, history, clocks,
proceedings, documents, and what may be done next (asked of the services themselves).

- ``read``: ``case_detail`` and ``case_id_by_number``, one read of everything;
- ``lines``: the plain frozen dataclasses it returns;
- ``clock_lines``: the case's clocks with due dates, days left and explanations;
- ``summaries``: one line in words for each event of the history;
- ``actions``: what may be done now, by trying each action on a rolled-back transaction.

The client imports the names below from this package.
"""

from xinxiang_arbitration.case_detail.actions import ACTIONS, RECORD_ACTIONS, STAGE_ACTIONS
from xinxiang_arbitration.case_detail.lines import (
    AgentLine,
    AwardLine,
    CaseDetail,
    CaseHeader,
    ClaimLine,
    ClockLine,
    EventLine,
    HearingLine,
    PartyLine,
    SeatLine,
    SessionLine,
    SuspensionLine,
    TextLine,
)
from xinxiang_arbitration.case_detail.read import case_detail, case_id_by_number
from xinxiang_arbitration.case_detail.summaries import SIDES, TEXT_LABELS, summarise

__all__ = [
    "ACTIONS",
    "RECORD_ACTIONS",
    "SIDES",
    "STAGE_ACTIONS",
    "TEXT_LABELS",
    "AgentLine",
    "AwardLine",
    "CaseDetail",
    "CaseHeader",
    "ClaimLine",
    "ClockLine",
    "EventLine",
    "HearingLine",
    "PartyLine",
    "SeatLine",
    "SessionLine",
    "SuspensionLine",
    "TextLine",
    "case_detail",
    "case_id_by_number",
    "summarise",
]
