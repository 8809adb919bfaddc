"""Writing the demo data: reference rows first, then one transaction per chunk of cases.

Rows go in with executemany (``xinxiang_arbitration.storage.bulk``), with primary keys given
here: no RETURNING round trips. On PostgreSQL each serial sequence is then moved past
the ids given, so rows added later the usual way get fresh ones.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import count

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.orm import Session

from xinxiang_arbitration.clocks.store import load_calendar
from xinxiang_arbitration.demo import reference
from xinxiang_arbitration.demo.generator import Batch, CaseGenerator
from xinxiang_arbitration.demo.numbering import COUNTERS, Numbering
from xinxiang_arbitration.demo.shapes import START, check_covered, office_time
from xinxiang_arbitration.models import Base
from xinxiang_arbitration.storage.bulk import chunked, insert_many
from xinxiang_arbitration.storage.db import Database

STAFF_TARGET = 40
SQLITE_CACHE_KIB = 256 * 1024  # page cache while the cases go in (see _page_cache)
CASES_PER_EMPLOYER = 15
_T = Base.metadata.tables
PARTIES, STAFF, ORGS = _T["parties"], _T["staff"], _T["mediation_orgs"]
CASES, DISPUTES = _T["cases"], _T["case_dispute_types"]
SUSPENSIONS, EVENTS = _T["suspensions"], _T["case_events"]
# tables given explicit ids, whose PostgreSQL sequences must then be moved past them
ID_TABLES = ("parties", "staff", "mediation_orgs", "cases", "suspensions", "case_events")


def write_demo_data(
    db: Database,
    cases: int,
    seed: int,
    progress: Callable[[int, int], None] | None,
    chunk_cases: int,
) -> int:
    """Add ``cases`` cases, ``chunk_cases`` per transaction; see ``generate_demo_data``."""
    rng = random.Random(seed)
    with db.transaction() as session:
        generator, numbering = _prepare(session, rng, cases)
    done = 0
    with _page_cache(db):
        for chunk in chunked(generator.plan(cases), chunk_cases):
            batch = generator.batch(chunk, numbering)
            with db.transaction() as session:
                _write_batch(session, batch, numbering.counter_rows)
            done += len(batch.cases)
            if progress is not None:
                progress(done, cases)
    return done


def _prepare(session: Session, rng: random.Random, cases: int) -> tuple[CaseGenerator, Numbering]:
    """Read what is there; add the staff, mediation organisations and employers."""
    rand = rng.random
    calendar = load_calendar(session)
    check_covered(calendar)
    numbering = Numbering.read(session)
    ids = {name: count(_max_id(session, _T[name]) + 1).__next__ for name in ID_TABLES}
    staff = session.execute(
        select(STAFF.c.id, STAFF.c.name, STAFF.c.active).order_by(STAFF.c.id)
    ).all()
    orgs = session.execute(select(ORGS.c.id, ORGS.c.name, ORGS.c.active).order_by(ORGS.c.id)).all()
    is_organisation = PARTIES.c.kind == reference.ORGANISATION
    organisations = session.execute(
        select(PARTIES.c.name, PARTIES.c.credit_code).where(is_organisation)
    ).all()

    setup_at = office_time(rand, START)
    handlers = [staff_id for staff_id, _, active in staff if active]
    staff_rows = reference.staff_rows(
        rand,
        ids["staff"],
        {name for _, name, _ in staff},
        max(0, STAFF_TARGET - len(handlers)),
        setup_at,
    )
    org_rows = reference.org_rows(ids["mediation_orgs"], {name for _, name, _ in orgs})
    taken = ({name for name, _ in organisations}, {code for _, code in organisations if code})
    employer_rows, employers = reference.employer_rows(
        rand, ids["parties"], max(20, cases // CASES_PER_EMPLOYER), taken, setup_at
    )
    insert_many(session, STAFF, staff_rows)
    insert_many(session, ORGS, org_rows)
    insert_many(session, PARTIES, employer_rows)
    _advance_sequences(session, ("staff", "mediation_orgs", "parties"))

    handlers += [row["id"] for row in staff_rows]
    usable_orgs = [(i, name) for i, name, active in orgs if active]
    usable_orgs += [(row["id"], row["name"]) for row in org_rows]
    generator = CaseGenerator(
        rng,
        calendar,
        ids,
        employers,
        reference.handlers_per_kind(handlers),
        reference.org_weights(usable_orgs),
    )
    return generator, numbering


@contextmanager
def _page_cache(db: Database) -> Iterator[None]:
    """SQLite: a large page cache on the (pooled) connection while the cases go in.

    Their indexes (names, ID numbers, respondents) take rows in random order; with
    SQLite's default 2 MiB a million cases take about a fifth longer.
    """
    if db.dialect != "sqlite":
        yield
        return
    with db.engine.connect() as conn:  # PRAGMA cache_size outlasts the transaction
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        with db.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def _write_batch(session: Session, batch: Batch, counter_rows: set[tuple[str, int]]) -> None:
    insert_many(session, PARTIES, batch.parties)
    insert_many(session, CASES, batch.cases)
    insert_many(session, DISPUTES, batch.disputes)
    insert_many(session, SUSPENSIONS, batch.suspensions)
    insert_many(session, EVENTS, batch.events)
    _save_counters(session, batch.counters, counter_rows)
    _advance_sequences(session, ("parties", "cases", "suspensions", "case_events"))


def _max_id(session: Session, table: Table) -> int:
    return int(session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())


def _advance_sequences(session: Session, tables: Iterable[str]) -> None:
    """PostgreSQL: move each serial sequence past the ids we gave explicitly."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for name in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT max(id) FROM {name}))"
            )
        )


def _save_counters(
    session: Session, counters: dict[tuple[str, int], int], existing: set[tuple[str, int]]
) -> None:
    """Each touched (kind, year) counter set to the last number handed out."""
    for (kind, year), last_n in sorted(counters.items()):
        if (kind, year) in existing:
            session.execute(
                update(COUNTERS)
                .where(COUNTERS.c.kind == kind, COUNTERS.c.year == year)
                .values(last_n=last_n)
            )
        else:
            session.execute(COUNTERS.insert().values(kind=kind, year=year, last_n=last_n))
            existing.add((kind, year))
