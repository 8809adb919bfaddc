"""Property tests: any valid ledger round-trips; any ledger with a broken row is refused whole."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from tests.helpers import fingerprint, write_ledger
from tests.strategies import BREAKAGES, ledgers
from xinxiang_arbitration.errors import ImportRejected
from xinxiang_arbitration.inputs.files import read_sheet
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.ledger.exporting import export_ledger
from xinxiang_arbitration.ledger.importing import import_ledger
from xinxiang_arbitration.ledger.rows import read_row
from xinxiang_arbitration.models import (
    AuditEntry,
    Case,
    CaseNumberCounter,
    MediationOrg,
    Party,
    Staff,
)
from xinxiang_arbitration.storage.db import Database

PROPERTY_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _wipe(db: Database) -> None:
    with db.transaction() as s:
        for model in (Case, Party, Staff, AuditEntry, CaseNumberCounter):
            s.execute(delete(model))
        s.execute(delete(MediationOrg).where(MediationOrg.id > 2))


def _expected_cells(rows: list[dict[str, Any]]) -> list[list[Any]]:
    out = []
    for n, row in enumerate(rows, start=2):
        parsed = read_row(n, row)
        assert not isinstance(parsed, list), parsed
        out.append(parsed.cells())
    return out


def _csv_cells(path: Path) -> list[list[str]]:
    return [values for _, values in read_sheet(path).rows]


def _as_csv_text(cells: list[list[Any]]) -> list[list[str]]:
    def one(v: Any) -> str:
        if v is None:
            return ""
        return v.isoformat() if hasattr(v, "isoformat") else str(v)

    return [[one(v) for v in row] for row in cells]


@PROPERTY_SETTINGS
@given(rows=ledgers(), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_valid_ledgers_import_and_round_trip(
    db: Database, rows: list[dict[str, Any]], suffix: str
) -> None:
    _wipe(db)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = write_ledger(folder / f"in{suffix}", rows)
        assert import_ledger(db, source).created == len(rows)
        first = folder / "a.csv"
        export_ledger(db, first, actor="测试")
        assert _csv_cells(first) == _as_csv_text(_expected_cells(rows))
        # export → import into an empty database → export: the same file
        _wipe(db)
        import_ledger(db, first)
        second = folder / "b.csv"
        export_ledger(db, second, actor="测试")
        assert first.read_bytes() == second.read_bytes()


@PROPERTY_SETTINGS
@given(
    rows=ledgers(min_rows=2),
    which=st.integers(min_value=0),
    breakage=st.sampled_from(BREAKAGES),
    duplicate=st.booleans(),
)
def test_a_broken_row_rejects_the_whole_ledger(
    db: Database,
    rows: list[dict[str, Any]],
    which: int,
    breakage: tuple[str, Any],
    duplicate: bool,
) -> None:
    _wipe(db)
    index = which % len(rows)
    broken = [dict(r) for r in rows]
    if duplicate:
        broken[index][col.NUMBER] = broken[(index + 1) % len(rows)][col.NUMBER]
        column = col.NUMBER
        bad_row = max(index, (index + 1) % len(rows)) + 2
    else:
        column, corrupt = breakage
        broken[index][column] = corrupt(broken[index].get(column), broken[index])
        bad_row = index + 2
    with tempfile.TemporaryDirectory() as tmp:
        before = fingerprint(db)
        path = write_ledger(Path(tmp) / "bad.csv", broken)
        try:
            import_ledger(db, path)
        except ImportRejected as exc:
            assert any(p.row == bad_row for p in exc.problems), exc.message
        else:
            raise AssertionError(f"accepted a ledger with a broken {column} in row {bad_row}")
        assert fingerprint(db) == before
