"""UI tests run without a display unless the caller chose a Qt platform, and never read or
write the real user's settings (a database chosen on this PC, window geometry).

The fixtures the UI tests share: a database (``sqlite_db``, ``staff_db``, the doc cases),
the client's settings, workers, and the case view opened on a case (``make_case_view``).
What a user does in them (type, confirm …) is ``tests.ui.steps``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.doc_cases import DocCases, make_doc_cases
from tests.ui.steps import CASE_VIEW_TODAY, MakeCaseView, Opened, wait_loaded
from ui.ops import Ops
from ui.views.case_view import CaseView
from xinxiang_arbitration.case_detail import case_id_by_number
from xinxiang_arbitration.models import Staff
from xinxiang_arbitration.storage.db import Database, open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _private_settings() -> Iterator[None]:
    with tempfile.TemporaryDirectory(prefix="xinxiang-test-settings-") as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, folder)
        yield


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The client's settings in a file of the test, never the user's own."""
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A new database file of the test (UI tests run on SQLite; the PostgreSQL client
    test opens its own server database)."""
    database = open_database(str(tmp_path / "cases.sqlite3"))
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def staff_db(sqlite_db: Database) -> Database:
    """``sqlite_db`` with 王芳 and 李明 on the staff."""
    with sqlite_db.transaction() as session:
        session.add_all([Staff(name="王芳"), Staff(name="李明")])
    return sqlite_db


@pytest.fixture
def cases(sqlite_db: Database) -> DocCases:
    """The doc cases (``tests.doc_cases``: one of each kind, everything filled) in
    ``sqlite_db``."""
    return make_doc_cases(sqlite_db)


@pytest.fixture
def ops(qtbot: QtBot) -> Iterator[Ops]:
    """Workers for the views and dialogs of a test, waited for at its end."""
    helper = Ops()
    yield helper
    helper.wait()


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def make_case_view(qtbot: QtBot, sqlite_db: Database, opened: Opened) -> Iterator[MakeCaseView]:
    """The case view of 王芳 on ``sqlite_db`` on ``CASE_VIEW_TODAY``, opened on the case of
    a number, shown and read; the files it opens go to ``opened``."""
    ops = Ops()  # the views' workers, waited for before the database closes

    def make(number: str) -> CaseView:
        view = CaseView(sqlite_db, ops, "王芳", today=lambda: CASE_VIEW_TODAY, open_url=opened)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        view.open_case(case_id_by_number(sqlite_db, number))
        wait_loaded(qtbot, view)
        return view

    yield make
    ops.wait()
