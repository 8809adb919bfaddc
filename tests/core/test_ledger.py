"""Ledger import and export, as shared/domain/ledger-format.md writes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.helpers import VALID_CODE, base_row, fingerprint, write_ledger
from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.domain import CaseKind, ClosureMode, DisputeType
from xinxiang_arbitration.errors import ImportRejected, InvalidInput
from xinxiang_arbitration.inputs.files import read_sheet
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.ledger.exporting import export_ledger
from xinxiang_arbitration.ledger.importing import import_ledger
from xinxiang_arbitration.models import (
    AuditEntry,
    Case,
    CaseEvent,
    CaseNumberCounter,
    Party,
    Suspension,
)
from xinxiang_arbitration.storage.db import Database


def _three_rows() -> list[dict[str, object]]:
    return [
        base_row(
            **{
                col.SUSPENDED_ON: "2025年4月1日",
                col.RESUMED_ON: "2025-04-20",
                col.EXTENDED: "是",
                col.CLOSED_ON: "2025-06-01",
                col.CLOSURE_MODE: "裁决",
                col.NOTES: "测试",
            }
        ),
        base_row(
            "新劳人调字〔2025〕第1号",
            **{
                col.KIND: "调解",
                col.APPLICANT: "王芳",
                col.APPLICANT_ID: "",
                col.DISPUTE_TYPES: "劳动报酬",
                col.HEADCOUNT: "12",
                col.CLAIM_AMOUNT: "¥5000",
                col.MEDIATION_ORG: "新乡市人民调解委员会",
                col.RECEIVED_ON: "2025-03-08",
                col.ACCEPTED_ON: "",
                col.CLOSED_ON: "2025-03-15",
                col.CLOSURE_MODE: "调解成功",
            },
        ),
        base_row(
            "新人社监字〔2025〕第3号",
            **{
                col.KIND: "监察",
                col.APPLICANT: "刘洋",
                col.APPLICANT_ID: "",
                col.RESPONDENT: "卫辉市某建筑公司",
                col.CREDIT_CODE: "",
                col.DISPUTE_TYPES: "劳动报酬",
                col.HEADCOUNT: "30",
                col.CLAIM_AMOUNT: "",
                col.RECEIVED_ON: "2025-05-01",
                col.ACCEPTED_ON: "2025-05-06",
                col.HANDLER: "",
            },
        ),
    ]


def test_import_stores_every_field_exactly(db: Database, tmp_path: Path) -> None:
    result = import_ledger(db, write_ledger(tmp_path / "in.csv", _three_rows()))
    assert (result.created, result.updated, result.rows) == (3, 0, 3)
    with db.transaction() as s:
        arb = s.scalars(select(Case).where(Case.kind == CaseKind.ARBITRATION)).one()
        assert arb.claim_amount == Decimal("12345.60")
        assert (arb.received_on, arb.accepted_on, arb.closed_on) == (
            dt.date(2025, 3, 7),
            dt.date(2025, 3, 10),
            dt.date(2025, 6, 1),
        )
        assert arb.closure_mode is ClosureMode.AWARD and arb.extended and arb.status == "closed"
        assert [d.dispute_type for d in arb.dispute_types] == [
            DisputeType.REMUNERATION,
            DisputeType.COMPENSATION,
        ]
        assert [(x.started_on, x.ended_on) for x in arb.suspensions] == [
            (dt.date(2025, 4, 1), dt.date(2025, 4, 20))
        ]
        assert arb.applicant.id_number == "11010519491231002X"
        assert arb.handler is not None and arb.handler.name == "李明"
        med = s.scalars(select(Case).where(Case.kind == CaseKind.MEDIATION)).one()
        assert med.claim_amount == Decimal("5000.00") and med.headcount == 12
        assert med.mediation_org is not None and med.mediation_org.name == "新乡市人民调解委员会"
        # the same employer (name and credit code) is one party, shared by both cases
        assert med.respondent_id == arb.respondent_id
        insp = s.scalars(select(Case).where(Case.kind == CaseKind.INSPECTION)).one()
        assert insp.status == "accepted" and insp.claim_amount is None
        assert s.scalar(select(func.count()).select_from(CaseEvent)) == 3
        audit = s.scalars(select(AuditEntry)).one()
        assert audit.details is not None and audit.details["rows"] == 3
        assert audit.details["sha256"] == result.sha256 and len(result.sha256) == 64
        # numbers that follow the office's pattern move its counter past them
        counter = s.get(CaseNumberCounter, ("inspection", 2025))
        assert counter is not None and counter.last_n == 3


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_export_gives_the_same_rows(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    import_ledger(db, write_ledger(tmp_path / "in.csv", _three_rows()))
    first = tmp_path / f"a{suffix}"
    assert export_ledger(db, first, actor="测试").rows == 3
    # a second, empty database of the same dialect
    from xinxiang_arbitration.storage.db import open_database

    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        import_ledger(other, first)
        second = tmp_path / f"b{suffix}"
        export_ledger(other, second, actor="测试")
    finally:
        other.dispose()
    assert _cells(first) == _cells(second)
    if suffix == ".csv":
        assert first.read_bytes() == second.read_bytes()


def _cells(path: Path) -> list[list[object]]:
    sheet = read_sheet(path)
    return [sheet.headers, *[values for _, values in sheet.rows]]


def test_xlsx_export_has_real_dates_and_numbers(db: Database, tmp_path: Path) -> None:
    import_ledger(db, write_ledger(tmp_path / "in.csv", _three_rows()))
    export_ledger(db, tmp_path / "out.xlsx", actor="测试")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    sheet = book["台账"]
    headers = [c.value for c in sheet[1]]
    assert headers == list(col.ALL)
    row = {h: c for h, c in zip(headers, sheet[2], strict=True)}
    assert isinstance(row[col.RECEIVED_ON].value, dt.datetime)
    assert row[col.CLAIM_AMOUNT].value == pytest.approx(12345.6)
    assert row[col.CLAIM_AMOUNT].number_format == "#,##0.00"
    assert row[col.APPLICANT_ID].value == "11010519491231002X"  # text, never a number


def test_headers_in_any_order_spaces_empty_rows_and_unknown_columns(
    db: Database, tmp_path: Path
) -> None:
    rows = _three_rows()
    headers = [" 备注", *reversed(col.ALL[:-1]), "经办科室"]
    path = tmp_path / "in.csv"
    data = [[r.get(h.strip()) for h in headers] for r in rows]
    data.insert(1, [""] * len(headers))  # an empty row is skipped
    from xinxiang_arbitration.inputs.files import write_sheet

    write_sheet(path, headers, data)
    result = import_ledger(db, path)
    assert result.created == 3
    assert result.warnings == ["忽略未知的列：经办科室"]


def test_gb18030_csv_and_excel_date_cells(db: Database, tmp_path: Path) -> None:
    rows = _three_rows()
    path = tmp_path / "gbk.csv"
    lines = [",".join(col.ALL)] + [",".join(f'"{r.get(h) or ""}"' for h in col.ALL) for r in rows]
    path.write_bytes("\r\n".join(lines).encode("gb18030"))
    assert import_ledger(db, path).created == 3

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "其他"
    ledger = book.create_sheet("台账")  # the sheet named 台账 wins over the first one
    ledger.append(list(col.ALL))
    values = base_row("新劳人仲案字〔2025〕第9号")
    values[col.RECEIVED_ON] = dt.datetime(2025, 3, 7)
    values[col.ACCEPTED_ON] = dt.date(2025, 3, 10)
    values[col.CLAIM_AMOUNT] = 12345.6
    values[col.HEADCOUNT] = 3
    ledger.append([values[h] for h in col.ALL])
    book.save(tmp_path / "dates.xlsx")
    assert import_ledger(db, tmp_path / "dates.xlsx").created == 1
    with db.transaction() as s:
        case = s.scalars(select(Case).where(Case.number == "新劳人仲案字〔2025〕第9号")).one()
        assert case.received_on == dt.date(2025, 3, 7)
        assert case.claim_amount == Decimal("12345.60") and case.headcount == 3


BAD_ROWS = [
    (
        {col.APPLICANT_ID: "110105194912310021"},
        "第 2 行 · 申请人证件号：校验码错误（110105194912310021，末位应为 X）",
    ),
    (
        {col.CREDIT_CODE: "91110000600037341A"},
        "第 2 行 · 统一社会信用代码：校验码错误（91110000600037341A，末位应为 L）",
    ),
    (
        {col.ACCEPTED_ON: "2025-03-01"},
        "第 2 行 · 受理日期：早于收件日期 (2025-03-01 < 2025-03-07)",
    ),
    (
        {col.CLOSED_ON: "2025-03-08", col.CLOSURE_MODE: "裁决"},
        "第 2 行 · 结案日期：早于受理日期 (2025-03-08 < 2025-03-10)",
    ),
    ({col.KIND: "诉讼"}, "第 2 行 · 案件类型：未知的案件类型“诉讼”，应为 调解、仲裁、监察"),
    (
        {col.CLOSED_ON: "2025-06-01", col.CLOSURE_MODE: "调解成功"},
        "第 2 行 · 结案方式：仲裁案件没有“调解成功”，"
        "应为 裁决、调解、撤回、按撤回处理、撤销案件、终止",
    ),
    ({col.CLAIM_AMOUNT: "-100"}, "第 2 行 · 请求金额：不能为负数（-100）"),
    ({col.CLAIM_AMOUNT: "1,23.45"}, "第 2 行 · 请求金额：无法识别的金额（1,23.45）"),
    ({col.CLAIM_AMOUNT: "12.345"}, "第 2 行 · 请求金额：最多两位小数（12.345）"),
    (
        {col.RECEIVED_ON: "03/07/2025"},
        "第 2 行 · 收件日期：无法识别的日期（03/07/2025），"
        "应为 2025-03-07、2025/3/7 或 2025年3月7日",
    ),
    ({col.DISPUTE_TYPES: "工资"}, "第 2 行 · 争议类型："),
    ({col.APPLICANT: "  "}, "第 2 行 · 申请人：必填，不能为空"),
    ({col.KIND: "调解"}, "第 2 行 · 调解组织：调解案件必须填写调解组织"),
    (
        {col.SUSPENDED_ON: "2025-03-09"},
        "第 2 行 · 中止日期：早于受理日期 (2025-03-09 < 2025-03-10)",
    ),
    ({col.HEADCOUNT: "0"}, "第 2 行 · 涉及人数：应为不小于 1 的整数（0）"),
    ({col.REFUSED: "也许"}, "第 2 行 · 不予受理：应为“是”或“否”（也许）"),
]


@pytest.mark.parametrize(("change", "expected"), BAD_ROWS)
def test_bad_row_rejects_the_whole_file(
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: dict[str, str],
    expected: str,
) -> None:
    good = base_row("新劳人仲案字〔2025〕第2号")
    path = write_ledger(tmp_path / "bad.csv", [base_row(**change), good])
    before = fingerprint(db)
    code = cli.main(
        ["--db", db.url.render_as_string(hide_password=False), "import-ledger", str(path)]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert expected in err
    assert "Traceback" not in err
    assert fingerprint(db) == before  # the good row was not written either


def test_every_problem_is_reported_one_a_line(db: Database, tmp_path: Path) -> None:
    rows = [
        base_row(**{col.APPLICANT_ID: "110105194912310021", col.CLAIM_AMOUNT: "-1"}),
        base_row("新劳人仲案字〔2025〕第2号"),
        base_row("新劳人仲案字〔2025〕第2号"),
    ]
    with pytest.raises(ImportRejected) as caught:
        import_ledger(db, write_ledger(tmp_path / "bad.xlsx", rows))
    assert [str(p) for p in caught.value.problems] == [
        "第 2 行 · 申请人证件号：校验码错误（110105194912310021，末位应为 X）",
        "第 2 行 · 请求金额：不能为负数（-1）",
        "第 4 行 · 案号：与第 3 行重复（新劳人仲案字〔2025〕第2号）",
    ]


def test_missing_headers_and_bad_files(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "few.csv"
    path.write_text("案号,申请人\nA,张三\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_ledger(db, path)
    assert "第 1 行 · 案件类型：缺少必需的列" in caught.value.message
    with pytest.raises(InvalidInput, match="找不到文件"):
        import_ledger(db, tmp_path / "none.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(InvalidInput, match="无法读取工作簿"):
        import_ledger(db, broken)
    with pytest.raises(InvalidInput, match="不支持的文件类型"):
        import_ledger(db, tmp_path / "ledger.txt")


def test_numeric_id_cell_in_excel_is_refused(db: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(col.ALL))
    row = base_row()
    row[col.APPLICANT_ID] = 110105194912310020  # Excel turned the ID into a number
    sheet.append([row[h] for h in col.ALL])
    book.save(tmp_path / "num.xlsx")
    with pytest.raises(ImportRejected, match="证件号是数字格式"):
        import_ledger(db, tmp_path / "num.xlsx")


def test_duplicate_against_database_needs_update(db: Database, tmp_path: Path) -> None:
    import_ledger(db, write_ledger(tmp_path / "in.csv", _three_rows()))
    before = fingerprint(db)
    changed = _three_rows()
    changed[0][col.CLAIM_AMOUNT] = "20000"
    changed[0][col.RESUMED_ON] = "2025-04-25"
    path = write_ledger(tmp_path / "again.csv", changed)
    with pytest.raises(ImportRejected, match="第 2 行 · 案号：案号已存在"):
        import_ledger(db, path)
    assert fingerprint(db) == before

    result = import_ledger(db, path, update=True)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 2)
    with db.transaction() as s:
        case = s.scalars(select(Case).where(Case.number == "新劳人仲案字〔2025〕第1号")).one()
        assert case.claim_amount == Decimal("20000.00") and case.version == 2
        assert s.scalar(select(func.count()).select_from(Suspension)) == 1
        assert case.suspensions[0].ended_on == dt.date(2025, 4, 25)
        event = s.scalars(select(CaseEvent).where(CaseEvent.action == "ledger-update")).one()
        assert event.changes is not None
        assert event.changes["fields"]["claim_amount"] == ["12345.60", "20000.00"]
        # 3 workers and 2 employers, as before: the update made no new party
        assert s.scalar(select(func.count()).select_from(Party)) == 5


def test_update_cannot_change_a_case_kind(db: Database, tmp_path: Path) -> None:
    import_ledger(db, write_ledger(tmp_path / "in.csv", [base_row()]))
    changed = base_row(**{col.KIND: "监察", col.CLOSED_ON: "", col.CLOSURE_MODE: ""})
    with pytest.raises(ImportRejected, match="不能更改已有案件的类型"):
        import_ledger(db, write_ledger(tmp_path / "k.csv", [changed]), update=True)


def test_cli_import_and_export(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = db.url.render_as_string(hide_password=False)
    path = write_ledger(tmp_path / "in.xlsx", _three_rows())
    assert cli.main(["--db", url, "import-ledger", str(path)]) == 0
    assert "新增 3 件" in capsys.readouterr().out
    assert cli.main(["export-ledger", str(tmp_path / "out.csv"), "--db", url]) == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").count("\n") == 4
    assert cli.main(["--db", url, "import-ledger", str(tmp_path / "missing.csv")]) == 1
    assert "找不到文件" in capsys.readouterr().err


def test_export_warns_when_a_case_was_suspended_twice(db: Database, tmp_path: Path) -> None:
    import_ledger(db, write_ledger(tmp_path / "in.csv", [base_row()]))
    with db.transaction() as s:
        case = s.scalars(select(Case)).one()
        case.suspensions.append(
            Suspension(started_on=dt.date(2025, 3, 12), ended_on=dt.date(2025, 3, 14))
        )
        case.suspensions.append(Suspension(started_on=dt.date(2025, 4, 1), ended_on=None))
    result = export_ledger(db, tmp_path / "out.csv", actor="测试")
    assert "中止过不止一次" in result.warnings[0]
    assert "2025-04-01" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_valid_credit_code_constant() -> None:
    from stdnum.cn import uscc

    assert uscc.is_valid(VALID_CODE)
