"""代理人: add an agent of either party, or take one off the case (a withdrawn mandate, or
one entered by mistake) after a sentence saying who."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ui.dialogs.case_editor import QT_TRANSLATE_NOOP, CaseEditDialog
from xinxiang_arbitration.case_detail import SIDES, AgentLine, CaseDetail
from xinxiang_arbitration.proceedings import materials as case_materials

# the usual categories (the Law Art. 24–25); anything else may be typed
AGENT_ROLES = ("律师", "基层法律服务工作者", "公民代理", "员工", "近亲属", "法定代理人")


class AgentDialog(CaseEditDialog):
    """A new agent of the applicant or of the respondent."""

    title = QT_TRANSLATE_NOOP("AgentDialog", "添加代理人")
    confirm_text = QT_TRANSLATE_NOOP("AgentDialog", "添加")

    def build(self, layout: QVBoxLayout, detail: CaseDetail) -> None:
        form = QFormLayout()
        self.side = QComboBox(self)
        self.side.setObjectName("agentSide")
        for party in detail.parties:
            self.side.addItem(f"{party.side_label}（{party.name}）", party.side)
        self.side.setCurrentIndex(max(0, self.side.findData(self.options.get("side"))))
        form.addRow(self.tr("代理哪一方"), self.side)
        self.name = QLineEdit(self)
        self.name.setObjectName("agentName")
        form.addRow(self.tr("姓名"), self.name)
        self.role = QComboBox(self)
        self.role.setObjectName("agentRole")
        self.role.setEditable(True)
        self.role.addItems(AGENT_ROLES)
        self.role.setToolTip(self.tr("从列表中选择，或自行填写"))
        form.addRow(self.tr("代理类别"), self.role)
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("agentOrganisation")
        self.organisation.setPlaceholderText(self.tr("如：河南××律师事务所（可不填）"))
        form.addRow(self.tr("单位"), self.organisation)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("agentPhone")
        form.addRow(self.tr("电话"), self.phone)
        layout.addLayout(form)
        self.name.setFocus()

    def run(self) -> Callable[[], object]:
        db, number, actor, seen = self._db, self.number, self._actor, self.seen
        side, name, role = str(self.side.currentData()), self.name.text(), self.role.currentText()
        organisation = self.organisation.text().strip() or None
        phone = self.phone.text().strip() or None
        return lambda: case_materials.add_agent(
            db,
            number,
            side=side,
            name=name,
            role=role,
            organisation=organisation,
            phone=phone,
            actor=actor,
            seen_event_id=seen,
        )

    def what_happened(self) -> str:
        return self.tr("已添加{side}的代理人 {name}").format(
            side=SIDES.get(str(self.side.currentData()), ""), name=self.name.text().strip()
        )


class RemoveAgentDialog(CaseEditDialog):
    """Take the agent ``options["agent"]`` (an ``AgentLine``) off the case."""

    title = QT_TRANSLATE_NOOP("RemoveAgentDialog", "删除代理人")
    confirm_text = QT_TRANSLATE_NOOP("RemoveAgentDialog", "确认删除")

    @property
    def agent(self) -> AgentLine:
        agent = self.options["agent"]
        assert isinstance(agent, AgentLine)
        return agent

    def build(self, layout: QVBoxLayout, detail: CaseDetail) -> None:
        a = self.agent
        extra = "，".join(x for x in (a.role, a.organisation, a.phone) if x)
        self.sentence = QLabel(
            self.tr(
                "将从案件 {n} 删除{side}的代理人 {name}（{extra}）。"
                "已生成的文书不变，以后生成的文书不再列出此人。"
            ).format(n=self.number, side=a.side_label, name=a.name, extra=extra),
            self,
        )
        self.sentence.setObjectName("removeAgentSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("padding: 8px; background: #eef4fb; border-radius: 4px;")
        layout.addWidget(self.sentence)

    def run(self) -> Callable[[], object]:
        db, number, actor, seen, agent_id = (
            self._db,
            self.number,
            self._actor,
            self.seen,
            self.agent.id,
        )
        return lambda: case_materials.remove_agent(
            db, number, agent_id, actor=actor, seen_event_id=seen
        )

    def what_happened(self) -> str:
        return self.tr("已删除{side}的代理人 {name}").format(
            side=self.agent.side_label, name=self.agent.name
        )
