"""What can go wrong when the client starts, and how the user is told.

Each problem becomes a :class:`Problem`: a title and a Chinese text that says what is
wrong, what to do and where the log file is; the details (paths, error codes,
tracebacks) go to the log file only. The start-up checks, in order:

* the folder of the SQLite file (by default the data folder) cannot be created or
  written: fatal;
* the database cannot be opened: damaged, not ours, from a newer version, unreachable
  (the core's typed errors): fatal;
* no CJK TrueType font for the PDF reports: a warning, the app still opens;
* anything unexpected, at start-up (fatal) or later on the GUI thread (``sys.excepthook``):
  logged with its traceback, one sentence and the log file's path on screen.

Showing is injectable: every function takes ``show_problem``. The app passes
:func:`show_in_message_box`; the tests pass a function that records what it is given.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import URL

from xinxiang_arbitration.errors import (
    AppError,
    DatabaseDamaged,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotOurDatabase,
)
from xinxiang_arbitration.storage.db import ENV_VAR as DB_ENV_VAR
from xinxiang_arbitration.storage.db import (
    Database,
    default_database_path,
    describe,
    open_database,
    resolve_url,
)

log = logging.getLogger(__name__)


class Severity(Enum):
    """How a message is shown; the values name QMessageBox's static functions."""

    CRITICAL = "critical"
    WARNING = "warning"
    INFORMATION = "information"


@dataclass(frozen=True)
class Problem:
    """One message for the user: a problem, or news such as an upgraded database."""

    title: str
    text: str
    severity: Severity = Severity.CRITICAL


