"""A fuzz test of the entry points (issue 16), on SQLite and PostgreSQL.

Generated hostile values (control characters, pasted breaks, zero-width and full-width
characters, digits of other scripts, texts at and past their column's length, formulas,
dates at the edges, the file's encoding) go through the ledger import (the command line,
as an office runs it), intake and the case file's editors. Each value is either stored
and comes back exactly as the one text policy says (``inputs.text``), or is refused with
a message, with the database unchanged; never a traceback, and the same on both databases.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.helpers import base_row, fingerprint
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.inputs import fields
from xinxiang_arbitration.inputs.files import read_sheet
from xinxiang_arbitration.inputs.text import TextField
from xinxiang_arbitration.inputs.values import parse_date
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.models import Case, CaseText
from xinxiang_arbitration.proceedings import materials as cm
from xinxiang_arbitration.storage.db import Database

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,  # the same examples every run: a failure is reproducible
)

HOSTILE = st.sampled_from(
    [
        "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85",
        "\x9b", "\r", "\r\n", "\n", "\t", "\u2028", "\u2029", "\u200b", "\ufeff", "\u3000",
        "\xa0", "１", "Ｘ", "\u0663", "\u0966", "=", "+", "-", "@", "'", '"', ",", "；",
        "张", "伟", "新乡", "有限公司", "𠀀", "é", "\u0301", " ",
    ]
)  # fmt: skip
TEXT = st.one_of(
    st.lists(HOSTILE | st.text(max_size=3), max_size=12).map("".join),
    st.builds(lambda c, n: c * n, HOSTILE | st.just("字"), st.integers(95, 205)),
)
DAY_TEXT = st.one_of(
    st.sampled_from(
        [
            "1899-12-31", "1900-01-01", "1989-12-31", "1990-01-01", "2099-12-31",
            "2100-01-01", "9999-12-31", "2025-02-29", "2024-02-29", "２０２５-０３-０７",
            "\u0662\u0660\u0662\u0665-03-07", "2025/3/7", "2025年3月7日", "0000-01-01",
            "2025-3-7 ", "2025-03-07\x00",
        ]
    ),
    st.dates(dt.date(1850, 1, 1), dt.date(2200, 12, 31)).map(str),
)  # fmt: skip
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"])
LEDGER_TEXTS = {
    col.APPLICANT: fields.APPLICANT,
    col.RESPONDENT: fields.RESPONDENT,
    col.HANDLER: fields.HANDLER,
    col.NOTES: fields.NOTES,
}
_numbers = itertools.count(1)


def _expected(policy: TextField, value: str) -> str | None:
    """What the policy stores for ``value``, or None when it refuses it."""
    try:
        return policy.clean(value)
    except ValueError:
        return None


def _cli(db: Database, *args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--db", db.url.render_as_string(hide_password=False), *args])
    return code, err.getvalue()


def _write_csv(path: Path, row: dict[str, str], encoding: str) -> bool:
    """The one-row ledger in ``encoding``; False when the row cannot be written in it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(col.ALL)
    writer.writerow([row.get(h, "") for h in col.ALL])
    try:
        path.write_bytes(buffer.getvalue().encode(encoding))
    except UnicodeEncodeError:
        return False
    return True


def _exported(db: Database, tmp: Path, number: str) -> dict[str, object]:
    out = tmp / f"export-{number}.csv"
    code, err = _cli(db, "export-ledger", str(out))
    assert code == 0, err
    sheet = read_sheet(out)
    for _n, cells in sheet.rows:
        if cells[0] == number:
            return dict(zip(sheet.headers, cells, strict=True))
    raise AssertionError(f"{number} not exported")


