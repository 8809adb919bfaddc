"""Time named operations on cached demo databases, next to a raw-SQL floor.

    .venv/bin/python -m bench.run [--sizes 10k,100k,1m] [--repeat 5] [--pg] [--ops NAME,...]

The SQLite databases live in bench/.cache/ (built once with the demo-data generator,
reused while the generator and the schema are unchanged; each has a small JSON with
its build time). With --pg the same sizes are built on the local PostgreSQL server
as databases xa_bench_10k etc. Every operation is timed ``--repeat`` times (the
ledger ones ``--heavy-repeat`` times); its floor is the same work done through
sqlite3 / psycopg directly, measured in the same run. The table shows min and
median of ours, the floor's median and median / floor.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import psycopg
import sqlalchemy
from sqlalchemy.engine import URL, make_url

from xinxiang_arbitration.cases.overview import count_by_kind_and_status
from xinxiang_arbitration.clocks.due import overdue_as_of
from xinxiang_arbitration.demo import build as demo
from xinxiang_arbitration.reports import write_monthly_report
from xinxiang_arbitration.statistics.breakdowns import by_month
from xinxiang_arbitration.statistics.indicators import Period, indicators
from xinxiang_arbitration.storage.db import Database, open_database
from xinxiang_arbitration.storage.migrate import head_revision

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"
PG_SERVER = os.environ.get("XINXIANG_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
SEED = 1
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
LEDGER_SIZE = "100k"  # the ledger export/import operations run on this size only


# --- databases ------------------------------------------------------------------


def fingerprint() -> str:
    """Changes when the generator or the schema does: cached databases are then rebuilt."""
    digest = hashlib.sha256(Path(demo.__file__).read_bytes())
    for module in sorted((Path(demo.__file__).parents[1] / "demo").glob("*.py")):
        digest.update(module.read_bytes())
    return f"{head_revision()}-{digest.hexdigest()[:12]}"


def _pg_dsn(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_admin() -> psycopg.Connection[Any]:
    return psycopg.connect(_pg_dsn(make_url(PG_SERVER).set(database="postgres")), autocommit=True)


def pg_recreate(name: str) -> URL:
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return make_url(PG_SERVER).set(database=name)


def pg_drop(name: str) -> None:
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _show_progress(label: str) -> Callable[[int, int], None]:
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        elapsed = time.perf_counter() - started
        print(
            f"\r  building {label}: {done:,}/{total:,} ({elapsed:.0f} s)", end="", file=sys.stderr
        )
        if done == total:
            print(file=sys.stderr)

    return progress


def _build(db: Database, cases: int, label: str) -> float:
    started = time.perf_counter()
    demo.generate_demo_data(db, cases, seed=SEED, progress=_show_progress(label))
    return time.perf_counter() - started


@dataclass
class Target:
    """One cached demo database, opened through the app and through the raw driver."""

    label: str
    cases: int
    dialect: str
    db: Database
    raw: Any  # a DB-API connection (sqlite3 or psycopg)
    build_seconds: float
    sqlite_path: Path | None = None


def _marker(name: str) -> Path:
    return CACHE / f"{name}.json"


def _read_marker(name: str, cases: int) -> dict[str, Any] | None:
    try:
        info: dict[str, Any] = json.loads(_marker(name).read_text())
    except (OSError, ValueError):
        return None
    if info.get("fingerprint") != fingerprint() or info.get("cases") != cases:
        return None
    return info


def _write_marker(name: str, cases: int, seconds: float, dialect: str) -> dict[str, Any]:
    info = {
        "cases": cases,
        "seed": SEED,
        "dialect": dialect,
        "build_seconds": round(seconds, 2),
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "fingerprint": fingerprint(),
    }
    _marker(name).write_text(json.dumps(info, indent=2) + "\n")
    return info


def sqlite_target(label: str, cases: int) -> Target:
    name = f"demo-{label}"
    path = CACHE / f"{name}.sqlite3"
    info = _read_marker(name, cases) if path.exists() else None
    if info is None:
        CACHE.mkdir(exist_ok=True)
        building = CACHE / f"{name}.building.sqlite3"
        for p in (building, Path(f"{building}-wal"), Path(f"{building}-shm"), path):
            p.unlink(missing_ok=True)
        db = open_database(f"sqlite:///{building}")
        seconds = _build(db, cases, f"SQLite {label}")
        db.dispose()  # last connection closed: the WAL is folded into the file
        building.replace(path)  # only a complete build gets the real name
        info = _write_marker(name, cases, seconds, "sqlite")
    db = open_database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    return Target(label, cases, "sqlite", db, raw, info["build_seconds"], sqlite_path=path)


def pg_target(label: str, cases: int) -> Target:
    name = f"xa_bench_{label}"
    url = make_url(PG_SERVER).set(database=name)
    info = _read_marker(name, cases)
    if info is not None:
        try:
            with psycopg.connect(_pg_dsn(url)) as conn:
                row = conn.execute("SELECT count(*) FROM cases").fetchone()
            if row is None or row[0] != cases:
                info = None
        except psycopg.Error:
            info = None
    if info is None:
        _marker(name).unlink(missing_ok=True)
        url = pg_recreate(name)
        db = open_database(url)
        seconds = _build(db, cases, f"PostgreSQL {label}")
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")  # fresh statistics, as autovacuum would give
        db.dispose()
        info = _write_marker(name, cases, seconds, "postgresql")
    db = open_database(url)
    raw = psycopg.connect(_pg_dsn(url))
    return Target(label, cases, "postgresql", db, raw, info["build_seconds"])


# --- timing ---------------------------------------------------------------------


@dataclass
class Result:
    operation: str
    size: str
    dialect: str
    ours: list[float]
    floor: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.ours)

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def ratio(self) -> float | None:
        floor = self.floor_median
        return self.median / floor if floor else None


def timed(
    fn: Callable[[], object],
    repeat: int,
    *,
    warmup: bool = True,
    setup: Callable[[], object] | None = None,
    teardown: Callable[[], object] | None = None,
) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls; setup/teardown around each are not timed."""
    if warmup:
        fn()
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
        if teardown is not None:
            teardown()
    return times


