"""Start the client: parse ``--db``, open the database, show the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.views.main_window import MainWindow
from xinxiang_arbitration import APP_NAME
from xinxiang_arbitration.db import Database, open_database, resolve_url
from xinxiang_arbitration.errors import AppError

EXIT_DATABASE_ERROR = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


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


def open_or_explain(raw_url: str | None, parent: QWidget | None = None) -> Database | None:
    """Open the database, or tell the user in Chinese why not and return None."""
    try:
        db = open_database(resolve_url(raw_url))
    except AppError as exc:
        QMessageBox.critical(parent, _tr("无法打开数据库"), exc.message)
        return None
    if db.backup_path is not None:
        QMessageBox.information(
            parent,
            _tr("数据库已升级"),
            _tr("数据库已升级到本版本的结构。升级前的备份保存在：\n{path}").format(
                path=db.backup_path
            ),
        )
    return db


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m ui`` and ``xinxiang-arbitration-gui``; returns the exit code."""
    args, qt_args = build_parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:  # no QApplication, no window: runs headless, even without a display
        from xinxiang_arbitration.selftest import console_out, run_self_test

        return run_self_test(console_out())
    app = application(qt_args)
    db = open_or_explain(args.db)
    if db is None:
        return EXIT_DATABASE_ERROR
    try:
        window = MainWindow(db)
        window.show()
        return app.exec()
    finally:
        db.dispose()


__all__ = ["main"]
