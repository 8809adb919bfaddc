"""The monthly closure report (月度结案统计表) with hand-computed figures for October 2026."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from tests.helpers import base_row, write_ledger
from xinxiang_arbitration.demo.build import generate_demo_data
from xinxiang_arbitration.domain import CaseKind, ClosureMode
from xinxiang_arbitration.errors import AppError, InvalidInput
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.models import AppMeta, Case, Staff
from xinxiang_arbitration.reports import fonts, write_monthly_report
from xinxiang_arbitration.reports.monthly_pdf import report_title, write_monthly_pdf
from xinxiang_arbitration.reports.monthly_xlsx import write_monthly_xlsx
from xinxiang_arbitration.statistics.breakdowns import share as percent
from xinxiang_arbitration.statistics.indicators import month_period as parse_month
from xinxiang_arbitration.statistics.monthly import Caseload, monthly_figures
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.output import atomic_output

NOW = dt.datetime(2026, 11, 2, 1, 30, tzinfo=dt.UTC)
TITLE = "新乡市劳动人事争议调解仲裁月度结案统计表（2026年10月）"


def _arb(
    number: str, received: str, accepted: str, closed: str = "", mode: str = "", **more: str
) -> dict[str, object]:
    return base_row(
        number,
        **{
            col.RECEIVED_ON: received,
            col.ACCEPTED_ON: accepted,
            col.CLOSED_ON: closed,
            col.CLOSURE_MODE: mode,
            **more,
        },
    )


WANG = {col.HANDLER: "王芳"}
NOBODY = {col.HANDLER: ""}
ROWS = [
    # number, received, accepted, closed, mode: 承办人 李明 unless said otherwise
    _arb("A", "2026-09-08", "2026-09-10", "2026-10-15", "裁决"),  # opening, closed in October
    _arb("B", "2026-10-05", "2026-10-05", "2026-10-31", "调解", **WANG),  # closed on the last day
    _arb("C", "2026-10-08", "", **{col.REFUSED: "是"}, **WANG),  # 不予受理: counted nowhere
    _arb("D", "2026-07-30", "2026-08-01"),  # opening, still open: award clock overdue
    _arb("E", "2026-10-19", "2026-10-20", **NOBODY),  # accepted in October, open, 未分配
    _arb("F", "2026-08-28", "2026-09-01", "2026-09-30", "撤回"),  # closed before October
    _arb("G", "2026-10-09", "2026-10-10", "2026-10-12", "按撤回处理", **WANG),
    _arb("H", "2026-10-28", "2026-11-02"),  # accepted after October; acceptance not yet due
    _arb("I", "2026-09-18", "2026-09-20", "2026-11-05", "裁决", **WANG),  # open at both ends
    _arb("K", "2026-10-10", "", **WANG),  # not yet accepted: acceptance clock overdue
    _arb("M", "2026-06-28", "2026-07-01", "2026-10-08", "终止"),  # opening, closed in October
    _arb("N", "2026-10-12", "2026-10-12", "2026-10-28", "裁决", **WANG),
    _arb("O", "2026-05-29", "2026-06-01", **NOBODY),  # opening, open, overdue, 未分配
    base_row(
        "J",
        **{
            col.KIND: "调解",
            col.MEDIATION_ORG: "仲裁院调解中心",
            col.RECEIVED_ON: "2026-10-09",
            col.ACCEPTED_ON: "",
            col.CLOSED_ON: "2026-10-20",
            col.CLOSURE_MODE: "调解成功",
        },
    ),
]


@pytest.fixture
def ledger_db(db: Database, tmp_path: Path) -> Database:
    from xinxiang_arbitration.ledger.importing import import_ledger

    import_ledger(db, write_ledger(tmp_path / "october.csv", ROWS))
    return db


def test_caseload_movement_is_hand_counted_and_balances(ledger_db: Database) -> None:
    f = monthly_figures(ledger_db, "2026-10", now=NOW)
    c = f.caseload
    # opening A D I M O; accepted B E G N; closed A B G M N; closing D E I O
    assert (c.opening, c.accepted, c.closed, c.closing) == (5, 4, 5, 4)
    assert c.balanced and f.balanced
    assert (f.start, f.end, f.month, f.label) == (
        dt.date(2026, 10, 1),
        dt.date(2026, 10, 31),
        "2026-10",
        "2026年10月",
    )
    # indicator 28 is the same caseload seen as a rate
    month = {i.id: i for i in f.indicators_month}
    assert (month[28].numerator, month[28].denominator) == (c.closed, c.opening + c.accepted)
    assert (month[27].numerator, month[27].denominator) == (2, 6)  # B, J / A B G M N + J
    assert (month[29].denominator, month[29].rate) == (0, None)
    ytd = {i.id: i for i in f.indicators_ytd}
    assert (ytd[28].numerator, ytd[28].denominator) == (6, 10)  # A B F G M N / all accepted 2026


def test_closure_modes_and_shares(ledger_db: Database) -> None:
    f = monthly_figures(ledger_db, "2026-10", now=NOW)
    assert [(m.label, m.count, m.share) for m in f.closure_modes] == [
        ("裁决", 2, Decimal("40.0")),
        ("调解", 1, Decimal("20.0")),
        ("撤回", 0, Decimal("0.0")),
        ("按撤回处理", 1, Decimal("20.0")),
        ("撤销案件", 0, Decimal("0.0")),
        ("终止", 1, Decimal("20.0")),
    ]
    assert percent(1, 16) == Decimal("6.3")  # 6.25 half-up, not banker's 6.2
    assert percent(2, 3) == Decimal("66.7") and percent(0, 0) is None


def test_by_person_and_overdue_list(ledger_db: Database) -> None:
    f = monthly_figures(ledger_db, "2026-10", now=NOW)
    assert [
        (p.name, p.accepted, p.closed, p.open_at_end, p.overdue_at_end) for p in f.by_person
    ] == [
        ("李明", 0, 2, 1, 1),  # closed A M; open D (overdue)
        ("王芳", 3, 3, 1, 1),  # B G N; open I (not yet due); K's acceptance overdue
        ("未分配", 1, 0, 2, 1),  # E; open E O (O overdue)
    ]
    assert [(o.case_number, o.kind, o.clock, o.handler) for o in f.overdue] == [
        ("O", "仲裁", "仲裁审理期限", "未分配"),
        ("D", "仲裁", "仲裁审理期限", "李明"),
        ("K", "仲裁", "受理审查期限", "王芳"),
    ]
    assert all(o.days_overdue == (f.end - o.due).days > 0 for o in f.overdue)
    assert f.overdue_note is None


def test_a_data_error_shows_as_imbalance(ledger_db: Database, tmp_path: Path) -> None:
    # E accepted on 20 October but "closed" on 25 September: a typing error in the ledger
    with ledger_db.transaction() as session:
        session.execute(
            update(Case)
            .where(Case.number == "E")
            .values(
                received_on=dt.date(2026, 9, 20),
                closed_on=dt.date(2026, 9, 25),
                closure_mode=ClosureMode.AWARD,
            )
        )
    f = monthly_figures(ledger_db, "2026-10", now=NOW)
    assert (f.caseload.expected_closing, f.caseload.closing) == (4, 3)
    assert not f.balanced
    if shutil.which("pdftotext"):
        pdf = write_monthly_pdf(f, tmp_path / "bad.pdf")
        assert "本期数据不平衡" in _pdf_text(pdf)


@pytest.mark.parametrize("month", ["2025-13", "2026-00", "2026-1", "202610", "2026-10-01", ""])
def test_a_bad_month_is_one_chinese_line(month: str) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_month(month)
    assert "\n" not in err.value.message and "YYYY-MM" in err.value.message


def test_office_name_comes_from_settings_and_missing_calendar_is_a_note(
    ledger_db: Database,
) -> None:
    with ledger_db.transaction() as session:
        session.add(AppMeta(key="office_name", value="新乡市劳动人事争议仲裁院"))
    f = monthly_figures(ledger_db, "2027-01", now=NOW)  # the package has no 2027 calendar yet
    assert f.office_name == "新乡市劳动人事争议仲裁院"
    assert f.overdue == () and f.overdue_note is not None and "2027" in f.overdue_note
    assert all(p.overdue_at_end is None for p in f.by_person)
    assert f.database == ledger_db.describe()


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def test_pdf_report_embeds_every_font_and_reprints_identically(
    ledger_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    out = write_monthly_report(ledger_db, "2026-10", folder / "october.pdf", actor="测试")
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["october.pdf"]  # no temporary file left

    figures = monthly_figures(ledger_db, "2026-10", now=NOW)
    first = write_monthly_pdf(figures, tmp_path / "first.pdf").read_bytes()
    assert write_monthly_pdf(figures, tmp_path / "again.pdf").read_bytes() == first

    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed: embedding not checked")
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = listing.stdout.splitlines()[2:]
    assert rows, listing.stdout
    assert all(row.split()[-5] == "yes" for row in rows), listing.stdout  # the "emb" column
    assert "Helvetica" not in listing.stdout
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: text not checked")
    text = _pdf_text(out)
    assert report_title(figures) == TITLE
    assert TITLE in text
    for words in ("填报人", "审核人", "本期结案", "未分配", "第 1 页 共", "仲裁审理期限"):
        assert words in text


def _cells(ws: object) -> dict[str, tuple[int, int]]:
    """Where each text cell is (first occurrence): value → (row, column)."""
    found: dict[str, tuple[int, int]] = {}
    for row in ws.iter_rows():  # type: ignore[attr-defined]
        for cell in row:
            if isinstance(cell.value, str):
                found.setdefault(cell.value, (cell.row, cell.column))
    return found


def test_xlsx_has_numbers_and_formula_totals(ledger_db: Database, tmp_path: Path) -> None:
    out = write_monthly_report(ledger_db, "2026-10", tmp_path / "october.xlsx", actor="测试")
    ws = load_workbook(out)["月度结案统计"]
    where = _cells(ws)
    assert ws.cell(1, 1).value == TITLE

    row, column = where["上期未结"]
    assert [ws.cell(row + 1, column + i).value for i in range(4)] == [5, 4, 5, 4]
    assert ws.cell(row + 1, column + 4).value == f"=B{row + 1}+C{row + 1}-D{row + 1}"
    assert str(ws.cell(row + 1, column + 5).value).startswith("=IF(")

    row, column = where["承办人"]
    people = [ws.cell(r, column).value for r in range(row + 1, row + 5)]
    assert people == ["李明", "王芳", "未分配", "合计"]
    assert [ws.cell(row + 2, c).value for c in range(2, 6)] == [3, 3, 1, 1]  # 王芳, as numbers
    assert ws.cell(row + 4, 2).value == f"=SUM(B{row + 1}:B{row + 3})"
    assert all(str(ws.cell(row + 4, c).value).startswith("=SUM(") for c in range(2, 6))

    row, column = where["结案方式"]
    assert ws.cell(row + 1, 2).value == 2 and ws.cell(row + 1, 3).value == 40  # 裁决
    assert ws.cell(row + 7, 1).value == "合计"
    assert ws.cell(row + 7, 2).value == f"=SUM(B{row + 1}:B{row + 6})"

    overdue = load_workbook(out)["逾期清单"]
    assert [overdue.cell(r, 2).value for r in (3, 4, 5)] == ["O", "D", "K"]
    assert isinstance(overdue.cell(3, 7).value, int)


def test_a_missing_folder_or_wrong_suffix_is_refused_and_nothing_written(
    ledger_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="不存在") as err:
        write_monthly_report(ledger_db, "2026-10", folder / "nowhere" / "october.pdf", actor="测试")
    assert "\n" not in err.value.message
    assert not (folder / "nowhere").exists()
    with pytest.raises(InvalidInput, match=r"\.pdf"):
        write_monthly_report(ledger_db, "2026-10", folder / "october.docx", actor="测试")
    with pytest.raises(InvalidInput):
        write_monthly_xlsx(monthly_figures(ledger_db, "2026-10"), folder / "no" / "x.xlsx")
    (folder / "old.pdf").mkdir()
    with pytest.raises(InvalidInput, match="文件夹"):
        write_monthly_report(
            ledger_db, "2026-10", folder / "old.pdf", actor="测试"
        )  # a folder, not a file
    assert list(folder.iterdir()) == [folder / "old.pdf"]


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF the old report")
    with pytest.raises(RuntimeError), atomic_output(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("rendering failed")
    assert target.read_bytes() == b"%PDF the old report"
    assert list(tmp_path.iterdir()) == [target]


def test_without_an_embeddable_cjk_font_the_message_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    noto = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    candidates = [fonts.FontCandidate(tmp_path / "missing.ttf")]
    if noto.exists():  # OpenType/CFF: reportlab cannot embed it, so it must be passed over
        candidates.append(fonts.FontCandidate(noto))
    monkeypatch.setattr(fonts, "body_candidates", lambda: candidates)
    fonts.register_cjk_fonts.cache_clear()
    try:
        with pytest.raises(AppError, match="fonts-wqy-zenhei"):
            fonts.register_cjk_fonts()
    finally:
        fonts.register_cjk_fonts.cache_clear()


def test_caseload_and_people_match_a_count_case_by_case(db: Database) -> None:
    """The report counts each term in SQL (split into index-seekable parts): the same
    figures come out of walking every case in Python, for a few months of demo data."""
    generate_demo_data(db, cases=1500, seed=5)
    with db.transaction() as s:
        cases = s.execute(
            select(
                Case.kind,
                Case.refused,
                Case.accepted_on,
                Case.closed_on,
                Case.closure_mode,
                Staff.name,
            ).outerjoin(Staff, Case.handler_id == Staff.id)
        ).all()
    for month in ("2026-10", "2026-01", "2025-06", "2023-02"):
        p = parse_month(month)
        arb = [c for c in cases if c.kind is CaseKind.ARBITRATION and not c.refused]
        terms = {
            "opening": [
                c
                for c in arb
                if c.accepted_on is not None
                and c.accepted_on < p.start
                and (c.closed_on is None or c.closed_on >= p.start)
            ],
            "accepted": [
                c for c in arb if c.accepted_on is not None and p.start <= c.accepted_on <= p.end
            ],
            "closed": [
                c
                for c in arb
                if c.accepted_on is not None
                and c.closed_on is not None
                and p.start <= c.closed_on <= p.end
            ],
            "closing": [
                c
                for c in arb
                if c.accepted_on is not None
                and c.accepted_on <= p.end
                and (c.closed_on is None or c.closed_on > p.end)
            ],
        }
        f = monthly_figures(db, month, now=NOW)
        assert f.caseload == Caseload(*(len(terms[k]) for k in terms)), month
        assert f.caseload.opening > 0 and f.caseload.closing > 0
        modes = Counter(c.closure_mode for c in terms["closed"])
        assert [(m.mode, m.count) for m in f.closure_modes] == [
            (m.mode, modes[m.mode]) for m in f.closure_modes
        ]
        people = {
            k: Counter(c.name or "未分配" for c in terms[k])
            for k in ("accepted", "closed", "closing")
        }
        for row in f.by_person:
            assert (row.accepted, row.closed, row.open_at_end) == tuple(
                people[k][row.name] for k in ("accepted", "closed", "closing")
            ), (month, row.name)
        named = {row.name for row in f.by_person}
        assert all(set(people[k]) <= named for k in people)
