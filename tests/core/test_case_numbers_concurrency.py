"""案号 under concurrency: several PCs (threads, one connection each) numbering at once."""

from __future__ import annotations

import re
import threading

from sqlalchemy import select

from xinxiang_arbitration.cases.numbers import next_number, pattern_regex, raise_counters
from xinxiang_arbitration.models import CaseNumberCounter, CaseNumberPattern
from xinxiang_arbitration.storage.db import Database

THREADS = 8
EACH = 6


def _number_concurrently(
    db: Database, kind: str, year: int, *, roll_back_every: int = 0
) -> list[str]:
    """Every thread takes numbers in its own transactions; some transactions roll back."""
    kept: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(THREADS)

    class Abandon(Exception):
        pass

    def work(k: int) -> None:
        try:
            start.wait()
            for i in range(EACH):
                try:
                    with db.transaction() as s:
                        number = next_number(s, kind, year)
                        if roll_back_every and (k * EACH + i) % roll_back_every == 0:
                            raise Abandon  # the case was not saved after all
                    with lock:
                        kept.append(number)
                except Abandon:
                    pass
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    pool = [threading.Thread(target=work, args=(k,)) for k in range(THREADS)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert errors == []
    return kept


def _ns(db: Database, kind: str, numbers: list[str]) -> list[int]:
    with db.transaction() as s:
        pattern = s.get_one(CaseNumberPattern, kind).pattern
    return sorted(int(pattern_regex(pattern).match(n)["n"]) for n in numbers)  # type: ignore[index]


def test_first_numbers_of_a_year_are_unique_and_gap_free(db: Database) -> None:
    """No counter row exists yet for the year: the first callers race to create it."""
    numbers = _number_concurrently(db, "arbitration", 2031)
    assert len(set(numbers)) == len(numbers) == THREADS * EACH
    assert _ns(db, "arbitration", numbers) == list(range(1, THREADS * EACH + 1))
    assert all(re.search("2031", n) for n in numbers)


def test_rolled_back_numbers_are_given_again(db: Database) -> None:
    numbers = _number_concurrently(db, "mediation", 2032, roll_back_every=5)
    kept = len(numbers)
    assert kept < THREADS * EACH
    assert _ns(db, "mediation", numbers) == list(range(1, kept + 1))
    with db.transaction() as s:
        assert s.get_one(CaseNumberCounter, ("mediation", 2032)).last_n == kept


def test_numbers_taken_by_an_import_are_skipped(db: Database) -> None:
    with db.transaction() as s:
        pattern = s.get_one(CaseNumberPattern, "arbitration").pattern
        raise_counters(s, [("arbitration", pattern.replace("{year}", "2033").replace("{n}", "7"))])
        first = next_number(s, "arbitration", 2033)
        counter = s.scalars(select(CaseNumberCounter).where(CaseNumberCounter.year == 2033)).one()
        assert counter.last_n == 8  # the ORM copy is refreshed, not stale
    assert pattern_regex(pattern).match(first)["n"] == "8"  # type: ignore[index]
