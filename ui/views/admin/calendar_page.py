"""节假日日历: the years covered, a year as twelve month grids, a day changed by a click,
a year added by hand or from a file, and a trial deadline that shows what it changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Ops
from ui.views.admin.common import AdminPage, fill, select_key, selected_key, table
from ui.views.admin.month_grid import MonthGrid, named_spans
from ui.views.admin.year_dialog import AddYearDialog, DayDialog
from ui.widgets.problems import to_date, to_qdate
from xinxiang_arbitration.admin.calendar_years import (
    CoverageRow,
    HolidaySpan,
    add_calendar_year,
    calendar_coverage,
    clear_calendar_day,
    trial_deadline,
)
from xinxiang_arbitration.admin.holidays import YearView, import_calendar_file, set_day, show_year
from xinxiang_arbitration.clocks.deadlines import CLOCKS, Deadline
from xinxiang_arbitration.errors import ImportRejected
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database

TRIAL_CLOCKS = (
    *("acceptance", "service_of_copy", "defence", "award", "mediation"),
    *("inspection_filing", "inspection_closure"),
)
SIDE_WIDTH = 380


class CalendarPage(AdminPage):
    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(db, ops, actor, parent)
        self._today = today
        self.year_dialog: AddYearDialog | None = None
        self.day_dialog: DayDialog | None = None
        self.view: YearView | None = None
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_side(), 0)
        layout.addLayout(self._build_year(), 1)
        self.refresh()

    def _build_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("日历已覆盖的年份"), self))
        self.coverage = table(
            self, [self.tr("年份"), self.tr("休息日"), self.tr("调休"), self.tr("来源")], "coverage"
        )
        self.coverage.setFixedWidth(SIDE_WIDTH)
        self.coverage.itemSelectionChanged.connect(self._coverage_chosen)
        side.addWidget(self.coverage, 2)
        buttons = QHBoxLayout()
        self.add_year_button = QPushButton(self.tr("新增年份…"), self)
        self.add_year_button.clicked.connect(self.open_add_year)
        self.import_button = QPushButton(self.tr("导入…"), self)
        self.import_button.setToolTip(
            self.tr("Excel 或 CSV 文件，列：日期、类型（休息/上班）、名称")
        )
        self.import_button.clicked.connect(self._import_clicked)
        buttons.addWidget(self.add_year_button)
        buttons.addWidget(self.import_button)
        side.addLayout(buttons)
        self.named = QListWidget(self)
        self.named.setObjectName("namedDays")
        self.named.setFixedWidth(SIDE_WIDTH)
        side.addWidget(QLabel(self.tr("本年节假日与调休"), self))
        side.addWidget(self.named, 1)
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.setFixedWidth(SIDE_WIDTH)
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setVisible(False)
        side.addWidget(self.problems, 1)
        return side

    def _build_year(self) -> QVBoxLayout:
        column = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份"), self))
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1950, 2199)
        self.year_spin.setValue(self._today().year)
        self.year_spin.valueChanged.connect(lambda _v: self.load_year(self.year_spin.value()))
        top.addWidget(self.year_spin)
        self.year_status = QLabel(self)
        self.year_status.setObjectName("yearStatus")
        top.addWidget(self.year_status, 1)
        legend = QLabel(
            self.tr(
                '<span style="background:#f9d6d5;color:#b71c1c">&nbsp;休息&nbsp;</span>&nbsp;'
                '<span style="background:#d4e4fb;color:#0d47a1">&nbsp;调休上班&nbsp;</span>'
                "&nbsp;点击日期可修改"
            ),
            self,
        )
        top.addWidget(legend)
        column.addLayout(top)
        months = QGridLayout()
        months.setSpacing(4)
        self.months = [MonthGrid(m, self.open_day, self) for m in range(1, 13)]
        for n, grid in enumerate(self.months):
            months.addWidget(grid, n // 4, n % 4)
        column.addLayout(months, 1)
        column.addLayout(self._build_trial())
        column.addWidget(self.message)
        return column

    def _build_trial(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("期限试算：自"), self))
        self.trial_date = QDateEdit(self)
        self.trial_date.setCalendarPopup(True)
        self.trial_date.setDisplayFormat("yyyy-MM-dd")
        self.trial_date.setDate(to_qdate(self._today()))
        self.trial_clock = QComboBox(self)
        for code in TRIAL_CLOCKS:
            self.trial_clock.addItem(CLOCKS[code].name, code)
        self.trial_result = QLabel(self)
        self.trial_result.setObjectName("trialResult")
        self.trial_result.setWordWrap(True)
        self.trial_date.dateChanged.connect(lambda _d: self.update_trial())
        self.trial_clock.currentIndexChanged.connect(lambda _i: self.update_trial())
        row.addWidget(self.trial_date)
        row.addWidget(QLabel(self.tr("起算"), self))
        row.addWidget(self.trial_clock)
        row.addWidget(self.trial_result, 1)
        return row

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.run(lambda: calendar_coverage(self._db), self._show_coverage)
        self.load_year(self.year_spin.value())

    def _show_coverage(self, rows: list[CoverageRow]) -> None:
        self.coverage.blockSignals(True)
        fill(
            self.coverage,
            [(c.year, c.holidays, c.makeup_days, c.source) for c in reversed(rows)],
            [c.year for c in reversed(rows)],
        )
        select_key(self.coverage, self.year_spin.value())
        self.coverage.blockSignals(False)

    def _coverage_chosen(self) -> None:
        year = selected_key(self.coverage)
        if isinstance(year, int) and year != self.year_spin.value():
            self.year_spin.setValue(year)

    def load_year(self, year: int) -> None:
        self.run(lambda: show_year(self._db, year), self._show_year)

    def _show_year(self, view: YearView) -> None:
        self.view = view
        special = {d: (w, n) for d, w, n in view.days}
        for grid in self.months:
            grid.show_month(view.year, special)
        if view.covered:
            self.year_status.setText(
                self.tr("{year} 年已覆盖（来源：{source}）").format(
                    year=view.year, source=view.source
                )
            )
            self.year_status.setStyleSheet("")
        else:
            self.year_status.setText(
                self.tr("{year} 年未覆盖：涉及该年的期限无法计算，请新增或导入").format(
                    year=view.year
                )
            )
            self.year_status.setStyleSheet("color: #c62828;")
        self.named.clear()
        self.named.addItems(named_spans(view.days))
        self.update_trial()

    def update_trial(self) -> None:
        code, start = self.trial_clock.currentData(), to_date(self.trial_date.date())
        self.run(lambda: trial_deadline(self._db, code, start), self._show_trial)

    def _show_trial(self, deadline: Deadline) -> None:
        if deadline.due is not None:
            self.trial_result.setText(self.tr("届满日 {due}").format(due=deadline.due.isoformat()))
        else:
            self.trial_result.setText(
                self.tr("尚无法确定（缺少 {year} 年节假日日历）").format(year=deadline.missing_year)
            )
        self.trial_result.setToolTip(deadline.explain())

    def trial(self, code: str, start: dt.date) -> None:
        self.trial_clock.setCurrentIndex(self.trial_clock.findData(code))
        self.trial_date.setDate(QDate(start.year, start.month, start.day))
        self.update_trial()

    # -- changing -----------------------------------------------------------------------

    def open_day(self, day: dt.date) -> None:
        if self.view is None or not self.view.covered:
            self.fail(self.tr("{year} 年尚未覆盖：请先新增或导入该年").format(year=day.year))
            return
        found = {d: (w, n) for d, w, n in self.view.days}.get(day)
        self.day_dialog = DayDialog(
            day, found[0] if found else None, found[1] if found else "", self
        )
        self.day_dialog.chosen.connect(self.change_day)
        self.day_dialog.open()

    def change_day(self, day: dt.date, kind: str, name: str) -> None:
        def work() -> None:
            if kind:
                set_day(self._db, day, kind, name, actor=self._actor)
            else:
                clear_calendar_day(self._db, day, actor=self._actor)

        self.run(
            work, lambda _r: self._changed(self.tr("已保存 {day}").format(day=day.isoformat()))
        )

    def _changed(self, text: str) -> None:
        self.problems.setVisible(False)
        self.done(text)
        self.refresh()

    def open_add_year(self) -> None:
        covered = [self.coverage.item(r, 0) for r in range(self.coverage.rowCount())]
        years = [int(i.text()) for i in covered if i is not None]
        self.year_dialog = AddYearDialog(max(years, default=self._today().year) + 1, self)
        self.year_dialog.submitted.connect(self._add_year)
        self.year_dialog.open()

    def _add_year(self, year: int, spans: list[HolidaySpan], source: str) -> None:
        dialog = self.year_dialog

        def work() -> CoverageRow | list[str]:
            try:
                return add_calendar_year(self._db, year, spans, source, actor=self._actor)
            except ImportRejected as exc:
                return [str(p) for p in exc.problems]

        def finished(outcome: CoverageRow | list[str]) -> None:
            if isinstance(outcome, list):
                if dialog is not None:
                    dialog.show_problems(outcome)
                return
            if dialog is not None:
                dialog.accept()
            self.year_spin.setValue(year)
            self._changed(
                self.tr("已新增 {year} 年：休息 {off} 天，调休上班 {work} 天").format(
                    year=year, off=outcome.holidays, work=outcome.makeup_days
                )
            )

        self.run(work, finished, lambda why: dialog.show_problems([why]) if dialog else None)

    def _import_clicked(self) -> None:
        path = self.ask.open_file(
            self.tr("导入节假日文件"), self.tr("表格文件 (*.xlsx *.csv);;所有文件 (*)")
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        def work() -> list[int] | list[str]:
            try:
                return import_calendar_file(self._db, path, actor=self._actor)
            except ImportRejected as exc:
                return [str(p) for p in exc.problems]

        def finished(outcome: list[int] | list[str]) -> None:
            if outcome and isinstance(outcome[0], str):
                self.problems.clear()
                self.problems.addItems([str(p) for p in outcome])
                self.problems.setVisible(True)
                self.fail(self.tr("文件未导入，有以下问题（未做任何改动）："))
                return
            years = [int(y) for y in outcome]
            self.year_spin.setValue(years[0])
            self._changed(
                self.tr("已导入 {years} 年").format(years="、".join(str(y) for y in years))
            )

        self.run(work, finished)
