"""The one helper that runs core work off the GUI thread.

``Ops.run(fn, on_done, on_error, channel=...)`` calls ``fn()`` on the helper's
QThreadPool and hands its result (or the error, as a sentence) to ``on_done`` /
``on_error`` back on the GUI thread. Calls on the same ``channel`` supersede each
other: when an older search finishes after a newer one was started, its result is
dropped, never shown.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from xinxiang_arbitration.errors import AppError

T = TypeVar("T")
WAIT_STEP_MS = 20
log = logging.getLogger(__name__)


def error_sentence(exc: BaseException) -> str:
    """A typed error's own Chinese message; anything else as one line with a prefix."""
    if isinstance(exc, AppError):
        return exc.message
    origin = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(origin).splitlines() if line.strip()]
    return f"操作失败：{lines[0] if lines else type(origin).__name__}"


@dataclass
class _Job:
    ticket: int
    channel: str | None
    on_done: Callable[[Any], None]
    on_error: Callable[[str], None] | None


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread.

    Only the ticket crosses threads in the signal; the outcome waits in ``outcomes``
    (Python objects carried by queued signals that Qt then discards, when a window
    closes, have crashed PySide).
    """

    arrived = Signal(int)  # ticket

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.lock = threading.Lock()
        self.outcomes: dict[int, tuple[bool, Any]] = {}  # ticket → (ok, result or exception)
        # ticket → the callable. It is dropped on the GUI thread when its outcome arrives,
        # never on the worker: what it holds (a page, a dialog) must not be released there.
        self.work: dict[int, Callable[[], Any]] = {}


class _Runnable(QRunnable):
    """Holds only its ticket: the callable and its outcome stay in the relay, so deleting
    the runnable on the worker thread (Qt does) releases no Python object of the GUI."""

    def __init__(self, ticket: int, relay: _Relay) -> None:
        super().__init__()
        self._ticket, self._relay = ticket, relay

    def run(self) -> None:
        with self._relay.lock:
            fn = self._relay.work[self._ticket]
        try:
            outcome: tuple[bool, Any] = (True, fn())
        except Exception as exc:  # delivered to on_error, never lost in the worker
            outcome = (False, exc)
        del fn  # the relay still holds it; the GUI thread lets it go
        with self._relay.lock:
            self._relay.outcomes[self._ticket] = outcome
        # the window (and the relay) may be gone: then nobody is waiting
        with contextlib.suppress(RuntimeError):
            self._relay.arrived.emit(self._ticket)


class Ops(QObject):
    """Runs core callables on a thread pool and delivers on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.arrived.connect(self._arrived)
        self._jobs: dict[int, _Job] = {}
        self._tickets = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._running = 0

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None] | None = None,
        *,
        channel: str | None = None,
    ) -> int:
        """Start ``fn`` on a worker; returns its ticket. A newer call on ``channel`` wins."""
        job = _Job(next(self._tickets), channel, on_done, on_error)
        if channel is not None:
            self._latest[channel] = job.ticket
        self._jobs[job.ticket] = job
        self._set_running(+1)
        with self._relay.lock:
            self._relay.work[job.ticket] = fn
        self.pool.start(_Runnable(job.ticket, self._relay))
        return job.ticket

    def cancel(self, channel: str) -> None:
        """Drop whatever is still to come on ``channel`` (the work itself runs to its end)."""
        self._latest[channel] = next(self._tickets)

    def is_current(self, ticket: int, channel: str) -> bool:
        return self._latest.get(channel) == ticket

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the workers (tests, closing the window).

        In short steps: between them this thread gives up Python's lock, which a worker
        may need to finish (Qt deletes a finished runnable there, and its Python wrapper
        goes with it); one long wait could hold that lock while the worker waits for it.
        """
        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        while not self.pool.waitForDone(WAIT_STEP_MS):
            if deadline is not None and time.monotonic() >= deadline:
                return False
        return True

    @property
    def busy(self) -> bool:
        return self._running > 0

    def _stale(self, job: _Job) -> bool:
        return job.channel is not None and self._latest.get(job.channel) != job.ticket

    @Slot(int)
    def _arrived(self, ticket: int) -> None:
        job = self._jobs.pop(ticket, None)
        with self._relay.lock:
            outcome = self._relay.outcomes.pop(ticket, None)
            self._relay.work.pop(ticket, None)
        if job is None or outcome is None:
            return
        self._set_running(-1)
        ok, value = outcome
        if self._stale(job):
            return
        if ok:
            job.on_done(value)
        else:
            self._fail(job, value)

    def _fail(self, job: _Job, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            log.error("background operation failed", exc_info=exc)
        if job.on_error is not None:
            job.on_error(error_sentence(exc))

    def _set_running(self, delta: int) -> None:
        was = self.busy
        self._running += delta
        if was != self.busy:
            self.busy_changed.emit(self.busy)
