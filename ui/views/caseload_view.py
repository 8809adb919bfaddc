"""我的案件: the arbitrator's desk – open cases, nearest deadlines, search as you type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.caseload_model import CASE_ID_ROLE, COLUMN_SORT, CaseloadModel
from ui.ops import Ops
from xinxiang_arbitration.cases.caseload import (
    DEADLINE_SORT_LIMIT,
    CaseloadQuery,
    DateField,
    StaffChoice,
    staff_choices,
)
from xinxiang_arbitration.domain import CaseKind, CaseStatus
from xinxiang_arbitration.storage.db import Database

SEARCH_DELAY_MS = 150
ROW_HEIGHT = 26
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as 不限
# stage filter: (label, open only, statuses)
STAGES: tuple[tuple[str, bool, frozenset[CaseStatus]], ...] = (
    ("在办（全部）", True, frozenset()),
    *((s.label, True, frozenset({s})) for s in (CaseStatus.RECEIVED, CaseStatus.ACCEPTED)),
    (CaseStatus.SUSPENDED.label, True, frozenset({CaseStatus.SUSPENDED})),
    (CaseStatus.REFUSED.label, False, frozenset({CaseStatus.REFUSED})),
    (CaseStatus.CLOSED.label, False, frozenset({CaseStatus.CLOSED})),
    ("全部（含已结）", False, frozenset()),
)
COLUMN_WIDTHS = (215, 48, 80, 250, 64, 68, 96, 130)
RESPONDENT_COLUMN = 3  # the longest names (employers) take the spare width


class CaseloadView(QWidget):
    """The caseload list with its search box, filters and count."""

    case_opened = Signal(int)  # a case id, on double-click or Enter

    def __init__(
        self,
        db: Database,
        *,
        me: int | None = None,
        ops: Ops | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._me = me
        self.ops = ops if ops is not None else Ops(self)
        self.model = CaseloadModel(db, self.ops, self, today=today)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._build()
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._show_error)
        self.model.busy_changed.connect(self._show_busy)
        self.ops.run(lambda: staff_choices(db), self._fill_people, self._show_error)
        self.apply_filters()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self._build_filters())
        layout.addLayout(self._build_dates())
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("caseloadStatus")
        layout.addWidget(self.status_label)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("caseloadSearch")
        self.search_box.setPlaceholderText(self.tr("搜索案号或当事人（如 张伟、2026〕第12）"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        row.addWidget(self.search_box, 3)

        self.mine_button = QRadioButton(self.tr("我的案件"), self)
        self.office_button = QRadioButton(self.tr("全办案件"), self)
        scope = QButtonGroup(self)
        scope.addButton(self.mine_button)
        scope.addButton(self.office_button)
        self._show_me()
        self.mine_button.toggled.connect(self._scope_changed)
        row.addWidget(self.mine_button)
        row.addWidget(self.office_button)

        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("全部类型"), None)
        for kind in CaseKind:
            self.kind_combo.addItem(kind.label, kind)
        self.stage_combo = QComboBox(self)
        for label, _open, _statuses in STAGES:
            self.stage_combo.addItem(self.tr(label))
        self.person_combo = QComboBox(self)
        self.person_combo.addItem(self.tr("全部承办人"), None)
        self.person_combo.setMinimumContentsLength(6)
        for combo in (self.kind_combo, self.stage_combo, self.person_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
            row.addWidget(combo)
        self._scope_changed()
        return row

    def _build_dates(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.date_field_combo = QComboBox(self)
        self.date_field_combo.addItem(self.tr("收件日期"), DateField.RECEIVED)
        self.date_field_combo.addItem(self.tr("受理日期"), DateField.ACCEPTED)
        self.date_field_combo.currentIndexChanged.connect(self.apply_filters)
        row.addWidget(self.date_field_combo)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        row.addWidget(QLabel(self.tr("从"), self))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("到"), self))
        row.addWidget(self.date_to)
        row.addStretch(1)
        self.busy_label = QLabel(self.tr("正在查询…"), self)
        self.busy_label.setVisible(False)
        row.addWidget(self.busy_label)
        return row

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("不限"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self.apply_filters)
        return edit

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("caseloadTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: no measuring
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(RESPONDENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(
            COLUMN_SORT.index(self.model.query.sort), Qt.SortOrder.AscendingOrder
        )
        table.setSortingEnabled(True)  # a header click calls model.sort(): a new query
        table.doubleClicked.connect(self._open)
        table.activated.connect(self._open)
        return table

    # -- behaviour ------------------------------------------------------------------------

    def current_query(self) -> CaseloadQuery:
        _label, open_only, statuses = STAGES[max(0, self.stage_combo.currentIndex())]
        kind = self.kind_combo.currentData()
        if self.mine_button.isChecked() and self._me is not None:
            handler = self._me
        else:
            handler = self.person_combo.currentData()
        return CaseloadQuery(
            handler_id=handler,
            kinds=frozenset({kind}) if kind is not None else frozenset(),
            statuses=statuses,
            open_only=open_only,
            date_field=self.date_field_combo.currentData(),
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
            search=self.search_box.text().strip(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    @staticmethod
    def _date(edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.current_query()
        if query != self.model.query or self.model.total == 0:
            self.model.set_query(query)

    def _show_me(self) -> None:
        self.mine_button.setEnabled(self._me is not None)
        self.mine_button.setToolTip(
            self.tr("选择用户后可只看自己承办的案件") if self._me is None else ""
        )
        (self.mine_button if self._me is not None else self.office_button).setChecked(True)

    def set_me(self, me: int | None) -> None:
        """The signed-in person's staff id (None: nobody); 我的案件 then shows theirs."""
        self._me = me
        self._show_me()
        self._scope_changed()

    def _scope_changed(self) -> None:
        self.person_combo.setEnabled(not self.mine_button.isChecked())
        if hasattr(self, "table"):
            self.apply_filters()

    def _fill_people(self, people: list[StaffChoice]) -> None:
        for person in people:
            self.person_combo.addItem(person.name, person.id)

    def _show_count(self, total: int, deadline_exact: bool) -> None:
        text = self.tr("共 {n} 件").format(n=format(total, ","))
        if not deadline_exact:
            text += self.tr(
                "；超过 {limit} 件时“最近期限”列按起算日加法定天数近似排序，"
                "缩小范围（如只看一人）可精确排序"
            ).format(limit=format(DEADLINE_SORT_LIMIT, ","))
        self.status_label.setText(text)

    def _show_error(self, message: str) -> None:
        self.status_label.setText(self.tr("查询失败：{reason}").format(reason=message))

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_opened.emit(int(self.model.data(index, CASE_ID_ROLE)))

    def shutdown(self) -> None:
        """Forget pending answers and wait for the workers (before the database closes)."""
        self._search_timer.stop()
        for channel in ("caseload", "caseload-more"):
            self.ops.cancel(channel)
        self.ops.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
