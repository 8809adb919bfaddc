"""The stage actions of a case (受理, 不予受理, 中止, 恢复, 延期, 结案, 转仲裁), one form each
on the frame of ``ui.dialogs.action_dialog.ActionDialog``: its own fields, the sentence of
what will happen, and the core call of ``cases.life``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from ui.dialogs.action_dialog import ActionDialog
from ui.dialogs.case_dialog import QT_TRANSLATE_NOOP
from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.cases.acting import CaseState
from xinxiang_arbitration.clocks.deadlines import CLOCKS, EXCLUSION_KINDS, Rule
from xinxiang_arbitration.domain import CLOSURE_MODES_BY_KIND, CaseKind, ClosureMode

__all__ = ["DIALOGS", "ActionDialog"]

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
        return self._core(case_life.accept)


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
        return self._core(case_life.refuse, reason=self.reason.toPlainText())


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
        return self._core(
            case_life.suspend,
            reason=self.reason.currentText(),
            approver=self.approver.text(),
            kind=str(self.kind.currentData()),
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
        return self._core(case_life.resume)


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
        return self._core(case_life.extend, approver=self.approver.text())

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
        return self._core(case_life.close, mode=self.chosen_mode)


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
