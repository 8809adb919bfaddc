"""Closable tabs that exist once each (统计看板, 月度报表, 系统管理…): opening one again
shows the tab already there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


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
