"""Start-up problems: each one a Chinese message naming the log file, the details in the log.

``main`` and the checks take the message display as a parameter; these tests pass a
recorder, so no modal box waits for a click.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

import ui.app
from ui.app import EXIT_DATABASE_ERROR, EXIT_UNEXPECTED, main
from ui.startup import (
    Problem,
    Severity,
    font_problem,
    install_excepthook,
    show_in_message_box,
)
from ui.views.main_window import MainWindow
from xinxiang_arbitration import APP_NAME
from xinxiang_arbitration.logs import ENV_VAR as LOG_ENV_VAR
from xinxiang_arbitration.logs import FILE_NAME, stop_logging
from xinxiang_arbitration.reports import fonts
from xinxiang_arbitration.storage.db import default_database_path, open_database

DB_ADVICE_ENV = "XINXIANG_ARBITRATION_DB"


@pytest.fixture(autouse=True)
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log file of the test's own run (``main`` configures logging itself)."""
    monkeypatch.setenv(LOG_ENV_VAR, str(tmp_path / "logs"))
    monkeypatch.delenv(DB_ADVICE_ENV, raising=False)
    root = logging.getLogger()
    level = root.level
    try:
        yield tmp_path / "logs" / FILE_NAME
    finally:
        stop_logging()
        root.setLevel(level)


