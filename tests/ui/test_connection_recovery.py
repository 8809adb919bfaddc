"""The client window carries on when the PostgreSQL server drops its connections (issue 9:
"restart PostgreSQL during a session; the client recovers with nothing lost").

A real restart is not possible here: the server is shared with the other tests (and other
people's test runs), so restarting it would break them. Terminating every server
connection of the test's database (``pg_terminate_backend``) is the stand-in: it is what a
restart does to a client – every pooled connection and the live-refresh listener's
connection die under it, and the next use must find a fresh one.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection

from tests.doc_cases import DocCases, make_doc_cases
from tests.ui.steps import LEFT, WAIT, type_text
from ui.dialogs.case_actions import SuspendDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.ops import Ops, error_sentence
from ui.session import sign_in
from ui.views.case_view import CaseView
from ui.views.main_window import MainWindow
from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.storage.db import Database, open_database

pytestmark = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)

TODAY = dt.date(2026, 11, 20)
NOT_SAVED = "与数据库服务器的连接中断，本次操作没有保存；请检查网络后重试"
WRITES = ("INSERT", "UPDATE", "DELETE")


class Server:
    """The test's own connection to the server, the one a kill spares: it kills the
    others and reads what was really written."""

    def __init__(self, url: URL) -> None:
        dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.conn = psycopg.connect(dsn, autocommit=True)

    def close(self) -> None:
        self.conn.close()

    def kill_all(self) -> dt.datetime:
        """Terminate every other client connection of this database, as a restart does;
        each kill waits (up to 10 s) until that backend is gone. Returns the server's
        time just after, for ``listeners(since=...)``."""
        killed = self.conn.execute(
            "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend'"
        ).fetchall()
        # the window's pooled connection(s), its listener's, the other PC's
        assert len(killed) >= 3, killed
        assert all(ok for (ok,) in killed), "a backend outlived its termination"
        row = self.conn.execute("SELECT clock_timestamp()").fetchone()
        assert row is not None
        return row[0]

    def kill(self, pid: int) -> None:
        row = self.conn.execute("SELECT pg_terminate_backend(%s, 10000)", (pid,)).fetchone()
        assert row is not None and row[0], f"backend {pid} outlived its termination"

    def listeners(self, since: dt.datetime | None = None) -> int:
        """Live-refresh listeners connected now (their last query was the LISTEN), only
        those that connected after ``since`` when given."""
        row = self.conn.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND query LIKE 'LISTEN xa_changes%%' "
            "AND (%s::timestamptz IS NULL OR backend_start > %s)",
            (since, since),
        ).fetchone()
        return int(row[0]) if row else 0

    def count(self, sql: str, *args: object) -> int:
        row = self.conn.execute(sql, args).fetchone()
        return int(row[0]) if row else 0

    def sessions_of(self, number: str, place: str) -> int:
        return self.count(
            "SELECT count(*) FROM mediation_sessions m JOIN cases c ON c.id = m.case_id "
            "WHERE c.number = %s AND m.place = %s",
            number,
            place,
        )

    def suspensions_of(self, number: str) -> int:
        return self.count(
            "SELECT count(*) FROM suspensions s JOIN cases c ON c.id = s.case_id "
            "WHERE c.number = %s",
            number,
        )

    def events_of(self, number: str, action: str) -> int:
        return self.count(
            "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
            "WHERE c.number = %s AND e.action = %s",
            number,
            action,
        )

    def status_of(self, number: str) -> str:
        row = self.conn.execute("SELECT status FROM cases WHERE number = %s", (number,)).fetchone()
        assert row is not None
        return str(row[0])

    def cut_off_at_commit(
        self, db: Database, monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str
    ) -> threading.Event:
        """Make ``module.name`` lose its server connection while it commits: after its
        writes reached the server, just before COMMIT, its backend is terminated (as if the
        server restarted at that moment). The returned event is set once that happened."""
        real = getattr(module, name)
        cut = threading.Event()

        def cut_off(*args: Any, **kwargs: Any) -> Any:
            me = threading.get_ident()  # only this call's unit of work, not the lists' reads
            wrote = threading.Event()

            def before_cursor_execute(
                conn: Connection, _cursor: Any, statement: str, *_: Any
            ) -> None:
                if threading.get_ident() == me and statement.lstrip().upper().startswith(WRITES):
                    wrote.set()

            def before_commit(conn: Connection) -> None:
                if threading.get_ident() == me and wrote.is_set() and not cut.is_set():
                    dbapi = conn.connection.dbapi_connection
                    assert isinstance(dbapi, psycopg.Connection)
                    self.kill(dbapi.info.backend_pid)
                    cut.set()

            event.listen(db.engine, "before_cursor_execute", before_cursor_execute)
            event.listen(db.engine, "commit", before_commit)
            try:
                return real(*args, **kwargs)
            finally:
                event.remove(db.engine, "commit", before_commit)
                event.remove(db.engine, "before_cursor_execute", before_cursor_execute)

        monkeypatch.setattr(module, name, cut_off)
        return cut


@pytest.fixture
def cases(db: Database) -> DocCases:
    return make_doc_cases(db)


@pytest.fixture
def server(db: Database) -> Iterator[Server]:
    admin = Server(db.url)
    try:
        yield admin
    finally:
        admin.close()


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box the window would show (none is expected: no traceback pop-ups)."""
    shown: list[tuple[str, str]] = []

    def fake(_parent: QWidget | None, title: str, text: str, *_args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
    return shown


@pytest.fixture
def failures(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every background operation of the client that failed, as the sentence it gave
    (a failed read would show as 查询失败 / 读取案件失败 and only a later refresh mend it)."""
    failed: list[str] = []
    real = Ops._fail

    def record(ops: Ops, job: Any, exc: BaseException) -> None:
        failed.append(error_sentence(exc))
        real(ops, job, exc)

    monkeypatch.setattr(Ops, "_fail", record)
    return failed


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, cases: DocCases, settings: QSettings
) -> Iterator[MainWindow]:
    """王芳's window on the office server, lists read, live refresh listening."""
    main = MainWindow(db, settings, user=sign_in(db, "王芳"), today=lambda: TODAY)
    qtbot.addWidget(main)
    try:
        main.show()
        main.activateWindow()
        qtbot.waitExposed(main)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=WAIT)
        caseload = main.caseload_view
        qtbot.waitUntil(lambda: caseload.model.total == 2 and not main.ops.busy, timeout=WAIT)
        assert main.live.wait_until_listening()
        yield main
    finally:
        main.close()  # stops the listener and waits for the workers before the db goes


@pytest.fixture
def other_pc(db: Database) -> Iterator[Database]:
    """A colleague's PC on the same server."""
    other = open_database(db.url)
    try:
        yield other
    finally:
        other.dispose()


def search_and_open(qtbot: QtBot, window: MainWindow, words: str, number: str) -> CaseView:
    """我的案件: type in the search box, double-click the one case found, wait for it."""
    caseload = window.caseload_view
    caseload.search_box.clear()
    type_text(caseload.search_box, words)
    model = caseload.model

    def found() -> bool:
        row = model.row_at(0) if model.total == 1 else None
        return row is not None and row.number == number

    qtbot.waitUntil(found, timeout=WAIT)
    assert caseload.status_label.text() == "共 1 件"
    cell = caseload.table.visualRect(model.index(0, 0)).center()
    # Qt 6 takes a double click as press, release, double-click press, release
    qtbot.mouseClick(caseload.table.viewport(), LEFT, pos=cell)
    qtbot.mouseDClick(caseload.table.viewport(), LEFT, pos=cell)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    qtbot.waitUntil(lambda: view.detail is not None and not view.loading, timeout=WAIT)
    assert view.number_label.text() == number
    assert not view.message.isVisible()  # no "读取案件失败"
    return view


def ui_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Errors the client logged (an unexpected exception of a worker is logged so)."""
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.ERROR and r.name.startswith("ui")
    ]


def test_after_the_server_drops_every_connection_the_window_just_carries_on(
    qtbot: QtBot,
    window: MainWindow,
    cases: DocCases,
    server: Server,
    other_pc: Database,
    message_boxes: list[tuple[str, str]],
    failures: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caseload = window.caseload_view
    assert server.listeners() >= 1
    heard: list[bool] = []
    window.live.changed.connect(lambda: heard.append(True))

    # the server "restarts": the window's pooled connections, its listener, the other PC's
    killed_at = server.kill_all()

    # F5 reads the lists again, on fresh connections
    with qtbot.waitSignal(caseload.model.loaded, timeout=WAIT) as loaded:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert loaded.args is not None and loaded.args[0] == 2
    assert caseload.status_label.text() == "共 2 件"
    qtbot.waitUntil(lambda: window.total_label.text() == "合计：3 件", timeout=WAIT)
    assert failures == []  # read on fresh connections, not failed first and mended later

    # the listener reconnects by itself and says "anything may have changed": the lists
    # are read again (waited for here so that no reload resets the list under the mouse)
    qtbot.waitUntil(lambda: server.listeners(since=killed_at) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: bool(heard) and not window.ops.busy, timeout=WAIT)

    # search 我的案件, open the mediation case, log a session through its dialog
    view = search_and_open(qtbot, window, "王芳芳", cases.mediation)
    assert server.sessions_of(cases.mediation, "仲裁院调解室") == 0
    qtbot.mouseClick(view.buttons["log_session"], LEFT)
    dialog = view.active_dialog
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.mediator_combo.currentText() == "王芳", timeout=WAIT)
    dialog.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    type_text(dialog.place_edit, "仲裁院调解室")
    type_text(dialog.proposals_edit, "分两期支付加班费")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: view.message.text() == "已保存" and not view.loading, timeout=WAIT)
    assert server.sessions_of(cases.mediation, "仲裁院调解室") == 1  # saved, exactly once

    # live refresh: a colleague's new case reaches 我的案件 through the new listener
    caseload.search_box.clear()
    qtbot.waitUntil(lambda: caseload.model.total == 2, timeout=WAIT)
    with qtbot.waitSignal(window.live.changed, timeout=WAIT):
        create_case(
            other_pc,
            NewCase(
                kind=CaseKind.ARBITRATION,
                applicant="赵敏",
                respondent="新乡市华兴机械制造有限公司",
                dispute_types=[DisputeType.REMUNERATION],
                received_on=TODAY,
                handler="王芳",
            ),
            actor="李明",
        )
    qtbot.waitUntil(lambda: caseload.model.total == 3, timeout=WAIT)
    assert caseload.status_label.text() == "共 3 件"

    assert failures == []  # not one read or write of the window failed after the kill
    assert message_boxes == []
    assert ui_errors(caplog) == []


def test_a_save_cut_off_while_committing_is_not_saved_and_confirming_again_saves_once(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    cases: DocCases,
    server: Server,
    message_boxes: list[tuple[str, str]],
    failures: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    number = cases.arbitration
    view = search_and_open(qtbot, window, "张伟", number)
    assert view.stage_label.text() == "仲裁案件 · 已受理"
    suspensions, suspends = server.suspensions_of(number), server.events_of(number, "suspend")

    qtbot.mouseClick(view.buttons["suspend"], LEFT)
    dialog = view.active_dialog
    assert isinstance(dialog, SuspendDialog) and dialog.isVisible()
    dialog.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    type_text(dialog.reason.lineEdit(), "等待另案审结")
    type_text(dialog.approver, "主任")

    # the server connection dies while the suspension commits
    with pytest.MonkeyPatch.context() as patch:
        cut = server.cut_off_at_commit(db, patch, case_life, "suspend")
        qtbot.mouseClick(dialog.confirm_button, LEFT)
        qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert cut.is_set()
    assert dialog.error.text() == NOT_SAVED
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert not dialog.guard.button.isVisible()  # not a colleague's change: just retry
    assert dialog.reason.currentText() == "等待另案审结" and dialog.approver.text() == "主任"
    assert server.suspensions_of(number) == suspensions  # nothing of it was written
    assert server.events_of(number, "suspend") == suspends
    assert server.status_of(number) == "accepted"
    assert view.stage_label.text() == "仲裁案件 · 已受理"

    # the user confirms again (the server is fine now): saved, exactly once
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: view.stage_label.text() == "仲裁案件 · 中止", timeout=WAIT)
    assert server.suspensions_of(number) == suspensions + 1
    assert server.events_of(number, "suspend") == suspends + 1
    assert server.status_of(number) == "suspended"

    assert failures == [NOT_SAVED]  # the cut-off save, and nothing else
    assert message_boxes == []
    assert ui_errors(caplog) == []
