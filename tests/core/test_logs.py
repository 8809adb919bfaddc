"""The log file: where it goes, what a line looks like, and that stderr stays the CLI's."""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from xinxiang_arbitration import APP_NAME
from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.errors import DatabaseDamaged, NotOurDatabase
from xinxiang_arbitration.logs import (
    ENV_VAR,
    FILE_NAME,
    MAX_BYTES,
    configure_logging,
    stop_logging,
)
from xinxiang_arbitration.storage.db import open_database

LINE = re.compile(
    r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\.\d{3} (INFO|WARNING|ERROR) \[\d+\] [\w.]+: "
)


@pytest.fixture(autouse=True)
def _own_log_file() -> Iterator[None]:
    """No test leaves its handler on the root logger, or changes the root's level."""
    root = logging.getLogger()
    level = root.level
    try:
        yield
    finally:
        stop_logging()
        root.setLevel(level)


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv(ENV_VAR, str(folder))
    return folder


def _handlers() -> list[logging.handlers.RotatingFileHandler]:
    """The app's handlers (pytest has its own on the root logger too)."""
    root = logging.getLogger()
    return [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]


def test_log_file_goes_to_the_folder_of_the_environment_variable(log_dir: Path) -> None:
    path = configure_logging()
    assert path == log_dir / FILE_NAME
    logging.getLogger("xinxiang_arbitration.test").info("已打开数据库：新乡市")
    text = path.read_text(encoding="utf-8")  # UTF-8, Chinese intact
    assert text.endswith("xinxiang_arbitration.test: 已打开数据库：新乡市\n")
    assert LINE.match(text)


def test_default_folder_is_the_users_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = configure_logging()
    assert path == platformdirs.user_log_path(APP_NAME, appauthor=False) / FILE_NAME
    if sys.platform.startswith("linux"):
        assert path == tmp_path / "state" / APP_NAME / "log" / FILE_NAME
    assert path is not None and path.is_file()


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
def test_lines_carry_local_time(log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In Xinxiang's zone (UTC+8) the time of a line is the wall clock's, not UTC."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        path = configure_logging()
        assert path is not None
        logging.getLogger("t").warning("现在")
        stamp = LINE.match(path.read_text(encoding="utf-8").splitlines()[-1])
        assert stamp is not None
        written = dt.datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S")
        local = dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).replace(tzinfo=None)
        assert abs(written - local) < dt.timedelta(minutes=2)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_calling_twice_adds_one_handler_and_writes_each_record_once(log_dir: Path) -> None:
    first = configure_logging()
    second = configure_logging()
    assert first == second == log_dir / FILE_NAME
    assert len(_handlers()) == 1
    logging.getLogger("t").info("只写一次")
    assert first.read_text(encoding="utf-8").count("只写一次") == 1


def test_a_new_folder_replaces_the_old_handler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "a"))
    old = configure_logging()
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "b"))
    new = configure_logging()
    assert (old, new) == (tmp_path / "a" / FILE_NAME, tmp_path / "b" / FILE_NAME)
    assert old is not None and new is not None
    assert len(_handlers()) == 1
    logging.getLogger("t").info("第二个文件夹")
    assert "第二个文件夹" in new.read_text(encoding="utf-8")
    assert "第二个文件夹" not in old.read_text(encoding="utf-8")


def test_unwritable_folder_falls_back_to_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder under a regular file can never be made (whoever runs the test, root too)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    wanted = blocker / "logs"
    monkeypatch.setenv(ENV_VAR, str(wanted))
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    path = configure_logging()

    assert path == temp / f"{APP_NAME}-logs" / FILE_NAME
    assert not wanted.exists()
    text = path.read_text(encoding="utf-8")
    assert f"日志文件夹 {wanted} 无法写入，日志改写到临时文件夹 {path}" in text
    assert configure_logging() == path and len(_handlers()) == 1  # still idempotent


def test_no_folder_at_all_gives_none_and_no_handler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(blocker / "logs"))
    monkeypatch.setattr(tempfile, "tempdir", str(blocker / "temp"))
    assert configure_logging() is None
    assert _handlers() == []


def test_the_file_rotates_at_about_one_megabyte_keeping_three(log_dir: Path) -> None:
    path = configure_logging()
    assert path is not None
    line = "案" * 300  # 900 bytes in UTF-8
    for _ in range(5 * MAX_BYTES // 900):
        logging.getLogger("t").info(line)
    names = sorted(p.name for p in log_dir.iterdir())
    assert names == [FILE_NAME, f"{FILE_NAME}.1", f"{FILE_NAME}.2", f"{FILE_NAME}.3"]
    sizes = [p.stat().st_size for p in log_dir.iterdir() if p.name != FILE_NAME]
    # logging compares the file's bytes plus the next line's characters with the limit,
    # so a file may pass it by less than one (UTF-8) line
    assert all(MAX_BYTES - 1000 < size < MAX_BYTES + 1000 for size in sizes)


class _FullDisk:
    """A stream whose every write fails, as on a full disk."""

    def seek(self, *_: object) -> int:
        return 0

    def tell(self) -> int:
        return 0

    def write(self, _: str) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        pass


def test_a_failing_write_prints_nothing_to_stderr(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging()
    (handler,) = _handlers()
    real = handler.stream
    handler.stream = _FullDisk()  # type: ignore[assignment]
    try:
        logging.getLogger("t").error("写不进去")
    finally:
        handler.stream = real
    assert capsys.readouterr().err == ""
    assert "写不进去" not in (log_dir / FILE_NAME).read_text(encoding="utf-8")


def test_cli_logs_an_unexpected_error_with_its_traceback(
    log_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> int:
        raise RuntimeError("内部错误 42")

    monkeypatch.setattr(cli, "_cmd_init", broken)
    with pytest.raises(RuntimeError, match="内部错误 42"):  # stderr: Python's own traceback
        cli.main(["--db", str(tmp_path / "cases.sqlite3"), "init"])
    text = (log_dir / FILE_NAME).read_text(encoding="utf-8")
    assert "ERROR" in text and "命令 init 意外失败" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: 内部错误 42" in text


def test_cli_stderr_is_unchanged_for_a_truncated_database(
    log_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A damaged file: the core's typed error, one line on stderr, exit 2, file untouched."""
    path = tmp_path / "cases.sqlite3"
    open_database(str(path)).dispose()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_database(str(path))

    code = cli.main(["--db", str(path), "init"])

    out = capsys.readouterr()
    assert code == 2 and out.out == ""
    assert out.err == (
        f"数据库文件 {path} 已损坏，无法打开（SQLite：database disk image is malformed）"
        "；未做任何改动\n"
    )
    assert path.read_bytes() == before
    assert (log_dir / FILE_NAME).is_file()


def test_a_file_with_the_sqlite_header_and_garbage_after_it_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 32)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged, match="已损坏"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_other_sqlite_errors_are_not_called_damage(tmp_path: Path) -> None:
    """Only SQLite's corruption codes become DatabaseDamaged; a query error stays "not ours"."""
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE app_meta (k TEXT)")  # no 'key'/'value' columns
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.commit()
    con.close()
    with pytest.raises(NotOurDatabase, match="no such column"):
        open_database(str(path))
