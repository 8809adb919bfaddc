"""The bundle's entry point: start the client (``ui.app.main``) and exit with its code.

``XINXIANG_ARBITRATION_STARTUP_PROBE=1`` (used by ``installer/build_linux.sh`` to
measure start-up) makes the app quit as soon as the main window has been shown
and its first paint event has been handled, and print how long that took, counted
from the process's start (Linux: read from ``/proc``; elsewhere from the moment
this script began, which leaves out the bootloader's own start). Without that
variable this file only calls ``main``.
"""

from __future__ import annotations

import os
import sys
import time

PROBE_VAR = "XINXIANG_ARBITRATION_STARTUP_PROBE"


def _process_age() -> tuple[float, str]:
    """Seconds since this process started, and where the figure comes from.

    Linux: start time in clock ticks after boot (proc(5), field 22) against
    CLOCK_BOOTTIME, both counted from the same boot; 10 ms resolution.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started, "process start (/proc)"
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0, "entry script start (bootloader time not included)"


def _install_probe() -> None:
    age, origin = _process_age()
    base = time.perf_counter() - age  # perf_counter value at the process's start

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.views.main_window import MainWindow

    class FirstPaint(QObject):
        """Quits once the window's first paint event has been handled."""

        def __init__(self, shown: float) -> None:
            super().__init__()
            self.shown = shown
            self.done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, self.report)  # after this paint has been handled
            return False

        def report(self) -> None:
            painted = time.perf_counter() - base
            print(
                f"startup-probe: from {origin}: Python entry {age:.2f} s, "
                f"window shown {self.shown:.2f} s, first paint done {painted:.2f} s",
                flush=True,
            )
            QApplication.quit()

    original_show = MainWindow.show

    def show_and_quit(window: MainWindow) -> None:
        original_show(window)
        probe = FirstPaint(time.perf_counter() - base)
        probe.setParent(window)
        window.installEventFilter(probe)
        QTimer.singleShot(30_000, QApplication.quit)  # never hang a build on a missing paint

    MainWindow.show = show_and_quit  # type: ignore[method-assign,assignment]


def run() -> int:
    if os.environ.get(PROBE_VAR):
        _install_probe()
    from ui.app import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
