"""The stage actions of a case (受理, 不予受理, 中止, 恢复, 延期, 结案, 转仲裁), one form each.

Every dialog says in one sentence exactly what will happen, updated as the user types;
its confirm button runs the core call on the worker. A refusal of the core is shown
as its sentence and the dialog stays open with everything typed kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.case_editor import StaleGuard
from ui.ops import Ops
from xinxiang_arbitration.case_detail import CaseDetail
from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.cases.acting import CaseState
from xinxiang_arbitration.clocks.deadlines import CLOCKS, EXCLUSION_KINDS, Rule
from xinxiang_arbitration.domain import CLOSURE_MODES_BY_KIND, CaseKind, ClosureMode
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database

ERROR_STYLE = "color: #c62828;"
# the Rules Art. 47 grounds, offered in the 中止 form (the reason stays free text)
SUSPENSION_GROUNDS = (
    "劳动者一方死亡，需要等待继承人表明是否参加仲裁",
    "劳动者一方丧失民事行为能力，尚未确定法定代理人",
    "用人单位终止，尚未确定权利义务承继者",
    "一方当事人因不可抗力不能参加仲裁",
    "本案须以另一案的审理结果为依据，而另一案尚未审结",
    "等待工伤认定、伤残等级鉴定或者其他鉴定结论",
    "其他应当中止仲裁审理的情形",
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context``; ``tr()`` translates it where shown."""
    return text


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ActionDialog(QDialog):
    """One action on one case: fields, the sentence of what will happen, confirm / cancel."""

    performed = Signal(str)  # what happened, as a sentence for the status line
    stale_reloaded = Signal()  # the case was read again after someone else changed it
    title = ""
    confirm_text = "确定"

    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        detail: CaseDetail,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._ops, self._actor = db, ops, actor
        self.number = detail.header.number
        self.setWindowTitle(self.tr(self.title))
        self.setMinimumWidth(460)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(self.tr(self.confirm_text))
        self.confirm_button.setObjectName("actionConfirm")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        # (the guard holds the case: the fields below read it)
        # shown when someone else changed the case meanwhile: read it again, keep the typing
        self.guard = StaleGuard(self, db, ops, detail, self.buttons, self._show, today=today)
        self.guard.button.setObjectName("actionReload")
        self.guard.reloaded.connect(self._reloaded)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.date_edit = QDateEdit(_qdate(today()), self)
        self.date_edit.setObjectName("actionDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.dateChanged.connect(self.update_sentence)
        self.form.addRow(self.tr("日期"), self.date_edit)
        self.add_fields()
        layout.addLayout(self.form)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("actionSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("padding: 8px; background: #eef4fb; border-radius: 4px;")
        layout.addWidget(self.sentence)
        self.error = QLabel(self)
        self.error.setObjectName("actionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.update_sentence()

    # -- what a subclass gives ---------------------------------------------------------------

    def add_fields(self) -> None:
        """Add the action's own fields to ``self.form``."""

    def what_will_happen(self) -> str:
        raise NotImplementedError

    def run(self) -> Callable[[], CaseState]:
        """The core call, with the values as they are now (it runs on the worker)."""
        raise NotImplementedError

    def what_happened(self, state: CaseState) -> str:
        return self.tr("案件 {n} 现为“{s}”").format(n=state.number, s=state.status.label)

    # -- behaviour ---------------------------------------------------------------------------

    @property
    def on(self) -> dt.date:
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def update_sentence(self, *_args: Any) -> None:
        if hasattr(self, "sentence"):  # fields signal while they are being built
            self.sentence.setText(self.what_will_happen())

    def confirm(self) -> None:
        self.error.setVisible(False)
        self.buttons.setEnabled(False)
        self._ops.run(self.run(), self._succeeded, self._refused)

    def _succeeded(self, state: CaseState) -> None:
        self.performed.emit(self.what_happened(state))
        self.accept()

    @property
    def detail(self) -> CaseDetail:
        """The case as last read (again, after a colleague's change: ``StaleGuard``)."""
        assert self.guard.detail is not None
        return self.guard.detail

    def _show(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def _refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.guard.refused(message)

    def _reloaded(self) -> None:
        """The user confirms the same action with what they typed, now knowing the change
        (which the case view shows too)."""
        self.update_sentence()
        self.stale_reloaded.emit()

    def _line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.update_sentence)
        self.form.addRow(label, edit)
        return edit

    @property
    def inspection(self) -> bool:
        return self.detail.header.kind is CaseKind.INSPECTION


class AcceptDialog(ActionDialog):
    title = QT_TRANSLATE_NOOP("AcceptDialog", "受理")
    confirm_text = QT_TRANSLATE_NOOP("AcceptDialog", "确认受理")

    def what_will_happen(self) -> str:
        kind, on = self.detail.header.kind, self.on.isoformat()
        if kind is CaseKind.ARBITRATION:
            clock = CLOCKS["award"]
            text = self.tr(
                "将案件 {n} 标记为已受理，受理日期 {on}；{clock}（{days} 日）自次日起计算。"
            )
        elif kind is CaseKind.INSPECTION:
            clock = CLOCKS["inspection_closure"]
            text = self.tr(
                "对举报投诉 {n} 立案，立案日期 {on}；{clock}（{days} 个工作日）自次日起计算。"
            )
        else:
            clock = CLOCKS["mediation"]
            text = self.tr(
                "将调解案件 {n} 标记为已受理，受理日期 {on}；"
                "{clock}（{days} 日）仍自收到申请次日起算。"
            )
        return text.format(n=self.number, on=on, clock=clock.name, days=clock.length)

    def run(self) -> Callable[[], CaseState]:
        db, number, on, actor = self._db, self.number, self.on, self._actor
        seen = self.detail.last_event_id  # someone else's change since: refused, not lost
        return lambda: case_life.accept(db, number, on, actor=actor, seen_event_id=seen)


class RefuseDialog(ActionDialog):
    title = QT_TRANSLATE_NOOP("RefuseDialog", "不予受理")
    confirm_text = QT_TRANSLATE_NOOP("RefuseDialog", "确认不予受理")

    def add_fields(self) -> None:
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("refuseReason")
        self.reason.setFixedHeight(70)
        self.reason.textChanged.connect(self.update_sentence)
        self.form.addRow(self.tr("理由"), self.reason)

    def what_will_happen(self) -> str:
        return self.tr(
            "对案件 {n} 作出{decision}决定（{on}），理由：{reason}。"
            "该案不计入受理数，以后不能再受理或结案。"
        ).format(
            n=self.number,
            decision=self.tr("不予立案") if self.inspection else self.tr("不予受理"),
            on=self.on.isoformat(),
            reason=self.reason.toPlainText().strip() or self.tr("（请填写）"),
        )

    def run(self) -> Callable[[], CaseState]:
        db, number, on, actor = self._db, self.number, self.on, self._actor
        seen = self.detail.last_event_id  # someone else's change since: refused, not lost
        reason = self.reason.toPlainText()
        return lambda: case_life.refuse(
            db, number, on, reason=reason, actor=actor, seen_event_id=seen
        )


class SuspendDialog(ActionDialog):
    title = QT_TRANSLATE_NOOP("SuspendDialog", "中止")
    confirm_text = QT_TRANSLATE_NOOP("SuspendDialog", "确认中止")

    def add_fields(self) -> None:
        self.kind = QComboBox(self)
        self.kind.setObjectName("suspensionKind")
        for code, label in EXCLUSION_KINDS.items():
            self.kind.addItem(label, code)
        self.kind.currentIndexChanged.connect(self.update_sentence)
        self.form.addRow(self.tr("类别"), self.kind)
        self.reason = QComboBox(self)
        self.reason.setObjectName("suspensionReason")
        self.reason.setEditable(True)
        self.reason.addItems(SUSPENSION_GROUNDS)
        self.reason.setCurrentIndex(-1)
        self.reason.setToolTip(
            self.tr("《劳动人事争议仲裁办案规则》第四十七条所列情形，或自行填写")
        )
        self.reason.currentTextChanged.connect(self.update_sentence)
        self.form.addRow(self.tr("事由"), self.reason)
        self.approver = self._line(
            "suspensionApprover",
            self.tr("批准人"),
            self.tr("仲裁委员会主任或其委托的仲裁院负责人"),
        )

    def what_will_happen(self) -> str:
        return self.tr(
            "将案件 {n} 标记为{kind}，自 {on} 起审理期限停止计算，恢复审理后继续计算；"
            "批准人：{approver}。"
        ).format(
            n=self.number,
            kind=self.kind.currentText(),
            on=self.on.isoformat(),
            approver=self.approver.text().strip() or self.tr("（请填写）"),
        )

    def run(self) -> Callable[[], CaseState]:
        db, number, on, actor = self._db, self.number, self.on, self._actor
        seen = self.detail.last_event_id  # someone else's change since: refused, not lost
        reason, approver = self.reason.currentText(), self.approver.text()
        kind = str(self.kind.currentData())
        return lambda: case_life.suspend(
            db,
            number,
            on,
            reason=reason,
            approver=approver,
            actor=actor,
            kind=kind,
            seen_event_id=seen,
        )


class ResumeDialog(ActionDialog):
    title = QT_TRANSLATE_NOOP("ResumeDialog", "恢复审理")
    confirm_text = QT_TRANSLATE_NOOP("ResumeDialog", "确认恢复")

    def what_will_happen(self) -> str:
        text = self.tr("案件 {n} 自 {on} 恢复审理，审理期限继续计算").format(
            n=self.number, on=self.on.isoformat()
        )
        running = [s for s in self.detail.suspensions if s.ended_on is None]
        if running:
            last = running[-1]
            text += self.tr("；{kind}期间（自 {start} 起 {days} 日）不计入审理期限").format(
                kind=last.kind_label,
                start=last.started_on.isoformat(),
                days=max(0, (self.on - last.started_on).days),
            )
        return text + "。"

    def run(self) -> Callable[[], CaseState]:
        db, number, on, actor = self._db, self.number, self.on, self._actor
        seen = self.detail.last_event_id  # someone else's change since: refused, not lost
        return lambda: case_life.resume(db, number, on, actor=actor, seen_event_id=seen)


class ExtendDialog(ActionDialog):
    title = QT_TRANSLATE_NOOP("ExtendDialog", "延长期限")
    confirm_text = QT_TRANSLATE_NOOP("ExtendDialog", "确认延长")

    def add_fields(self) -> None:
        self.approver = self._line(
            "extensionApprover", self.tr("批准人"), self.tr("仲裁委员会主任（监察：部门负责人）")
        )

    def what_will_happen(self) -> str:
        clock = CLOCKS["inspection_closure" if self.inspection else "award"]
        unit = self.tr("个工作日") if clock.default_rule is Rule.WORKING_DAYS else self.tr("日")
        return self.tr(
            "将案件 {n} 的{clock}延长 {days} {unit}（批准日期 {on}，批准人：{approver}）；"
            "期限只能延长一次，并应书面通知当事人。"
        ).format(
            n=self.number,
            clock=clock.name,
            days=clock.extension,
            unit=unit,
            on=self.on.isoformat(),
            approver=self.approver.text().strip() or self.tr("（请填写）"),
        )

    def run(self) -> Callable[[], CaseState]:
        db, number, on, actor = self._db, self.number, self.on, self._actor
        seen = self.detail.last_event_id  # someone else's change since: refused, not lost
        approver = self.approver.text()
        return lambda: case_life.extend(
            db, number, on, approver=approver, actor=actor, seen_event_id=seen
        )

    def what_happened(self, state: CaseState) -> str:
        return self.tr("案件 {n} 的期限已延长").format(n=state.number)


class CloseDialog(ActionDialog):
    title = QT_TRANSLATE_NOOP("CloseDialog", "结案")
    confirm_text = QT_TRANSLATE_NOOP("CloseDialog", "确认结案")

    def add_fields(self) -> None:
        self.mode = QComboBox(self)
        self.mode.setObjectName("closureMode")
        for mode in CLOSURE_MODES_BY_KIND[self.detail.header.kind]:
            self.mode.addItem(mode.label, mode.value)
        self.mode.currentIndexChanged.connect(self.update_sentence)
        self.form.addRow(self.tr("结案方式"), self.mode)

    @property
    def chosen_mode(self) -> ClosureMode:
        code = self.mode.currentData()
        return next(m for m in ClosureMode if m.value == code)

    def what_will_happen(self) -> str:
        return self.tr(
            "将案件 {n} 以“{mode}”结案，结案日期 {on}；结案后不再计算期限，也不能再变更阶段。"
        ).format(n=self.number, mode=self.mode.currentText(), on=self.on.isoformat())

    def run(self) -> Callable[[], CaseState]:
        db, number, on, actor, mode = self._db, self.number, self.on, self._actor, self.chosen_mode
        seen = self.detail.last_event_id  # someone else's change since: refused, not lost
        return lambda: case_life.close(db, number, on, mode=mode, actor=actor, seen_event_id=seen)


class TransferDialog(ActionDialog):
    title = QT_TRANSLATE_NOOP("TransferDialog", "转仲裁")
    confirm_text = QT_TRANSLATE_NOOP("TransferDialog", "确认转仲裁")

    def what_will_happen(self) -> str:
        text = self.tr(
            "将调解案件 {n} 转为仲裁：新建一件仲裁案件（收件日期 {on}），"
            "当事人、涉及人数、请求金额和争议类型从本案带入，两案互相关联"
        ).format(n=self.number, on=self.on.isoformat())
        if self.detail.header.closed_on is None:
            text += self.tr("；本案将以“{mode}”结案").format(mode=ClosureMode.NO_AGREEMENT.label)
        return text + "。"

    def run(self) -> Callable[[], CaseState]:
        db, number, on, actor = self._db, self.number, self.on, self._actor
        return lambda: case_life.transfer_to_arbitration(db, number, on, actor=actor)

    def what_happened(self, state: CaseState) -> str:
        return self.tr("已新建仲裁案件 {n}（由 {m} 转入）").format(n=state.number, m=self.number)


DIALOGS: dict[str, type[ActionDialog]] = {
    "accept": AcceptDialog,
    "refuse": RefuseDialog,
    "suspend": SuspendDialog,
    "resume": ResumeDialog,
    "extend": ExtendDialog,
    "close": CloseDialog,
    "transfer": TransferDialog,
}
