"""Exporting the case ledger (shared/domain/ledger-format.md): every case, one row each.

The columns are the ones ``importing`` reads, so export → import into an empty
database → export gives the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xinxiang_arbitration.inputs.files import check_suffix, write_sheet
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.ledger.query import stored_rows
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database


@dataclass
class ExportResult:
    rows: int
    warnings: list[str] = field(default_factory=list)


def export_ledger(db: Database, path: Path, *, actor: SignedIn | str) -> ExportResult:
    """Write every case as one ledger row, in the order the cases were made.

    Needs ``ledger.export`` (``permissions.require``)."""
    check_suffix(path)
    result = ExportResult(rows=0)
    several: list[str] = []

    def rows() -> Iterable[list[Any]]:
        for stored in stored_rows(session):
            result.rows += 1
            if stored.suspensions > 1:
                several.append(stored.row.number)
            yield stored.row.cells()

    with db.transaction() as session:
        require(session, actor, "ledger.export", subject=path.name)
        replaced = write_sheet(path, col.ALL, rows())
    result.warnings += replaced  # characters an .xlsx cannot hold, written as �
    if several:
        shown = "、".join(several[:5]) + ("等" if len(several) > 5 else "")
        result.warnings.append(
            f"{len(several)} 件案件中止过不止一次（{shown}），台账只能记录最近一次中止"
        )
    return result
