"""Finding, opening, checking and upgrading the database.

The default is a SQLite file in the user's data folder; ``--db URL`` or
``XINXIANG_ARBITRATION_DB`` choose anything else SQLAlchemy can reach, such as
the office's ``postgresql+psycopg://`` server.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker

from xinxiang_arbitration import APP_NAME
from xinxiang_arbitration.errors import (
    DatabaseDamaged,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotOurDatabase,
    NotSaved,
)
from xinxiang_arbitration.storage.migrate import head_revision, known_revisions, upgrade_to_head

ENV_VAR = "XINXIANG_ARBITRATION_DB"
DEFAULT_FILE_NAME = "cases.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def default_database_path() -> Path:
    """The local SQLite file in the user's data folder (platformdirs)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILE_NAME


def resolve_url(explicit: str | None = None) -> URL:
    """``--db`` first, then the environment variable, then the default file.

    A plain path (no ``://``) is taken as a SQLite file.
    """
    raw = explicit or os.environ.get(ENV_VAR) or ""
    if not raw:
        return make_url(f"sqlite:///{default_database_path()}")
    if "://" not in raw:
        return make_url(f"sqlite:///{Path(raw).expanduser().resolve()}")
    try:
        return make_url(raw)
    except ArgumentError as exc:
        raise DatabaseUnavailable(f"数据库地址无法识别：{raw}") from exc


def describe(url: URL) -> str:
    """The database's address with any password hidden (for reports and messages)."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


READ_ONLY_OPTION = "xinxiang_read_only"  # execution option: this unit only reads


def _configure_sqlite(engine: Engine) -> None:
    """Pragmas on every connection, and real transactions (DDL included) for pysqlite."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A unit of work that may write takes the write lock at once (IMMEDIATE): two
        # saves at the same moment then queue (busy_timeout) instead of the later one
        # failing when it tries to turn its read snapshot into a write. Read-only units
        # (``Database.transaction(read_only=True)``) start deferred and never wait.
        read_only = conn.get_execution_options().get(READ_ONLY_OPTION, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def one_line(exc: BaseException) -> str:
    """The first line of what the database driver said, for a sentence to a person."""
    origin = getattr(exc, "orig", None) or exc
    lines = [ln.strip() for ln in str(origin).splitlines() if ln.strip()]
    return lines[0] if lines else type(origin).__name__


def make_engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(url)
            _configure_sqlite(engine)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise DatabaseUnavailable(f"不支持的数据库地址 {describe(url)}：{one_line(exc)}") from exc
    return engine


@dataclass
class Database:
    """An open, checked, up-to-date database."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None  # set when opening upgraded an older file

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        return describe(self.url)

    @contextmanager
    def transaction(self, *, read_only: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        ``read_only`` marks a unit that only reads (lists, statistics, reports): on
        SQLite it does not take the write lock, so it neither waits for a save nor makes
        one wait. Every other unit on SQLite takes the write lock when it begins.

        A lost connection (the server restarted, the network dropped) or a database kept
        busy by another writer ends as ``NotSaved``: nothing of the unit was written, and
        the next call gets a fresh connection (``pool_pre_ping``), so a retry works.
        """
        try:
            with self.sessions.begin() as session:
                if read_only:
                    session.connection(execution_options={READ_ONLY_OPTION: True})
                yield session
        except DBAPIError as exc:
            reason = not_saved_reason(exc, self.dialect)
            if reason is None:
                raise
            raise NotSaved(reason) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def not_saved_reason(exc: DBAPIError, dialect: str) -> str | None:
    """The sentence for an error that means "not saved, try again", else None."""
    message = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if exc.connection_invalidated or isinstance(exc, (OperationalError, InterfaceError)):
        if dialect == "sqlite":
            if "locked" in message or "busy" in message:
                return "数据库正忙（另一个程序正在写入），本次操作没有保存，请稍后重试"
            return None  # a damaged or unreadable file is not a retry matter
        return "与数据库服务器的连接中断，本次操作没有保存；请检查网络后重试"
    return None


def _check_sqlite_header(path: Path) -> None:
    """Refuse a file that is not SQLite at all, before any connection touches it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseUnavailable(f"无法读取数据库文件 {path}：{exc.strerror}") from exc
    if head and head != SQLITE_MAGIC:
        raise NotOurDatabase(f"{path} 不是本系统的数据库文件（也不是 SQLite 数据库），未做任何改动")


def _read_state(url: URL) -> tuple[set[str], str | None, str | None]:
    """Tables, Alembic revision and app marker, read without writing anything."""
    path = _sqlite_file(url)
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return set(), None, None
        _check_sqlite_header(path)
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise DatabaseUnavailable(f"无法打开数据库文件 {path}：{exc}") from exc
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            return tables, *_revision_and_marker(con.execute, tables)
        except sqlite3.DatabaseError as exc:
            primary_code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
            if primary_code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
                raise DatabaseDamaged(
                    f"数据库文件 {path} 已损坏，无法打开（SQLite：{exc}）；未做任何改动"
                ) from exc
            raise NotOurDatabase(f"{path} 已损坏或不是本系统的数据库文件：{exc}") from exc
        finally:
            con.close()
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())

            def run(sql: str) -> Any:
                return conn.execute(text(sql))

            return tables, *_revision_and_marker(run, tables)
    except DBAPIError as exc:
        raise DatabaseUnavailable(f"无法连接数据库 {describe(url)}：{one_line(exc)}") from exc
    finally:
        engine.dispose()


def _revision_and_marker(run: Any, tables: set[str]) -> tuple[str | None, str | None]:
    revision = marker = None
    if "alembic_version" in tables:
        row = run("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if "app_meta" in tables:
        row = run("SELECT value FROM app_meta WHERE key = 'application'").fetchone()
        marker = row[0] if row else None
    return revision, marker


def backup_sqlite(path: Path, target: Path) -> Path:
    """Copy a SQLite database with the online backup API (safe while others use it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def open_database(url: URL | str | None = None, *, create: bool = True) -> Database:
    """Open the database, creating or upgrading it; refuse anything that is not ours.

    * empty or missing: create it by running every migration;
    * ours and current: open it;
    * ours and older: back it up (SQLite: next to the file), then upgrade;
    * ours but newer, or not ours: raise, having changed nothing.
    """
    if not isinstance(url, URL):
        url = resolve_url(url)
    tables, revision, marker = _read_state(url)
    ours = marker == APP_NAME and revision is not None
    backup_path: Path | None = None
    if tables and not ours:
        raise NotOurDatabase(
            f"{describe(url)} 不是本系统的数据库（其中已有其他数据），未做任何改动"
        )
    if ours and revision not in known_revisions():
        raise DatabaseTooNew(
            f"数据库 {describe(url)} 由较新版本的程序创建（结构版本 {revision}），"
            "请安装新版本后再打开；未做任何改动"
        )
    path = _sqlite_file(url)
    if not tables:
        if not create:
            raise DatabaseUnavailable(f"数据库 {describe(url)} 不存在")
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
    elif revision != head_revision() and path is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = backup_sqlite(
            path, path.with_name(f"{path.stem}.before-{revision}-{stamp}.bak")
        )

    engine = make_engine(url)
    try:
        if revision != head_revision():
            with engine.begin() as conn:
                upgrade_to_head(conn)
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseUnavailable(f"无法打开数据库 {describe(url)}：{one_line(exc)}") from exc
    return Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        backup_path=backup_path,
    )
