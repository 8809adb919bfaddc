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
from collections.abc import Sequence

from sqlalchemy import select

from xinxiang_arbitration.cases.caseload_query import (
    OPEN_STATUSES,
    CaseloadPage,
    CaseloadQuery,
    CaseloadRow,
    DateField,
    IdPage,
    SortKey,
    StaffChoice,
)
from xinxiang_arbitration.cases.caseload_read import CLOCK_COLUMNS, CaseloadRead, nearest_clock
from xinxiang_arbitration.cases.caseload_search import is_name_term, is_number_term
from xinxiang_arbitration.clocks.deadlines import CLOCKS
from xinxiang_arbitration.clocks.due import SOON_WORKING_DAYS, working_days_left
from xinxiang_arbitration.domain import case_status
from xinxiang_arbitration.models import Case, Staff
from xinxiang_arbitration.models.joins import APPLICANT, RESPONDENT, with_people
from xinxiang_arbitration.storage.db import Database

DEADLINE_SORT_LIMIT = 10_000

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
    "search_kinds",
    "staff_choices",
]


def _ids(read: CaseloadRead, limit: int, offset: int, total: int) -> IdPage:
    """One page of ids: by the computed deadline when the set is small enough
    (``DEADLINE_SORT_LIMIT``), else in SQL (the fallback order for "deadline")."""
    if read.query.sort is SortKey.DEADLINE:
        if total <= DEADLINE_SORT_LIMIT:
            return IdPage(read.deadline_ids()[offset : offset + limit])
        return IdPage(read.sql_ids(limit, offset), deadline_exact=False)
    return IdPage(read.sql_ids(limit, offset))


def _rows(read: CaseloadRead, ids: Sequence[int]) -> list[CaseloadRow]:
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
        nearest = nearest_clock(clocks.of(r, suspensions.get(r.id, []), restarts.get(r.id)))
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
        return CaseloadRead(session, query, dt.date.today()).count()


def case_ids(
    db: Database, query: CaseloadQuery, limit: int, offset: int = 0, *, today: dt.date | None = None
) -> IdPage:
    """One page of ids in the query's order (ties broken by id, so pages never overlap)."""
    with db.transaction(read_only=True) as session:
        read = CaseloadRead(session, query, _today(today))
        total = read.count() if query.sort is SortKey.DEADLINE else 0
        return _ids(read, limit, offset, total)


def rows(db: Database, ids: Sequence[int], *, today: dt.date | None = None) -> list[CaseloadRow]:
    """The rows of ``ids``, in that order, each with its nearest running deadline."""
    with db.transaction(read_only=True) as session:
        return _rows(CaseloadRead(session, CaseloadQuery(), _today(today)), ids)


def first_page(
    db: Database, query: CaseloadQuery, limit: int, *, today: dt.date | None = None
) -> CaseloadPage:
    """Count, first ids and their rows in one transaction (what a list shows on opening)."""
    with db.transaction(read_only=True) as session:
        read = CaseloadRead(session, query, _today(today))
        total = read.count()
        page = _ids(read, limit, 0, total)
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
        read = CaseloadRead(session, query, _today(today))
        page = _ids(read, limit, offset, total)
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
    return (bool(term) and (is_number_term(term) or len(term) == 1), is_name_term(term))
