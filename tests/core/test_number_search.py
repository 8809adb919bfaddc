"""Case-number fragments with 〔 or 第 are found by prefix seeks, exactly as a scan would."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers import base_row, write_ledger
from xinxiang_arbitration.cases.caseload import CaseloadQuery, first_page
from xinxiang_arbitration.cases.number_search import number_condition, split
from xinxiang_arbitration.ledger.importing import import_ledger
from xinxiang_arbitration.models import Case
from xinxiang_arbitration.storage.db import Database

NUMBERS = [
    *(f"新劳人仲案字〔2026〕第{n}号" for n in (1, 2, 10, 12, 21, 112, 120)),
    "新劳人仲案字〔2025〕第12号",
    "新劳人调字〔2026〕第12号",
    "新劳人仲字〔2019〕第12号",  # an older pattern, imported from an old ledger
    "新人社监字〔2026〕第3号",
]


def _import(db: Database, tmp_path: Path, numbers: list[str], name: str) -> None:
    rows = [base_row(n, **{"案件类型": "仲裁"}) for n in numbers]
    import_ledger(db, write_ledger(tmp_path / name, rows))


def _found(db: Database, term: str) -> list[str]:
    with db.transaction() as s:
        condition = number_condition(s, term)
        assert condition is not None
        return sorted(s.scalars(select(Case.number).where(condition)))


def _scanned(db: Database, term: str) -> list[str]:
    with db.transaction() as s:
        return sorted(s.scalars(select(Case.number).where(Case.number.contains(term))))


@pytest.mark.parametrize(
    "term",
    [
        "〔2026〕第1",
        "〔2026〕第12",
        "〔2026〕第12号",
        "仲案字〔2026〕第1",
        "第12号",
        "第1",
        "〔2019",
        "调字〔",
        "〔2027〕",
        "字〔2026〕第3号",
        "监字〔2026〕第3",
    ],
)
def test_seeks_find_what_a_scan_finds(db: Database, tmp_path: Path, term: str) -> None:
    _import(db, tmp_path, NUMBERS, "a.csv")
    assert _found(db, term) == _scanned(db, term)


def test_examples_and_numbers_added_later(db: Database, tmp_path: Path) -> None:
    _import(db, tmp_path, NUMBERS, "a.csv")
    assert _found(db, "〔2026〕第12") == [
        "新劳人仲案字〔2026〕第120号",
        "新劳人仲案字〔2026〕第12号",
        "新劳人调字〔2026〕第12号",
    ]
    _import(db, tmp_path, ["劳人仲字〔2026〕第12号"], "b.csv")  # a new pattern after a search
    assert "劳人仲字〔2026〕第12号" in _found(db, "〔2026〕第12")
    page = first_page(db, CaseloadQuery(search="〔2026〕第12", open_only=False), 50)
    assert sorted(r.number for r in page.rows) == _scanned(db, "〔2026〕第12")


def test_terms_without_a_marker_are_left_to_the_scan() -> None:
    assert split("2026") is None and split("12") is None
    assert split("仲案字〔2026〕第1") == ("〔", "仲案字", "〔2026〕第1")
    assert split("第12号") == ("第", "", "第12号")
