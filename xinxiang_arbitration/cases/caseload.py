"""My caseload (我的案件): one person's or the whole office's cases, a page at a time.

A list over a million cases never loads them all: ``count`` counts the filtered
set, ``case_ids`` returns one page of ids in the chosen order (limit/offset with
the id as the last sort key, so pages are stable), and ``rows`` turns just those
ids into plain ``CaseloadRow`` objects, computing each row's running clock with
the clock engine of ``clocks/due.py`` for those rows only.

Search (``CaseloadQuery.search``), as you type:

* case number (案号): a fragment anywhere in the number, when the term has a digit
  or one of the number's brackets/characters (``〔〕第号``): a fragment with 〔 or 第
  by index ranges (cases/number_search.py), other fragments by a scan of the
  filtered cases' numbers;
* party name (当事人): two characters or more, through the two-character grams of
  ``party_name_grams`` (models/search.py): a two-character term (张伟, 王芳) is one
  index range, a longer one the intersection of its first, middle and last gram
  checked with ``LIKE``. A single character matches case numbers only: a surname
  alone is a tenth of all parties and no use to a search box.

Sorting by the nearest deadline (期限). Deadlines are computed, never stored
(procedure.md: "derived deadlines"), from dates, suspensions, clock restarts, the
holiday calendar and the clock settings, so SQL cannot order by them. Storing
them would need a column every service that touches a case (and every calendar or
clock-setting change) keeps up to date. Instead:

* when the filtered set has at most ``DEADLINE_SORT_LIMIT`` cases (a person's
  open cases, the office's open cases: ~70 000 at a million cases), the clock of
  every case of the set is computed – cheaply, because a case without suspensions
  or restarts has a deadline that depends only on (kind, received, accepted,
  refused, extended), so equal inputs are computed once – and the ids are sorted
  by (deadline, id); cases without a running clock come last;
* above that (e.g. every case of the office, closed ones included) the order
  falls back to the date the clock runs from (受理日期, else 收件日期), which for
  open cases is close to deadline order, and ``IdPage.deadline_exact`` is False so
  the interface can say that the order is approximate.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Integer, Select, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from xinxiang_arbitration.cases.number_search import number_condition
from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.deadlines import (
    CLOCKS,
    Deadline,
    ExcludedPeriod,
    Rule,
    Settings,
    rule_for,
)
from xinxiang_arbitration.clocks.due import (
    SOON_WORKING_DAYS,
    clocks_of,
    restarts_of,
    suspensions_of,
    working_days_left,
)
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.domain import CaseKind, CaseStatus, case_status
from xinxiang_arbitration.models import Case, Party, PartyNameGram, Staff, Suspension
from xinxiang_arbitration.models.joins import APPLICANT, RESPONDENT, with_people
from xinxiang_arbitration.storage.db import Database

S = TypeVar("S", bound=Select)  # type: ignore[type-arg]

OPEN_STATUSES = (CaseStatus.RECEIVED, CaseStatus.ACCEPTED, CaseStatus.SUSPENDED)
DEADLINE_SORT_LIMIT = 10_000
NO_CLOCK = 10_000_000  # sorts after every date in the fallback order
INLINE_IDS = 5_000  # a search part finding more rows stays a condition
SUSPENSION_PREFILTER = 5_000
MAX_NAME_GRAMS = 3  # grams intersected for a long term; LIKE checks the rest
NUMBER_MARKS = frozenset("〔〕[]()（）第号")

__all__ = [
    "DEADLINE_SORT_LIMIT",
    "OPEN_STATUSES",
    "SOON_WORKING_DAYS",
    "CaseloadPage",
    "CaseloadQuery",
    "CaseloadRow",
    "DateField",
    "IdPage",
    "SortKey",
    "StaffChoice",
    "case_ids",
    "count",
    "first_page",
    "next_page",
    "rows",
    "staff_choices",
]


class SortKey(enum.StrEnum):
    NUMBER = "number"  # 案号, in order of registration (the id): 第2号 before 第10号
    KIND = "kind"
    APPLICANT = "applicant"
    RESPONDENT = "respondent"
    STAGE = "stage"
    HANDLER = "handler"
    RECEIVED = "received"
    DEADLINE = "deadline"


class DateField(enum.StrEnum):
    RECEIVED = "received"  # 收件日期
    ACCEPTED = "accepted"  # 受理 / 立案日期


@dataclass(frozen=True)
class CaseloadQuery:
    """What the list shows. Empty ``kinds``/``statuses`` mean any."""

    handler_id: int | None = None  # 承办人; None: the whole office
    kinds: frozenset[CaseKind] = frozenset()
    statuses: frozenset[CaseStatus] = frozenset()
    open_only: bool = True  # 收件 / 已受理 / 中止 (not closed, not refused)
    date_field: DateField = DateField.RECEIVED
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str = ""
    sort: SortKey = SortKey.DEADLINE
    descending: bool = False


@dataclass(frozen=True)
class CaseloadRow:
    id: int
    number: str
    kind: str  # label: 调解 / 仲裁 / 监察
    applicant: str
    respondent: str
    stage: str  # label of the status
    handler: str | None
    received_on: dt.date
    deadline: dt.date | None  # the nearest running clock's due date
    clock: str | None  # its name, e.g. 仲裁审理期限
    working_days_left: int | None  # negative when overdue; None: no date
    stopped: bool = False  # 中止: the clock is not running

    @property
    def overdue(self) -> bool:
        return self.working_days_left is not None and self.working_days_left < 0

    @property
    def due_soon(self) -> bool:
        """Due today or within ``SOON_WORKING_DAYS`` working days (and not overdue)."""
        left = self.working_days_left
        return left is not None and 0 <= left <= SOON_WORKING_DAYS


@dataclass(frozen=True)
class IdPage:
    ids: list[int]
    deadline_exact: bool = True  # False: "deadline" order fell back to the clock's start date


@dataclass(frozen=True)
class CaseloadPage:
    """What a list needs to show a page: the total, the page's ids and their rows."""

    total: int
    offset: int
    ids: list[int]
    rows: list[CaseloadRow]
    deadline_exact: bool = True


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str