ShowProblem = Callable[[Problem], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("startup", text)


# -- showing ----------------------------------------------------------------------------------


def _close_box(title: str) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.windowTitle() == title:
        box.done(0)


def show_in_message_box(problem: Problem) -> None:
    """A modal message box over the active window; returns when the user has closed it.

    On the offscreen platform nobody can see or close a box: the text goes to stderr
    as well and the box closes itself as soon as it is up, so a headless run ends.
    """
    if QGuiApplication.platformName() == "offscreen":
        if sys.stderr is not None:
            print(f"{problem.title}：{problem.text}", file=sys.stderr)
        QTimer.singleShot(0, lambda: _close_box(problem.title))
    show = getattr(QMessageBox, problem.severity.value)
    show(QApplication.activeWindow(), problem.title, problem.text)


def log_file_line(log_file: Path | None) -> str:
    if log_file is None:
        return _tr("日志文件：无法写入（日志文件夹和临时文件夹都不可写）")
    return _tr("日志文件：{path}").format(path=log_file)


# -- the data folder --------------------------------------------------------------------------


def _sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def data_folder_problem(url: URL, log_file: Path | None) -> Problem | None:
    """For a SQLite database: can its folder be created, and can a file be written there?

    Tried for real (make the folder, write and delete a temporary file) rather than
    asked with ``os.access``, which is unreliable with Windows ACLs and network shares.
    """
    path = _sqlite_path(url)
    if path is None:
        return None
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        log.error("数据库文件夹 %s 无法创建或写入（数据库 %s）", folder, path, exc_info=exc)
        which = _tr("数据文件夹") if path == default_database_path() else _tr("数据库所在的文件夹")
        return Problem(
            _tr("无法使用数据文件夹"),
            _tr(
                "{which}无法创建或不能写入：\n{folder}\n（系统提示：{reason}）\n\n"
                "程序需要在这个文件夹中保存数据库文件 {name}。"
                "请检查该文件夹及其上级文件夹的权限，让当前用户可以写入；"
                "或者用 --db 参数或环境变量 {env} 选择其他位置的数据库。\n\n{log}"
            ).format(
                which=which,
                folder=folder,
                reason=exc.strerror or exc,
                name=path.name,
                env=DB_ENV_VAR,
                log=log_file_line(log_file),
            ),
        )
    return None


# -- the database -----------------------------------------------------------------------------


def _advice(exc: AppError) -> str:
    if isinstance(exc, DatabaseDamaged):
        return _tr(
            "请先把这个文件复制一份留存，再用最近的备份替换它（程序升级数据库时会在同一文件夹中"
            "留下 .bak 备份），或者联系系统管理员；也可以用 --db 参数或环境变量 {env} "
            "暂时打开其他数据库。"
        ).format(env=DB_ENV_VAR)
    if isinstance(exc, NotOurDatabase):
        return _tr(
            "请确认选择的是本系统的数据库：用 --db 参数或环境变量 {env} 指定正确的文件"
            "或服务器地址。如果它原本就是本系统的数据库，说明文件已损坏，请用备份恢复。"
        ).format(env=DB_ENV_VAR)
    if isinstance(exc, DatabaseTooNew):
        return _tr("如果多台电脑共用这个数据库，请把每台电脑上的程序都升级到同一新版本。")
    if isinstance(exc, DatabaseUnavailable):
        return _tr(
            "请检查数据库地址是否正确、网络和数据库服务器是否正常；"
            "也可以用 --db 参数或环境变量 {env} 选择其他数据库。"
        ).format(env=DB_ENV_VAR)
    return ""


def database_problem(exc: AppError, log_file: Path | None) -> Problem:
    parts = [exc.message, _advice(exc), log_file_line(log_file)]
    return Problem(_tr("无法打开数据库"), "\n\n".join(p for p in parts if p))


def open_checked(
    raw_url: str | None, show_problem: ShowProblem, log_file: Path | None
) -> Database | None:
    """Check the folder, open the database; on a problem show it and return None.

    Errors that are not the core's typed ones propagate: the caller reports them as
    unexpected.
    """
    try:
        url = resolve_url(raw_url)
    except AppError as exc:
        log.error("数据库地址无法使用：%s", exc.message)
        show_problem(database_problem(exc, log_file))
        return None
    problem = data_folder_problem(url, log_file)
    if problem is not None:
        show_problem(problem)
        return None
    try:
        db = open_database(url)
    except AppError as exc:
        log.error(
            "无法打开数据库 %s：%s（%s）",
            describe(url),
            exc.message,
            type(exc).__name__,
            exc_info=exc,
        )
        show_problem(database_problem(exc, log_file))
        return None
    log.info("数据库已打开：%s", db.describe())
    if db.backup_path is not None:
        log.info("数据库已升级，升级前的备份：%s", db.backup_path)
        show_problem(
            Problem(
                _tr("数据库已升级"),
                _tr("数据库已升级到本版本的结构。升级前的备份保存在：\n{path}").format(
                    path=db.backup_path
                ),
                Severity.INFORMATION,
            )
        )
    return db


# -- fonts ------------------------------------------------------------------------------------


def font_problem(log_file: Path | None) -> Problem | None:
    """A warning when none of the PDF report's body fonts is on this PC.

    Looks for the files only (``reports.fonts.body_candidates``); loading them with
    reportlab would take most of a second of start-up. A file that is present but
    cannot be loaded is still reported, in one sentence, when a PDF is made.
    """
    from xinxiang_arbitration.reports import fonts

    candidates = fonts.body_candidates()
    if any(c.path.is_file() for c in candidates):
        return None
    log.warning(
        "没有找到 PDF 报表用的中文 TrueType 字体，PDF 报表无法生成；查找过：%s",
        "、".join(str(c.path) for c in candidates),
    )
    return Problem(
        _tr("缺少中文字体"),
        _tr(
            "没有找到可以嵌入 PDF 报表的中文字体。其他功能可以照常使用，"
            "但在安装字体之前无法生成 PDF 报表（Excel 报表不受影响）。\n\n"
            "请安装字体后重新启动程序：\n"
            "· Windows：宋体、黑体、仿宋是系统自带的字体"
            "（Windows 字体文件夹中的 simsun.ttc、simhei.ttf、simfang.ttf），"
            "如被删除请由管理员恢复；\n"
            "· Linux：在终端中执行\n"
            "    sudo apt install fonts-wqy-zenhei fonts-arphic-uming\n\n{log}"
        ).format(log=log_file_line(log_file)),
        Severity.WARNING,
    )


def warn_about_fonts(show_problem: ShowProblem, log_file: Path | None) -> None:
    problem = font_problem(log_file)
    if problem is not None:
        show_problem(problem)


# -- the unexpected ---------------------------------------------------------------------------


def unexpected_problem(exc: BaseException, log_file: Path | None, *, at_start: bool) -> Problem:
    name = type(exc).__name__
    if at_start:
        sentence = _tr(
            "程序启动时遇到意外错误（{name}），无法继续运行；"
            "详细信息已写入日志文件，请把它发给系统管理员。"
        )
    else:
        sentence = _tr(
            "程序遇到意外错误（{name}），刚才的操作可能没有完成；"
            "详细信息已写入日志文件，请把它发给系统管理员。"
        )
    return Problem(_tr("程序出错"), f"{sentence.format(name=name)}\n\n{log_file_line(log_file)}")


def report_unexpected(
    exc: BaseException, show_problem: ShowProblem, log_file: Path | None, *, at_start: bool
) -> None:
    log.error("启动时的意外错误" if at_start else "意外错误", exc_info=exc)
    show_problem(unexpected_problem(exc, log_file, at_start=at_start))


def install_excepthook(show_problem: ShowProblem, log_file: Path | None) -> Callable[[], None]:
    """Log every uncaught exception with its traceback and tell the user in one sentence.

    The same error (type and text) is shown once: an error in a paint handler repeats
    at every repaint, and each closed box would cause the next. Returns a function that
    puts the previous hook back.
    """
    previous = sys.excepthook
    shown: set[tuple[str, str]] = set()
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.error("未处理的异常", exc_info=(exc_type, exc, tb))
        key = (exc_type.__qualname__, str(exc))
        if showing or key in shown:
            return
        shown.add(key)
        showing = True
        try:
            show_problem(unexpected_problem(exc, log_file, at_start=False))
        except Exception:
            log.exception("无法显示出错提示")
        finally:
            showing = False

    sys.excepthook = hook

    def restore() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous

    return restore


__all__ = [
    "Problem",
    "Severity",
    "ShowProblem",
    "data_folder_problem",
    "database_problem",
    "font_problem",
    "install_excepthook",
    "open_checked",
    "report_unexpected",
    "show_in_message_box",
    "unexpected_problem",
    "warn_about_fonts",
]
