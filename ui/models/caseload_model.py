"""The caseload as a table model over case ids, rows read a page at a time off the GUI thread.

``set_query`` asks for the count and the first page; scrolling to the end asks
for the next page of ids and rows (``canFetchMore``/``fetchMore``). Only the ids
read so far stay in memory; the rows themselves sit in a small cache of pages and
are read again, on a worker, when a page that fell out of it is shown again.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ui.models.read_only_table import AnyIndex, ReadOnlyTableModel
from ui.ops import Ops
from xinxiang_arbitration.cases import caseload
from xinxiang_arbitration.cases.caseload import CaseloadPage, CaseloadQuery, CaseloadRow, SortKey
from xinxiang_arbitration.storage.db import Database

PAGE_SIZE = 100
CACHED_PAGES = 20
CASE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

COLUMN_SORT: tuple[SortKey, ...] = (
    SortKey.NUMBER,
    SortKey.KIND,
    SortKey.APPLICANT,
    SortKey.RESPONDENT,
    SortKey.STAGE,
    SortKey.HANDLER,
    SortKey.DEADLINE,
    SortKey.DEADLINE,
)
DEADLINE_COLUMN, LEFT_COLUMN = 6, 7

OVERDUE_BACKGROUND, OVERDUE_TEXT = QColor("#f8d7da"), QColor("#842029")
SOON_BACKGROUND, SOON_TEXT = QColor("#fff3cd"), QColor("#664d03")


class CaseloadModel(ReadOnlyTableModel):
    """案件列表: case number, kind, parties, stage, handler, nearest deadline, days left."""

    loaded = Signal(int, bool)  # total, deadline order exact
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        db: Database,
        ops: Ops,
        parent: QObject | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._ops, self._today = db, ops, today
        self._query = CaseloadQuery()
        self._generation = 0  # bumped by every new query: late pages of an old one are dropped
        self._total = 0
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, CaseloadRow]] = OrderedDict()
        self._fetching = False
        self._loading_pages: set[int] = set()
        self.deadline_exact = True
        self._headers = (
            self.tr("案号"),
            self.tr("类型"),
            self.tr("申请人"),
            self.tr("被申请人"),
            self.tr("阶段"),
            self.tr("承办人"),
            self.tr("最近期限"),
            self.tr("剩余"),
        )

    # -- what is shown --------------------------------------------------------------------

    @property
    def query(self) -> CaseloadQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: CaseloadQuery) -> None:
        """Read the count and first page of ``query``; what is shown stays until they arrive."""
        self._query = query
        self._generation += 1
        generation = self._generation
        self._ops.cancel("caseload-more")
        self.busy_changed.emit(True)
        self._ops.run(
            lambda: caseload.first_page(self._db, query, PAGE_SIZE, today=self._today()),
            lambda page: self._show_first(page, generation),
            self._failed,
            channel="caseload",
        )

    def refresh(self) -> None:
        self.set_query(self._query)

    def case_id(self, row: int) -> int:
        return self._ids[row]

    def row_at(self, row: int) -> CaseloadRow | None:
        """The row's data if its page is in the cache (it is read when it is not)."""
        page = row // PAGE_SIZE
        cached = self._pages.get(page)
        if cached is None:
            self._load_page(page)
            return None
        self._pages.move_to_end(page)
        return cached.get(self._ids[row])

    def _show_first(self, page: CaseloadPage, generation: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total = page.total
        self._ids = list(page.ids)
        self._pages.clear()
        self._loading_pages.clear()
        self._fetching = False
        self._store(0, page.rows)
        self.deadline_exact = page.deadline_exact
        self.endResetModel()
        self.busy_changed.emit(False)
        self.loaded.emit(self._total, page.deadline_exact)

    def _failed(self, message: str) -> None:
        self._fetching = False
        self.busy_changed.emit(False)
        self.failed.emit(message)

    def _store(self, offset: int, rows: list[CaseloadRow]) -> None:
        by_page: dict[int, dict[int, CaseloadRow]] = {}
        window = self._ids[offset : offset + len(rows) + PAGE_SIZE]
        positions = {case_id: offset + i for i, case_id in enumerate(window)}
        for row in rows:
            at = positions.get(row.id)
            if at is not None:
                by_page.setdefault(at // PAGE_SIZE, {})[row.id] = row
        for number, found in by_page.items():
            self._pages.setdefault(number, {}).update(found)
            self._pages.move_to_end(number)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)

    # -- paging ---------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._ids) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        query, offset, total, generation = (
            self._query,
            len(self._ids),
            self._total,
            self._generation,
        )
        self._ops.run(
            lambda: caseload.next_page(
                self._db, query, offset, PAGE_SIZE, total=total, today=self._today()
            ),
            lambda page: self._append(page, generation),
            self._failed,
            channel="caseload-more",
        )

    def _append(self, page: CaseloadPage, generation: int) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        known = set(self._ids)
        new_ids = [i for i in page.ids if i not in known]  # a case moved between pages
        if not new_ids:
            self._total = len(self._ids)  # the list got shorter since it was counted
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(new_ids) - 1)
        self._ids.extend(new_ids)
        self._store(first, [r for r in page.rows if r.id in set(new_ids)])
        self.endInsertRows()

    def _load_page(self, page: int) -> None:
        if page in self._loading_pages:
            return
        self._loading_pages.add(page)
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        generation = self._generation

        def arrived(rows: list[CaseloadRow]) -> None:
            if generation != self._generation:
                return
            self._loading_pages.discard(page)
            self._store(page * PAGE_SIZE, rows)
            last = min(len(self._ids), (page + 1) * PAGE_SIZE) - 1
            self.dataChanged.emit(
                self.index(page * PAGE_SIZE, 0), self.index(last, self.columnCount() - 1)
            )

        self._ops.run(
            lambda: caseload.rows(self._db, ids, today=self._today()),
            arrived,
            self._failed,
            channel=f"caseload-page-{page}",
        )

    # -- the model interface --------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._ids)

    def _column_titles(self) -> Sequence[str]:
        return self._headers

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[index.row()]
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return "…" if row is None else self._text(row, column)
        if row is None:
            return None
        urgent = row.overdue or row.due_soon
        if role == Qt.ItemDataRole.BackgroundRole and urgent:
            return OVERDUE_BACKGROUND if row.overdue else SOON_BACKGROUND
        on_deadline = column in (DEADLINE_COLUMN, LEFT_COLUMN)
        if role == Qt.ItemDataRole.ForegroundRole and on_deadline and urgent:
            return OVERDUE_TEXT if row.overdue else SOON_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and on_deadline and row.clock is not None:
            return row.clock
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LEFT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: CaseloadRow, column: int) -> str:
        if column == DEADLINE_COLUMN:
            if row.deadline is None:
                return self.tr("中止中") if row.stopped else "—"
            return row.deadline.isoformat()
        if column == LEFT_COLUMN:
            return self._left(row)
        values = (row.number, row.kind, row.applicant, row.respondent, row.stage, row.handler)
        return values[column] or ""

    def _left(self, row: CaseloadRow) -> str:
        left = row.working_days_left
        if row.deadline is None:
            return ""
        if left is None:
            return self.tr("日历未覆盖")
        if left == 0:
            return self.tr("今日到期")
        if left < 0:
            return self.tr("逾期 {n} 个工作日").format(n=-left)
        return self.tr("{n} 个工作日").format(n=left)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_SORT):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self._query.sort, self._query.descending) == (COLUMN_SORT[column], descending):
            return
        self.set_query(replace(self._query, sort=COLUMN_SORT[column], descending=descending))
