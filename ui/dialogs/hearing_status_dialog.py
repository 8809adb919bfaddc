"""开庭情况: a scheduled hearing marked 已开庭, 延期 or 取消, after a sentence saying which
hearing and what follows (the room and the people are free again)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.dialogs.case_editor import QT_TRANSLATE_NOOP, CaseEditDialog
from xinxiang_arbitration import proceedings
from xinxiang_arbitration.case_detail import CaseDetail, HearingLine

WEEKDAYS = "一二三四五六日"


class HearingStatusDialog(CaseEditDialog):
    """``options["hearing"]`` (a ``HearingLine``) becomes ``options["status"]``."""

    title = QT_TRANSLATE_NOOP("HearingStatusDialog", "开庭情况")
    confirm_text = QT_TRANSLATE_NOOP("HearingStatusDialog", "确认")

    @property
    def hearing(self) -> HearingLine:
        hearing = self.options["hearing"]
        assert isinstance(hearing, HearingLine)
        return hearing

    @property
    def status(self) -> str:
        return str(self.options["status"])

    def build(self, layout: QVBoxLayout, detail: CaseDetail) -> None:
        h = self.hearing
        when = self.tr("{day}（星期{d}）{start}–{end} {room}").format(
            day=h.held_on.isoformat(),
            d=WEEKDAYS[h.held_on.weekday()],
            start=f"{h.starts_at:%H:%M}",
            end=f"{h.ends_at:%H:%M}",
            room=h.room,
        )
        follows = {
            "held": self.tr("庭审已进行。"),
            "postponed": self.tr("需另行安排开庭并重新通知当事人。"),
            "cancelled": self.tr("本次开庭不再进行。"),
        }[self.status]
        self.sentence = QLabel(
            self.tr(
                "将案件 {n} 于 {when} 的开庭记为“{status}”；{follows}该时段的仲裁庭和人员不再占用。"
            ).format(
                n=self.number,
                when=when,
                status=proceedings.HEARING_STATUSES[self.status],
                follows=follows,
            ),
            self,
        )
        self.sentence.setObjectName("hearingStatusSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("padding: 8px; background: #eef4fb; border-radius: 4px;")
        layout.addWidget(self.sentence)

    def run(self) -> Callable[[], object]:
        db, number, actor, seen = self._db, self.number, self._actor, self.seen
        hearing_id, status, today = self.hearing.id, self.status, self._today()
        return lambda: proceedings.set_hearing_status(
            db, number, hearing_id, status, actor=actor, seen_event_id=seen, today=today
        )

    def what_happened(self) -> str:
        return self.tr("已将 {day} 的开庭记为“{status}”").format(
            day=self.hearing.held_on.isoformat(),
            status=proceedings.HEARING_STATUSES[self.status],
        )
