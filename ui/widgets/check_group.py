"""A framed grid of check boxes for choosing several values (e.g. 争议类型)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QWidget


class CheckGroup(QFrame):
    """Check boxes in ``columns`` columns; ``changed`` whenever one is ticked or cleared."""

    changed = Signal()

    def __init__(
        self, choices: Sequence[tuple[str, Any]], columns: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkGroup")  # the problem style frames it when invalid
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setVerticalSpacing(2)
        self.boxes: list[tuple[QCheckBox, Any]] = []
        for n, (label, value) in enumerate(choices):
            box = QCheckBox(label, self)
            box.toggled.connect(self.changed)
            layout.addWidget(box, n // columns, n % columns)
            self.boxes.append((box, value))

    def checked(self) -> list[Any]:
        return [value for box, value in self.boxes if box.isChecked()]

    def box(self, value: Any) -> QCheckBox:
        return next(box for box, v in self.boxes if v == value)
