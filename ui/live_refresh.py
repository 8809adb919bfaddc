"""Refreshing what the window shows when another PC changes the data (issue 9, live refresh).

The core's ``ChangeListener`` (LISTEN/NOTIFY on PostgreSQL, ``data_version`` on SQLite)
calls back on its own thread; this object carries the news to the GUI thread by a queued
signal and gathers a burst of changes (an import, a colleague's busy minute) into one
``changed`` signal after a short quiet time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.live import ChangeListener

QUIET_MS = 800


class LiveRefresh(QObject):
    changed = Signal()  # on the GUI thread, at most once per quiet time
    _heard = Signal(str)  # from the listener's thread (queued across threads)

    def __init__(self, db: Database, parent: QObject | None = None, *, quiet_ms: int = QUIET_MS):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(quiet_ms)
        self._timer.timeout.connect(self.changed.emit)
        self._heard.connect(self._on_heard)
        self._listener = ChangeListener(db.url, self._heard.emit)

    def start(self) -> LiveRefresh:
        self._listener.start()
        return self

    def wait_until_listening(self, timeout: float = 10.0) -> bool:
        return self._listener.wait_until_listening(timeout)

    def stop(self) -> None:
        self._timer.stop()
        self._listener.stop()

    @Slot(str)
    def _on_heard(self, _table: str) -> None:
        self._timer.start()  # (re)start: one refresh after the burst
