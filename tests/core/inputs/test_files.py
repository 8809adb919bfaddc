"""Reading and writing tabular files (inputs.files): every unreadable file refused in words,
and nothing the database holds ever stops an export."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.inputs.files import read_sheet, write_sheet

HEADERS = ["案号", "备注"]


def _rows(path: Path) -> list[list[object]]:
    return [row for _n, row in read_sheet(path).rows]


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _refused(path: Path) -> str:
    with pytest.raises(InvalidInput) as refused:
        _rows(path)
    return refused.value.message


def test_a_workbook_whose_sheet_xml_is_damaged(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "good.xlsx", [[f"A{i}", "x"] for i in range(5)])
    bad = tmp_path / "坏表.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2] + b"<<"
            target.writestr(item, data)
    assert _refused(bad) == (
        "无法读取工作簿 坏表.xlsx：工作表的内容（XML）已损坏；"
        "请在 Excel 中打开并另存为 .xlsx 后再导入"
    )


def test_a_truncated_workbook_and_a_file_that_is_not_one(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "good.xlsx", [["A1", "x"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[:500])
    assert "不是有效的 .xlsx 文件" in _refused(cut)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really")
    assert _refused(fake).startswith("无法读取工作簿 fake.xlsx：")


def test_a_formula_without_its_result_is_refused_naming_the_cells(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "f.xlsx", [["A1", "=1+2"], ["A2", "x"], ["A3", "=B3"]])
    assert _refused(path) == (
        "工作簿 f.xlsx 中的单元格 B2、B4是公式，但文件里没有保存计算结果："
        "请在 Excel 中打开、保存后再导入，或把公式改为数值"
    )


def test_a_gbk_file_behind_a_utf8_bom_and_a_utf16_file(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(b"\xef\xbb\xbf" + "案号,备注\nA1,中文\n".encode("gbk"))
    assert "开头标明是 UTF-8，但第 1 行的内容不是 UTF-8" in _refused(mixed)
    wide = tmp_path / "wide.csv"
    wide.write_bytes("案号,备注\nA1,x\n".encode("utf-16"))
    assert "UTF-16 编码" in _refused(wide)


def test_a_csv_cell_larger_than_the_reader_takes(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("案号,备注\nA1,ok\nA2," + "长" * 200_000 + "\n", encoding="utf-8")
    assert _refused(path) == "无法读取 CSV 文件 big.csv：第 3 行有一个单元格超过 131,072 个字"


def test_export_writes_texts_excel_would_run_as_formulas_as_text(tmp_path: Path) -> None:
    risky = [['=HYPERLINK("http://x")', "+1"], ["-2", "@SUM(A1)"], ["'=y", "''-z"], ["'a", "平常"]]
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"out{suffix}"
        assert write_sheet(path, HEADERS, risky) == []
        assert _rows(path) == risky  # read back exactly
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert {c.data_type for row in book.active.iter_rows(min_row=2) for c in row} == {"s"}
    csv_text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[1] == '"\'=HYPERLINK(""http://x"")",\'+1'


def test_export_never_fails_on_characters_an_xlsx_cannot_hold(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    changed = write_sheet(path, HEADERS, [["A1", "前\x0b后\x00尾"]])
    assert changed == ["第 2 行 · 备注：含有 Excel 不能保存的控制字符，已写为 \ufffd"]
    assert _rows(path) == [["A1", "前\ufffd后\ufffd尾"]]
    csv_path = tmp_path / "old.csv"
    assert write_sheet(csv_path, HEADERS, [["A1", "前\x0b后"]]) == []
    assert _rows(csv_path) == [["A1", "前\x0b后"]]
