"""Hostile but realistic ledger files (issue 16), through the command line as an office
runs it, on SQLite and PostgreSQL: each is refused in one sentence with nothing written,
or stored and exported back; never a traceback, and the same on both databases."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from tests.helpers import VALID_ID, base_row, fingerprint, write_ledger
from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.models import Case, Party
from xinxiang_arbitration.storage.db import Database


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(["--db", db.url.render_as_string(hide_password=False), *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.err


def _refused(db: Database, capsys: pytest.CaptureFixture[str], path: Path, expected: str) -> None:
    before = fingerprint(db)
    code, err = _run(db, capsys, "import-ledger", str(path))
    assert code == 1
    assert expected in err, err
    assert fingerprint(db) == before


def _notes(db: Database) -> list[str | None]:
    with db.transaction(read_only=True) as s:
        return list(s.scalars(select(Case.notes).order_by(Case.id)))


def test_a_nul_byte_in_a_csv_cell_is_refused_on_both_databases(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_ledger(tmp_path / "nul.csv", [base_row(**{col.NOTES: "补充\x00材料"})])
    _refused(db, capsys, path, "第 2 行 · 备注：含有空字符 NUL（U+0000）（第 3 个字符）")


def test_a_vertical_tab_from_word_becomes_a_line_break_and_exports(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_ledger(tmp_path / "vt.csv", [base_row(**{col.NOTES: "第一段\x0b第二段"})])
    assert _run(db, capsys, "import-ledger", str(path))[0] == 0
    assert _notes(db) == ["第一段\n第二段"]
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"out{suffix}"
        assert _run(db, capsys, "export-ledger", str(out))[0] == 0
    book = openpyxl.load_workbook(tmp_path / "out.xlsx", read_only=True)
    header, row = list(book.active.iter_rows(values_only=True))
    assert row[list(header).index(col.NOTES)] == "第一段\n第二段"


def test_a_name_longer_than_its_column_is_refused_alike_on_both(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_ledger(tmp_path / "long.csv", [base_row(**{col.APPLICANT: "张" * 300})])
    _refused(db, capsys, path, "第 2 行 · 申请人：过长：300 个字，最多 200 个字")


def test_a_ten_megabyte_cell_is_refused(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # openpyxl (like Excel) writes at most 32,767 characters a cell; another program need not
    made = write_ledger(tmp_path / "made.xlsx", [base_row(**{col.NOTES: "PLACEHOLDER"})])
    path = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename).replace(b"PLACEHOLDER", b"x" * 10_000_000)
            target.writestr(item, data, zipfile.ZIP_DEFLATED)
    _refused(db, capsys, path, "第 2 行 · 备注：过长：10000000 个字，最多 2000 个字")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("\u0662\u0660\u0662\u0665-03-07", "第 2 行 · 收件日期：无法识别的日期"),
        ("1900-01-01", "第 2 行 · 收件日期：日期超出范围（1900-01-01）"),
        ("9999-12-31", "第 2 行 · 收件日期：日期超出范围（9999-12-31）"),
    ],
)
def test_dates_of_other_scripts_and_out_of_range_years_are_refused(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, expected: str
) -> None:
    path = write_ledger(tmp_path / "date.csv", [base_row(**{col.RECEIVED_ON: value})])
    _refused(db, capsys, path, expected)


def test_full_width_digits_in_an_id_number_are_read_as_digits(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wide = VALID_ID.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    path = write_ledger(tmp_path / "wide.csv", [base_row(**{col.APPLICANT_ID: wide})])
    assert _run(db, capsys, "import-ledger", str(path))[0] == 0
    with db.transaction(read_only=True) as s:
        assert s.scalars(select(Party.id_number).where(Party.id_number.is_not(None))).all() == [
            VALID_ID
        ]


def test_damaged_workbooks_and_mismatched_encodings_fail_in_words(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_ledger(tmp_path / "good.xlsx", [base_row()])
    damaged = tmp_path / "损坏.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b"</sheetData>", b"<row><c")
            target.writestr(item, data)
    _refused(db, capsys, damaged, "无法读取工作簿 损坏.xlsx：工作表的内容（XML）已损坏")
    mixed = tmp_path / "mixed.csv"
    write_ledger(tmp_path / "plain.csv", [base_row()])
    text = (tmp_path / "plain.csv").read_text(encoding="utf-8-sig")
    mixed.write_bytes(b"\xef\xbb\xbf" + text.encode("gbk"))
    _refused(db, capsys, mixed, "文件 mixed.csv 开头标明是 UTF-8，但第 1 行的内容不是 UTF-8")


def test_texts_excel_would_run_stay_texts_through_export_and_import(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = ['=HYPERLINK("http://example.invalid","点此")', "+86 373 1234567", "-", "@年终"]
    rows = [base_row(f"新劳人仲案字〔2025〕第{n}号", **{col.NOTES: t}) for n, t in enumerate(notes)]
    assert _run(db, capsys, "import-ledger", str(write_ledger(tmp_path / "in.csv", rows)))[0] == 0
    assert _notes(db) == notes
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"out{suffix}"
        assert _run(db, capsys, "export-ledger", str(out))[0] == 0
    cells = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    column = [c.value for c in cells[1]].index(col.NOTES) + 1
    assert {cells.cell(r, column).data_type for r in range(2, 6)} == {"s"}


def test_characters_stored_before_the_policy_never_stop_an_export(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 备注 with a vertical tab and (on SQLite) a NUL, written before issue 16's checks:
    the .xlsx export writes � there and says where; the .csv keeps the text as it is."""
    path = write_ledger(tmp_path / "ok.csv", [base_row(**{col.NOTES: "旧数据"})])
    assert _run(db, capsys, "import-ledger", str(path))[0] == 0
    stored = "旧\x0b数据" + ("\x00" if db.dialect == "sqlite" else "")
    with db.transaction() as s:
        s.execute(update(Case).values(notes=stored))
    code, err = _run(db, capsys, "export-ledger", str(tmp_path / "out.xlsx"))
    assert code == 0
    assert "第 2 行 · 备注：含有 Excel 不能保存的控制字符，已写为 \ufffd" in err
    assert _run(db, capsys, "export-ledger", str(tmp_path / "out.csv"))[0] == 0
    assert stored in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
