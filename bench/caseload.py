"""Time the caseload (我的案件) on a million cases: service calls and the view offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.caseload [--repeat 5] [--screenshot PNG]

Uses a copy of bench/.cache/demo-1m.sqlite3 (built by ``bench.run``) in /tmp, opened
with the app's ``open_database`` (which upgrades the copy to the current schema);
when there is no cached database, builds its own 1M demo database in /tmp. Never
writes into bench/.cache.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from xinxiang_arbitration.cases import caseload
from xinxiang_arbitration.cases.caseload import CaseloadQuery, SortKey
from xinxiang_arbitration.demo import build as demo
from xinxiang_arbitration.storage.db import Database, backup_sqlite, open_database

CACHED = Path(__file__).resolve().parent / ".cache" / "demo-1m.sqlite3"
COPY = Path(tempfile.gettempdir()) / "xa-caseload-1m.sqlite3"
PAGE = 100


def database(fresh: bool) -> Database:
    if fresh or not COPY.exists():
        for p in (COPY, Path(f"{COPY}-wal"), Path(f"{COPY}-shm")):
            p.unlink(missing_ok=True)
        if CACHED.exists():
            print(f"copying {CACHED} to {COPY}", file=sys.stderr)
            backup_sqlite(CACHED, COPY)
        else:
            print(f"no {CACHED}: building 1M demo cases in {COPY}", file=sys.stderr)
            db = open_database(f"sqlite:///{COPY}")
            demo.generate_demo_data(db, 1_000_000, seed=1)
            db.dispose()
    started = time.perf_counter()
    db = open_database(f"sqlite:///{COPY}")
    if db.backup_path is not None:
        print(f"upgraded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        db.backup_path.unlink()
    return db


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up: the page cache, compiled statements
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def line(label: str, times: list[float], note: str = "") -> str:
    ms = [t * 1000 for t in times]
    return f"| {label} | {min(ms):.1f} ms | {statistics.median(ms):.1f} ms | {note} |"


def service_rows(db: Database, repeat: int) -> list[str]:
    person = _busiest_handler(db)
    cases: list[tuple[str, CaseloadQuery]] = [
        ("office, open, by deadline (opening)", CaseloadQuery()),
        ("office, open, sorted by applicant", CaseloadQuery(sort=SortKey.APPLICANT)),
        ("office, open, sorted by received date", CaseloadQuery(sort=SortKey.RECEIVED)),
        ("office, every case, by case number", CaseloadQuery(open_only=False, sort=SortKey.NUMBER)),
        ("one person, open, by deadline (exact)", CaseloadQuery(handler_id=person)),
        ("search 张伟 (2 characters), open", CaseloadQuery(search="张伟")),
        ("search 张伟 (2 characters), every case", CaseloadQuery(search="张伟", open_only=False)),
        ("search 李文峰 (3 characters), open", CaseloadQuery(search="李文峰")),
        (
            "search 李文峰 (3 characters), every case",
            CaseloadQuery(search="李文峰", open_only=False),
        ),
        ("search 〔2026〕第12 (number), open", CaseloadQuery(search="〔2026〕第12")),
        (
            "search 〔2026〕第12 (number), every case",
            CaseloadQuery(search="〔2026〕第12", open_only=False),
        ),
        ("search 机械有限 (common words), open", CaseloadQuery(search="机械有限")),
        ("search 有限公司 (in most names), open", CaseloadQuery(search="有限公司")),
    ]
    out = []
    for label, query in cases:
        page = caseload.first_page(db, query, PAGE)
        note = f"{page.total:,} cases" + ("" if page.deadline_exact else ", approximate order")
        out.append(
            line(label, timed(lambda q=query: caseload.first_page(db, q, PAGE), repeat), note)
        )
        print(out[-1], file=sys.stderr)
    return out


def _busiest_handler(db: Database) -> int:
    from sqlalchemy import func, select

    from xinxiang_arbitration.models import Case

    with db.transaction() as s:
        stmt = (
            select(Case.handler_id)
            .where(Case.status.in_([st.value for st in caseload.OPEN_STATUSES]))
            .where(Case.handler_id.is_not(None))
            .group_by(Case.handler_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        found = s.scalar(stmt)
    assert found is not None
    return int(found)


def view_rows(db: Database, repeat: int, screenshot: Path | None) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings  # noqa: TID251 - the bench times the Qt client too
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from ui.views.caseload_view import CaseloadView
    from ui.views.main_window import MainWindow

    app = QApplication.instance() or QApplication([])

    def open_view(search: str | None = None) -> float:
        started = time.perf_counter()
        view = CaseloadView(db)
        view.resize(1366, 700)
        view.show()
        while view.model.rowCount() == 0:
            app.processEvents()
        view.table.viewport().grab()  # the first rows painted
        elapsed = time.perf_counter() - started
        if search is not None:
            started = time.perf_counter()
            view.search_box.setText(search)
            view.apply_filters()  # what the 150 ms debounce then does
            while view.model.query.search != search or view.ops.busy:
                app.processEvents()
            view.table.viewport().grab()
            elapsed = time.perf_counter() - started
        view.shutdown()
        view.deleteLater()
        app.processEvents()
        return elapsed

    out = [
        line("view: create → first rows painted", [open_view() for _ in range(repeat + 1)][1:]),
        line(
            "view: search 张伟 → rows painted (after the debounce)",
            [open_view("张伟") for _ in range(repeat + 1)][1:],
        ),
    ]
    for row in out:
        print(row, file=sys.stderr)
    if screenshot is not None:
        window = MainWindow(
            db, QSettings(str(COPY.with_suffix(".ini")), QSettings.Format.IniFormat)
        )
        window.resize(1366, 768)
        window.show()
        view = window.caseload_view
        while view.model.rowCount() == 0 or view.ops.busy:
            app.processEvents()
        for _ in range(20):
            app.processEvents()
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(screenshot))
        view.shutdown()
        window.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.caseload", description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="copy the cached database again")
    parser.add_argument("--screenshot", type=Path, help="save the main window (1366×768) here")
    args = parser.parse_args(argv)
    db = database(args.fresh)
    try:
        rows = service_rows(db, args.repeat)
        rows += view_rows(db, args.repeat, args.screenshot)
    finally:
        db.dispose()
    print(f"caseload, 1M cases, SQLite, {dt.date.today()}, repeat {args.repeat}")
    print("| operation | min | median | note |\n|---|---:|---:|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