@FUZZ
@given(column=st.sampled_from(sorted(LEDGER_TEXTS)), value=TEXT, encoding=ENCODINGS)
def test_ledger_import_of_a_hostile_text(
    db: Database, tmp_path: Path, column: str, value: str, encoding: str
) -> None:
    number = f"新劳人仲案字〔2025〕第{next(_numbers)}号"
    row = {k: str(v) for k, v in base_row(number, **{column: value}).items()}
    path = tmp_path / f"in-{number}.csv"
    if not _write_csv(path, row, encoding):
        return
    before = fingerprint(db)
    code, err = _cli(db, "import-ledger", str(path))
    expected = _expected(LEDGER_TEXTS[column], value)
    if code != 0:
        assert code == 1 and err.strip(), err
        assert fingerprint(db) == before
        return
    assert (expected is not None and expected != "") or column in (col.HANDLER, col.NOTES)
    stored = _exported(db, tmp_path, number)[column]
    assert stored == (expected or ""), (value, stored)


@FUZZ
@given(value=DAY_TEXT)
def test_ledger_import_of_a_date_at_the_edges(db: Database, tmp_path: Path, value: str) -> None:
    number = f"新劳人仲案字〔2025〕第{next(_numbers)}号"
    row = {k: str(v) for k, v in base_row(number, **{col.RECEIVED_ON: value}).items()}
    row[col.ACCEPTED_ON] = ""
    path = tmp_path / f"in-{number}.csv"
    assert _write_csv(path, row, "utf-8")
    before = fingerprint(db)
    code, err = _cli(db, "import-ledger", str(path))
    try:
        day: dt.date | None = parse_date(value)
    except ValueError:
        day = None
    if day is None:
        assert code == 1 and "收件日期" in err, (value, err)
        assert fingerprint(db) == before
    elif code == 1:  # a real date the calendar has no year for is refused in words too
        assert "日历" in err or "年" in err, err
        assert fingerprint(db) == before
    else:
        assert _exported(db, tmp_path, number)[col.RECEIVED_ON] == day.isoformat()


def _new_case(applicant: str, respondent: str, notes: str) -> NewCase:
    return NewCase(
        kind=CaseKind.ARBITRATION,
        applicant=applicant,
        respondent=respondent,
        dispute_types=[DisputeType.REMUNERATION],
        received_on=dt.date(2026, 11, 2),
        notes=notes,
    )


@FUZZ
@given(applicant=TEXT, respondent=TEXT, notes=TEXT)
def test_intake_of_hostile_texts(db: Database, applicant: str, respondent: str, notes: str) -> None:
    before = fingerprint(db)
    try:
        made = create_case(db, _new_case(applicant, respondent, notes), actor="书记员")
    except InvalidInput as refused:
        assert refused.message.strip()
        assert fingerprint(db) == before
        return
    with db.transaction(read_only=True) as s:
        case = s.scalars(select(Case).where(Case.number == made.number)).one()
        stored = (case.applicant.name, case.respondent.name, case.notes)
    assert stored == (
        _expected(fields.APPLICANT, applicant),
        _expected(fields.RESPONDENT, respondent),
        _expected(fields.NOTES, notes) or None,
    )


@pytest.fixture
def editable_case(db: Database) -> str:
    return create_case(db, _new_case("张伟", "新乡市某公司", ""), actor="书记员").number


@FUZZ
@given(body=TEXT, address=TEXT)
def test_the_editors_with_hostile_texts(
    db: Database, editable_case: str, body: str, address: str
) -> None:
    for edit, policy, value in (
        (
            lambda: cm.set_text(db, editable_case, "facts", body, actor="王芳"),
            fields.CASE_TEXT,
            body,
        ),
        (
            lambda: cm.set_party_details(
                db, editable_case, "applicant", address=address, actor="王芳"
            ),
            fields.ADDRESS,
            address,
        ),
    ):
        before = fingerprint(db)
        try:
            edit()
        except InvalidInput as refused:
            assert refused.message.strip()
            assert _expected(policy, value) is None
            assert fingerprint(db) == before
            continue
        assert _expected(policy, value) is not None
    with db.transaction(read_only=True) as s:
        texts = s.scalars(select(CaseText.body).where(CaseText.name == "facts")).all()
    if _expected(fields.CASE_TEXT, body):
        assert texts == [_expected(fields.CASE_TEXT, body)]
