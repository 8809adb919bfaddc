"""One read of a caseload query: the search resolved once per transaction, the rows with
the columns the clock engine reads, each row's running clocks (equal inputs computed
once), and the SQL order of every sort key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Integer, Select, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from xinxiang_arbitration.cases.caseload_query import CaseloadQuery, SortKey
from xinxiang_arbitration.cases.caseload_search import filter_conditions, search_condition
from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.deadlines import (
    CLOCKS,
    Deadline,
    ExcludedPeriod,
    Rule,
    Settings,
    rule_for,
)
from xinxiang_arbitration.clocks.due import clocks_of, restarts_of, suspensions_of
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.models import Case, Staff, Suspension
from xinxiang_arbitration.models.joins import APPLICANT, RESPONDENT, with_people

S = TypeVar("S", bound=Select)  # type: ignore[type-arg]

NO_CLOCK = 10_000_000  # sorts after every date in the fallback order
SUSPENSION_PREFILTER = 5_000


@dataclass
class RowClocks:
    """The calendar and settings of one read, and the clock computations already done."""

    cal: WorkCalendar
    settings: Settings
    today: dt.date
    memo: dict[tuple[Any, ...], list[Deadline]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, today: dt.date) -> RowClocks:
        return cls(load_calendar(session), load_clock_settings(session), today)

    def _key(self, r: Any) -> tuple[Any, ...]:
        """What ``due.clocks_of`` reads of a case without suspensions or restarts."""
        if r.kind is CaseKind.MEDIATION:
            return (r.kind, r.received_on)
        if r.accepted_on is not None and r.accepted_on <= self.today:
            return (r.kind, "accepted", r.accepted_on, r.extended)
        return (r.kind, "received", r.received_on, r.refused)

    def of(
        self, r: Any, exclusions: list[ExcludedPeriod], restarted_on: dt.date | None
    ) -> list[Deadline]:
        """The running clocks of one case row (due.py's rules); equal inputs computed once."""
        if exclusions or restarted_on is not None:
            return list(clocks_of(self.cal, r, self.today, self.settings, exclusions, restarted_on))
        key = self._key(r)
        found = self.memo.get(key)
        if found is None:
            found = list(clocks_of(self.cal, r, self.today, self.settings, []))
            self.memo[key] = found
        return found


CLOCK_COLUMNS = (
    Case.id,
    Case.kind,
    Case.received_on,
    Case.accepted_on,
    Case.refused,
    Case.extended,
)


class CaseloadRead:
    """One transaction's view of a query: the search resolved once, then reused."""

    def __init__(self, session: Session, query: CaseloadQuery, today: dt.date) -> None:
        self.session = session
        self.query = query
        self.today = today
        self.where = filter_conditions(query)
        search = search_condition(session, query.search)
        if search is not None:
            self.where.append(search)
        self._clocks: RowClocks | None = None

    @property
    def clocks(self) -> RowClocks:
        if self._clocks is None:
            self._clocks = RowClocks.load(self.session, self.today)
        return self._clocks

    def _approximate_due(self) -> ColumnElement[Any]:
        """The fallback deadline order: the clock's start plus its nominal length in days."""
        settings = load_clock_settings(self.session)
        dialect = self.session.get_bind().dialect.name

        def day(column: Any) -> ColumnElement[Any]:
            if dialect == "sqlite":
                return func.julianday(column)
            return type_coerce(column - dt.date(2000, 1, 1), Integer)  # date - date: days

        def nominal(code: str, extended: bool) -> int:
            spec = CLOCKS[code]
            days = spec.length + (spec.extension if extended else 0)
            return -(-days * 7 // 5) if rule_for(code, settings) is Rule.WORKING_DAYS else days

        def by_extension(code: str) -> ColumnElement[Any]:
            return case((Case.extended, nominal(code, True)), else_=nominal(code, False))

        accepted = and_(Case.accepted_on.is_not(None), Case.accepted_on <= self.today)
        arbitration = Case.kind == CaseKind.ARBITRATION
        return case(
            (Case.kind == CaseKind.MEDIATION, day(Case.received_on) + nominal("mediation", False)),
            (
                accepted,
                day(Case.accepted_on)
                + case(
                    (arbitration, by_extension("award")),
                    else_=by_extension("inspection_closure"),
                ),
            ),
            (Case.refused, NO_CLOCK),
            else_=day(Case.received_on)
            + case(
                (arbitration, nominal("acceptance", False)),
                else_=nominal("inspection_filing", False),
            ),
        )

    def filtered(self, stmt: S) -> S:
        return stmt.where(*self.where) if self.where else stmt

    def execute(self, stmt: Any) -> Sequence[Any]:
        # Core execution: no ORM result processing for tens of thousands of plain rows
        return self.session.connection().execute(stmt).all()

    def count(self) -> int:
        return int(self.session.scalar(self.filtered(select(func.count()).select_from(Case))) or 0)

    def sql_ids(self, limit: int, offset: int) -> list[int]:
        order, joined = sql_order(self.query, self._approximate_due())
        stmt = select(Case.id)
        if joined:
            stmt = with_people(stmt)
        stmt = self.filtered(stmt).order_by(*order).limit(limit).offset(offset)
        return [r[0] for r in self.execute(stmt)]

    def clock_inputs(self, stmt: Any) -> tuple[Sequence[Any], Any, Any]:
        """Rows with the columns ``clocks_of`` reads, and their exclusions and restarts."""
        found = self.execute(stmt)
        today = self.today
        accepted = [
            r.id
            for r in found
            if r.kind is CaseKind.ARBITRATION
            and r.accepted_on is not None
            and r.accepted_on <= today
        ]
        with_periods = accepted
        if len(accepted) > SUSPENSION_PREFILTER:  # most of a long list was never suspended
            suspended = {
                r[0]
                for r in self.execute(
                    select(Suspension.case_id).where(Suspension.started_on <= today).distinct()
                )
            }
            with_periods = [i for i in accepted if i in suspended]
        return (
            found,
            suspensions_of(self.session, with_periods, today),
            restarts_of(self.session, accepted, today),
        )

    def deadline_ids(self) -> list[int]:
        """Every id of the filtered set by (nearest deadline, id); cases without one last."""
        found, suspensions, restarts = self.clock_inputs(self.filtered(select(*CLOCK_COLUMNS)))
        far = dt.date.max
        keyed: list[tuple[dt.date, int]] = []
        for r in found:
            nearest = nearest_clock(
                self.clocks.of(r, suspensions.get(r.id, []), restarts.get(r.id))
            )
            due = nearest.due if nearest is not None and nearest.due is not None else far
            keyed.append((due, r.id))
        keyed.sort(reverse=self.query.descending)
        if self.query.descending:  # no deadline stays last either way (a stable sort)
            keyed.sort(key=lambda k: k[0] is far)
        return [case_id for _, case_id in keyed]


# --- order --------------------------------------------------------------------------


def sql_order(query: CaseloadQuery, approximate_due: Any) -> tuple[list[Any], bool]:
    """ORDER BY columns for ``query.sort`` (the id last), and whether people are joined."""
    columns: dict[SortKey, tuple[list[Any], bool]] = {
        SortKey.NUMBER: ([], False),
        SortKey.KIND: ([Case.kind], False),
        SortKey.APPLICANT: ([APPLICANT.name], True),
        SortKey.RESPONDENT: ([RESPONDENT.name], True),
        SortKey.STAGE: ([Case.status], False),
        SortKey.HANDLER: ([Staff.name], True),
        SortKey.RECEIVED: ([Case.received_on], False),
        SortKey.DEADLINE: ([approximate_due], False),  # the fallback; see the module docstring
    }
    keys, joined = columns[query.sort]
    keys = [*keys, Case.id]
    if query.descending:
        keys = [k.desc() for k in keys]
    return keys, joined


def nearest_clock(deadlines: Iterable[Deadline]) -> Deadline | None:
    """The running clock due first; a stopped or undatable clock only when there is no other."""
    best: Deadline | None = None
    for d in deadlines:
        if best is None or (d.due is not None and (best.due is None or d.due < best.due)):
            best = d
    return best
