"""统计看板: indicators 27–29, their 12-month trend, the caseload movement, overdue per person.

Everything is read on a worker (``statistics.dashboard``), first when the view is shown.
Every count opens the list of cases behind it (``CaseListDialog``), read on a worker too;
a case opened from that list is passed on as ``case_opened``. The figures are read as
``actor`` (they need ``stats.view``); the lists of cases are not checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.case_list_dialog import CaseListDialog
from ui.ops import Ops
from ui.views.dashboard_panels import CaseloadPanel, OverduePanel
from ui.views.indicator_card import MUTED_COLOUR, IndicatorCard
from ui.views.trend_chart import TrendChart
from ui.widgets.period_picker import CUSTOM, MONTH, YEAR, PeriodPicker, span
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.statistics.dashboard import (
    INDICATOR_IDS,
    Dashboard,
    PeriodFigures,
    PersonOverdue,
    load_dashboard,
    period_figures,
)
from xinxiang_arbitration.statistics.indicators import NAMES, Period, indicator_case_numbers
from xinxiang_arbitration.storage.db import Database

CHANNELS = ("dashboard", "dashboard-period", "dashboard-drill")


class DashboardView(QWidget):
    """The supervisor's dashboard."""

    case_opened = Signal(int)  # a case id, opened from a drill-down list
    loaded = Signal()  # the figures on screen are up to date

    def __init__(
        self,
        db: Database,
        ops: Ops,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        actor: SignedIn | str = "",
    ) -> None:
        super().__init__(parent)
        self._db, self.ops, self._today, self._actor = db, ops, today, actor
        self.figures: Dashboard | None = None
        self.chosen: PeriodFigures | None = None  # the 自定义 period's figures, once read
        self.case_list_dialog: CaseListDialog | None = None
        self._pending: set[str] = set()
        self._empty_reasons = {
            27: self.tr("期间内没有调解组织或仲裁委结案的案件（分母为 0）"),
            28: self.tr("期间内没有受理的仲裁案件，期初也没有未结的仲裁案件（分母为 0）"),
            29: self.tr("期间内没有立案的监察投诉，期初也没有未结的投诉（分母为 0）"),
        }
        self._build()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.picker = PeriodPicker(self, today=self._today)
        self.picker.changed.connect(self._period_changed)
        top.addWidget(self.picker)
        top.addStretch(1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("dashboardStatus")
        self.status_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        top.addWidget(self.status_label)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the work has no known end
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        top.addWidget(self.progress)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("dashboardEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            "background: #fff3cd; color: #664d03; padding: 6px; border-radius: 4px;"
        )
        self.empty_label.setVisible(False)
        layout.addWidget(self.empty_label)

        cards = QHBoxLayout()
        self.cards: dict[int, IndicatorCard] = {}
        for indicator_id in INDICATOR_IDS:
            card = IndicatorCard(indicator_id, self)
            card.figure_clicked.connect(self.drill_down)
            self.cards[indicator_id] = card
            cards.addWidget(card, 1)
        layout.addLayout(cards)

        bottom = QHBoxLayout()
        trend_box = QGroupBox(self.tr("近 12 个月趋势"), self)
        trend_layout = QVBoxLayout(trend_box)
        self.trend_chart = TrendChart(trend_box)
        trend_layout.addWidget(self.trend_chart)
        bottom.addWidget(trend_box, 3)
        side = QVBoxLayout()
        self.caseload_panel = CaseloadPanel(self)
        self.caseload_panel.closed_clicked.connect(self._drill_closed)
        self.caseload_values = self.caseload_panel.values
        side.addWidget(self.caseload_panel)
        self.overdue_panel = OverduePanel(self)
        self.overdue_panel.person_clicked.connect(self._overdue_clicked)
        self.overdue_table = self.overdue_panel.table
        side.addWidget(self.overdue_panel, 1)
        bottom.addLayout(side, 2)
        layout.addLayout(bottom, 1)

    # -- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.figures is None and "dashboard" not in self._pending:
            self.refresh()

    def refresh(self) -> None:
        """Read every figure again (today's date may have changed, cases may have)."""
        today = self._today()
        chosen = self.picker.period() if self.picker.key == CUSTOM else None
        self._run(
            "dashboard",
            lambda: load_dashboard(self._db, today, chosen, actor=self._actor),
            lambda figures: self._loaded(figures, chosen),
        )

    def _run(self, channel: str, work: Callable[[], Any], done: Callable[[Any], object]) -> None:
        self._pending.add(channel)
        self._show_busy()

        def finished(result: object) -> None:
            self._pending.discard(channel)
            self._show_busy()
            done(result)

        def failed(message: str) -> None:
            self._pending.discard(channel)
            self._show_busy()
            self.status_label.setText(self.tr("读取失败：{reason}").format(reason=message))

        self.ops.run(work, finished, failed, channel=channel)

    def _show_busy(self) -> None:
        busy = bool(self._pending)
        self.progress.setVisible(busy)
        if busy:
            self.status_label.setText(self.tr("正在统计…"))
        elif self.figures is not None:
            self.status_label.setText(
                self.tr("数据截至 {today}").format(today=self.figures.today.isoformat())
            )

    def _loaded(self, figures: Dashboard, chosen: Period | None) -> None:
        self.figures = figures
        if figures.chosen is not None and chosen == self._custom_period():
            self.chosen = figures.chosen
        elif chosen is None and self.chosen is not None:
            self.chosen = None  # read before this refresh: read again when 自定义 is shown
            if self._custom_period() is not None:
                self._period_changed()
        self.trend_chart.set_data(figures.trend, figures.targets)
        self.overdue_panel.show_people(figures.overdue, figures.today, figures.overdue_note)
        self._render()

    def _custom_period(self) -> Period | None:
        return self.picker.period() if self.picker.key == CUSTOM else None

    def _period_changed(self) -> None:
        period = self._custom_period()
        if period is None or self.figures is None:
            self._render()
            if self.figures is None and "dashboard" not in self._pending and self.isVisible():
                self.refresh()
            return
        if self.chosen is not None and self.chosen.period == period:
            self._render()
            return
        self.chosen = None
        self._render()
        self._run(
            "dashboard-period",
            lambda: period_figures(self._db, period, actor=self._actor),
            self._chosen_loaded,
        )

    def _chosen_loaded(self, figures: PeriodFigures) -> None:
        if figures.period == self._custom_period():
            self.chosen = figures
        self._render()

    # -- showing --------------------------------------------------------------------------

    def periods(self) -> list[tuple[str, str, PeriodFigures]]:
        """(key, label, figures) of the periods on the cards."""
        if self.figures is None:
            return []
        shown = [
            (MONTH, self.tr("本月"), self.figures.month),
            (YEAR, self.tr("本年至今"), self.figures.year_to_date),
        ]
        if self.picker.key == CUSTOM and self.chosen is not None:
            shown.append((CUSTOM, self.tr("自定义"), self.chosen))
        return shown

    def selected(self) -> PeriodFigures | None:
        for key, _label, figures in self.periods():
            if key == self.picker.key:
                return figures
        return None

    def _render(self) -> None:
        shown = self.periods()
        for indicator_id, card in self.cards.items():
            card.set_rows(
                [
                    (key, label, span(f.period), f.indicator(indicator_id))
                    for key, label, f in shown
                ],
                self.picker.key,
                self._empty_reasons[indicator_id],
            )
        selected = self.selected()
        self.caseload_panel.show_figures(selected)
        self._show_empty(selected)
        if not self._pending and self.figures is not None:
            self._show_busy()
            self.loaded.emit()

    def _show_empty(self, selected: PeriodFigures | None) -> None:
        empty = selected is not None and selected.empty
        self.empty_label.setVisible(empty)
        if selected is not None and empty:
            self.empty_label.setText(
                self.tr(
                    "所选期间（{dates}）没有可统计的案件：期间内没有结案、受理或立案，"
                    "期初也没有未结案件，三项指标的分母都是 0，所以比率显示为“—”（不是 0%）。"
                ).format(dates=span(selected.period))
            )

    # -- drill-down -----------------------------------------------------------------------

    def drill_down(self, indicator_id: int, key: str, part: str) -> None:
        """List the cases behind one figure (``part``: "numerator" or "denominator")."""
        found = {k: (label, f) for k, label, f in self.periods()}
        if key not in found:
            return
        label, figures = found[key]
        what = self.tr("分子") if part == "numerator" else self.tr("分母")
        title = self.tr("指标 {id} {name} · {what}（{label}：{dates}）").format(
            id=indicator_id,
            name=NAMES[indicator_id],
            what=what,
            label=label,
            dates=span(figures.period),
        )
        period = figures.period
        self._run(
            "dashboard-drill",
            lambda: indicator_case_numbers(self._db, indicator_id, period, part),
            lambda numbers: self.open_case_list(title, numbers),
        )

    def _drill_closed(self) -> None:
        """本期结案 is indicator 28's numerator (the button is enabled only when they agree)."""
        self.drill_down(28, self.picker.key, "numerator")

    def _overdue_clicked(self, person: PersonOverdue) -> None:
        today = self.figures.today if self.figures is not None else self._today()
        title = self.tr("{person} 承办的逾期案件（截至 {today}）").format(
            person=person.person, today=today.isoformat()
        )
        self.open_case_list(title, list(person.case_numbers))

    def open_case_list(self, title: str, case_numbers: list[str]) -> CaseListDialog:
        dialog = CaseListDialog(self._db, self.ops, title, case_numbers, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_opened.connect(self.case_opened)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.case_list_dialog = dialog
        dialog.show()
        return dialog

    def _forget(self, dialog: CaseListDialog) -> None:
        if self.case_list_dialog is dialog:
            self.case_list_dialog = None

    def shutdown(self) -> None:
        """Forget pending answers and wait for the workers (before the database closes)."""
        for channel in CHANNELS:
            self.ops.cancel(channel)
        self._pending.clear()
        self.ops.wait()
