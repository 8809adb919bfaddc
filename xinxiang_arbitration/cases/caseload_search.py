"""Which cases a caseload query selects: its filters, and the search box as you type
(case-number fragments by index ranges, party names by their two-character grams; see
``cases.caseload``'s docstring)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from xinxiang_arbitration.cases.caseload_query import OPEN_STATUSES, CaseloadQuery, DateField
from xinxiang_arbitration.cases.number_search import number_condition
from xinxiang_arbitration.models import Case, Party, PartyNameGram

INLINE_IDS = 5_000  # a search part finding more rows stays a condition
MAX_NAME_GRAMS = 3  # grams intersected for a long term; LIKE checks the rest
NUMBER_MARKS = frozenset("〔〕[]()（）第号")


def is_number_term(term: str) -> bool:
    return any(ch.isdigit() or ch in NUMBER_MARKS for ch in term)


def is_name_term(term: str) -> bool:
    return len(term) >= 2 and not all(ch.isdigit() or ch in NUMBER_MARKS for ch in term)


def grams(term: str) -> list[str]:
    """The distinct grams to intersect: first, middle, last (the order a name is typed)."""
    grams = list(dict.fromkeys(term[i : i + 2] for i in range(len(term) - 1)))
    if len(grams) <= MAX_NAME_GRAMS:
        return grams
    return [grams[0], grams[len(grams) // 2], grams[-1]]


def matching_parties(term: str) -> Select[int]:
    """Ids of parties whose name contains ``term`` (two characters or more)."""
    per_gram = [select(PartyNameGram.party_id).where(PartyNameGram.gram == g) for g in grams(term)]
    if len(term) == 2:
        return per_gram[0]
    candidates = per_gram[0].intersect(*per_gram[1:]) if len(per_gram) > 1 else per_gram[0]
    return select(Party.id).where(
        Party.id.in_(candidates.scalar_subquery()), Party.name.contains(term, autoescape=True)
    )


def search_condition(session: Session, term: str) -> ColumnElement[bool] | None:
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
    if is_number_term(term) or len(term) == 1:
        seek = number_condition(session, term)
        by_number = seek if seek is not None else Case.number.contains(term, autoescape=True)
        found = list(session.scalars(select(Case.id).where(by_number).limit(INLINE_IDS + 1)))
        if len(found) <= INLINE_IDS:
            few += found
        else:
            many.append(by_number)
    if is_name_term(term):
        matching = matching_parties(term)
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


def filter_conditions(query: CaseloadQuery) -> list[ColumnElement[bool]]:
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
