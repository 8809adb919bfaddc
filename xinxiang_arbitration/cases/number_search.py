"""Finding case numbers by a typed fragment without reading every number.

Case numbers look like ``新劳人仲案字〔2026〕第12号``: a prefix, the year in 〔〕, the
sequence number after 第. A fragment that contains one of the markers 〔 or 第
(``〔2026〕第12``, ``仲案字〔2026``, ``第12号``) splits the same way: the text before
the marker must end the number's head, the text from the marker on must begin the
number's tail. So the fragment is found by one prefix per distinct head: on SQLite
an index range (``head + tail`` ≤ number < ``head + tail + U+10FFFF``), a few dozen
seeks instead of a scan of a million numbers; on PostgreSQL, whose collation need not
order by code point, a ``LIKE 'prefix%'`` test. Fragments without a marker (``12``, ``2026``) are
left to the caller's scan.

The distinct heads are read once per database and marker, then only from cases
added since (ids above the largest one seen), so a newly imported numbering
pattern is found on the next search.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from xinxiang_arbitration.models import Case

MARKERS = ("〔", "第")  # in the order tried: the year bracket first
_LAST = "\U0010ffff"


@dataclass
class _Heads:
    upto_id: int = 0
    heads: set[str] = field(default_factory=set)


_cache: weakref.WeakKeyDictionary[Engine, dict[str, _Heads]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def split(term: str) -> tuple[str, str, str] | None:
    """(marker, text before it, text from it on), or None when the term has no marker."""
    for marker in MARKERS:
        at = term.find(marker)
        if at >= 0:
            return marker, term[:at], term[at:]
    return None


def _heads(session: Session, marker: str) -> set[str]:
    engine = session.get_bind().engine
    latest = session.scalar(select(func.max(Case.id))) or 0
    with _lock:
        known = _cache.setdefault(engine, {}).setdefault(marker, _Heads())
        if latest == known.upto_id:
            return set(known.heads)
        upto = known.upto_id
    position = (
        func.instr(Case.number, marker) if _is_sqlite(session) else func.strpos(Case.number, marker)
    )
    head = func.substr(Case.number, 1, position - 1)
    found = set(
        session.scalars(
            select(head).where(Case.id > upto, Case.id <= latest, position > 0).distinct()
        )
    )
    with _lock:
        if known.upto_id == upto:
            known.heads |= found
            known.upto_id = latest
        return set(known.heads) | found


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def number_condition(session: Session, term: str) -> ColumnElement[bool] | None:
    """Index ranges that find exactly the numbers containing ``term``, or None (no marker).

    Exact for numbers with one such marker, which every office pattern has.
    """
    parts = split(term)
    if parts is None:
        return None
    marker, before, tail = parts
    heads = sorted(h for h in _heads(session, marker) if h.endswith(before))
    if not heads:
        return Case.id.is_(None)  # nothing can match
    if _is_sqlite(session):  # binary collation: a prefix is a range of the unique index
        return or_(*(and_(Case.number >= h + tail, Case.number < h + tail + _LAST) for h in heads))
    # PostgreSQL's collation need not order by code point: a prefix test is the safe form
    return or_(*(Case.number.startswith(h + tail, autoescape=True) for h in heads))
