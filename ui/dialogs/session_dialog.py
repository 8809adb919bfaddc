"""调解记录: log one mediation session in a few keystrokes (Enter saves)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.case_dialog import StaleGuard
from ui.ops import Ops
from ui.widgets.problems import note_label, set_note, to_date, to_qdate
from xinxiang_arbitration.case_detail import CaseDetail
from xinxiang_arbitration.cases.caseload import StaffChoice, staff_choices
from xinxiang_arbitration.proceedings import SESSION_RESULTS, log_mediation_session
from xinxiang_arbitration.security.permissions import SignedIn, actor_name
from xinxiang_arbitration.storage.db import Database

DEFAULT_START = QTime(9, 0)


class SessionDialog(QDialog):
    """One mediation session of ``case_number``; ``saved`` carries the new session's id.

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
        self._saving = False
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("调解记录 · {number}").format(number=case_number))
        self._build(today())
        self.guard = StaleGuard(self, db, ops, detail, self.buttons, self._show_error, today=today)
        self.guard.reloaded.connect(self.stale_reloaded)
        ops.run(lambda: staff_choices(db), self._fill_mediators, self._show_error)

    def _build(self, today: dt.date) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_edit = QDateEdit(to_qdate(today), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.time_edit = QTimeEdit(DEFAULT_START, self)
        self.time_edit.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        form.addRow(self.tr("日期、时间"), when)
        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText(self.tr("如：仲裁院调解室"))
        form.addRow(self.tr("地点"), self.place_edit)
        self.mediator_combo = QComboBox(self)
        self.mediator_combo.addItem(self.tr("（未指定）"), None)
        form.addRow(self.tr("调解员"), self.mediator_combo)
        self.attendees_edit = QLineEdit(self)
        self.attendees_edit.setPlaceholderText(
            self.tr("到场人员，如：申请人张伟，被申请人委托代理人李强")
        )
        form.addRow(self.tr("到场人员"), self.attendees_edit)
        self.proposals_edit = QPlainTextEdit(self)
        self.proposals_edit.setPlaceholderText(self.tr("调解方案（Shift+Enter 换行）"))
        self.proposals_edit.setTabChangesFocus(True)
        self.proposals_edit.setFixedHeight(72)
        self.proposals_edit.installEventFilter(self)
        form.addRow(self.tr("调解方案"), self.proposals_edit)
        results = QHBoxLayout()
        self.result_group = QButtonGroup(self)
        self.result_buttons: dict[str, QRadioButton] = {}
        for n, (code, label) in enumerate(SESSION_RESULTS.items(), start=1):
            button = QRadioButton(f"&{n} {self.tr(label)}", self)
            self.result_group.addButton(button)
            self.result_buttons[code] = button
            results.addWidget(button)
        results.addStretch(1)
        self.result_buttons["continue"].setChecked(True)
        form.addRow(self.tr("结果"), results)
        self.notes_edit = QLineEdit(self)
        form.addRow(self.tr("备注"), self.notes_edit)
        layout.addLayout(form)
        self.error_label = note_label(self)
        layout.addWidget(self.error_label)
        self.buttons = buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.place_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the proposals box saves too; Shift+Enter starts a new line."""
        if (
            watched is self.proposals_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def _fill_mediators(self, people: list[StaffChoice]) -> None:
        for person in people:
            self.mediator_combo.addItem(person.name, person.name)
        found = self.mediator_combo.findData(actor_name(self._actor))
        if found >= 0:
            self.mediator_combo.setCurrentIndex(found)

    def session_result(self) -> str:
        return next(code for code, b in self.result_buttons.items() if b.isChecked())

    def save(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        set_note(self.error_label, None)
        text = {
            "place": self.place_edit.text(),
            "attendees": self.attendees_edit.text(),
            "proposals": self.proposals_edit.toPlainText(),
            "notes": self.notes_edit.text(),
        }
        clean = {key: value.strip() or None for key, value in text.items()}
        time = self.time_edit.time()
        on, result = to_date(self.date_edit.date()), self.session_result()
        mediator = self.mediator_combo.currentData()
        seen = self.guard.seen  # someone else's change since: refused, not lost

        def log() -> int:
            return log_mediation_session(
                self._db,
                self.case_number,
                on=on,
                result=result,
                actor=self._actor,
                starts_at=dt.time(time.hour(), time.minute()),
                mediator=mediator,
                seen_event_id=seen,
                **clean,
            )

        self._ops.run(log, self._saved, self._refused)

    def _saved(self, session_id: int) -> None:
        self._saving = False
        self.saved.emit(session_id)
        self.accept()

    def _refused(self, sentence: str) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.guard.refused(sentence)

    def _show_error(self, sentence: str | None) -> None:
        set_note(self.error_label, sentence)
