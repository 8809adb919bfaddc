"""The main window (tabs, menus, shortcuts, status bar) and the start-up path (pytest-qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.app import main, open_or_explain
from ui.session import CurrentUser
from ui.views.main_window import MainWindow
from xinxiang_arbitration.domain import CaseKind, CaseStatus, PartyKind
from xinxiang_arbitration.models import Case, Party
from xinxiang_arbitration.storage.db import Database, make_engine, resolve_url
from xinxiang_arbitration.storage.migrate import upgrade_to


def add_cases(db: Database, kind: CaseKind, how_many: int) -> None:
    with db.transaction() as session:
        employer = Party(kind=PartyKind.ORGANISATION, name="新乡市某某机械有限公司")
        for _ in range(how_many):
            n = session.query(Case).count() + 1
            session.add(
                Case(
                    number=f"新劳人仲案字〔2026〕{n}号",
                    kind=kind,
                    status=CaseStatus.RECEIVED.value,
                    applicant=Party(kind=PartyKind.PERSON, name=f"申请人{n}"),
                    respondent=employer,
                    received_on=dt.date(2026, 3, 2),
                )
            )
            session.flush()


def menu_action(window: MainWindow, menu_title: str, text: str) -> QAction:
    for top in window.menuBar().actions():
        menu = top.menu()
        if top.text() == menu_title and isinstance(menu, QMenu):
            for action in menu.actions():
                if action.text() == text:
                    return action
    raise AssertionError(f"no menu action {menu_title} → {text}")


def cell(item: QTableWidgetItem | None) -> QTableWidgetItem:
    assert item is not None
    return item


def shown_counts(window: MainWindow) -> dict[str, str]:
    table: QTableWidget = window.counts_table
    return {
        cell(table.verticalHeaderItem(row)).text(): cell(table.item(row, 0)).text()
        for row in range(table.rowCount())
    }


def wait_for_counts(qtbot: QtBot, window: MainWindow, total: int) -> None:
    qtbot.waitUntil(lambda: window.total_label.text() == f"合计：{total} 件", timeout=5000)


def test_overview_counts_status_bar_and_refresh(
    qtbot: QtBot, sqlite_db: Database, settings: QSettings
) -> None:
    add_cases(sqlite_db, CaseKind.MEDIATION, 2)
    add_cases(sqlite_db, CaseKind.ARBITRATION, 3)
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)

    assert window.windowTitle() == "新乡市劳动人事争议仲裁委员会 · 案件管理系统"
    assert window.user_label.text() == "未选择用户"
    assert cell(window.counts_table.horizontalHeaderItem(0)).text() == "案件数"
    wait_for_counts(qtbot, window, 5)  # read on a worker
    assert shown_counts(window) == {"调解": "2", "仲裁": "3", "监察": "0"}
    path = sqlite_db.describe()
    assert path.endswith("cases.sqlite3")
    assert window.database_label.text() == f"数据库：{path}"
    assert window.database_label.parent() is window.statusBar()
    assert window.user_label.parent() is window.statusBar()
    assert path in window.welcome_label.text()

    add_cases(sqlite_db, CaseKind.INSPECTION, 1)
    assert shown_counts(window)["监察"] == "0"  # nothing changes until asked
    refresh = menu_action(window, "案件(&C)", "刷新")
    assert refresh.shortcut() == QKeySequence(Qt.Key.Key_F5)
    refresh.trigger()
    wait_for_counts(qtbot, window, 6)
    assert shown_counts(window) == {"调解": "2", "仲裁": "3", "监察": "1"}


def test_tabs_and_menus(qtbot: QtBot, sqlite_db: Database, settings: QSettings) -> None:
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["我的案件", "今日到期", "开庭安排", "案件概况"]
    assert window.tabs.currentWidget() is window.caseload_view
    menus: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        menus[top.text()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert menus == {
        "文件(&F)": ["切换数据库…", "切换用户…", "退出"],
        "案件(&C)": ["新建案件…", "查找", "刷新"],
        "统计(&S)": ["统计看板", "分类统计", "月度报表"],
        "管理(&A)": ["系统管理…"],
        "帮助(&H)": ["关于"],
    }
    assert menu_action(window, "案件(&C)", "新建案件…").shortcut() == QKeySequence("Ctrl+N")
    assert menu_action(window, "案件(&C)", "查找").shortcut() == QKeySequence("Ctrl+F")
    with qtbot.waitSignal(window.database_switch_requested):
        menu_action(window, "文件(&F)", "切换数据库…").trigger()


def test_new_case_is_hidden_without_the_intake_dialog(
    qtbot: QtBot, sqlite_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "_intake_dialog", staticmethod(lambda: None))
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)
    assert not menu_action(window, "案件(&C)", "新建案件…").isVisible()


def _show_active(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_f_goes_to_the_search_box(
    qtbot: QtBot, sqlite_db: Database, settings: QSettings
) -> None:
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)
    _show_active(qtbot, window)
    window.tabs.setCurrentIndex(2)  # 案件概况
    window.caseload_view.search_box.setText("张伟")

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    assert window.tabs.currentWidget() is window.caseload_view
    qtbot.waitUntil(lambda: window.caseload_view.search_box.hasFocus())
    assert window.caseload_view.search_box.selectedText() == "张伟"  # typing replaces it


def test_f5_reads_the_lists_again(qtbot: QtBot, sqlite_db: Database, settings: QSettings) -> None:
    add_cases(sqlite_db, CaseKind.ARBITRATION, 2)
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)
    _show_active(qtbot, window)
    caseload = window.caseload_view
    qtbot.waitUntil(lambda: caseload.model.total == 2 and not window.ops.busy, timeout=5000)

    add_cases(sqlite_db, CaseKind.ARBITRATION, 1)
    qtbot.keyClick(window, Qt.Key.Key_F5)

    qtbot.waitUntil(lambda: caseload.model.total == 3, timeout=5000)
    wait_for_counts(qtbot, window, 3)
    assert caseload.status_label.text() == "共 3 件"


def test_open_case_without_the_case_view_says_so(
    qtbot: QtBot, sqlite_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.views.window_tabs as main_window

    monkeypatch.setattr(main_window, "optional_class", lambda module, name: None)
    shown = _capture(monkeypatch, "information")
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)
    window.open_case(7)
    assert shown == [("打开案件", "案件详情页面尚未完成（案件编号 7）。")]
    assert window.tabs.count() == 4


class FakeCaseView(QWidget):
    def __init__(self, db: Database, ops: object, actor: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.actor = actor
        self.opened: list[int] = []

    def open_case(self, case_id: int) -> None:
        self.opened.append(case_id)


def test_open_case_shows_one_tab_per_case(
    qtbot: QtBot, sqlite_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.views.window_tabs as main_window

    add_cases(sqlite_db, CaseKind.ARBITRATION, 2)
    monkeypatch.setattr(main_window, "optional_class", lambda module, name: FakeCaseView)
    window = MainWindow(sqlite_db, settings, user=CurrentUser("王芳", None))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.caseload_view.model.loaded, timeout=5000):
        pass
    first_id = window.caseload_view.model.case_id(0)

    window.caseload_view.case_opened.emit(first_id)  # what a double-click sends

    assert window.tabs.count() == 5
    view = window.tabs.currentWidget()
    assert isinstance(view, FakeCaseView)
    assert view.opened == [first_id] and view.actor == "王芳"
    qtbot.waitUntil(lambda: window.tabs.tabText(4).startswith("〔2026〕"))
    window.tabs.setCurrentIndex(0)
    window.open_case(first_id)  # the same case again: its tab, not a second one
    assert window.tabs.count() == 5 and window.tabs.currentIndex() == 4
    window.close_tab(4)
    assert window.tabs.count() == 4
    window.close_tab(0)  # the fixed tabs stay
    assert window.tabs.count() == 4


def test_table_is_read_only(qtbot: QtBot, sqlite_db: Database, settings: QSettings) -> None:
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)
    assert window.counts_table.rowCount() == 3
    for row in range(3):
        assert not cell(window.counts_table.item(row, 0)).flags() & Qt.ItemFlag.ItemIsEditable


def test_quit_closes_and_geometry_is_restored(
    qtbot: QtBot, sqlite_db: Database, settings: QSettings
) -> None:
    first = MainWindow(sqlite_db, settings)
    qtbot.addWidget(first)
    assert (first.width(), first.height()) == (1100, 700)  # nothing saved yet
    first.show()
    first.resize(720, 520)  # within the offscreen screen (800×600)
    quit_action = menu_action(first, "文件(&F)", "退出")
    assert quit_action.shortcut() == QKeySequence("Ctrl+Q")
    quit_action.trigger()
    assert not first.isVisible()

    second = MainWindow(sqlite_db, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 520)


def _capture(monkeypatch: pytest.MonkeyPatch, name: str) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def fake(parent: QWidget | None, title: str, text: str, *args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
    return shown


def test_main_refuses_a_file_that_is_not_a_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("会议记录，不是数据库\n", encoding="utf-8")
    shown = _capture(monkeypatch, "critical")

    assert main(["--db", str(notes)]) == 2

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "无法打开数据库"
    assert "不是本系统的数据库" in text
    assert notes.read_text(encoding="utf-8") == "会议记录，不是数据库\n"


def test_upgraded_database_says_where_the_backup_is(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(resolve_url(str(path)))
    with engine.begin() as conn:
        upgrade_to(conn, "0001")
    engine.dispose()
    shown = _capture(monkeypatch, "information")

    db = open_or_explain(str(path))
    assert db is not None
    try:
        assert db.backup_path is not None and db.backup_path.exists()
        assert len(shown) == 1
        assert str(db.backup_path) in shown[0][1]
    finally:
        db.dispose()


def test_statistics_and_administration_open_once_each_and_close(
    qtbot: QtBot, sqlite_db: Database, settings: QSettings
) -> None:
    window = MainWindow(sqlite_db, settings, user=CurrentUser("王芳", None))
    qtbot.addWidget(window)
    fixed = window.tabs.count()
    menu_action(window, "统计(&S)", "统计看板").trigger()
    menu_action(window, "统计(&S)", "月度报表").trigger()
    menu_action(window, "管理(&A)", "系统管理…").trigger()
    menu_action(window, "统计(&S)", "统计看板").trigger()  # again: the same tab
    titles = [window.tabs.tabText(i) for i in range(fixed, window.tabs.count())]
    assert titles == ["统计看板", "月度报表", "系统管理"]
    assert window.tabs.tabText(window.tabs.currentIndex()) == "统计看板"
    window.close_tab(fixed)  # a tool tab closes like any other
    titles = [window.tabs.tabText(i) for i in range(fixed, window.tabs.count())]
    assert titles == ["月度报表", "系统管理"]
    menu_action(window, "统计(&S)", "分类统计").trigger()
    # the statistics, the report and administration act as the user (permissions): closed
    window.set_user(CurrentUser("李明", None))
    assert window.tabs.count() == fixed


def test_a_change_made_elsewhere_refreshes_the_caseload(
    qtbot: QtBot, sqlite_db: Database, settings: QSettings
) -> None:
    window = MainWindow(sqlite_db, settings)
    qtbot.addWidget(window)
    model = window.caseload_view.model
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)
    before = model.total
    assert window.live.wait_until_listening()
    with qtbot.waitSignal(window.live.changed, timeout=10_000):
        add_cases(sqlite_db, CaseKind.ARBITRATION, 1)  # written by another connection
    qtbot.waitUntil(lambda: model.total == before + 1, timeout=5000)
