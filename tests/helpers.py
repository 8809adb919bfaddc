"""Helpers shared by tests: ledger files and a fingerprint of the whole database."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from xinxiang_arbitration.inputs.files import write_sheet
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.models import Base
from xinxiang_arbitration.storage.db import Database

VALID_ID = "11010519491231002X"  # GB 11643 example number
VALID_CODE = "91110000600037341L"  # a real-format unified social credit code


def base_row(number: str = "新劳人仲案字〔2025〕第1号", **overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        col.NUMBER: number,
        col.KIND: "仲裁",
        col.APPLICANT: "张伟",
        col.APPLICANT_ID: VALID_ID,
        col.RESPONDENT: "新乡市华兴机械制造有限公司",
        col.CREDIT_CODE: VALID_CODE,
        col.DISPUTE_TYPES: "劳动报酬、经济补偿赔偿金",
        col.HEADCOUNT: "1",
        col.CLAIM_AMOUNT: "12,345.60",
        col.MEDIATION_ORG: "",
        col.RECEIVED_ON: "2025-03-07",
        col.ACCEPTED_ON: "2025/3/10",
        col.REFUSED: "否",
        col.SUSPENDED_ON: "",
        col.RESUMED_ON: "",
        col.EXTENDED: "否",
        col.CLOSED_ON: "",
        col.CLOSURE_MODE: "",
        col.HANDLER: "李明",
        col.NOTES: "",
    }
    row.update(overrides)
    return row


def write_ledger(
    path: Path, rows: Sequence[dict[str, Any]], headers: Sequence[str] = col.ALL
) -> Path:
    write_sheet(path, list(headers), [[r.get(h) for h in headers] for r in rows])
    return path


def fingerprint(db: Database) -> dict[str, tuple[int, str]]:
    """Row count and a hash of every row, per table: equal before and after means untouched."""
    out: dict[str, tuple[int, str]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            digest = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
            out[table.name] = (len(rows), digest)
    return out
