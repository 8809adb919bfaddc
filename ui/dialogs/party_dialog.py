"""当事人信息: a party's particulars – sex and birth date of a person, legal representative
of an employer, and the address and phone of both – as the documents print them.

A person with a resident ID has the sex and birth date the ID carries: they are shown,
read from the ID, and cannot be typed (the core refuses a different one)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ui.dialogs.case_editor import QT_TRANSLATE_NOOP, CaseEditDialog
from ui.widgets.date_line import DateLineEdit
from xinxiang_arbitration.case_detail import CaseDetail, PartyLine
from xinxiang_arbitration.domain import PartyKind
from xinxiang_arbitration.inputs.values import (
    FIRST_BIRTH_DAY,
    resident_id_birth_date,
    resident_id_sex,
)
from xinxiang_arbitration.proceedings import materials as case_materials

SEXES = ("男", "女")
TEXT_FIELDS = ("address", "phone", "legal_representative", "legal_representative_title")


class PartyDialog(CaseEditDialog):
    """The party of ``side`` ("applicant" / "respondent"); fields left as they were are kept."""

    title = QT_TRANSLATE_NOOP("PartyDialog", "当事人信息")

    @property
    def side(self) -> str:
        return str(self.options.get("side", "applicant"))

    def party(self, detail: CaseDetail | None = None) -> PartyLine:
        found = (detail or self.detail).parties
        return next(p for p in found if p.side == self.side)

    def build(self, layout: QVBoxLayout, detail: CaseDetail) -> None:
        party = self.party(detail)
        self.person = party.kind_label == PartyKind.PERSON.label
        who = QLabel(f"<b>{party.side_label}　{party.name}</b>（{party.kind_label}）", self)
        who.setObjectName("partyName")
        layout.addWidget(who)
        form = QFormLayout()
        self.sex = QComboBox(self)
        self.sex.setObjectName("partySex")
        self.sex.addItem(self.tr("（未填写）"), None)
        for sex in SEXES:
            self.sex.addItem(sex, sex)
        self.birth_date = DateLineEdit(self, earliest=FIRST_BIRTH_DAY)
        self.birth_date.setObjectName("partyBirthDate")
        self.edits: dict[str, QLineEdit] = {}
        labels: dict[str, str] = {}
        for key, label, placeholder in (
            ("address", self.tr("住所"), self.tr("如：新乡市红旗区××路××号")),
            ("phone", self.tr("联系电话"), ""),
            ("legal_representative", self.tr("法定代表人"), self.tr("如：李明")),
            ("legal_representative_title", self.tr("职务"), self.tr("如：总经理")),
        ):
            edit = QLineEdit(self)
            edit.setObjectName("party_" + key)
            edit.setPlaceholderText(placeholder)
            self.edits[key], labels[key] = edit, label
        self.from_id = self.person and bool(party.id_number)
        if self.person:
            form.addRow(self.tr("性别"), self.sex)
            form.addRow(self.tr("出生日期"), self.birth_date)
        if self.from_id:
            note = QLabel(self.tr("性别和出生日期由身份证号 {id} 得出").format(id=party.id_number))
            note.setObjectName("partyFromId")
            form.addRow("", note)
            for widget in (self.sex, self.birth_date):
                widget.setEnabled(False)
                widget.setToolTip(note.text())
        shown = TEXT_FIELDS[:2] if self.person else TEXT_FIELDS
        for key in shown:
            form.addRow(labels[key], self.edits[key])
        for widget in (self.sex, self.birth_date, *self.edits.values()):
            widget.setVisible(form.indexOf(widget) >= 0)  # the other kind's fields: hidden
        layout.addLayout(form)
        self._fill(party)

    def _fill(self, party: PartyLine) -> None:
        sex, born = party.sex, party.birth_date
        if self.from_id and party.id_number:
            sex, born = resident_id_sex(party.id_number), resident_id_birth_date(party.id_number)
        self.sex.setCurrentIndex(max(0, self.sex.findData(sex)))
        self.birth_date.set_date(born)
        for key, edit in self.edits.items():
            edit.setText(getattr(party, key) or "")

    def check(self) -> str | None:
        if self.from_id:
            return None if self.changes() else self.tr("没有修改，无需保存")
        problem = self.birth_date.problem()
        if problem:
            return self.tr("出生日期：{problem}").format(problem=problem)
        born, was = self.birth_date.date(), self.party().birth_date
        if born is not None and born > self._today():
            return self.tr("出生日期不能晚于今天（{day}）").format(day=born.isoformat())
        if born is None and was is not None:
            return self.tr("出生日期已填写，只能改为另一日期，不能清空")
        if self.sex.currentData() is None and self.party().sex is not None:
            return self.tr("性别已填写，只能改为“男”或“女”")
        if not self.changes():
            return self.tr("没有修改，无需保存")
        return None

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from the case's (the others stay as they are)."""
        party = self.party()
        typed: dict[str, Any] = {k: e.text().strip() for k, e in self.edits.items()}
        if not self.from_id:  # otherwise the core takes them from the ID
            typed["sex"] = self.sex.currentData()
            typed["birth_date"] = self.birth_date.date()
        return {
            k: v
            for k, v in typed.items()
            if v is not None and v != (getattr(party, k) or ("" if k in TEXT_FIELDS else None))
        }

    def run(self) -> Callable[[], object]:
        db, number, side, actor, seen = self._db, self.number, self.side, self._actor, self.seen
        changes = self.changes()
        return lambda: case_materials.set_party_details(
            db, number, side, actor=actor, seen_event_id=seen, **changes
        )

    def what_happened(self) -> str:
        party = self.party()
        return self.tr("已保存{side} {name} 的信息").format(side=party.side_label, name=party.name)
