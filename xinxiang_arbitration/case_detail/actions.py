"""What may be done with a case now, and why not: every action of ``cases.life`` and
``proceedings`` the case view offers is tried as the core would run it, on a
transaction that is always rolled back, so the rules live in one place only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from xinxiang_arbitration import proceedings as pr
from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.domain import CLOSURE_MODES_BY_KIND, CaseKind
from xinxiang_arbitration.errors import InvalidInput, InvalidTransition
from xinxiang_arbitration.models import Case
from xinxiang_arbitration.security.permissions import RULES_ONLY
from xinxiang_arbitration.storage.db import Database

# The actions the case view offers, in its order: case_life's stage changes, then the
# proceedings' records that depend on the stage.
STAGE_ACTIONS = ("accept", "refuse", "suspend", "resume", "extend", "close", "transfer")
RECORD_ACTIONS = ("schedule_hearing", "log_session")
ACTIONS = STAGE_ACTIONS + RECORD_ACTIONS
PROBE = "（试算）"  # actor and texts of the rolled-back tries


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


def latest_day(case: Case, as_of: dt.date) -> dt.date:
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


def probe_actions(
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
