"""The log file of the app and of the command line.

One rotating file (about 1 MB, three old copies kept), UTF-8, lines in local time, in
the user's log folder (platformdirs): ``~/.local/state/xinxiang-arbitration/log`` on
Linux, ``%LOCALAPPDATA%\\xinxiang-arbitration\\Logs`` on Windows.
``XINXIANG_ARBITRATION_LOG_DIR`` chooses another folder (the tests use it). When the
folder cannot be created or written, the file goes to the temporary folder instead;
:func:`configure_logging` returns the path actually used, so the app can show it.

Nothing is ever logged to stderr: the command line keeps stderr for its own messages.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import tempfile
from pathlib import Path

import platformdirs

from xinxiang_arbitration import APP_NAME

ENV_VAR = "XINXIANG_ARBITRATION_LOG_DIR"
FILE_NAME = f"{APP_NAME}.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
LINE_FORMAT = "%(asctime)s.%(msecs)03d %(levelname)s [%(process)d] %(name)s: %(message)s"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"  # local time (logging's default converter)


class _LogFile(logging.handlers.RotatingFileHandler):
    """The app's handler: found again by its type, and silent when a write fails.

    logging's own handleError prints to stderr; a full disk or a file held by another
    process (Windows, during rotation) must not add lines to the CLI's output.
    """

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def default_log_dir() -> Path:
    """The folder the log file goes to unless it cannot be written."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def _fallback_dir() -> Path | None:
    try:
        return Path(tempfile.gettempdir()) / f"{APP_NAME}-logs"
    except OSError:  # no writable temporary folder at all
        return None


def _open(folder: Path) -> _LogFile | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(
            folder / FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(LINE_FORMAT, DATE_FORMAT))
    handler.setLevel(logging.INFO)
    return handler


def _current() -> _LogFile | None:
    return next((h for h in logging.getLogger().handlers if isinstance(h, _LogFile)), None)


def _writes_to(handler: _LogFile, folder: Path | None) -> bool:
    return folder is not None and handler.baseFilename == os.path.abspath(folder / FILE_NAME)


def stop_logging() -> None:
    """Close the log file and take its handler off the root logger (tests, shutdown)."""
    root = logging.getLogger()
    while (handler := _current()) is not None:
        root.removeHandler(handler)
        handler.close()


def configure_logging() -> Path | None:
    """Send log records (INFO and above) to the log file; returns the file's path.

    Calling it again adds no second handler; if the wanted folder changed in between
    (another ``XINXIANG_ARBITRATION_LOG_DIR``), the file moves there. None only when
    neither the log folder nor the temporary folder can be written; records then go
    nowhere.
    """
    wanted = default_log_dir()
    current = _current()
    if current is not None and _writes_to(current, wanted):
        return Path(current.baseFilename)
    handler = _open(wanted)
    fell_back = handler is None
    if handler is None:
        fallback = _fallback_dir()
        if current is not None and _writes_to(current, fallback):
            return Path(current.baseFilename)
        handler = _open(fallback) if fallback is not None else None
    stop_logging()
    if handler is None:
        return None
    root = logging.getLogger()
    root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)
    if fell_back:
        logging.getLogger(__name__).warning(
            "日志文件夹 %s 无法写入，日志改写到临时文件夹 %s", wanted, handler.baseFilename
        )
    return Path(handler.baseFilename)


__all__ = ["configure_logging", "default_log_dir", "stop_logging"]