# --- operations -----------------------------------------------------------------
# Each takes a target and the repeat counts and returns a Result (or None when it
# does not apply to that target).

RAW_COUNT = "SELECT kind, status, count(*) FROM cases GROUP BY kind, status"


def op_count_by_kind_and_status(t: Target, repeat: int, heavy: int) -> Result | None:
    ours = timed(lambda: count_by_kind_and_status(t.db), repeat)
    floor = timed(lambda: t.raw.execute(RAW_COUNT).fetchall(), repeat)
    return Result("count by kind and status", t.label, t.dialect, ours, floor)


AS_OF = dt.date(2026, 11, 20)  # the demo data's anchor day
# the floor fetches the same rows `overdue` starts from: cases open on the as-of day
RAW_OPEN = (
    "SELECT id, number, kind, received_on, accepted_on, refused, extended FROM cases "
    f"WHERE received_on <= '{AS_OF}' AND (closed_on IS NULL OR closed_on > '{AS_OF}')"
)


def op_overdue(t: Target, repeat: int, heavy: int) -> Result | None:
    ours = timed(lambda: overdue_as_of(t.db, AS_OF), repeat)
    floor = timed(lambda: t.raw.execute(RAW_OPEN).fetchall(), repeat)
    return Result("overdue --as-of 2026-11-20", t.label, t.dialect, ours, floor)


