"""Showing a form's problems where they are: a red border on the field, a line below it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

INVALID_COLOUR = "#c62828"
WARNING_COLOUR = "#9a5b00"
# a field whose dynamic property "invalid" is true gets a red frame
INVALID_STYLE = (
    f'QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],'
    f' QTimeEdit[invalid="true"], QSpinBox[invalid="true"], QTableWidget[invalid="true"],'
    f' QFrame#checkGroup[invalid="true"] {{ border: 1px solid {INVALID_COLOUR}; }}'
)


def note_label(parent: QWidget, colour: str = INVALID_COLOUR) -> QLabel:
    """A small line of text under a field: its problem, hidden while there is none."""
    label = QLabel(parent)
    label.setStyleSheet(f"color: {colour};")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def with_note(field: QWidget, note: QLabel) -> QWidget:
    """The field with its problem line below it, as one cell of a form."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(field)
    layout.addWidget(note)
    return box


def set_note(note: QLabel, text: str | None) -> None:
    note.setText(text or "")
    note.setVisible(bool(text))


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class ProblemMarker:
    """Marks the fields of a form from a ``{field: problem}`` mapping."""

    def __init__(self, host: QWidget) -> None:
        host.setStyleSheet(host.styleSheet() + INVALID_STYLE)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, key: str, widget: QWidget, note: QLabel) -> None:
        self._fields[key] = (widget, note)

    def keys(self) -> list[str]:
        return list(self._fields)

    def show(self, problems: Mapping[str, str], shown: Callable[[str], bool]) -> None:
        """Mark each field with its problem when ``shown(key)`` (e.g. the field was touched)."""
        for key, (widget, note) in self._fields.items():
            problem = problems.get(key) if shown(key) else None
            set_invalid(widget, problem is not None)
            set_note(note, problem)

    def note(self, key: str) -> str:
        """The problem a field shows now ('' when none): for tests and screen readers."""
        _widget, label = self._fields[key]
        return label.text() if label.isVisible() or label.text() else ""


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)
