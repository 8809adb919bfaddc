"""The frame every editor of a case's materials fills with its fields (当事人, 代理人,
仲裁庭, 裁决事项 …): ``CaseEditDialog``; what it shares with the stage actions (the core
call on the worker, the refusal kept, the reload after a colleague's change) is
``ui.dialogs.case_dialog``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from ui.dialogs.case_dialog import QT_TRANSLATE_NOOP, CaseDialog
from ui.widgets.problems import note_label, set_note
from xinxiang_arbitration.case_detail import CaseDetail

__all__ = ["QT_TRANSLATE_NOOP", "CaseEditDialog"]


class CaseEditDialog(CaseDialog):
    """One editor of one case: ``build`` adds the fields, ``run`` is the core call."""

    saved = Signal(str)  # what was saved, as a sentence for the case view's message line
    confirm_text = QT_TRANSLATE_NOOP("CaseEditDialog", "保存")

    def add_confirm_button(self) -> QPushButton:
        button = self.buttons.addButton(
            self.tr(self.confirm_text), QDialogButtonBox.ButtonRole.AcceptRole
        )
        button.setObjectName("editSave")
        button.setDefault(True)
        return button

    def lay_out(self, detail: CaseDetail) -> None:
        self.saving = False
        self.setWindowTitle(f"{self.tr(self.title)} · {self.number}")
        self.setMinimumWidth(480)
        self.error: QLabel = note_label(self)
        self.error.setObjectName("editError")
        layout = QVBoxLayout(self)
        self.build(layout, detail)
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
        super().confirm()

    def _succeeded(self, _result: object) -> None:
        self.saving = False
        self.saved.emit(self.what_happened())
        self.accept()

    def _refused(self, sentence: str) -> None:
        self.saving = False
        super()._refused(sentence)
