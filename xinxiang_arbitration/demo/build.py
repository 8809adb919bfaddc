"""Synthetic, reproducible demo cases (the ``demo-data`` command and the benchmarks).

The generator lives in ``xinxiang_arbitration.demo``; this is its way in.
"""

from __future__ import annotations

from collections.abc import Callable

from xinxiang_arbitration.demo.shapes import ANCHOR, START
from xinxiang_arbitration.demo.vocabulary import DEMO_ORGS
from xinxiang_arbitration.demo.writer import STAFF_TARGET, write_demo_data
from xinxiang_arbitration.storage.db import Database

__all__ = ["ANCHOR", "CHUNK_CASES", "DEMO_ORGS", "STAFF_TARGET", "START", "generate_demo_data"]

CHUNK_CASES = 20_000  # cases per transaction


def generate_demo_data(
    db: Database,
    cases: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``cases`` synthetic cases (about 25 % mediation, 55 % arbitration, 20 % inspection).

    One seed on an empty database always gives the same rows. Appends to what is
    there: ids, case numbers and the number counters carry on after the existing ones.
    Each chunk of cases is one transaction, complete with its parties, dispute types,
    suspensions, events and counters. ``progress(done, total)`` is called after each
    chunk. Returns the number of cases made. Raises ``CalendarNotCovered`` when the
    holiday calendar lacks one of the years the cases fall in.
    """
    if cases < 0:
        raise ValueError("cases must not be negative")
    if cases == 0:
        return 0
    return write_demo_data(db, cases, seed, progress, CHUNK_CASES)
