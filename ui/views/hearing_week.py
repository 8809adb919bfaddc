"""开庭周历: the office's hearings of one week, a column per day and a row per hour."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Ops
from xinxiang_arbitration.proceedings.hearing_week import (
    WEEK,
    WeekHearing,
    monday_of,
    week_hearings,
)
from xinxiang_arbitration.storage.db import Database

WEEKDAYS = "一二三四五六日"
FIRST_HOUR, LAST_HOUR = 8, 17  # the office's day; hearings outside it add rows
NUMBER_ROLE = Qt.ItemDataRole.UserRole
CARD_HEIGHT, EMPTY_HEIGHT, TIME_WIDTH = 64, 26, 64
SCHEDULED_BACKGROUND, HELD_BACKGROUND = QColor("#e3eefc"), QColor("#ececec")
TODAY_BACKGROUND = QColor("#fff6d6")
NAME_CHARS = 16  # a card shows this much of the parties; the tooltip has it all


def _short(text: str) -> str:
    return text if len(text) <= NAME_CHARS else text[: NAME_CHARS - 1] + "…"


class HearingWeekView(QWidget):
    """A week of hearings; ``case_opened`` carries the case number of a double-clicked card."""

    case_opened = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        ops: Ops,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._ops, self._today = db, ops, today
        self.monday = monday_of(today())
        self.hearings: list[WeekHearing] = []
        self.days: list[dt.date] = []
        self._build()
        self.show_week(self.monday)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ 上一周"), self)
        self.this_week_button = QPushButton(self.tr("本周"), self)
        self.next_button = QPushButton(self.tr("下一周 ▶"), self)
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - WEEK))
        self.this_week_button.clicked.connect(lambda: self.show_week(monday_of(self._today())))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + WEEK))
        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title_label.setFont(font)
        for button in (self.previous_button, self.this_week_button, self.next_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.title_label)
        bar.addStretch(1)
        self.status_label = QLabel(self)
        bar.addWidget(self.status_label)
        layout.addLayout(bar)
        self.table = QTableWidget(self)
        self.table.setObjectName("hearingWeek")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.cellDoubleClicked.connect(self._open)
        self.table.cellActivated.connect(self._open)
        layout.addWidget(self.table, 1)

    def show_week(self, monday: dt.date) -> None:
        self.monday = monday_of(monday)
        last = self.monday + dt.timedelta(days=6)
        self.title_label.setText(
            self.tr("{first} – {last}（第 {week} 周）").format(
                first=f"{self.monday.year}年{self.monday.month}月{self.monday.day}日",
                last=f"{last.month}月{last.day}日",
                week=self.monday.isocalendar().week,
            )
        )
        self.status_label.setText(self.tr("正在读取…"))
        first = self.monday
        self._ops.run(
            lambda: week_hearings(self._db, first), self._show, self._failed, channel="hearing-week"
        )

    def _failed(self, sentence: str) -> None:
        self.status_label.setText(self.tr("读取失败：{reason}").format(reason=sentence))

    def _show(self, hearings: list[WeekHearing]) -> None:
        self.hearings = hearings
        weekend = any(h.hearing.held_on.weekday() >= 5 for h in hearings)
        self.days = [self.monday + dt.timedelta(days=n) for n in range(7 if weekend else 5)]
        by_slot: dict[tuple[int, dt.date], list[WeekHearing]] = defaultdict(list)
        for h in hearings:
            by_slot[(h.hearing.starts_at.hour, h.hearing.held_on)].append(h)
        hours = sorted({*range(FIRST_HOUR, LAST_HOUR + 1), *(hour for hour, _day in by_slot)})
        table = self.table
        table.clear()
        table.clearSpans()
        table.setColumnCount(1 + len(self.days))
        table.setHorizontalHeaderLabels(
            [self.tr("时间")]
            + [
                f"{self.tr('星期' + WEEKDAYS[d.weekday()])}\n{d.month}月{d.day}日"
                for d in self.days
            ]
        )
        today = self._today()
        rows: list[tuple[int, int]] = []  # (hour, index within the hour) per table row
        for hour in hours:
            depth = max((len(by_slot[(hour, d)]) for d in self.days), default=0)
            rows += [(hour, n) for n in range(max(1, depth))]
        table.setRowCount(len(rows))
        for row, (hour, n) in enumerate(rows):
            if n == 0:
                item = QTableWidgetItem(f"{hour:02d}:00")
                item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, 0, item)
                span = max(1, max(len(by_slot[(hour, d)]) for d in self.days))
                if span > 1:
                    table.setSpan(row, 0, span, 1)
            filled = False
            for column, day in enumerate(self.days, start=1):
                slot = by_slot[(hour, day)]
                if n < len(slot):
                    table.setItem(row, column, self._card(slot[n]))
                    filled = True
                elif day == today:
                    blank = QTableWidgetItem()
                    blank.setBackground(QBrush(TODAY_BACKGROUND))
                    blank.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    table.setItem(row, column, blank)
            table.setRowHeight(row, CARD_HEIGHT if filled else EMPTY_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, TIME_WIDTH)
        count = len(hearings)
        self.status_label.setText(
            self.tr("本周开庭 {n} 次").format(n=count) if count else self.tr("本周没有开庭")
        )
        self.loaded.emit()

    def _card(self, h: WeekHearing) -> QTableWidgetItem:
        row = h.hearing
        parties = f"{h.applicant} 诉 {h.respondent}" if h.respondent else h.applicant
        when = f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}"
        item = QTableWidgetItem(f"{when}  {row.room}\n{row.case_number}\n{_short(parties)}")
        item.setToolTip(f"{row.case_number}\n{parties}\n{row.room}")
        item.setData(NUMBER_ROLE, row.case_number)
        item.setBackground(
            QBrush(HELD_BACKGROUND if row.status == "held" else SCHEDULED_BACKGROUND)
        )
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def column_of(self, day: dt.date) -> int:
        """The table column showing ``day`` (-1 when the week does not show it)."""
        return self.days.index(day) + 1 if day in self.days else -1

    def card_numbers(self, column: int) -> list[str]:
        """The case numbers of the cards in a day column, top to bottom."""
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, column)
            if item is not None and item.data(NUMBER_ROLE):
                found.append(str(item.data(NUMBER_ROLE)))
        return found

    def _open(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is not None and item.data(NUMBER_ROLE):
            self.case_opened.emit(str(item.data(NUMBER_ROLE)))

    def shutdown(self) -> None:
        self._ops.cancel("hearing-week")
        self._ops.wait()
