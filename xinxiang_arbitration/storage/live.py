"""Learning that another PC (or program) changed the data, so lists on screen can refresh.

- PostgreSQL: migration 0012's triggers send ``NOTIFY xa_changes, '<table>'`` once per
  statement; a ``ChangeListener`` keeps its own connection, ``LISTEN``s, and calls back
  with the table's name. If the server goes away it reconnects, with a growing pause,
  and reports ``"*"`` once it is back (something may have changed meanwhile).
- SQLite: the file's ``PRAGMA data_version`` changes when another connection commits;
  the listener reads it every ``poll_seconds`` (one tiny query, no table is read).

The callback runs on the listener's thread; a client hands it over to its own thread.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable

import psycopg
from sqlalchemy.engine import URL

CHANNEL = "xa_changes"
ANY = "*"  # "something may have changed": refresh everything

log = logging.getLogger(__name__)


def _pg_dsn(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """Calls ``on_change(table)`` when the database changes, until ``stop()``."""

    def __init__(
        self,
        url: URL,
        on_change: Callable[[str], None],
        *,
        poll_seconds: float = 1.0,
        max_pause_seconds: float = 30.0,
    ) -> None:
        self.url = url
        self.on_change = on_change
        self.poll_seconds = poll_seconds
        self.max_pause_seconds = max_pause_seconds
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def wait_until_listening(self, timeout: float = 10.0) -> bool:
        return self._listening.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        pause = self.poll_seconds
        first = True
        while not self._stop.is_set():
            try:
                if self.url.get_backend_name() == "postgresql":
                    self._listen_postgresql(announce_gap=not first)
                else:
                    self._watch_sqlite()
                return
            except (psycopg.Error, sqlite3.Error, OSError) as exc:
                self._listening.clear()
                log.warning("变更通知连接中断，%.0f 秒后重连：%s", pause, exc)
                first = False
                if self._stop.wait(pause):
                    return
                pause = min(pause * 2, self.max_pause_seconds)

    def _listen_postgresql(self, *, announce_gap: bool) -> None:
        with psycopg.connect(_pg_dsn(self.url), autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self._listening.set()
            if announce_gap:
                self.on_change(ANY)
            while not self._stop.is_set():
                for note in conn.notifies(timeout=self.poll_seconds):
                    self.on_change(note.payload or ANY)
                    if self._stop.is_set():
                        break

    def _watch_sqlite(self) -> None:
        database = self.url.database
        if not database or database == ":memory:":
            self._listening.set()  # nothing else can change a private database
            self._stop.wait()
            return
        conn = sqlite3.connect(database, check_same_thread=False)
        try:
            seen = conn.execute("PRAGMA data_version").fetchone()[0]
            self._listening.set()
            while not self._stop.wait(self.poll_seconds):
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now != seen:
                    seen = now
                    self.on_change(ANY)
        finally:
            conn.close()
