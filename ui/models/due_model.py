"""今日到期 as a table model: the due queue's clocks, overdue first, coloured by urgency.

The queue is short by nature (what is overdue or due within three working days), so
the model holds the whole list the view was given; reading it happens on a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from ui.models.caseload_model import OVERDUE_BACKGROUND, OVERDUE_TEXT, SOON_BACKGROUND, SOON_TEXT
from ui.models.read_only_table import AnyIndex, ReadOnlyTableModel
from xinxiang_arbitration.clocks.due import QueueItem, Urgency

CASE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
URGENCY_ROLE = int(Qt.ItemDataRole.UserRole) + 2
NUMBER, CLOCK, DUE, LEFT, APPLICANT, RESPONDENT, HANDLER = range(7)


def _sort_key(column: int, item: QueueItem) -> tuple[Any, ...]:
    c = item.clock
    due = c.deadline.due
    values: tuple[Any, ...] = (
        c.case_number,
        c.deadline.name,
        due,
        item.days_left,
        c.applicant,
        c.respondent,
        c.handler or "",
    )
    return (values[column], due, c.case_number)


class DueModel(ReadOnlyTableModel):
    """案号, 期限, 到期日, 剩余, 申请人, 被申请人, 承办人 – one row per running clock."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[QueueItem] = []
        self._headers = (
            self.tr("案号"),
            self.tr("期限"),
            self.tr("到期日"),
            self.tr("剩余"),
            self.tr("申请人"),
            self.tr("被申请人"),
            self.tr("承办人"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: list[QueueItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> QueueItem:
        return self._items[row]

    def counts(self) -> dict[Urgency, int]:
        found = dict.fromkeys(Urgency, 0)
        for item in self._items:
            found[item.urgency] += 1
        return found

    # -- the model interface --------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._items)

    def _column_titles(self) -> Sequence[str]:
        return self._headers

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == CASE_ID_ROLE:
            return item.clock.case_id
        if role == URGENCY_ROLE:
            return item.urgency.value
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BACKGROUND if item.urgency is Urgency.OVERDUE else SOON_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column in (DUE, LEFT):
            return OVERDUE_TEXT if item.urgency is Urgency.OVERDUE else SOON_TEXT
        if role == Qt.ItemDataRole.FontRole and item.urgency is Urgency.TODAY:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column in (CLOCK, DUE, LEFT):
            d = item.clock.deadline
            return f"{d.name}（{d.article}）：自{d.start_event} {d.start.isoformat()} 起算"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: QueueItem, column: int) -> str:
        c = item.clock
        if column == CLOCK:
            return c.deadline.name
        if column == DUE:
            return c.deadline.due.isoformat() if c.deadline.due is not None else ""
        if column == LEFT:
            return self._left(item)
        values = {
            NUMBER: c.case_number,
            APPLICANT: c.applicant,
            RESPONDENT: c.respondent,
            HANDLER: c.handler,
        }
        return values.get(column) or ""

    def _left(self, item: QueueItem) -> str:
        """Working days, as the caseload counts them (calendar days if a year is missing)."""
        if item.urgency is Urgency.TODAY:
            return self.tr("今日到期")
        left = item.working_days_left
        if left is None:
            if item.urgency is Urgency.OVERDUE:
                return self.tr("逾期 {n} 天").format(n=-item.days_left)
            return self.tr("还有 {n} 天").format(n=item.days_left)
        if item.urgency is Urgency.OVERDUE:
            return self.tr("逾期 {n} 个工作日").format(n=-left)
        return self.tr("还有 {n} 个工作日").format(n=left)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [id(self._items[i.row()]) for i in before]
        self._items.sort(
            key=lambda item: _sort_key(column, item),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        row_of = {id(item): row for row, item in enumerate(self._items)}
        after = [self.index(row_of[key], i.column()) for key, i in zip(held, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
