"""What happens inside a case and what its documents print: the tribunal, hearings,
mediation sessions, the parties' particulars, agents, texts and award items.

- ``tribunal``: 组成仲裁庭;
- ``hearings``: scheduling hearings (with clash checks), their outcome, the week's list;
- ``sessions``: mediation sessions;
- ``materials``: particulars, agents, named texts and the award or agreement items;
- ``records``: what they share (the case event, the audit entry, the text policy);
- ``hearing_week``: the office's week of hearings and what a hearing form needs.

The record functions are exported here: ``from xinxiang_arbitration import proceedings``.
"""

from xinxiang_arbitration.proceedings.hearings import (
    HEARING_STATUSES,
    HearingConflict,
    HearingRow,
    ScheduledHearing,
    hearings_between,
    schedule_hearing,
    set_hearing_status,
)
from xinxiang_arbitration.proceedings.sessions import SESSION_RESULTS, log_mediation_session
from xinxiang_arbitration.proceedings.tribunal import SEATS, set_tribunal

__all__ = [
    "HEARING_STATUSES",
    "SEATS",
    "SESSION_RESULTS",
    "HearingConflict",
    "HearingRow",
    "ScheduledHearing",
    "hearings_between",
    "log_mediation_session",
    "schedule_hearing",
    "set_hearing_status",
    "set_tribunal",
]