# --- filters ------------------------------------------------------------------------


def _is_number_term(term: str) -> bool:
    return any(ch.isdigit() or ch in NUMBER_MARKS for ch in term)


def _is_name_term(term: str) -> bool:
    return len(term) >= 2 and not all(ch.isdigit() or ch in NUMBER_MARKS for ch in term)


def _grams(term: str) -> list[str]:
    """The distinct grams to intersect: first, middle, last (the order a name is typed)."""
    grams = list(dict.fromkeys(term[i : i + 2] for i in range(len(term) - 1)))
    if len(grams) <= MAX_NAME_GRAMS:
        return grams
    return [grams[0], grams[len(grams) // 2], grams[-1]]


def _matching_parties(term: str) -> Select[int]:
    """Ids of parties whose name contains ``term`` (two characters or more)."""
    per_gram = [select(PartyNameGram.party_id).where(PartyNameGram.gram == g) for g in _grams(term)]
    if len(term) == 2:
        return per_gram[0]
    candidates = per_gram[0].intersect(*per_gram[1:]) if len(per_gram) > 1 else per_gram[0]
    return select(Party.id).where(
        Party.id.in_(candidates.scalar_subquery()), Party.name.contains(term, autoescape=True)
    )


def _search_condition(session: Session, term: str) -> ColumnElement[bool] | None:
    """The cases a search term finds: its number fragment and/or party name.

    Each part that finds few rows (the usual case: 张伟 is ~900 of a million parties)
    is read once here and given to the list's queries as ids; a part that finds a
    great many (a number fragment like 1, a word like 有限公司) stays a condition
    tested on each case the other filters select.
    """
    term = term.strip()
    if not term:
        return None
    few: list[int] = []
    many: list[ColumnElement[bool]] = []
    if _is_number_term(term) or len(term) == 1:
        seek = number_condition(session, term)
        by_number = seek if seek is not None else Case.number.contains(term, autoescape=True)
        found = list(session.scalars(select(Case.id).where(by_number).limit(INLINE_IDS + 1)))
        if len(found) <= INLINE_IDS:
            few += found
        else:
            many.append(by_number)
    if _is_name_term(term):
        matching = _matching_parties(term)
        parties = list(session.scalars(matching.limit(INLINE_IDS + 1)))
        if len(parties) <= INLINE_IDS:
            by_party = or_(Case.applicant_id.in_(parties), Case.respondent_id.in_(parties))
            cases = list(session.scalars(select(Case.id).where(by_party).limit(INLINE_IDS + 1)))
            if len(cases) <= INLINE_IDS:
                few += cases
            else:
                many.append(by_party)
        else:
            subquery = matching.scalar_subquery()
            many += [Case.applicant_id.in_(subquery), Case.respondent_id.in_(subquery)]
    return or_(Case.id.in_(sorted(set(few))), *many)


def _conditions(query: CaseloadQuery) -> list[ColumnElement[bool]]:
    """Every filter but the search."""
    where: list[ColumnElement[bool]] = []
    statuses = set(query.statuses) if query.statuses else None
    if query.open_only:
        statuses = (statuses or set(OPEN_STATUSES)) & set(OPEN_STATUSES)
    if statuses is not None:
        where.append(Case.status.in_(sorted(s.value for s in statuses)))
    if query.kinds:
        where.append(Case.kind.in_(sorted(query.kinds)))
    if query.handler_id is not None:
        where.append(Case.handler_id == query.handler_id)
    column = Case.received_on if query.date_field is DateField.RECEIVED else Case.accepted_on
    if query.date_from is not None:
        where.append(column >= query.date_from)
    if query.date_to is not None:
        where.append(column <= query.date_to)
    return where


# --- one read -----------------------------------------------------------------------


@dataclass
class _Clocks:
    """The calendar and settings of one read, and the clock computations already done."""

    cal: WorkCalendar
    settings: Settings
    today: dt.date
    memo: dict[tuple[Any, ...], list[Deadline]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, today: dt.date) -> _Clocks:
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


class _Read:
    """One transaction's view of a query: the search resolved once, then reused."""

    def __init__(self, session: Session, query: CaseloadQuery, today: dt.date) -> None:
        self.session = session
        self.query = query
        self.today = today
        self.where = _conditions(query)
        search = _search_condition(session, query.search)
        if search is not None:
            self.where.append(search)
        self._clocks: _Clocks | None = None

    @property
    def clocks(self) -> _Clocks:
        if self._clocks is None:
            self._clocks = _Clocks.load(self.session, self.today)
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
        order, joined = _sql_order(self.query, self._approximate_due())
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
            nearest = _nearest(self.clocks.of(r, suspensions.get(r.id, []), restarts.get(r.id)))
            due = nearest.due if nearest is not None and nearest.due is not None else far
            keyed.append((due, r.id))
        keyed.sort(reverse=self.query.descending)
        if self.query.descending:  # no deadline stays last either way (a stable sort)
            keyed.sort(key=lambda k: k[0] is far)
        return [case_id for _, case_id in keyed]

    def ids(self, limit: int, offset: int, total: int) -> IdPage:
        if self.query.sort is SortKey.DEADLINE:
            if total <= DEADLINE_SORT_LIMIT:
                return IdPage(self.deadline_ids()[offset : offset + limit])
            return IdPage(self.sql_ids(limit, offset), deadline_exact=False)
        return IdPage(self.sql_ids(limit, offset))


# --- order --------------------------------------------------------------------------


def _sql_order(query: CaseloadQuery, approximate_due: Any) -> tuple[list[Any], bool]:
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


def _nearest(deadlines: Iterable[Deadline]) -> Deadline | None:
    """The running clock due first; a stopped or undatable clock only when there is no other."""
    best: Deadline | None = None
    for d in deadlines:
        if best is None or (d.due is not None and (best.due is None or d.due < best.due)):
            best = d
    return best


# --- rows ---------------------------------------------------------------------------


def _rows(read: _Read, ids: Sequence[int]) -> list[CaseloadRow]:
    if not ids:
        return []
    stmt = with_people(
        select(
            *CLOCK_COLUMNS,
            Case.number,
            Case.status,
            APPLICANT.name.label("applicant"),
            RESPONDENT.name.label("respondent"),
            Staff.name.label("handler"),
        )
    ).where(Case.id.in_(list(ids)))
    found, suspensions, restarts = read.clock_inputs(stmt)
    by_id = {r.id: r for r in found}
    clocks = read.clocks
    left_memo: dict[dt.date, int | None] = {}
    out: list[CaseloadRow] = []
    for case_id in ids:
        r = by_id.get(case_id)
        if r is None:  # deleted since the ids were read
            continue
        nearest = _nearest(clocks.of(r, suspensions.get(r.id, []), restarts.get(r.id)))
        due = nearest.due if nearest is not None else None
        if due is not None and due not in left_memo:
            left_memo[due] = working_days_left(clocks.cal, read.today, due)
        out.append(
            CaseloadRow(
                id=r.id,
                number=r.number,
                kind=r.kind.label,
                applicant=r.applicant,
                respondent=r.respondent,
                stage=case_status(r.status).label,
                handler=r.handler,
                received_on=r.received_on,
                deadline=due,
                clock=CLOCKS[nearest.clock].name if nearest is not None else None,
                working_days_left=left_memo[due] if due is not None else None,
                stopped=nearest.stopped if nearest is not None else False,
            )
        )
    return out


# --- the service --------------------------------------------------------------------


def _today(today: dt.date | None) -> dt.date:
    return today if today is not None else dt.date.today()


def count(db: Database, query: CaseloadQuery) -> int:
    """How many cases the query selects."""
    with db.transaction(read_only=True) as session:
        return _Read(session, query, dt.date.today()).count()


def case_ids(
    db: Database, query: CaseloadQuery, limit: int, offset: int = 0, *, today: dt.date | None = None
) -> IdPage:
    """One page of ids in the query's order (ties broken by id, so pages never overlap)."""
    with db.transaction(read_only=True) as session:
        read = _Read(session, query, _today(today))
        total = read.count() if query.sort is SortKey.DEADLINE else 0
        return read.ids(limit, offset, total)


def rows(db: Database, ids: Sequence[int], *, today: dt.date | None = None) -> list[CaseloadRow]:
    """The rows of ``ids``, in that order, each with its nearest running deadline."""
    with db.transaction(read_only=True) as session:
        return _rows(_Read(session, CaseloadQuery(), _today(today)), ids)


def first_page(
    db: Database, query: CaseloadQuery, limit: int, *, today: dt.date | None = None
) -> CaseloadPage:
    """Count, first ids and their rows in one transaction (what a list shows on opening)."""
    with db.transaction(read_only=True) as session:
        read = _Read(session, query, _today(today))
        total = read.count()
        page = read.ids(limit, 0, total)
        return CaseloadPage(total, 0, page.ids, _rows(read, page.ids), page.deadline_exact)


def next_page(
    db: Database,
    query: CaseloadQuery,
    offset: int,
    limit: int,
    *,
    total: int,
    today: dt.date | None = None,
) -> CaseloadPage:
    """The page at ``offset`` of a list whose count (``total``) is already known."""
    with db.transaction(read_only=True) as session:
        read = _Read(session, query, _today(today))
        page = read.ids(limit, offset, total)
        return CaseloadPage(total, offset, page.ids, _rows(read, page.ids), page.deadline_exact)


def staff_choices(db: Database) -> list[StaffChoice]:
    """The people a caseload can be filtered by (active staff, by name)."""
    with db.transaction(read_only=True) as session:
        return [
            StaffChoice(i, n)
            for i, n in session.execute(
                select(Staff.id, Staff.name).where(Staff.active.is_(True)).order_by(Staff.name)
            )
        ]


def search_kinds(term: str) -> tuple[bool, bool]:
    """(searches case numbers, searches party names) for a search term."""
    term = term.strip()
    return (bool(term) and (_is_number_term(term) or len(term) == 1), _is_name_term(term))
