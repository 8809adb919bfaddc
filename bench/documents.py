"""Time a batch of 100 case documents (issue 6's target: under 5 s for 100 .docx).

    .venv/bin/python -m bench.documents [--count 100] [--template 受理通知书] [--repeat 3]

A fresh SQLite database in a temporary folder gets demo cases; the batch fills the
template for the first ``count`` accepted arbitration cases, storing each document with
its case as the app does. Prints min and median of the whole batch and per document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from xinxiang_arbitration.demo.build import generate_demo_data
from xinxiang_arbitration.documents.making import make_batch
from xinxiang_arbitration.documents.templates import list_templates
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.models import Case
from xinxiang_arbitration.storage.db import open_database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--template", default="受理通知书")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "bench.sqlite3"))
        generate_demo_data(db, args.count * 4)
        list_templates(db)  # copies the shipped templates in once, as the app's first use does
        with db.transaction() as session:
            numbers = list(
                session.scalars(
                    select(Case.number)
                    .where(
                        Case.kind == CaseKind.ARBITRATION, Case.status.in_(("accepted", "closed"))
                    )
                    .where(Case.accepted_on < dt.date(2026, 10, 1))  # due dates inside 2026
                    .order_by(Case.id)
                    .limit(args.count)
                )
            )
        timings = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            result = make_batch(
                db, numbers, args.template, actor="bench", today=dt.date(2026, 11, 25)
            )
            timings.append(time.perf_counter() - started)
            assert not result.failed, result.failed[:3]
        db.dispose()
    n = len(numbers)
    best, median = min(timings), statistics.median(timings)
    print(
        f"{n} × {args.template}: min {best:.2f} s, median {median:.2f} s "
        f"({best / n * 1000:.0f}–{median / n * 1000:.0f} ms per document)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
