"""A date typed as text (2025-03-07, 2025/3/7 or 2025年3月7日), read by the core's parser."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from xinxiang_arbitration.inputs.values import FIRST_DAY, parse_date


class DateLineEdit(QLineEdit):
    """An optional date: empty is no date; anything else must be a real date, not before
    ``earliest`` (the core's first day of a case, unless said: a birth date is older)."""

    def __init__(self, parent: QWidget | None = None, *, earliest: dt.date = FIRST_DAY) -> None:
        super().__init__(parent)
        self._earliest = earliest
        self.setPlaceholderText(self.tr("如 2025-03-07"))
        self.setClearButtonEnabled(True)

    def date(self) -> dt.date | None:
        """The date typed, or None when empty or unreadable (see ``problem``)."""
        try:
            return parse_date(self.text(), first=self._earliest) if self.text().strip() else None
        except ValueError:
            return None

    def problem(self) -> str | None:
        if not self.text().strip():
            return None
        try:
            parse_date(self.text(), first=self._earliest)
        except ValueError as exc:
            return str(exc)
        return None

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")