MONTH = ("2026-10-01", "2026-10-31")
# The statements `statistics.indicators` runs for one period, written out by hand
# ("open at the start" is two seeks: never closed, or closed on or after the start).
RAW_INDICATOR_COUNTS = [
    "SELECT count(*) FROM cases WHERE kind = 'mediation' AND closed_on BETWEEN '{0}' AND '{1}'",
    "SELECT count(*) FROM cases WHERE kind = 'arbitration' AND closed_on BETWEEN '{0}' AND '{1}'",
    "SELECT count(*) FROM cases WHERE (kind = 'mediation' AND closed_on BETWEEN '{0}' AND '{1}' "
    "AND closure_mode = 'agreement') OR (kind = 'arbitration' AND closed_on BETWEEN '{0}' "
    "AND '{1}' AND closure_mode = 'mediated')",
] + [
    sql.replace("KIND", kind)
    for kind in ("arbitration", "inspection")
    for sql in (
        "SELECT count(*) FROM cases WHERE kind = 'KIND' AND accepted_on BETWEEN '{0}' AND '{1}'",
        "SELECT count(*) FROM cases WHERE kind = 'KIND' AND closed_on IS NULL "
        "AND accepted_on < '{0}'",
        "SELECT count(*) FROM cases WHERE kind = 'KIND' AND closed_on >= '{0}' "
        "AND accepted_on < '{0}'",
        "SELECT count(*) FROM cases WHERE kind = 'KIND' AND closed_on BETWEEN '{0}' AND '{1}' "
        "AND accepted_on IS NOT NULL",
    )
]


def _raw_indicators(t: Target, periods: list[tuple[str, str]]) -> Callable[[], None]:
    statements = [sql.format(*p) for p in periods for sql in RAW_INDICATOR_COUNTS]

    def floor() -> None:
        for sql in statements:
            t.raw.execute(sql).fetchall()

    return floor


def op_indicators_month(t: Target, repeat: int, heavy: int) -> Result | None:
    period = Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    ours = timed(lambda: indicators(t.db, period, actor="bench"), repeat)
    floor = timed(_raw_indicators(t, [MONTH]), repeat)
    return Result("indicators 27-29, one month", t.label, t.dialect, ours, floor)


def _months(year: int) -> list[tuple[str, str]]:
    """Every month of the year before ``year`` and of ``year``, as by_month counts them."""
    out = []
    for y in (year - 1, year):
        for m in range(1, 13):
            last = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
            out.append((dt.date(y, m, 1).isoformat(), last.isoformat()))
    return out


def op_by_month(t: Target, repeat: int, heavy: int) -> Result | None:
    ours = timed(lambda: by_month(t.db, 2026), repeat)
    floor = timed(_raw_indicators(t, _months(2026)), repeat)
    return Result("indicators by month, 2025 and 2026", t.label, t.dialect, ours, floor)


def op_report_pdf(t: Target, repeat: int, heavy: int) -> Result | None:
    out = _scratch() / f"report-{t.label}-{t.dialect}.pdf"
    ours = timed(lambda: write_monthly_report(t.db, "2026-10", out, actor="bench"), heavy)
    return Result("monthly report PDF 2026-10", t.label, t.dialect, ours)


def op_demo_build(t: Target, repeat: int, heavy: int) -> Result | None:
    return Result("demo-data build", t.label, t.dialect, [t.build_seconds], note="recorded")


def _ledger_select(dialect: str) -> str:
    """Every ledger column, joined the way the export needs them."""
    if dialect == "sqlite":
        disputes = (
            "(SELECT group_concat(d.dispute_type, '、') FROM case_dispute_types d"
            " WHERE d.case_id = c.id)"
        )
    else:
        disputes = (
            "(SELECT string_agg(d.dispute_type, '、' ORDER BY d.position)"
            " FROM case_dispute_types d WHERE d.case_id = c.id)"
        )
    return (
        f"SELECT c.number, c.kind, a.name, a.id_number, r.name, r.credit_code, {disputes},"
        " c.headcount, c.claim_amount, o.name, c.received_on, c.accepted_on, c.refused,"
        " s.started_on, s.ended_on, c.extended, c.closed_on, c.closure_mode, h.name, c.notes"
        " FROM cases c"
        " JOIN parties a ON a.id = c.applicant_id"
        " JOIN parties r ON r.id = c.respondent_id"
        " LEFT JOIN mediation_orgs o ON o.id = c.mediation_org_id"
        " LEFT JOIN staff h ON h.id = c.handler_id"
        " LEFT JOIN suspensions s ON s.case_id = c.id"
        " ORDER BY c.id"
    )


