"""The main window's tabs after the fixed ones: a tab per opened case, and closing tabs.

``WindowTabs`` is a part of ``ui.views.main_window.MainWindow``, which builds the tabs
(``self.tabs``, the first ``FIXED_TABS`` of them fixed) and holds what the tabs use.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from ui.ops import Ops
from ui.session import CurrentUser
from ui.views.tool_tabs import ACTING_AS_THE_USER, ToolTabs
from xinxiang_arbitration.case_detail import case_id_by_number
from xinxiang_arbitration.cases import caseload
from xinxiang_arbitration.cases.caseload import CaseloadRow
from xinxiang_arbitration.errors import AppError
from xinxiang_arbitration.storage.db import Database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as _Window
else:
    _Window = object

FIXED_TABS = 4  # 我的案件, 今日到期, 开庭安排, 案件概况: the case tabs come after them

log = logging.getLogger(__name__)


def optional_class(module: str, name: str) -> Any | None:
    """A class from a part of the client that may not be there yet (None, logged, if not)."""
    try:
        return getattr(importlib.import_module(module), name)
    except Exception as exc:  # an unfinished module may fail in any way: the window still opens
        log.warning("%s.%s 不可用：%s", module, name, exc)
        return None


class WindowTabs(_Window):
    """Opening a case in its own tab (one tab per case) and closing the closable tabs."""

    # what the window holds (``MainWindow.__init__``)
    _db: Database
    _today: Callable[[], dt.date]
    _case_ops: dict[QWidget, Ops]  # each case tab's workers
    ops: Ops
    tabs: QTabWidget
    tools: ToolTabs
    user: CurrentUser | None
    refresh: Callable[[], None]  # read every list again

    def open_case_number(self, number: str) -> None:
        """The hearing week names cases by number."""
        try:
            case_id = case_id_by_number(self._db, number)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("无法打开案件"), exc.message)
            return
        self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        """Every list's double-click ends here: the case in its own tab (one tab per case)."""
        for index in range(FIXED_TABS, self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is not None and tab.property("case_id") == case_id:
                self.tabs.setCurrentIndex(index)
                return
        view_class = optional_class("ui.views.case_view", "CaseView")
        if view_class is None:
            QMessageBox.information(
                self,
                self.tr("打开案件"),
                self.tr("案件详情页面尚未完成（案件编号 {id}）。").format(id=case_id),
            )
            return
        actor = self.user.actor if self.user is not None else ""
        # its own workers: two case tabs must not supersede each other's loads
        ops = Ops(self)
        view: QWidget = view_class(self._db, ops, actor, self.tabs)
        ops.setParent(view)
        self._case_ops[view] = ops
        view.setProperty("case_id", case_id)
        view.open_case(case_id)  # type: ignore[attr-defined]
        index = self.tabs.addTab(view, self.tr("案件"))
        self.tabs.setCurrentIndex(index)
        changed = getattr(view, "case_changed", None)
        if changed is not None:
            changed.connect(lambda _id: self.refresh())
        self.ops.run(
            lambda: caseload.rows(self._db, [case_id], today=self._today()),
            lambda rows: self._name_tab(view, rows),
        )

    def _name_tab(self, view: QWidget, rows: list[CaseloadRow]) -> None:
        index = self.tabs.indexOf(view)
        if index < 0 or not rows:
            return
        number = rows[0].number
        self.tabs.setTabText(index, number[number.find("〔") :] if "〔" in number else number)
        self.tabs.setTabToolTip(index, number)

    def close_tab(self, index: int) -> None:
        if index < FIXED_TABS:
            return
        view = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if view is not None and self.tools.owns(view):
            self.tools.forget(view)
            view.deleteLater()
            return
        if view is not None:
            ops = self._case_ops.pop(view, None)
            if ops is not None:
                ops.wait()
            view.close()
            view.deleteLater()

    def _close_tabs_acting_for_the_previous_user(self) -> None:
        """Case tabs, the statistics, the report and administration act as whoever opened
        them."""
        for index in reversed(range(FIXED_TABS, self.tabs.count())):
            widget = self.tabs.widget(index)
            if widget is None:
                continue
            if not self.tools.owns(widget) or self.tools.key_of(widget) in ACTING_AS_THE_USER:
                self.close_tab(index)
