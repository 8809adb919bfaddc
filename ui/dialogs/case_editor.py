"""What every editor of a case's materials shares: the core call on the worker, the core's
refusal shown as its sentence with the dialog kept open and the typing kept, and – when
a colleague changed the case meanwhile – 刷新案件后再确认 (read the case again, confirm again).

``StaleGuard`` is that last part alone, for dialogs with their own layout (调解记录,
安排开庭); ``CaseEditDialog`` is the whole frame an editor fills with its fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Ops
from ui.widgets.problems import note_label, set_note
from xinxiang_arbitration.case_detail import CaseDetail, case_detail
from xinxiang_arbitration.errors import STALE_PREFIX
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context``; ``tr()`` translates it where shown."""
    return text


class StaleGuard(QObject):
    """The case as the user saw it (``seen``: its newest event) and the reload button that
    a refusal because of someone else's change shows in ``buttons``."""

    reloaded = Signal()  # the case was read again: the view shows what the colleague did

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        ops: Ops,
        detail: CaseDetail | None,
        buttons: QDialogButtonBox,
        show: Callable[[str | None], None],
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db, self._ops, self.detail, self._show, self._today = db, ops, detail, show, today
        self.button: QPushButton = buttons.addButton(
            self.tr("刷新案件后再确认"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.button.setObjectName("editReload")
        self.button.setVisible(False)
        self.button.clicked.connect(self.reload)

    @property
    def seen(self) -> int | None:
        """What the save passes as ``seen_event_id`` (None: no detail, no check)."""
        return None if self.detail is None else self.detail.last_event_id

    def refused(self, sentence: str) -> None:
        """Show the core's sentence; offer the reload when the case changed meanwhile."""
        self._show(sentence)
        self.button.setVisible(self.detail is not None and sentence.startswith(STALE_PREFIX))

    def reload(self) -> None:
        if self.detail is None:
            return
        self.button.setEnabled(False)
        db, case_id, today = self._db, self.detail.header.id, self._today()
        self._ops.run(lambda: case_detail(db, case_id, today=today), self._reloaded, self._failed)

    def _reloaded(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.button.setEnabled(True)
        self.button.setVisible(False)
        self._show(self.tr("已刷新：请核对后再确认。"))
        self.reloaded.emit()

    def _failed(self, sentence: str) -> None:
        self.button.setEnabled(True)
        self._show(sentence)


class CaseEditDialog(QDialog):
    """One editor of one case: ``build`` adds the fields, ``run`` is the core call."""

    saved = Signal(str)  # what was saved, as a sentence for the case view's message line
    stale_reloaded = Signal()
    title = ""
    confirm_text = QT_TRANSLATE_NOOP("CaseEditDialog", "保存")

    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        detail: CaseDetail,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        **options: Any,
    ) -> None:
        super().__init__(parent)
        self._db, self._ops, self._actor, self._today = db, ops, actor, today
        self.number = detail.header.number
        self.options = options  # what the caller chose (a side, a hearing …)
        self.saving = False
        self.setWindowTitle(f"{self.tr(self.title)} · {self.number}")
        self.setMinimumWidth(480)
        self.error: QLabel = note_label(self)
        self.error.setObjectName("editError")
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton(
            self.tr(self.confirm_text), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("editSave")
        self.confirm_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.guard = StaleGuard(self, db, ops, detail, self.buttons, self.show_error, today=today)
        self.guard.reloaded.connect(self._reloaded)
        layout = QVBoxLayout(self)
        self.build(layout, detail)  # the guard holds the detail by now (``self.detail``)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- what a subclass gives ----------------------------------------------------------------

    def build(self, layout: QVBoxLayout, detail: CaseDetail) -> None:
        """Add the editor's fields, filled from ``detail``."""
        raise NotImplementedError

    def check(self) -> str | None:
        """A problem of what was typed that the core cannot see (unreadable amount …)."""
        return None

    def run(self) -> Callable[[], object]:
        """The core call with the values as they are now (it runs on the worker)."""
        raise NotImplementedError

    def what_happened(self) -> str:
        return self.tr("已保存")

    # -- behaviour ----------------------------------------------------------------------------

    @property
    def detail(self) -> CaseDetail:
        assert self.guard.detail is not None
        return self.guard.detail

    @property
    def seen(self) -> int | None:
        return self.guard.seen

    def show_error(self, sentence: str | None) -> None:
        set_note(self.error, sentence)
        layout = self.layout()
        if layout is None:
            return
        needed = max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height())
        if needed > self.height():  # a long sentence: grow rather than squeeze the fields
            self.resize(self.width(), needed)

    def confirm(self) -> None:
        if self.saving:
            return
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        self.show_error(None)
        self.saving = True
        self.buttons.setEnabled(False)
        self._ops.run(self.run(), self._succeeded, self._refused)

    def _succeeded(self, _result: object) -> None:
        self.saving = False
        self.saved.emit(self.what_happened())
        self.accept()

    def _refused(self, sentence: str) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.guard.refused(sentence)

    def _reloaded(self) -> None:
        self.stale_reloaded.emit()
