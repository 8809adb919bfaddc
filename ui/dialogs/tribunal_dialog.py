"""组成仲裁庭: three arbitrators (a presiding one and two members) or one sole arbitrator,
and a clerk, chosen from the office's active staff, with the day of appointment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
)

from ui.dialogs.case_editor import QT_TRANSLATE_NOOP, CaseEditDialog
from ui.widgets.problems import to_date, to_qdate
from xinxiang_arbitration import proceedings
from xinxiang_arbitration.case_detail import CaseDetail
from xinxiang_arbitration.security.staff import StaffMember, list_staff

SEAT_CODES = {label: code for code, label in proceedings.SEATS.items()}
ARBITRATOR_SEATS = ("presiding", "member1", "member2", "sole")


class TribunalDialog(CaseEditDialog):
    title = QT_TRANSLATE_NOOP("TribunalDialog", "组成仲裁庭")

    def build(self, layout: QVBoxLayout, detail: CaseDetail) -> None:
        self.staff_loaded = False
        seated = self._seated(detail)
        form = QFormLayout()
        modes = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.panel_button = QRadioButton(self.tr("合议庭（首席仲裁员一名、仲裁员两名）"), self)
        self.panel_button.setObjectName("tribunalPanel")
        self.sole_button = QRadioButton(self.tr("独任仲裁"), self)
        self.sole_button.setObjectName("tribunalSole")
        for button in (self.panel_button, self.sole_button):
            self.mode_group.addButton(button)
            modes.addWidget(button)
        modes.addStretch(1)
        form.addRow(self.tr("组庭方式"), modes)
        self.form = form
        self.seats: dict[str, QComboBox] = {}
        for code, label in (
            ("presiding", self.tr("首席仲裁员")),
            ("member1", self.tr("仲裁员")),
            ("member2", self.tr("仲裁员")),
            ("sole", self.tr("独任仲裁员")),
            ("clerk", self.tr("书记员")),
        ):
            combo = QComboBox(self)
            combo.setObjectName(f"seat_{code}")
            combo.setMinimumContentsLength(10)
            combo.addItem(self.tr("（不指定）") if code == "clerk" else self.tr("（请选择）"), None)
            name = seated.get(code)
            if name:
                combo.addItem(name, name)
                combo.setCurrentIndex(1)
            form.addRow(label, combo)
            self.seats[code] = combo
        appointed = next((s.appointed_on for s in detail.tribunal), self._today())
        self.date_edit = QDateEdit(to_qdate(appointed), self)
        self.date_edit.setObjectName("tribunalDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("组庭日期"), self.date_edit)
        layout.addLayout(form)
        (self.sole_button if "sole" in seated else self.panel_button).setChecked(True)
        self.mode_group.buttonToggled.connect(self._show_seats)
        self._show_seats()
        db = self._db
        self._ops.run(lambda: list_staff(db), self._fill_staff, self.show_error)

    @staticmethod
    def _seated(detail: CaseDetail) -> dict[str, str]:
        """The tribunal as it stands: seat code (member1, member2 …) → name."""
        seated: dict[str, str] = {}
        members = 0
        for seat in detail.tribunal:
            code = SEAT_CODES.get(seat.seat_label, "")
            if code == "member":
                members += 1
                code = f"member{members}"
            seated[code] = seat.name
        return seated

    @property
    def sole(self) -> bool:
        return self.sole_button.isChecked()

    def _show_seats(self, *_args: object) -> None:
        for code, combo in self.seats.items():
            shown = code == "clerk" or (code == "sole") == self.sole
            self.form.setRowVisible(combo, shown)
        self.adjustSize()

    def _fill_staff(self, people: list[StaffMember]) -> None:
        for combo in self.seats.values():
            for person in people:
                if combo.findData(person.name) < 0:
                    combo.addItem(person.name, person.name)
        self.staff_loaded = True

    def chosen(self, code: str) -> str | None:
        name = self.seats[code].currentData()
        return None if name is None else str(name)

    def check(self) -> str | None:
        if not self.staff_loaded:
            return self.tr("正在读取工作人员名单，请稍候")
        return None

    def run(self) -> Callable[[], object]:
        db, number, actor, seen = self._db, self.number, self._actor, self.seen
        on, clerk = to_date(self.date_edit.date()), self.chosen("clerk")
        if self.sole:
            sole, presiding, members = self.chosen("sole"), None, []
        else:
            sole, presiding = None, self.chosen("presiding")
            members = [m for m in (self.chosen("member1"), self.chosen("member2")) if m]
        return lambda: proceedings.set_tribunal(
            db,
            number,
            appointed_on=on,
            actor=actor,
            presiding=presiding,
            members=members,
            sole=sole,
            clerk=clerk,
            seen_event_id=seen,
        )

    def what_happened(self) -> str:
        return self.tr("已组成仲裁庭")
