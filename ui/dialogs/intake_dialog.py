"""收件登记: a new case of any kind, checked as it is typed, numbered when saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Ops
from ui.widgets.check_group import CheckGroup
from ui.widgets.claims_table import ClaimsEditor
from ui.widgets.date_line import DateLineEdit
from ui.widgets.problems import WARNING_COLOUR, ProblemMarker, note_label, to_date, with_note
from xinxiang_arbitration.cases.intake import CreatedCase, NewCase, create_case
from xinxiang_arbitration.cases.intake_checks import (
    IntakeChoices,
    field_problems,
    intake_choices,
    limitation_warning,
)
from xinxiang_arbitration.domain import COLLECTIVE_HEADCOUNT, CaseKind, DisputeType
from xinxiang_arbitration.security.permissions import SignedIn, actor_name
from xinxiang_arbitration.storage.db import Database

KINDS = (CaseKind.MEDIATION, CaseKind.ARBITRATION, CaseKind.INSPECTION)  # the combo's order
ALWAYS_SHOWN = {"received_on", "headcount", "claims"}


class IntakeDialog(QDialog):
    """The intake form; ``created`` carries the new case number."""

    created = Signal(str)

    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._ops, self._actor, self._today = db, ops, actor, today
        self._choices: IntakeChoices | None = None
        self._touched: set[str] = set()
        self._saving = False
        self.problems: dict[str, str] = {}
        self.show_message: Callable[[str, str], None] = self._message_box
        self.setWindowTitle(self.tr("收件登记 · 新案件"))
        self.marker = ProblemMarker(self)
        self._build()
        self.kind_combo.setCurrentIndex(KINDS.index(CaseKind.ARBITRATION))
        self._kind_changed()
        ops.run(lambda: intake_choices(db), self._choices_loaded, self._show_error)

    # -- building -------------------------------------------------------------------------

    def _field(self, key: str, widget: QWidget) -> QWidget:
        note = note_label(self)
        self.marker.add(key, widget, note)
        return with_note(widget, note)

    def _line(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t: self._touch(key))
        edit.textChanged.connect(self._revalidate)
        return edit

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        for label in (self.tr("调解案件"), self.tr("仲裁案件"), self.tr("监察举报投诉")):
            self.kind_combo.addItem(label)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        top.addWidget(QLabel(self.tr("案件类型"), self))
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        layout.addLayout(top)
        columns = QHBoxLayout()
        columns.addWidget(self._build_parties(), 1)
        columns.addWidget(self._build_case(), 1)
        layout.addLayout(columns)
        disputes = QGroupBox(self.tr("争议类型（可多选）"), self)
        self.dispute_group = CheckGroup([(self.tr(d.label), d) for d in DisputeType], 5, self)
        self.dispute_group.changed.connect(lambda: self._touch("dispute_types"))
        box = QVBoxLayout(disputes)
        box.addWidget(self._field("dispute_types", self.dispute_group))
        layout.addWidget(disputes)
        claims = QGroupBox(self.tr("请求事项"), self)
        self.claims_editor = ClaimsEditor(self)
        self.claims_editor.changed.connect(self._revalidate)
        QVBoxLayout(claims).addWidget(self.claims_editor)
        layout.addWidget(claims, 1)
        notes = QFormLayout()
        self.notes_edit = QLineEdit(self)
        notes.addRow(self.tr("备注"), self.notes_edit)
        layout.addLayout(notes)
        self.limitation_label = note_label(self, WARNING_COLOUR)
        self.collective_label = note_label(self, WARNING_COLOUR)
        self.error_label = note_label(self)
        self.pending_label = QLabel(self)
        self.pending_label.setStyleSheet("color: #666;")
        for label in (self.limitation_label, self.collective_label, self.error_label):
            layout.addWidget(label)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("保存并编号"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pending_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    def _build_parties(self) -> QGroupBox:
        group = QGroupBox(self.tr("当事人"), self)
        self.parties_form = form = QFormLayout(group)
        self.applicant_edit = self._line("applicant")
        self.id_edit = self._line("applicant_id_number", self.tr("18 位，末位可为 X"))
        self.id_edit.setMaxLength(18)
        self.respondent_edit = self._line("respondent", self.tr("用人单位名称"))
        self.credit_edit = self._line("credit_code", self.tr("18 位统一社会信用代码"))
        self.credit_edit.setMaxLength(18)
        self.headcount_spin = QSpinBox(self)
        self.headcount_spin.setRange(1, 99_999)
        self.headcount_spin.valueChanged.connect(self._revalidate)
        self.applicant_label = QLabel(self.tr("申请人"), self)
        form.addRow(self.applicant_label, self._field("applicant", self.applicant_edit))
        form.addRow(self.tr("身份证号"), self._field("applicant_id_number", self.id_edit))
        form.addRow(self.tr("被申请人"), self._field("respondent", self.respondent_edit))
        form.addRow(self.tr("统一社会信用代码"), self._field("credit_code", self.credit_edit))
        form.addRow(self.tr("涉及人数"), self._field("headcount", self.headcount_spin))
        return group

    def _build_case(self) -> QGroupBox:
        group = QGroupBox(self.tr("收件与时效"), self)
        self.case_form = form = QFormLayout(group)
        self.received_edit = QDateEdit(self)
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("yyyy-MM-dd")
        today = self._today()
        self.received_edit.setDate(QDate(today.year, today.month, today.day))
        self.received_edit.dateChanged.connect(self._revalidate)
        self.org_combo = QComboBox(self)
        self.org_combo.setEditable(True)
        self.org_combo.setCurrentText("")
        self.org_combo.lineEdit().textEdited.connect(lambda _t: self._touch("mediation_org"))
        self.org_combo.editTextChanged.connect(self._revalidate)
        self.handler_combo = QComboBox(self)
        self.handler_combo.setEditable(True)
        self.known_edit = DateLineEdit(self)
        self.wage_check = QCheckBox(self.tr("追索劳动报酬（在职期间不受时效限制）"), self)
        self.ended_edit = DateLineEdit(self)
        for edit, key in ((self.known_edit, "known_on"), (self.ended_edit, "employment_ended_on")):
            edit.textEdited.connect(lambda _t, k=key: self._touch(k))
            edit.textChanged.connect(self._revalidate)
        self.wage_check.toggled.connect(self._revalidate)
        form.addRow(self.tr("收件日期"), self._field("received_on", self.received_edit))
        form.addRow(self.tr("调解组织"), self._field("mediation_org", self.org_combo))
        form.addRow(self.tr("承办人"), self.handler_combo)
        form.addRow(self.tr("知道权利被侵害之日"), self._field("known_on", self.known_edit))
        form.addRow("", self.wage_check)
        form.addRow(
            self.tr("劳动关系终止之日"), self._field("employment_ended_on", self.ended_edit)
        )
        return group

    # -- behaviour ------------------------------------------------------------------------

    def kind(self) -> CaseKind:
        return KINDS[max(0, self.kind_combo.currentIndex())]

    def _kind_changed(self) -> None:
        kind = self.kind()
        inspection = kind is CaseKind.INSPECTION
        self.case_form.setRowVisible(1, kind is CaseKind.MEDIATION)
        for row in (3, 4, 5):  # 仲裁时效 does not apply to inspection complaints
            self.case_form.setRowVisible(row, not inspection)
        self.applicant_label.setText(self.tr("举报投诉人") if inspection else self.tr("申请人"))
        self._revalidate()

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._revalidate()

    def draft(self) -> tuple[NewCase, dict[str, str]]:
        """The case as typed so far, and what is wrong with it, by field."""
        kind = self.kind()
        claims, claim_problems = self.claims_editor.claims()
        limited = kind is not CaseKind.INSPECTION
        wage = limited and self.wage_check.isChecked()
        self.ended_edit.setEnabled(wage)
        new = NewCase(
            kind=kind,
            applicant=self.applicant_edit.text(),
            respondent=self.respondent_edit.text(),
            dispute_types=self.dispute_group.checked(),
            received_on=to_date(self.received_edit.date()),
            applicant_id_number=self.id_edit.text().strip() or None,
            credit_code=self.credit_edit.text().strip() or None,
            headcount=self.headcount_spin.value(),
            mediation_org=self.org_combo.currentText() if kind is CaseKind.MEDIATION else None,
            handler=self.handler_combo.currentText().strip() or None,
            notes=self.notes_edit.text().strip() or None,
            claims=claims,
            known_on=self.known_edit.date() if limited else None,
            wage_claim=wage,
            employment_ended_on=self.ended_edit.date() if wage else None,
        )
        problems = field_problems(new, today=self._today())
        for key, edit in (("known_on", self.known_edit), ("employment_ended_on", self.ended_edit)):
            if edit.isEnabled() and edit.problem():
                problems[key] = edit.problem() or ""
        if claim_problems:
            problems["claims"] = "；".join(claim_problems)
        return new, problems

    def _revalidate(self) -> None:
        if not hasattr(self, "save_button"):
            return  # still building
        new, self.problems = self.draft()
        self.marker.show(self.problems, lambda k: k in self._touched or k in ALWAYS_SHOWN)
        hidden = [k for k in self.problems if k not in self._touched and k not in ALWAYS_SHOWN]
        self.pending_label.setText(
            self.tr("尚需填写：{fields}").format(
                fields="、".join(self._field_name(k) for k in hidden)
            )
            if hidden
            else ""
        )
        self.save_button.setEnabled(not self.problems and not self._saving)
        warning = limitation_warning(self._choices.calendar, new) if self._choices else None
        self.limitation_label.setText(warning or "")
        self.limitation_label.setVisible(bool(warning))
        collective = new.headcount >= COLLECTIVE_HEADCOUNT
        self.collective_label.setText(
            self.tr("涉及 {n} 人：将标记为集体劳动人事争议").format(n=new.headcount)
            if collective
            else ""
        )
        self.collective_label.setVisible(collective)

    def _field_name(self, key: str) -> str:
        names = {
            "applicant": self.tr("申请人"),
            "respondent": self.tr("被申请人"),
            "dispute_types": self.tr("争议类型"),
            "mediation_org": self.tr("调解组织"),
        }
        return names.get(key, self.problems.get(key, key))  # "form": a problem with no field

    def _choices_loaded(self, choices: IntakeChoices) -> None:
        self._choices = choices
        self.org_combo.addItems(choices.mediation_orgs)
        self.org_combo.setCurrentText("")
        self.handler_combo.addItems(choices.staff)
        me = actor_name(self._actor)
        self.handler_combo.setCurrentText(me if me in choices.staff else "")
        self._revalidate()

    def save(self) -> None:
        new, problems = self.draft()
        if problems or self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.error_label.setVisible(False)
        self._ops.run(
            lambda: create_case(self._db, new, actor=self._actor), self._saved, self._refused
        )

    def _saved(self, result: CreatedCase) -> None:
        self._saving = False
        lines = [self.tr("已登记，案号：{number}").format(number=result.number), *result.warnings]
        self.created.emit(result.number)
        self.show_message(self.tr("收件登记"), "\n".join(lines))
        self.accept()

    def _refused(self, sentence: str) -> None:
        self._saving = False
        self._show_error(sentence)
        self._revalidate()

    def _show_error(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        self.error_label.setVisible(True)

    def _message_box(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)
