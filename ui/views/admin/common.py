"""What the administrator's pages share: the page base, a read-only table, the layout of a
page that edits the row chosen in its table, a field whose problem shows below it while
Save stays disabled, and the questions pages ask."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.ops import Ops
from ui.widgets.problems import INVALID_STYLE, note_label, set_invalid, set_note
from xinxiang_arbitration.errors import STALE_RECORD_PREFIX, AppError
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database

T = TypeVar("T")
OK_COLOUR = "#2e7d32"
ROW_HEIGHT = 26


class Questions:
    """The dialogs a page opens; tests replace these attributes with answers."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def open_file(self, title: str, kinds: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self._parent, title, "", kinds)
        return Path(chosen) if chosen else None

    def save_file(self, title: str, name: str, kinds: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self._parent, title, name, kinds)
        return Path(chosen) if chosen else None

    def text(
        self, title: str, label: str, default: str = "", *, secret: bool = False
    ) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        value, ok = QInputDialog.getText(self._parent, title, label, mode, default)
        return value if ok else None

    def confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


class AdminPage(QWidget):
    """A page: runs core calls through ``ops`` and shows the outcome in ``message``."""

    def __init__(
        self, db: Database, ops: Ops, actor: SignedIn | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self.ops, self._actor = db, ops, actor
        self.ask = Questions(self)
        self.setStyleSheet(INVALID_STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """``fn`` on a worker; the outcome is dropped when the page is gone by then."""
        failed = on_error or self.fail

        def deliver(value: T) -> None:
            if isValid(self):
                on_done(value)

        def refuse(reason: str) -> None:
            if isValid(self):
                failed(reason)

        self.ops.run(fn, deliver, refuse)

    def fail(self, reason: str) -> None:
        self.message.setStyleSheet("color: #c62828;")
        self.message.setText(reason)
        if reason.startswith(STALE_RECORD_PREFIX):  # a colleague saved first: show theirs
            self.refresh()

    def done(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {OK_COLOUR};")
        self.message.setText(text)

    def refresh(self) -> None:
        """Read the page's data again (called when the page is shown)."""


class CheckedField:
    """A line edit checked on every keystroke by a core parser; its problem shows below it."""

    def __init__(self, parent: QWidget, edit: QLineEdit, check: Callable[[str], Any]) -> None:
        self.edit, self._check = edit, check
        self.note = note_label(parent)
        self.value: Any = None
        self.problem: str | None = None

    def validate(self) -> bool:
        try:
            self.value, self.problem = self._check(self.edit.text()), None
        except AppError as exc:
            self.value, self.problem = None, exc.message
        set_invalid(self.edit, self.problem is not None)
        set_note(self.note, self.problem)
        return self.problem is None


def table(parent: QWidget, headers: Sequence[str], object_name: str) -> QTableWidget:
    view = QTableWidget(0, len(headers), parent)
    view.setObjectName(object_name)
    view.setHorizontalHeaderLabels(list(headers))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.horizontalHeader().setMinimumSectionSize(56)
    view.setStyleSheet("QTableWidget::item { padding: 0 6px; }")
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def button(parent: QWidget, text: str, clicked: Callable[[], object]) -> QPushButton:
    made = QPushButton(text, parent)
    made.clicked.connect(clicked)
    return made


def table_with_form(
    page: AdminPage,
    view: QTableWidget,
    chosen: Callable[[], None],
    rows: Sequence[tuple[str, QWidget]],
    buttons: Sequence[QPushButton],
) -> None:
    """Lay ``page`` out as a table whose chosen row (``chosen`` is called on a new choice)
    the form below edits: the table, the form's ``rows`` (label, field), a row of
    ``buttons``, then the page's message."""
    layout = QVBoxLayout(page)
    view.itemSelectionChanged.connect(chosen)
    layout.addWidget(view, 1)
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    layout.addLayout(form)
    row = QHBoxLayout()
    for each in buttons:
        row.addWidget(each)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addWidget(page.message)


def fill(view: QTableWidget, rows: Sequence[Sequence[object]], keys: Sequence[object]) -> None:
    """Replace the rows; each row's key is kept on its first cell (UserRole)."""
    view.setRowCount(len(rows))
    for r, (cells, key) in enumerate(zip(rows, keys, strict=True)):
        for c, value in enumerate(cells):
            item = QTableWidgetItem("" if value is None else str(value))
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            view.setItem(r, c, item)


def selected_key(view: QTableWidget) -> Any:
    row = view.currentRow()
    item = view.item(row, 0) if row >= 0 else None
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def select_key(view: QTableWidget, key: object) -> None:
    for row in range(view.rowCount()):
        item = view.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
            view.selectRow(row)
            return
