"""The Qt binding keeps Python's reference counts right (PySide6 6.12.0 does not).

PySide6 6.12.0 on CPython 3.11 dropped one reference to ``None`` on each call of many
void methods; after a few thousand calls the process aborted ("none_dealloc").
pyproject.toml pins ``<6.12`` for that reason; this test fails if a version with the
bug comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_setting_text_a_thousand_times_keeps_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for n in range(1000):
        label.setText(str(n % 7))
        label.setVisible(False)
    assert sys.getrefcount(None) - before_none >= 0
    assert sys.getrefcount(True) - before_true >= 0
    assert label.text() == str(999 % 7)