def _ledger_module() -> Any | None:
    """``export_ledger`` and ``import_ledger`` side by side, or None without them."""
    try:
        from xinxiang_arbitration.ledger.exporting import export_ledger
        from xinxiang_arbitration.ledger.importing import import_ledger
    except ImportError:  # the ledger is not there yet
        return None
    return SimpleNamespace(export_ledger=export_ledger, import_ledger=import_ledger)


def _scratch() -> Path:
    path = CACHE / "scratch"
    path.mkdir(parents=True, exist_ok=True)
    return path


def op_export_ledger(suffix: str) -> Callable[[Target, int, int], Result | None]:
    def run(t: Target, repeat: int, heavy: int) -> Result | None:
        ledger = _ledger_module()
        if ledger is None or t.label != LEDGER_SIZE:
            return None
        out = _scratch() / f"export-{t.dialect}{suffix}"
        ours = timed(lambda: ledger.export_ledger(t.db, out, actor="bench"), heavy, warmup=False)
        query = _ledger_select(t.dialect)
        floor = timed(lambda: t.raw.execute(query).fetchall(), heavy)
        return Result(f"export {t.label} ledger ({suffix})", t.label, t.dialect, ours, floor)

    return run


def ledger_file(t: Target, suffix: str) -> Path:
    """The target exported once (reused while newer than the database's build)."""
    ledger = _ledger_module()
    assert ledger is not None
    path = CACHE / f"ledger-{t.dialect}-{t.label}{suffix}"
    built = _marker(f"demo-{t.label}" if t.dialect == "sqlite" else f"xa_bench_{t.label}")
    if not path.exists() or path.stat().st_mtime < built.stat().st_mtime:
        print(f"  exporting {t.label} to {path.name} (once)", file=sys.stderr)
        ledger.export_ledger(t.db, path, actor="bench")
    return path


@contextmanager
def _fresh_db(dialect: str) -> Iterator[Database]:
    """An empty, migrated database (made before the clock starts)."""
    if dialect == "sqlite":
        with tempfile.TemporaryDirectory(dir=_scratch()) as tmp:
            db = open_database(f"sqlite:///{Path(tmp) / 'import.sqlite3'}")
            try:
                yield db
            finally:
                db.dispose()
        return
    db = open_database(pg_recreate("xa_bench_import"))
    try:
        yield db
    finally:
        db.dispose()
        pg_drop("xa_bench_import")


def op_import_ledger(suffix: str) -> Callable[[Target, int, int], Result | None]:
    def run(t: Target, repeat: int, heavy: int) -> Result | None:
        ledger = _ledger_module()
        if ledger is None or t.label != LEDGER_SIZE:
            return None
        path = ledger_file(t, suffix)
        ours = []
        for _ in range(heavy):
            with _fresh_db(t.dialect) as fresh:
                started = time.perf_counter()
                ledger.import_ledger(fresh, path)
                ours.append(time.perf_counter() - started)
        rows = _csv_rows(ledger_file(t, ".csv"))
        floor = [_raw_insert(t.dialect, rows) for _ in range(heavy)]
        return Result(f"import {t.label} ledger ({suffix})", t.label, t.dialect, ours, floor)

    return run


