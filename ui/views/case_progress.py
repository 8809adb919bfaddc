"""The tabs of the case view that follow the case through time: 期限 (every clock with its
date, days left and the explanation), 进程 (the history of events) and 调解与开庭."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.models.case_rows import Column, RowsModel, day, text
from ui.models.caseload_model import OVERDUE_BACKGROUND, OVERDUE_TEXT, SOON_BACKGROUND, SOON_TEXT
from ui.views.case_tabs import edit_button, fit_rows, heading, heading_row, make_table, selected_row
from xinxiang_arbitration.case_detail import CaseDetail, ClockLine, EventLine, HearingLine
from xinxiang_arbitration.clocks.due import SOON_WORKING_DAYS
from xinxiang_arbitration.domain import CaseKind


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context``; ``tr()`` translates it where shown."""
    return text


def clock_state(c: ClockLine) -> str:
    """剩 6 日（4 个工作日） · 已逾期 3 日 · 已于 … 完成 · 中止中…"""
    if c.stopped:
        return "中止中，停止计算"
    if c.done_on is not None:
        late = (c.done_on - c.due).days if c.due is not None and c.met_late else 0
        return f"已于 {c.done_on.isoformat()} 完成" + (f"（逾期 {late} 日）" if late else "")
    if not c.running:
        return "已结案，不再计算"
    if c.due is None or c.days_left is None:
        return "无法确定"
    if c.days_left < 0:
        return f"已逾期 {-c.days_left} 日"
    if c.days_left == 0:
        return "今日到期"
    working = "" if c.working_days_left is None else f"（{c.working_days_left} 个工作日）"
    return f"剩 {c.days_left} 日{working}"


def clock_colours(c: ClockLine) -> tuple[QColor, QColor] | None:
    """Overdue red; due within 3 working days (today included) amber."""
    if c.overdue:
        return OVERDUE_BACKGROUND, OVERDUE_TEXT
    soon = c.working_days_left is not None and c.working_days_left <= SOON_WORKING_DAYS
    if c.running and c.days_left is not None and (soon or c.days_left == 0):
        return SOON_BACKGROUND, SOON_TEXT
    return None


def explanation_html(c: ClockLine) -> str:
    """The explanation one part a line; an article list (《…》；《…》) stays on one line."""
    parts: list[str] = []
    for part in c.explanation.split("；"):
        if parts and part.startswith("《"):
            parts[-1] += "；" + part
        else:
            parts.append(part)
    return f"<b>{parts[0]}</b><br>" + "<br>".join(parts[1:])


