"""案件文字: the named free texts documents print (事实与理由, 查明事实, 调解协议内容 …),
one at a time in a plain-text editor; saving an empty text removes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

from ui.dialogs.case_editor import QT_TRANSLATE_NOOP, CaseEditDialog
from xinxiang_arbitration.case_detail import TEXT_LABELS, CaseDetail
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.proceedings import materials as case_materials

# the texts each kind's templates print (scripts/templates/*.py), in the order of the fields
TEXTS_BY_KIND: dict[CaseKind, frozenset[str]] = {
    CaseKind.ARBITRATION: frozenset(
        {
            "facts",
            "defence",
            "findings",
            "reasons",
            "agreement",
            "refusal_reason",
            "closure_reason",
            "correction",
            "materials",
            "postponement_reason",
            "record",
            "advance_execution",
        }
    ),
    CaseKind.MEDIATION: frozenset({"facts", "agreement", "record"}),
    CaseKind.INSPECTION: frozenset({"facts", "violation", "rectification", "record"}),
}


def text_names(detail: CaseDetail) -> list[str]:
    """The texts offered for this case: its kind's, and any other it already has."""
    wanted = TEXTS_BY_KIND.get(detail.header.kind, frozenset()) | {t.name for t in detail.texts}
    return [name for name in case_materials.TEXT_NAMES if name in wanted]


class TextsDialog(CaseEditDialog):
    """One text of the case; another is picked from the list once this one is saved or
    left unchanged (the choice is locked while there is unsaved typing)."""

    title = QT_TRANSLATE_NOOP("TextsDialog", "案件文字")

    def build(self, layout: QVBoxLayout, detail: CaseDetail) -> None:
        self.setMinimumWidth(640)
        form = QFormLayout()
        self.name = QComboBox(self)
        self.name.setObjectName("textName")
        self.name.setMinimumContentsLength(24)
        form.addRow(self.tr("文字"), self.name)
        layout.addLayout(form)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("textBody")
        self.body.setTabChangesFocus(True)
        lines = QFontMetrics(self.body.font()).lineSpacing()
        self.body.setMinimumHeight(14 * lines)
        layout.addWidget(self.body, 1)
        self.hint = QLabel(self.tr("保存空白内容即删除这项文字。"), self)
        self.hint.setStyleSheet("color: #555;")
        layout.addWidget(self.hint)
        self._fill_names(detail)
        wanted = self.name.findData(self.options.get("name"))
        self.name.setCurrentIndex(max(0, wanted))
        self.name.currentIndexChanged.connect(self._show_text)
        self.body.textChanged.connect(self._typed)
        self._show_text()

    def _fill_names(self, detail: CaseDetail) -> None:
        filled = {t.name for t in detail.texts}
        for name in text_names(detail):
            mark = self.tr("（已填写）") if name in filled else ""
            self.name.addItem(TEXT_LABELS.get(name, name) + mark, name)

    @property
    def current(self) -> str:
        return str(self.name.currentData())

    def stored(self) -> str:
        """The current text as the case has it (as last read)."""
        return next((t.body for t in self.detail.texts if t.name == self.current), "")

    def modified(self) -> bool:
        return self.body.toPlainText().strip() != self.stored().strip()

    def _show_text(self, *_args: object) -> None:
        self.body.setPlainText(self.stored())
        self.body.setFocus()

    def _typed(self) -> None:
        locked = self.modified()
        self.name.setEnabled(not locked)
        self.name.setToolTip(self.tr("请先保存或取消这项文字的修改") if locked else "")

    def check(self) -> str | None:
        return None if self.modified() else self.tr("没有修改，无需保存")

    def run(self) -> Callable[[], object]:
        db, number, actor, seen = self._db, self.number, self._actor, self.seen
        name, body = self.current, self.body.toPlainText()
        return lambda: case_materials.set_text(
            db, number, name, body, actor=actor, seen_event_id=seen
        )

    def what_happened(self) -> str:
        label = TEXT_LABELS.get(self.current, self.current)
        if not self.body.toPlainText().strip():
            return self.tr("已删除“{label}”").format(label=label)
        return self.tr("已保存“{label}”").format(label=label)
