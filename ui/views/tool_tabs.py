"""Closable tabs that exist once each (统计看板, 月度报表, 系统管理…): opening one again
shows the tab already there.

``ToolTabs`` keeps them; ``ToolOpeners``, a part of ``ui.views.main_window.MainWindow``,
opens each of them, its module loaded when it is first opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.ops import Ops
from ui.session import CurrentUser
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as _Window
else:
    _Window = object

# the tools that act as the user who opened them (permissions): closed when the user changes
ACTING_AS_THE_USER = ("dashboard", "breakdowns", "report", "admin")


class ToolTabs:
    def __init__(self, tabs: QTabWidget) -> None:
        self._tabs = tabs
        self._open: dict[str, QWidget] = {}

    def show(self, key: str, title: str, make: Callable[[], QWidget]) -> QWidget:
        widget = self._open.get(key)
        if widget is None or self._tabs.indexOf(widget) < 0:
            widget = make()
            self._open[key] = widget
            self._tabs.addTab(widget, title)
        self._tabs.setCurrentWidget(widget)
        return widget

    def key_of(self, widget: QWidget) -> str | None:
        return next((key for key, held in self._open.items() if held is widget), None)

    def owns(self, widget: QWidget) -> bool:
        return widget in self._open.values()

    def forget(self, widget: QWidget) -> None:
        """The tab was closed: stop its work (``shutdown()``) and drop it."""
        for key, held in list(self._open.items()):
            if held is widget:
                del self._open[key]
        stop = getattr(widget, "shutdown", None)
        if callable(stop):
            stop()

    def shutdown(self) -> None:
        for widget in list(self._open.values()):
            self.forget(widget)


class ToolOpeners(_Window):
    """The statistics and administration, as closable tabs of the window (one of each)."""

    # what the window holds (``MainWindow.__init__``)
    _db: Database
    _today: Callable[[], dt.date]
    ops: Ops
    tabs: QTabWidget
    tools: ToolTabs
    user: CurrentUser | None
    open_case: Callable[[int], None]  # the case in its tab (``WindowTabs``)

    def _actor(self) -> SignedIn | str:
        return self.user.actor if self.user is not None else ""

    def show_dashboard(self) -> QWidget:
        def make() -> QWidget:
            from ui.views.dashboard import DashboardView  # loaded when first opened

            view = DashboardView(
                self._db, self.ops, self.tabs, today=self._today, actor=self._actor()
            )
            view.case_opened.connect(self.open_case)
            return view

        return self.tools.show("dashboard", self.tr("统计看板"), make)

    def show_breakdowns(self) -> QWidget:
        from ui.views.breakdowns import BreakdownsView  # loaded when first opened

        return self.tools.show(
            "breakdowns",
            self.tr("分类统计"),
            lambda: BreakdownsView(
                self._db, self.ops, self.tabs, today=self._today, actor=self._actor()
            ),
        )

    def show_monthly_report(self) -> QWidget:
        def make() -> QWidget:
            from ui.views.monthly_report import MonthlyReportView  # loaded when first opened

            view = MonthlyReportView(self._db, Ops(self), self._actor(), self.tabs)
            view.case_opened.connect(self.open_case)
            return view

        return self.tools.show("report", self.tr("月度报表"), make)

    def show_admin(self) -> QWidget:
        from ui.views.admin import AdminView  # loaded when first opened

        signed_in = self.user.signed_in if self.user is not None else None
        return self.tools.show(
            "admin",
            self.tr("系统管理"),
            lambda: AdminView(self._db, Ops(self), self._actor(), self.tabs, signed_in=signed_in),
        )
