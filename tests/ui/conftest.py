"""UI tests run without a display unless the caller chose a Qt platform, and never read or
write the real user's settings (a database chosen on this PC, window geometry)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

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
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A new database file of the test (UI tests run on SQLite; the PostgreSQL client
    test opens its own server database)."""
    database = open_database(str(tmp_path / "cases.sqlite3"))
    try:
        yield database
    finally:
        database.dispose()
