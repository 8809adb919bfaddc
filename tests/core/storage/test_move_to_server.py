"""Moving a single PC onto the office's PostgreSQL server (issue 16): the PC's backup,
restored into an empty server database, gives the same data: export before = export after."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from tests.conftest import PG_SERVER, fresh_schema
from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.proceedings import materials as cm
from xinxiang_arbitration.storage.db import open_database


def _cli(url: URL | Path, *args: str) -> tuple[int, str, str]:
    db = url.render_as_string(hide_password=False) if isinstance(url, URL) else str(url)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--db", db, *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def server(pg_database: URL | None) -> object:
    if pg_database is None:
        pytest.skip(f"PostgreSQL at {PG_SERVER} is unreachable (outside CI)")
    with fresh_schema(pg_database, "move") as url:
        yield url


def _single_pc(tmp_path: Path) -> Path:
    pc = tmp_path / "单机" / "cases.sqlite3"
    assert _cli(pc, "demo-data", "--cases", "400", "--seed", "5")[0] == 0
    db = open_database(make_url(f"sqlite:///{pc}"))
    try:  # the case file's materials too, with a line break and a Decimal amount
        number = "新劳人仲案字〔2026〕第1号"
        with db.engine.connect() as conn:
            number = conn.execute(
                text(
                    "SELECT number FROM cases WHERE kind = 'arbitration' "
                    "AND accepted_on IS NOT NULL ORDER BY id LIMIT 1"
                )
            ).scalar_one()
        cm.set_text(db, number, "facts", "第一段\n第二段", actor="王芳")
        cm.set_award_items(db, number, [cm.AwardItemInput("支付工资", None, 10)], actor="王芳")
    finally:
        db.dispose()
    return pc


def test_a_single_pcs_backup_restored_onto_the_server_gives_the_same_data(
    server: URL, tmp_path: Path
) -> None:
    pc = _single_pc(tmp_path)
    for name in ("before.csv", "before.xlsx"):
        assert _cli(pc, "export-ledger", str(tmp_path / name))[0] == 0
    stats_before = _cli(
        pc, "stats", "--from", "2025-01-01", "--to", "2026-10-31", "--format", "json"
    )
    overdue_before = _cli(pc, "overdue", "--as-of", "2026-06-30", "--format", "json")
    backup = tmp_path / "单机备份.zip"
    code, out, err = _cli(pc, "backup", "--out", str(backup), "--by", "王管理")
    assert (code, err) == (0, "")

    code, out, err = _cli(server, "restore", str(backup), "--by", "王管理")
    assert (code, err) == (0, ""), err
    assert "核对通过" in out

    for name in ("after.csv", "after.xlsx"):
        assert _cli(server, "export-ledger", str(tmp_path / name))[0] == 0
    assert (tmp_path / "after.csv").read_bytes() == (tmp_path / "before.csv").read_bytes()
    with (
        zipfile.ZipFile(tmp_path / "before.xlsx") as a,
        zipfile.ZipFile(tmp_path / "after.xlsx") as b,
    ):
        sheet = "xl/worksheets/sheet1.xml"
        assert a.read(sheet) == b.read(sheet)
    assert (
        _cli(server, "stats", "--from", "2025-01-01", "--to", "2026-10-31", "--format", "json")
        == stats_before
    )
    assert _cli(server, "overdue", "--as-of", "2026-06-30", "--format", "json") == overdue_before
    # the server goes on where the PC stopped: new ids follow the moved rows
    assert _cli(server, "demo-data", "--cases", "5", "--seed", "9")[0] == 0
    assert _cli(server, "audit", "verify")[0] == 0


def test_a_server_that_is_not_ours_is_left_alone(server: URL, tmp_path: Path) -> None:
    pc = tmp_path / "pc.sqlite3"
    assert _cli(pc, "demo-data", "--cases", "5", "--seed", "1")[0] == 0
    backup = tmp_path / "b.zip"
    assert _cli(pc, "backup", "--out", str(backup), "--by", "王管理")[0] == 0
    engine_db = open_database(server)  # an app database there …
    engine_db.dispose()
    with open_database(server).engine.begin() as conn:  # … that somebody else took over
        conn.execute(text("UPDATE app_meta SET value = 'someone-else' WHERE key = 'application'"))
    code, _out, err = _cli(server, "restore", str(backup), "--by", "王管理")
    assert code != 0 and "不是本系统的数据库" in err and "Traceback" not in err
