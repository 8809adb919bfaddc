"""A month's status for the screen: open, closed (by whom, when), and what moved since."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.core.test_statistics import ROWS
from tests.helpers import write_ledger
from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.domain import ClosureMode
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.ledger.importing import import_ledger
from xinxiang_arbitration.reports.status import month_status, status_of, write_pdf_with_status
from xinxiang_arbitration.statistics.month_close import close_month
from xinxiang_arbitration.statistics.monthly import monthly_figures
from xinxiang_arbitration.storage.db import Database


@pytest.fixture
def march(db: Database, tmp_path: Path) -> Database:
    import_ledger(db, write_ledger(tmp_path / "ledger.csv", ROWS))
    return db


def test_an_open_month_has_no_close_and_no_notice(march: Database) -> None:
    status = month_status(march, "2026-03")
    assert status.month == "2026-03" and not status.closed and not status.differs
    assert status.closed_at is None and status.frozen == () and status.changed_cases == ()
    assert status_of(monthly_figures(march, "2026-03")) == status


def test_closed_then_corrected_names_the_figure_and_the_case(
    march: Database, tmp_path: Path
) -> None:
    close_month(march, "2026-03", actor="主任")
    status = month_status(march, "2026-03")
    assert status.closed and status.closed_by == "主任" and not status.differs
    assert status.closed_at is not None and status.closed_at.tzinfo is not None
    assert [(i.id, i.numerator, i.denominator) for i in status.frozen] == [
        (27, 3, 5),
        (28, 2, 4),
        (29, 2, 3),
    ]

    # a late correction: case G had been withdrawn on 30 March
    case_life.close(march, "G", dt.date(2026, 3, 30), mode=ClosureMode.WITHDRAWN, actor="书记员")
    later = month_status(march, "2026-03")
    assert later.differs and later.changed_cases == ("G",)
    changes = {
        c.frozen.id: (c.frozen.numerator, c.current.numerator) for c in later.changed_figures
    }
    assert changes[28] == (2, 3)  # frozen 2/4, today 3/4
    assert [i.numerator for i in later.frozen] == [i.numerator for i in status.frozen]

    # the report's own figures give the same status, and the PDF is written with it
    assert status_of(monthly_figures(march, "2026-03")) == later
    out = tmp_path / "2026-03.pdf"
    assert write_pdf_with_status(march, "2026-03", out, actor="测试") == later
    assert out.read_bytes().startswith(b"%PDF")


def test_a_bad_month_or_folder_is_one_line(march: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="YYYY-MM"):
        month_status(march, "2026-3")
    with pytest.raises(InvalidInput, match="输出文件夹不存在"):
        write_pdf_with_status(march, "2026-03", tmp_path / "missing" / "r.pdf", actor="测试")
