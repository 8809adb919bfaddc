"""安排开庭: date, times and room, with the notice's last day shown as the date is picked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.case_dialog import StaleGuard
from ui.ops import Ops
from ui.widgets.problems import ProblemMarker, note_label, set_note, to_date, to_qdate, with_note
from xinxiang_arbitration.case_detail import CaseDetail
from xinxiang_arbitration.proceedings import (
    HearingConflict,
    ScheduledHearing,
    schedule_hearing,
)
from xinxiang_arbitration.proceedings.hearing_week import NoticeClock, notice_clock, rooms_used
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database

DEFAULT_START, DEFAULT_LENGTH_SECS = QTime(9, 0), 90 * 60
WEEKDAYS = "一二三四五六日"


class HearingDialog(QDialog):
    """One hearing of ``case_number``; ``saved`` carries the new hearing's id.

    With ``detail`` (the case as the user sees it) a colleague's change since is refused
    and 刷新案件后再确认 offered, the typing kept."""

    saved = Signal(int)
    stale_reloaded = Signal()

    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        case_number: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        detail: CaseDetail | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._ops, self._actor, self.case_number = db, ops, actor, case_number
        self._today = today
        self._clock: NoticeClock | None = None
        self._saving = False
        self.conflicts: list[str] = []
        self.show_message: Callable[[str, str], None] = self._message_box
        self.setMinimumWidth(500)
        self.setWindowTitle(self.tr("安排开庭 · {number}").format(number=case_number))
        self.marker = ProblemMarker(self)
        self._build()
        self.guard = StaleGuard(self, db, ops, detail, self.buttons, self._show_error, today=today)
        self.guard.reloaded.connect(self.stale_reloaded)
        self._refresh()
        ops.run(lambda: (notice_clock(db), rooms_used(db)), self._loaded, self._show_error)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_edit = QDateEdit(to_qdate(self._today() + dt.timedelta(days=14)), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.weekday_label = QLabel(self)
        day = QHBoxLayout()
        day.addWidget(self.date_edit)
        day.addWidget(self.weekday_label)
        day.addStretch(1)
        form.addRow(self.tr("开庭日期"), day)
        self.start_edit = QTimeEdit(DEFAULT_START, self)
        self.end_edit = QTimeEdit(DEFAULT_START.addSecs(DEFAULT_LENGTH_SECS), self)
        times = QHBoxLayout()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(self.tr("至"), self))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        box = QWidget(self)
        box.setLayout(times)
        times.setContentsMargins(0, 0, 0, 0)
        end_note = note_label(self)
        self.marker.add("ends_at", self.end_edit, end_note)
        form.addRow(self.tr("时间"), with_note(box, end_note))
        self.room_combo = QComboBox(self)
        self.room_combo.setEditable(True)
        self.room_combo.setMinimumContentsLength(12)
        self.room_combo.lineEdit().setPlaceholderText(self.tr("如：第一仲裁庭"))
        room_note = note_label(self)
        self.marker.add("room", self.room_combo, room_note)
        form.addRow(self.tr("仲裁庭（地点）"), with_note(self.room_combo, room_note))
        layout.addLayout(form)
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.late_label = note_label(self)
        self.conflict_label = note_label(self)
        for label in (self.notice_label, self.late_label, self.conflict_label):
            layout.addWidget(label)
        self.buttons = buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("安排"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.date_edit.dateChanged.connect(self._refresh)
        self.start_edit.timeChanged.connect(self._start_moved)
        self.end_edit.timeChanged.connect(self._refresh)
        self.room_combo.editTextChanged.connect(self._refresh)
        self._last_start = DEFAULT_START

    def _start_moved(self, start: QTime) -> None:
        """Moving the start keeps the hearing's length."""
        length = self._last_start.secsTo(self.end_edit.time())
        self._last_start = start
        if length > 0:
            self.end_edit.setTime(start.addSecs(length))
        self._refresh()

    def problems(self) -> dict[str, str]:
        found = {}
        if self.end_edit.time() <= self.start_edit.time():
            found["ends_at"] = self.tr("结束时间必须晚于开始时间")
        if not self.room_combo.currentText().strip():
            found["room"] = self.tr("请填写开庭地点（仲裁庭）")
        return found

    def _refresh(self, *_args: object, keep_note: bool = False) -> None:
        """Checks, weekday and notice date for what is typed now. A change of the user's
        clears the last refusal; the notice clock arriving late (``keep_note``) does not."""
        problems = self.problems()
        self.marker.show(problems, lambda _key: True)
        self.save_button.setEnabled(not problems and not self._saving)
        day = to_date(self.date_edit.date())
        self.weekday_label.setText(self.tr("星期{d}").format(d=WEEKDAYS[day.weekday()]))
        if not keep_note:
            set_note(self.conflict_label, None)
        if self._clock is None:
            self.notice_label.setText(self.tr("正在计算开庭通知最迟送达日…"))
            return
        notice = self._clock.latest_notice(day)
        if notice.due is None:
            self.notice_label.setText(
                self.tr("开庭通知最迟送达日尚无法确定：缺少 {year} 年节假日日历").format(
                    year=notice.missing_year
                )
            )
        else:
            self.notice_label.setText(
                self.tr(
                    "开庭通知最迟于 {due}（星期{d}）送达：开庭前 {n} 个工作日（{article}）"
                ).format(
                    due=notice.due.isoformat(),
                    d=WEEKDAYS[notice.due.weekday()],
                    n=notice.length,
                    article=notice.article,
                )
            )
        late = self._clock.too_late(day, self._today())
        set_note(
            self.late_label,
            self.tr("已来不及在开庭前依法送达通知：除非当事人同意，应另定开庭日期")
            if late
            else None,
        )

    def _loaded(self, loaded: tuple[NoticeClock, list[str]]) -> None:
        self._clock, rooms = loaded
        typed = self.room_combo.currentText()
        with QSignalBlocker(self.room_combo):  # not the user's typing: keep a refusal shown
            self.room_combo.addItems(rooms)
            self.room_combo.setCurrentText(typed)
        self._refresh(keep_note=True)

    def save(self) -> None:
        if self._saving or self.problems():
            return
        self._saving = True
        self.save_button.setEnabled(False)
        on = to_date(self.date_edit.date())
        start, end = self.start_edit.time(), self.end_edit.time()
        room, today = self.room_combo.currentText(), self._today()
        seen = self.guard.seen  # someone else's change since: refused, not lost

        def attempt() -> ScheduledHearing | HearingConflict:
            try:
                return schedule_hearing(
                    self._db,
                    self.case_number,
                    on=on,
                    starts_at=dt.time(start.hour(), start.minute()),
                    ends_at=dt.time(end.hour(), end.minute()),
                    room=room,
                    actor=self._actor,
                    today=today,
                    seen_event_id=seen,
                )
            except HearingConflict as conflict:  # shown item by item, not as one sentence
                return conflict

        self._ops.run(attempt, self._answered, self._refused)

    def _answered(self, answer: ScheduledHearing | HearingConflict) -> None:
        self._saving = False
        if isinstance(answer, HearingConflict):
            self.conflicts = list(answer.conflicts)
            lines = "\n".join(f"· {c}" for c in self.conflicts)
            set_note(
                self.conflict_label,
                self.tr("与已有安排冲突，未保存：\n{lines}").format(lines=lines),
            )
            self.save_button.setEnabled(True)
            return
        self.saved.emit(answer.id)
        if answer.warnings:
            self.show_message(self.tr("安排开庭"), "\n".join(answer.warnings))
        self.accept()

    def _refused(self, sentence: str) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.guard.refused(sentence)

    def _show_error(self, sentence: str | None) -> None:
        set_note(self.conflict_label, sentence)

    def _message_box(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
