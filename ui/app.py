"""Start the client: parse ``--db``, open the database, show the main window."""

from __future__ import annotations

import argparse
import logging
import platform
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from ui.startup import (
    ShowProblem,
    install_excepthook,
    open_checked,
    report_unexpected,
    show_in_message_box,
    warn_about_fonts,
)
from ui.views.main_window import MainWindow
from xinxiang_arbitration import APP_NAME, __version__
from xinxiang_arbitration.db import Database
from xinxiang_arbitration.logs import configure_logging

EXIT_UNEXPECTED = 1
EXIT_DATABASE_ERROR = 2

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xinxiang-arbitration-gui",
        description="新乡市劳动人事争议仲裁委员会 案件管理系统",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="数据库地址（SQLAlchemy URL 或 SQLite 文件路径）；"
        "默认为本机数据文件夹中的 SQLite 文件，"
        "环境变量 XINXIANG_ARBITRATION_DB 可改变默认值",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="不打开窗口：在临时文件夹中建库、导入样例台账、计算指标、生成报表，"
        "全部成功时退出码为 0（安装包的冒烟测试）",
    )
    return parser


def application(qt_args: list[str]) -> QApplication:
    """The running QApplication (tests already have one), or a new one."""
    existing = QCoreApplication.instance()
    if existing is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *qt_args])
    elif isinstance(existing, QApplication):
        app = existing
    else:
        raise RuntimeError("a QCoreApplication without widgets is already running")
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    return app


def open_or_explain(
    raw_url: str | None,
    show_problem: ShowProblem = show_in_message_box,
    log_file: Path | None = None,
) -> Database | None:
    """Open the database, or tell the user in Chinese why not and return None."""
    return open_checked(raw_url, show_problem, log_file)


def main(argv: list[str] | None = None, show_problem: ShowProblem | None = None) -> int:
    """Entry point of ``python -m ui`` and ``xinxiang-arbitration-gui``; returns the exit code.

    ``show_problem`` shows start-up problems and unexpected errors (default: message
    boxes); tests pass their own so that nothing waits for a click.
    """
    args, qt_args = build_parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    log_file = configure_logging()
    log.info("启动 %s %s（Python %s）", APP_NAME, __version__, platform.python_version())
    if args.self_test:  # no QApplication, no window: runs headless, even without a display
        from xinxiang_arbitration.selftest import console_out, run_self_test

        return run_self_test(console_out())
    app = application(qt_args)
    show = show_problem or show_in_message_box
    restore_excepthook = install_excepthook(show, log_file)
    db: Database | None = None
    try:
        db = open_or_explain(args.db, show, log_file)
        if db is None:
            return EXIT_DATABASE_ERROR
        window = MainWindow(db)
        window.show()
        QTimer.singleShot(0, lambda: warn_about_fonts(show, log_file))  # over the window
        return app.exec()
    except Exception as exc:
        report_unexpected(exc, show, log_file, at_start=True)
        return EXIT_UNEXPECTED
    finally:
        if db is not None:
            db.dispose()
        restore_excepthook()
        log.info("退出")


__all__ = ["main"]
