"""Opening, creating, refusing and upgrading databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.errors import DatabaseTooNew, DatabaseUnavailable, NotOurDatabase
from xinxiang_arbitration.models import Base, CalendarDay, CalendarYear, IndicatorTarget
from xinxiang_arbitration.storage.db import Database, open_database, resolve_url
from xinxiang_arbitration.storage.migrate import head_revision, upgrade_to


def test_new_database_is_migrated_and_seeded(db: Database) -> None:
    with db.transaction() as s:
        years = s.scalars(select(CalendarYear.year)).all()
        assert 2004 in years and 2026 in years
        # 2026 make-up working Sunday (调休) from the State Council notice
        feb14 = s.get(CalendarDay, __import__("datetime").date(2026, 2, 14))
        assert feb14 is not None and feb14.is_workday
        targets = {t.indicator_id: t.target for t in s.scalars(select(IndicatorTarget))}
        assert {k: str(v) for k, v in targets.items()} == {27: "60.00", 28: "90.00", 29: "98.00"}
        assert s.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()


def test_models_match_migrations(db: Database) -> None:
    """The migrations build exactly the schema the models describe."""
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_sqlite_pragmas_on_every_connection(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "a.sqlite3"))
    try:
        for _ in range(2):
            with database.engine.connect() as conn:
                assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
                assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
            database.engine.dispose()
    finally:
        database.dispose()


def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"just some text, not a database\n")
    before = path.read_bytes()
    with pytest.raises(NotOurDatabase, match="不是本系统的数据库"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_other_applications_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotOurDatabase):
        open_database(str(path))
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*-wal"))


def test_database_from_newer_version_is_refused(db_url: object) -> None:
    database = open_database(db_url)  # type: ignore[arg-type]
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.dispose()
    with pytest.raises(DatabaseTooNew, match="较新版本"):
        open_database(db_url)  # type: ignore[arg-type]


def test_older_sqlite_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    """A file of the first release (schema 0001 only) is copied aside, then upgraded."""
    from xinxiang_arbitration.storage.db import make_engine

    path = tmp_path / "old.sqlite3"
    engine = make_engine(make_url(f"sqlite:///{path}"))
    with engine.begin() as conn:
        upgrade_to(conn, "0001")
    engine.dispose()

    upgraded = open_database(str(path))
    try:
        assert upgraded.backup_path is not None and upgraded.backup_path.exists()
        backup = sqlite3.connect(upgraded.backup_path)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        backup.close()
        with upgraded.transaction() as s:
            assert s.scalar(select(func.count()).select_from(CalendarYear)) > 20
            assert s.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
    finally:
        upgraded.dispose()


def test_upgrade_from_first_revision_on_each_dialect(db_url: object) -> None:
    """Running 0001 alone then opening the app brings the database to head."""
    from xinxiang_arbitration.storage.db import make_engine

    url = make_url(str(db_url)) if not hasattr(db_url, "drivername") else db_url
    engine = make_engine(url)  # type: ignore[arg-type]
    with engine.begin() as conn:
        upgrade_to(conn, "0001")
    engine.dispose()
    database = open_database(url)  # type: ignore[arg-type]
    try:
        with database.transaction() as s:
            assert s.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
            assert s.scalar(select(func.count()).select_from(IndicatorTarget)) == 3
    finally:
        database.dispose()


def test_unreachable_server_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--db", "postgresql+psycopg://postgres@127.0.0.1:1/none", "init"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "无法连接数据库" in err and "Traceback" not in err


def test_unreachable_server_raises_typed_error() -> None:
    with pytest.raises(DatabaseUnavailable):
        open_database("postgresql+psycopg://postgres@127.0.0.1:1/none")


def test_url_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XINXIANG_ARBITRATION_DB", raising=False)
    assert resolve_url(None).get_backend_name() == "sqlite"
    assert str(resolve_url(None).database).endswith("cases.sqlite3")
    monkeypatch.setenv("XINXIANG_ARBITRATION_DB", "postgresql+psycopg://u@h/d")
    assert resolve_url(None).get_backend_name() == "postgresql"
    assert resolve_url(str(tmp_path / "x.db")).database == str(tmp_path / "x.db")


def test_default_database_is_created_in_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("XINXIANG_ARBITRATION_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert cli.main(["init"]) == 0
    expected = tmp_path / "data" / "xinxiang-arbitration" / "cases.sqlite3"
    assert expected.exists()
    assert str(expected) in capsys.readouterr().out