class Recorder:
    """Stands in for the message boxes: keeps each problem, and what was on screen."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.windows_open: list[bool] = []

    def __call__(self, problem: Problem) -> None:
        self.problems.append(problem)
        self.windows_open.append(
            any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
        )

    @property
    def only(self) -> Problem:
        assert len(self.problems) == 1, self.problems
        return self.problems[0]


def _log(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _folder_that_cannot_be_written(tmp_path: Path) -> Path:
    """A folder with mode 0o500; where that does not stop writes (root), a regular file.

    A path under a regular file can never be created, whoever runs the test.
    """
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        (locked / "probe").touch()
    except PermissionError:
        return locked
    (locked / "probe").unlink()
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("这是一个文件\n", encoding="utf-8")
    return blocker


@pytest.fixture
def locked_parent(tmp_path: Path) -> Iterator[Path]:
    parent = _folder_that_cannot_be_written(tmp_path)
    try:
        yield parent
    finally:
        (tmp_path / "locked").chmod(0o700)  # so that pytest can clean up


# -- the data folder --------------------------------------------------------------------------


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="moves the data folder with XDG_DATA_HOME"
)
def test_default_data_folder_that_cannot_be_written(
    qtbot: QtBot, locked_parent: Path, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(locked_parent))
    folder = locked_parent / APP_NAME
    assert default_database_path() == folder / "cases.sqlite3"
    shown = Recorder()

    assert main([], show_problem=shown) == EXIT_DATABASE_ERROR

    problem = shown.only
    assert problem.title == "无法使用数据文件夹"
    assert problem.severity is Severity.CRITICAL
    assert problem.text.startswith(f"数据文件夹无法创建或不能写入：\n{folder}\n（系统提示：")
    assert "程序需要在这个文件夹中保存数据库文件 cases.sqlite3。" in problem.text
    assert "请检查该文件夹及其上级文件夹的权限" in problem.text
    assert f"或者用 --db 参数或环境变量 {DB_ADVICE_ENV} 选择其他位置的数据库。" in problem.text
    assert problem.text.endswith(f"\n\n日志文件：{log_file}")
    assert "Traceback" not in problem.text
    log = _log(log_file)
    assert "ERROR [" in log and f"数据库文件夹 {folder} 无法创建或写入" in log
    assert ("Permission denied" in log) or ("Not a directory" in log)
    assert not folder.exists()


def test_folder_of_a_chosen_database_that_cannot_be_written(
    qtbot: QtBot, locked_parent: Path, log_file: Path
) -> None:
    target = locked_parent / "sub" / "office.sqlite3"
    shown = Recorder()

    assert main(["--db", str(target)], show_problem=shown) == EXIT_DATABASE_ERROR

    assert shown.only.title == "无法使用数据文件夹"
    assert shown.only.text.startswith(f"数据库所在的文件夹无法创建或不能写入：\n{target.parent}\n")
    assert "保存数据库文件 office.sqlite3" in shown.only.text
    assert f"数据库文件夹 {target.parent} 无法创建或写入" in _log(log_file)
    assert not target.parent.exists()


# -- the database file ------------------------------------------------------------------------


def test_garbage_bytes_are_refused_with_advice(
    qtbot: QtBot, tmp_path: Path, log_file: Path
) -> None:
    path = tmp_path / "cases.sqlite3"
    path.write_bytes(bytes(range(256)) * 16)
    before = path.read_bytes()
    shown = Recorder()

    assert main(["--db", str(path)], show_problem=shown) == EXIT_DATABASE_ERROR

    assert shown.only.title == "无法打开数据库"
    assert shown.only.severity is Severity.CRITICAL
    assert shown.only.text == (
        f"{path} 不是本系统的数据库文件（也不是 SQLite 数据库），未做任何改动\n\n"
        f"请确认选择的是本系统的数据库：用 --db 参数或环境变量 {DB_ADVICE_ENV} 指定正确的文件"
        "或服务器地址。如果它原本就是本系统的数据库，说明文件已损坏，请用备份恢复。\n\n"
        f"日志文件：{log_file}"
    )
    log = _log(log_file)
    assert f"无法打开数据库 {path}：" in log and "（NotOurDatabase）" in log
    assert path.read_bytes() == before
    assert shown.windows_open == [False]


def test_truncated_real_database_is_called_damaged(
    qtbot: QtBot, tmp_path: Path, log_file: Path
) -> None:
    path = tmp_path / "cases.sqlite3"
    open_database(str(path)).dispose()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = path.read_bytes()
    shown = Recorder()

    assert main(["--db", str(path)], show_problem=shown) == EXIT_DATABASE_ERROR

    assert shown.only.title == "无法打开数据库"
    assert shown.only.text == (
        f"数据库文件 {path} 已损坏，无法打开（SQLite：database disk image is malformed）"
        "；未做任何改动\n\n"
        "请先把这个文件复制一份留存，再用最近的备份替换它（程序升级数据库时会在同一文件夹中"
        f"留下 .bak 备份），或者联系系统管理员；也可以用 --db 参数或环境变量 {DB_ADVICE_ENV} "
        "暂时打开其他数据库。\n\n"
        f"日志文件：{log_file}"
    )
    log = _log(log_file)
    assert "（DatabaseDamaged）" in log
    assert "sqlite3.DatabaseError: database disk image is malformed" in log  # the cause
    assert path.read_bytes() == before


def test_database_from_a_newer_version(qtbot: QtBot, tmp_path: Path, log_file: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    db = open_database(str(path))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    before = path.read_bytes()
    shown = Recorder()

    assert main(["--db", str(path)], show_problem=shown) == EXIT_DATABASE_ERROR

    assert shown.only.title == "无法打开数据库"
    assert shown.only.text == (
        f"数据库 {path} 由较新版本的程序创建（结构版本 9999），请安装新版本后再打开；"
        "未做任何改动\n\n"
        "如果多台电脑共用这个数据库，请把每台电脑上的程序都升级到同一新版本。\n\n"
        f"日志文件：{log_file}"
    )
    log = _log(log_file)
    assert "（DatabaseTooNew）" in log and "结构版本 9999" in log
    assert path.read_bytes() == before


def test_unreachable_server_says_what_to_check(qtbot: QtBot, log_file: Path) -> None:
    shown = Recorder()
    url = "postgresql+psycopg://postgres@127.0.0.1:1/none"

    assert main(["--db", url], show_problem=shown) == EXIT_DATABASE_ERROR

    assert shown.only.text.startswith(
        "无法连接数据库 postgresql+psycopg://postgres@127.0.0.1:1/none"
    )
    assert "请检查数据库地址是否正确、网络和数据库服务器是否正常" in shown.only.text
    assert "（DatabaseUnavailable）" in _log(log_file)


# -- fonts ------------------------------------------------------------------------------------


def _no_fonts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    missing = tmp_path / "fonts" / "simsun.ttc"
    monkeypatch.setattr(fonts, "body_candidates", lambda: [fonts.FontCandidate(missing)])
    return missing


def test_missing_fonts_warn_but_the_app_opens(
    qtbot: QtBot, tmp_path: Path, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = _no_fonts(monkeypatch, tmp_path)
    recorder = Recorder()

    def shown_then_quit(problem: Problem) -> None:
        recorder(problem)
        # exit(), not quit(): Qt 6 handles a quit() once more after exec() has returned,
        # which would end the next test's event loops at once
        QTimer.singleShot(0, lambda: QApplication.exit(0))

    watchdog = QTimer()  # if no warning ever comes, end the event loop rather than hang
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: QApplication.exit(99))
    watchdog.start(10_000)
    try:
        code = main(["--db", str(tmp_path / "cases.sqlite3")], show_problem=shown_then_quit)
    finally:
        watchdog.stop()

    assert code == 0
    problem = recorder.only
    assert recorder.windows_open == [True]  # the main window is up under the warning
    assert problem.title == "缺少中文字体"
    assert problem.severity is Severity.WARNING
    assert problem.text == (
        "没有找到可以嵌入 PDF 报表的中文字体。其他功能可以照常使用，"
        "但在安装字体之前无法生成 PDF 报表（Excel 报表不受影响）。\n\n"
        "请安装字体后重新启动程序：\n"
        "· Windows：宋体、黑体、仿宋是系统自带的字体"
        "（Windows 字体文件夹中的 simsun.ttc、simhei.ttf、simfang.ttf），"
        "如被删除请由管理员恢复；\n"
        "· Linux：在终端中执行\n"
        "    sudo apt install fonts-wqy-zenhei fonts-arphic-uming\n\n"
        f"日志文件：{log_file}"
    )
    log = _log(log_file)
    assert "WARNING" in log and f"查找过：{missing}" in log


def test_any_font_file_that_is_there_means_no_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    present = tmp_path / "wqy-zenhei.ttc"
    present.write_bytes(b"\0")
    candidates = [fonts.FontCandidate(tmp_path / "simsun.ttc"), fonts.FontCandidate(present)]
    monkeypatch.setattr(fonts, "body_candidates", lambda: candidates)
    assert font_problem(None) is None
    present.unlink()
    problem = font_problem(None)
    assert problem is not None
    assert problem.text.endswith("日志文件：无法写入（日志文件夹和临时文件夹都不可写）")


# -- the unexpected ---------------------------------------------------------------------------


def test_unexpected_error_at_start_is_one_sentence_and_logged(
    qtbot: QtBot, tmp_path: Path, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_window(*_: object) -> MainWindow:
        raise RuntimeError("界面构建失败")

    monkeypatch.setattr(ui.app, "MainWindow", broken_window)
    hook_before = sys.excepthook
    shown = Recorder()

    assert main(["--db", str(tmp_path / "cases.sqlite3")], show_problem=shown) == EXIT_UNEXPECTED

    assert shown.only.title == "程序出错"
    assert shown.only.text == (
        "程序启动时遇到意外错误（RuntimeError），无法继续运行；"
        "详细信息已写入日志文件，请把它发给系统管理员。\n\n"
        f"日志文件：{log_file}"
    )
    log = _log(log_file)
    assert "启动时的意外错误" in log
    assert "Traceback (most recent call last)" in log and "RuntimeError: 界面构建失败" in log
    assert sys.excepthook is hook_before  # main puts the hook back


def test_error_in_a_slot_is_logged_and_shown_once(
    qtbot: QtBot, log_file: Path, tmp_path: Path
) -> None:
    from xinxiang_arbitration.logs import configure_logging

    assert configure_logging() == log_file
    shown = Recorder()
    previous = sys.excepthook
    restore = install_excepthook(shown, log_file)
    calls = 0

    def slot() -> None:
        nonlocal calls
        calls += 1
        raise ValueError("表格数据不一致")

    try:
        QTimer.singleShot(0, slot)
        QTimer.singleShot(0, slot)  # the same error again: logged, not shown twice
        qtbot.waitUntil(lambda: calls == 2 and len(shown.problems) >= 1)
        qtbot.wait(50)
    finally:
        restore()

    assert sys.excepthook is previous
    assert shown.only.title == "程序出错"
    assert shown.only.severity is Severity.CRITICAL
    assert shown.only.text == (
        "程序遇到意外错误（ValueError），刚才的操作可能没有完成；"
        "详细信息已写入日志文件，请把它发给系统管理员。\n\n"
        f"日志文件：{log_file}"
    )
    log = _log(log_file)
    assert log.count("ValueError: 表格数据不一致") == 2
    assert log.count("Traceback (most recent call last)") == 2


def test_message_box_closes_itself_offscreen(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real box: offscreen nobody can click, so it must not wait for a click."""
    assert QApplication.platformName() == "offscreen"
    watchdog_fired = False

    def watchdog() -> None:
        nonlocal watchdog_fired
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            watchdog_fired = True
            box.done(0)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(watchdog)
    timer.start(5_000)
    try:
        show_in_message_box(Problem("测试标题", "第一行\n日志文件：/tmp/x.log", Severity.WARNING))
    finally:
        timer.stop()

    assert not watchdog_fired
    assert QApplication.activeModalWidget() is None
    assert "测试标题：第一行\n日志文件：/tmp/x.log" in capsys.readouterr().err
