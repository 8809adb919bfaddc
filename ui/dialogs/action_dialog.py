"""The frame of every stage action of a case (``ui.dialogs.case_actions``): a date, the
action's own fields, and one sentence saying exactly what will happen, updated as the
user types; its confirm button runs the core call on the worker. A refusal of the core
is shown as its sentence and the dialog stays open with everything typed kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ui.dialogs.case_dialog import CaseDialog
from ui.widgets.problems import note_label, set_note, to_date, to_qdate
from xinxiang_arbitration.case_detail import CaseDetail
from xinxiang_arbitration.cases.acting import CaseState
from xinxiang_arbitration.domain import CaseKind


class ActionDialog(CaseDialog):
    """One action on one case: fields, the sentence of what will happen, confirm / cancel."""

    performed = Signal(str)  # what happened, as a sentence for the status line
    confirm_text = "确定"

    def add_confirm_button(self) -> QPushButton:
        button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        button.setText(self.tr(self.confirm_text))
        button.setObjectName("actionConfirm")
        return button

    def lay_out(self, detail: CaseDetail) -> None:
        self.setWindowTitle(self.tr(self.title))
        self.setMinimumWidth(460)
        self.guard.button.setObjectName("actionReload")
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.date_edit = QDateEdit(to_qdate(self._today()), self)
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
        self.error = note_label(self)
        self.error.setObjectName("actionError")
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

    # -- what the subclasses use -------------------------------------------------------------

    @property
    def on(self) -> dt.date:
        return to_date(self.date_edit.date())

    @property
    def inspection(self) -> bool:
        return self.detail.header.kind is CaseKind.INSPECTION

    def _line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.update_sentence)
        self.form.addRow(label, edit)
        return edit

    def _core(self, action: Callable[..., CaseState], **values: Any) -> Callable[[], CaseState]:
        """``action`` (of ``cases.life``) on this case, on the date, as the actor, with
        ``values``: the core call of ``run``. It names the newest event the user saw: a
        colleague's change since is refused, not lost."""
        db, number, on, actor = self._db, self.number, self.on, self._actor
        seen = self.detail.last_event_id
        return lambda: action(db, number, on, actor=actor, seen_event_id=seen, **values)

    # -- behaviour ---------------------------------------------------------------------------

    def update_sentence(self, *_args: Any) -> None:
        if hasattr(self, "sentence"):  # fields signal while they are being built
            self.sentence.setText(self.what_will_happen())

    def show_error(self, sentence: str | None) -> None:
        set_note(self.error, sentence)

    def confirm(self) -> None:
        self.error.setVisible(False)
        super().confirm()

    def _succeeded(self, state: CaseState) -> None:
        self.performed.emit(self.what_happened(state))
        self.accept()

    def _reloaded(self) -> None:
        """The user confirms the same action with what they typed, now knowing the change
        (which the case view shows too)."""
        self.update_sentence()
        super()._reloaded()