class ClocksTab(QWidget):
    """Every clock with its date and days left; the selected one explained in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(
            (
                Column(self.tr("期限"), lambda c: c.name),
                Column(self.tr("届满日"), lambda c: day(c.due) or self.tr("未定")),
                Column(self.tr("状态"), clock_state),
                Column(self.tr("依据"), lambda c: c.article),
            ),
            self,
            tooltip=lambda c: c.explanation,
            colours=clock_colours,
        )
        self.suspensions_model = RowsModel(
            (
                Column(self.tr("类别"), lambda s: s.kind_label),
                Column(self.tr("开始"), lambda s: day(s.started_on)),
                Column(self.tr("恢复"), lambda s: day(s.ended_on) or self.tr("尚未恢复")),
                Column(self.tr("不计入（日）"), lambda s: text(s.days), right=True),
                Column(self.tr("批准人"), lambda s: text(s.approver)),
                Column(self.tr("事由"), lambda s: text(s.reason)),
            ),
            self,
        )
        layout = QVBoxLayout(self)
        self.table = make_table(self.model, self, "caseClocksTable")
        self.table.selectionModel().selectionChanged.connect(self._selected)
        layout.addWidget(self.table)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("clockExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setFrameShape(QFrame.Shape.StyledPanel)
        self.explanation.setMargin(8)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.explanation)
        layout.addWidget(heading(self, self.tr("中止与公告送达（不计入审理期限）")))
        self.suspensions_table = make_table(self.suspensions_model, self, "caseSuspensionsTable")
        layout.addWidget(self.suspensions_table)
        layout.addStretch(1)

    def show_detail(self, detail: CaseDetail) -> None:
        self.model.set_rows(detail.clocks)
        self.suspensions_model.set_rows(detail.suspensions)
        fit_rows(self.table, max(3, len(detail.clocks)))
        fit_rows(self.suspensions_table, max(2, len(detail.suspensions)))
        running = [n for n, c in enumerate(detail.clocks) if c.running]
        if detail.clocks:
            self.table.selectRow(running[0] if running else 0)
        else:
            self.explanation.setText(self.tr("本案没有期限"))

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.explanation.setText(explanation_html(self.model.row_at(rows[0].row())))


def _status_change(e: EventLine) -> str:
    before, after = e.from_label, e.to_label
    if before and after and before != after:
        return f"{before} → {after}"
    return "" if before else text(after)


class TimelineTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(
            (
                Column(self.tr("记录时间"), lambda e: e.recorded_at.strftime("%Y-%m-%d %H:%M")),
                Column(self.tr("操作人"), lambda e: e.actor),
                Column(self.tr("事项"), lambda e: e.action_label),
                Column(self.tr("日期"), lambda e: day(e.occurred_on)),
                Column(self.tr("状态"), _status_change),
                Column(self.tr("说明"), lambda e: e.summary),
            ),
            self,
            tooltip=lambda e: e.summary or None,
        )
        layout = QVBoxLayout(self)
        self.table = make_table(self.model, self, "caseTimelineTable")
        layout.addWidget(self.table)

    def show_detail(self, detail: CaseDetail) -> None:
        self.model.set_rows(detail.timeline)
        self.table.scrollToBottom()


# the marks a scheduled hearing can get: (status, button, objectName)
HEARING_MARKS = (
    ("held", QT_TRANSLATE_NOOP("ProceedingsTab", "记为已开庭…"), "hearingHeld"),
    ("postponed", QT_TRANSLATE_NOOP("ProceedingsTab", "延期…"), "hearingPostponed"),
    ("cancelled", QT_TRANSLATE_NOOP("ProceedingsTab", "取消开庭…"), "hearingCancelled"),
)


class ProceedingsTab(QWidget):
    """The tribunal, hearings and mediation sessions; the buttons to add a hearing or a
    session sit in the view's action bar, those to form the tribunal and to mark a
    hearing here."""

    edit_requested = Signal(str, object)  # editor code, its options

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tribunal = QLabel(self)
        self.tribunal.setObjectName("caseTribunal")
        self.tribunal_button = edit_button(
            self,
            self.tr("组成仲裁庭…"),
            "editTribunal",
            lambda: self.edit_requested.emit("tribunal", {}),
        )
        self.hearing_buttons = {
            status: edit_button(
                self,
                self.tr(label),
                name,
                lambda _checked=False, status=status: self._mark_hearing(status),
            )
            for status, label, name in HEARING_MARKS
        }
        self.hearings_model = RowsModel(
            (
                Column(self.tr("开庭日期"), lambda h: day(h.held_on)),
                Column(self.tr("时间"), lambda h: f"{h.starts_at:%H:%M}–{h.ends_at:%H:%M}"),
                Column(self.tr("状态"), lambda h: h.status_label),
                Column(self.tr("通知送达"), lambda h: day(h.notice_served_on) or "未送达"),
                Column(self.tr("仲裁庭"), lambda h: h.room),
            ),
            self,
        )
        self.sessions_model = RowsModel(
            (
                Column(self.tr("次"), lambda s: str(s.no), right=True),
                Column(self.tr("日期"), lambda s: day(s.held_on)),
                Column(
                    self.tr("时间"), lambda s: "" if s.starts_at is None else f"{s.starts_at:%H:%M}"
                ),
                Column(self.tr("地点"), lambda s: text(s.place)),
                Column(self.tr("调解员"), lambda s: text(s.mediator)),
                Column(self.tr("结果"), lambda s: s.result_label),
                Column(self.tr("参加人员"), lambda s: text(s.attendees)),
                Column(self.tr("调解方案"), lambda s: text(s.proposals)),
            ),
            self,
        )
        layout = QVBoxLayout(self)
        tribunal = QHBoxLayout()
        tribunal.addWidget(self.tribunal)
        tribunal.addWidget(self.tribunal_button)
        tribunal.addStretch(1)
        layout.addLayout(tribunal)
        layout.addLayout(heading_row(self, self.tr("开庭"), *self.hearing_buttons.values()))
        self.hearings_table = make_table(self.hearings_model, self, "caseHearingsTable")
        self.hearings_table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.hearings_table)
        layout.addWidget(heading(self, self.tr("调解记录")))
        self.sessions_table = make_table(self.sessions_model, self, "caseSessionsTable")
        layout.addWidget(self.sessions_table)
        layout.addStretch(1)

    def show_detail(self, detail: CaseDetail) -> None:
        seats = "、".join(f"{s.seat_label} {s.name}" for s in detail.tribunal)
        self.tribunal.setText(self.tr("仲裁庭：{seats}").format(seats=seats or self.tr("尚未组成")))
        self.hearings_model.set_rows(detail.hearings)
        self.sessions_model.set_rows(detail.sessions)
        fit_rows(self.hearings_table, max(2, len(detail.hearings)))
        fit_rows(self.sessions_table, max(2, len(detail.sessions)))
        arbitration = detail.header.kind is CaseKind.ARBITRATION
        self.tribunal_button.setVisible(arbitration)
        accepted = detail.header.accepted_on is not None
        self.tribunal_button.setEnabled(arbitration and accepted)
        self.tribunal_button.setToolTip(
            self.tr("组成或更换仲裁庭：仲裁员和书记员从在职工作人员中选择")
            if accepted
            else self.tr("案件尚未受理，不能组成仲裁庭")
        )
        for button in self.hearing_buttons.values():
            button.setVisible(arbitration)
        self._update_buttons()

    def selected_hearing(self) -> HearingLine | None:
        hearing = selected_row(self.hearings_table)
        return hearing if isinstance(hearing, HearingLine) else None

    def _update_buttons(self, *_args: object) -> None:
        hearing = self.selected_hearing()
        markable = hearing is not None and hearing.scheduled
        tip = "" if markable else self.tr("先在下表中选中一次已排期的开庭")
        for button in self.hearing_buttons.values():
            button.setEnabled(markable)
            button.setToolTip(tip)

    def _mark_hearing(self, status: str) -> None:
        hearing = self.selected_hearing()
        if hearing is not None and hearing.scheduled:
            self.edit_requested.emit("hearing_status", {"hearing": hearing, "status": status})
