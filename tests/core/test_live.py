"""Other PCs learn of changes: NOTIFY on PostgreSQL, data_version on SQLite."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import text

from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.live import ANY, ChangeListener


class Heard:
    def __init__(self) -> None:
        self.tables: list[str] = []
        self.event = threading.Event()

    def __call__(self, table: str) -> None:
        self.tables.append(table)
        self.event.set()

    def wait(self) -> list[str]:
        assert self.event.wait(10), "no change notification within 10 s"
        self.event.clear()
        return self.tables


def _new_case(db: Database, name: str) -> None:
    create_case(
        db,
        NewCase(
            kind=CaseKind.ARBITRATION,
            applicant=name,
            respondent="新乡市华兴机械制造有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=dt.date(2026, 11, 20),
        ),
        actor="王芳",
    )


def test_a_new_case_is_heard_by_a_listener(db: Database) -> None:
    heard = Heard()
    listener = ChangeListener(db.url, heard, poll_seconds=0.05).start()
    try:
        assert listener.wait_until_listening()
        _new_case(db, "张伟")
        tables = heard.wait()
        expected = {"cases", "case_events"} if db.dialect == "postgresql" else {ANY}
        assert expected & set(tables)
    finally:
        listener.stop()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # a server connection
def test_the_listener_reconnects_after_losing_the_server(db: Database) -> None:
    heard = Heard()
    listener = ChangeListener(db.url, heard, poll_seconds=0.05).start()
    try:
        assert listener.wait_until_listening()
        with db.engine.connect() as admin:  # what a server restart does to its connection
            admin.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE query LIKE 'LISTEN xa_changes%' AND pid <> pg_backend_pid()"
                )
            )
        assert heard.wait() == [ANY]  # back: "anything may have changed"
        _new_case(db, "王芳芳")
        assert "cases" in heard.wait()
    finally:
        listener.stop()