def _csv_rows(path: Path) -> list[tuple[str, ...]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [tuple(row) for row in list(csv.reader(fh))[1:]]


def _raw_insert(dialect: str, rows: list[tuple[str, ...]]) -> float:
    """Seconds for one executemany INSERT of the rows into a plain table, committed."""
    width = len(rows[0])
    columns = ", ".join(f"c{i} text" for i in range(width))
    if dialect == "sqlite":
        with tempfile.TemporaryDirectory(dir=_scratch()) as tmp:
            con = sqlite3.connect(Path(tmp) / "floor.sqlite3", isolation_level=None)
            con.execute("PRAGMA journal_mode = WAL")  # as the app's connections
            con.execute("PRAGMA synchronous = NORMAL")
            con.execute(f"CREATE TABLE ledger ({columns})")
            sql = f"INSERT INTO ledger VALUES ({', '.join('?' * width)})"
            started = time.perf_counter()
            con.execute("BEGIN")
            con.executemany(sql, rows)
            con.execute("COMMIT")
            seconds = time.perf_counter() - started
            con.close()
        return seconds
    url = pg_recreate("xa_bench_floor")
    try:
        with psycopg.connect(_pg_dsn(url)) as pg:
            pg.execute(f"CREATE TABLE ledger ({columns})")
            pg.commit()
            sql = f"INSERT INTO ledger VALUES ({', '.join(['%s'] * width)})"
            started = time.perf_counter()
            with pg.cursor() as cur:
                cur.executemany(sql, rows)
            pg.commit()
            return time.perf_counter() - started
    finally:
        pg_drop("xa_bench_floor")


Operation = Callable[[Target, int, int], Result | None]
OPERATIONS: dict[str, Operation] = {
    "count": op_count_by_kind_and_status,
    "overdue": op_overdue,
    "indicators": op_indicators_month,
    "by-month": op_by_month,
    "report": op_report_pdf,
    "build": op_demo_build,
    "export-csv": op_export_ledger(".csv"),
    "export-xlsx": op_export_ledger(".xlsx"),
    "import-csv": op_import_ledger(".csv"),
    "import-xlsx": op_import_ledger(".xlsx"),
}


# --- report ---------------------------------------------------------------------


def _seconds(value: float | None) -> str:
    if value is None:
        return "—"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def table(results: list[Result]) -> str:
    head = "| operation | size | dialect | min | median | raw-SQL floor | median/floor |"
    lines = [head, "|---|---|---|---:|---:|---:|---:|"]
    for r in results:
        ratio = f"{r.ratio:.1f}×" if r.ratio is not None else "—"
        lines.append(
            f"| {r.operation} | {r.size} | {r.dialect} | {_seconds(min(r.ours))} "
            f"| {_seconds(r.median)} | {_seconds(r.floor_median)} | {ratio} |"
        )
    return "\n".join(lines)


def machine(pg: bool) -> dict[str, str]:
    info = {
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "platform": platform.platform(),
    }
    if pg:
        with _pg_admin() as admin:
            row = admin.execute("SHOW server_version").fetchone()
        info["postgresql"] = str(row[0]) if row else "?"
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma-separated: 10k,100k,1m")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per operation")
    parser.add_argument(
        "--heavy-repeat", type=int, default=3, help="timed runs of the ledger export/import"
    )
    parser.add_argument("--pg", action="store_true", help="also on the local PostgreSQL")
    parser.add_argument(
        "--ops", default=",".join(OPERATIONS), help="comma-separated: " + ",".join(OPERATIONS)
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    labels = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in labels if s not in SIZES]
    ops = [o.strip() for o in args.ops.split(",") if o.strip()]
    unknown += [o for o in ops if o not in OPERATIONS]
    if unknown:
        parser.error(f"unknown: {', '.join(unknown)}")

    dialects = ["sqlite", "postgresql"] if args.pg else ["sqlite"]
    results: list[Result] = []
    for dialect in dialects:
        for label in labels:
            opener = sqlite_target if dialect == "sqlite" else pg_target
            target = opener(label, SIZES[label])
            try:
                for op in ops:
                    print(f"  {dialect} {label}: {op}", file=sys.stderr)
                    result = OPERATIONS[op](target, args.repeat, args.heavy_repeat)
                    if result is not None:
                        results.append(result)
            finally:
                target.raw.close()
                target.db.dispose()

    info = machine(args.pg)
    print(" · ".join(f"{k} {v}" for k, v in info.items()))
    print(f"repeat {args.repeat} (ledger operations {args.heavy_repeat}), seed {SEED}")
    print(table(results))
    if _ledger_module() is None:
        print("(ledger export/import skipped: xinxiang_arbitration.ledger.importing is missing)")
    if args.json:
        payload = {"machine": info, "results": [asdict(r) for r in results]}
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
