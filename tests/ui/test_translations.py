"""Qt's translation system: the .ts covers every tr() string in ui/, the .qm loads, and
Qt's own buttons speak Chinese (确定/取消)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ui.app import TRANSLATION_NAME, install_translations
from xinxiang_arbitration.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "translations.sh"
TS = resource_path("translations", f"{TRANSLATION_NAME}_zh_CN.ts")
QM = resource_path("translations", f"{TRANSLATION_NAME}_zh_CN.qm")
BIN = Path(sys.executable).parent


@pytest.mark.skipif(shutil.which("bash") is None, reason="the script is a bash script")
def test_the_ts_file_is_up_to_date_with_ui() -> None:
    """Regenerating the .ts from ui/ must change nothing: no new, changed, removed or
    unfinished strings; and the .qm is the .ts compiled. When this fails, run
    ``bash scripts/translations.sh``."""
    if not (BIN / "pyside6-lupdate").exists():
        pytest.skip(f"pyside6-lupdate is not in {BIN}")
    done = subprocess.run(
        ["bash", str(SCRIPT), "--check"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PYSIDE_BIN": str(BIN)},
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    text = TS.read_text(encoding="utf-8")
    assert 'language="zh_CN"' in text and 'type="unfinished"' not in text


def test_the_ts_has_the_main_windows_strings() -> None:
    text = TS.read_text(encoding="utf-8")
    for source in ("切换数据库…", "今日到期", "请选择或输入您的姓名", "测试连接"):
        assert f"<source>{source}</source>" in text


def test_the_qm_loads_and_translates() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    assert not translator.isEmpty()
    assert translator.translate("MainWindow", "文件(&F)") == "文件(&F)"
    assert translator.translate("SignInDialog", "选择用户") == "选择用户"
    assert translator.translate("MainWindow", "no such string") == ""


def test_installed_translations_give_chinese_standard_buttons(qtbot: QtBot) -> None:
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translations(app)
    try:
        assert len(installed) == 2  # Qt's own and the app's
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert (ok.text(), cancel.text()) == ("确定", "取消")
    finally:
        for translator in installed:
            app.removeTranslator(translator)
