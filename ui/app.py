"""Start the client: parse ``--db``, open the database, show the main window, ask who.

Which database: ``--db``, else XINXIANG_ARBITRATION_DB, else the one last chosen in
切换数据库 (remembered in QSettings, without its password), else the local file. When
the remembered one cannot be opened, the database dialog is offered with the reason;
for the others the start-up problem is shown and the app ends, as ``ui.startup`` says.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from ui.dialogs.database_dialog import DatabaseDialog, remembered_url
from ui.startup import (
    Problem,
    Severity,
    ShowProblem,
    install_excepthook,
    open_checked,
    report_unexpected,
    show_in_message_box,
    warn_about_fonts,
)
from ui.views.main_window import MainWindow
from xinxiang_arbitration import APP_NAME, __version__
from xinxiang_arbitration.logs import configure_logging
from xinxiang_arbitration.resources import resource_path
from xinxiang_arbitration.storage.db import ENV_VAR, Database

EXIT_UNEXPECTED = 1
EXIT_DATABASE_ERROR = 2
TRANSLATION_NAME = "xinxiang_arbitration"  # resources/translations/xinxiang_arbitration_zh_CN.qm
CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)

# Asked for another database after the remembered one failed: the failure in, an address
# (with the password) or None (cancelled) out. Tests pass their own.
ChooseDatabase = Callable[[Problem], str | None]

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


def install_translations(app: QCoreApplication, locale: QLocale = CHINESE) -> list[QTranslator]:
    """The app's own translation and Qt's (确定/取消 on standard buttons); returns them
    so that they can be removed. A missing file is logged, never fatal: the source
    strings are Chinese already."""
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        ("qtbase", qt_folder),
        (TRANSLATION_NAME, str(resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("没有找到翻译文件 %s_%s.qm（在 %s）", name, locale.name(), folder)
    return installed


def open_or_explain(
    raw_url: str | None,
    show_problem: ShowProblem = show_in_message_box,
    log_file: Path | None = None,
) -> Database | None:
    """Open the database, or tell the user in Chinese why not and return None."""
    return open_checked(raw_url, show_problem, log_file)


def ask_for_database(settings: QSettings, show_problem: ShowProblem) -> ChooseDatabase:
    """The database dialog, with the reason the last database failed on top.

    Offscreen nobody can answer a dialog: the problem is shown (stderr) and the start
    ends, as it would without a remembered database.
    """

    def choose(problem: Problem) -> str | None:
        if QGuiApplication.platformName() == "offscreen":
            show_problem(problem)
            return None
        dialog = DatabaseDialog(settings, problem=problem.text)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.url if accepted else None

    return choose


def open_at_start(
    explicit: str | None,
    settings: QSettings,
    show_problem: ShowProblem,
    log_file: Path | None,
    choose: ChooseDatabase,
) -> Database | None:
    """The database to start on, or None (the user was told why, or cancelled)."""
    remembered = None if explicit or os.environ.get(ENV_VAR) else remembered_url(settings)
    if remembered is None:
        return open_or_explain(explicit, show_problem, log_file)
    failures: list[Problem] = []

    def collect(problem: Problem) -> None:  # failures go into the dialog, news is shown
        if problem.severity is Severity.CRITICAL:
            failures.append(problem)
        else:
            show_problem(problem)

    raw: str | None = remembered
    while raw is not None:
        db = open_or_explain(raw, collect, log_file)
        if db is not None:
            return db
        log.info("记住的数据库无法打开，请用户重新选择")
        raw = choose(failures[-1]) if failures else None
    return None


class Client(QObject):
    """The running client: one database, one window; switching the database swaps both."""

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        show_problem: ShowProblem,
        log_file: Path | None,
    ) -> None:
        super().__init__()
        self.db, self.settings = db, settings
        self._show, self._log_file = show_problem, log_file
        self.window = self._open_window(db)

    def _open_window(self, db: Database) -> MainWindow:
        window = MainWindow(db, self.settings)
        window.database_switch_requested.connect(self.switch_database)
        window.show()
        QTimer.singleShot(0, lambda: window.ask_who(at_start=True))
        return window

    def switch_database(self) -> None:
        """切换数据库: choose, open; on success a new window on it replaces the old one."""
        dialog = DatabaseDialog(self.settings, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.url is None:
            return
        db = open_or_explain(dialog.url, self._show, self._log_file)
        if db is None:
            return
        old_window, old_db = self.window, self.db
        self.db, self.window = db, self._open_window(db)  # shown before the old one closes
        old_window.close()
        old_window.deleteLater()
        old_db.dispose()
        log.info("已切换数据库：%s", db.describe())

    def close(self) -> None:
        """After the event loop: no dialog or window stays up, no worker uses the database."""
        for dialog in self.window.findChildren(QDialog):
            dialog.hide()  # hidden, not rejected: declining the sign-in would close the app
        self.window.hide()
        self.window.shutdown()
        self.window.deleteLater()
        self.db.dispose()


def main(
    argv: list[str] | None = None,
    show_problem: ShowProblem | None = None,
    *,
    settings: QSettings | None = None,
    choose_database: ChooseDatabase | None = None,
) -> int:
    """Entry point of ``python -m ui`` and ``xinxiang-arbitration-gui``; returns the exit code.

    ``show_problem`` shows start-up problems and unexpected errors (default: message
    boxes); ``settings`` holds the remembered database and user (default: the user's
    QSettings); ``choose_database`` is asked when the remembered database fails (default:
    the database dialog). Tests pass their own so that nothing waits for a click.
    """
    args, qt_args = build_parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    log_file = configure_logging()
    log.info("启动 %s %s（Python %s）", APP_NAME, __version__, platform.python_version())
    if args.self_test:  # no QApplication, no window: runs headless, even without a display
        from xinxiang_arbitration.selftest import console_out, run_self_test

        return run_self_test(console_out())
    app = application(qt_args)
    translators = install_translations(app)
    show = show_problem or show_in_message_box
    settings = settings if settings is not None else QSettings()
    choose = choose_database or ask_for_database(settings, show)
    restore_excepthook = install_excepthook(show, log_file)
    db: Database | None = None
    client: Client | None = None
    try:
        db = open_at_start(args.db, settings, show, log_file, choose)
        if db is None:
            return EXIT_DATABASE_ERROR
        client = Client(db, settings, show, log_file)
        QTimer.singleShot(0, lambda: warn_about_fonts(show, log_file))  # over the window
        return app.exec()
    except Exception as exc:
        report_unexpected(exc, show, log_file, at_start=True)
        return EXIT_UNEXPECTED
    finally:
        if client is not None:
            client.close()
        elif db is not None:
            db.dispose()
        for translator in translators:
            app.removeTranslator(translator)
        restore_excepthook()
        log.info("退出")


__all__ = ["main"]
