"""Backups as a person asks for them: checked against the role table and written to the
audit log. The backup itself (and restoring one) is ``storage.backup``.

``move_to_server`` is the step from one PC to the office's shared server: this PC's
database backed up and restored onto an empty PostgreSQL database, checked table by table.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from xinxiang_arbitration.errors import DatabaseUnavailable, InvalidInput
from xinxiang_arbitration.models import Case, User
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor, require
from xinxiang_arbitration.storage.backup import BackupResult, RestoreResult, backup, restore
from xinxiang_arbitration.storage.db import (
    Database,
    describe,
    make_engine,
    one_line,
    open_database,
)


def run_backup(db: Database, out: Path, *, actor: SignedIn | str) -> BackupResult:
    """``backup`` for a person who asks for it: needs ``backup.run`` (a refusal is logged);
    the backup made is recorded in the audit log (file name and rows)."""
    require(db, actor, "backup.run", subject=out.name)
    made = backup(db, out)
    with db.transaction() as s:
        details = {"file": made.path.name, "rows": made.manifest.total_rows}
        audit.append(s, audit_actor(actor), "backup", details)
    return made


def move_to_server(db: Database, server: URL, *, actor: SignedIn | str) -> RestoreResult:
    """迁移到共用服务器: this single PC's database onto the empty PostgreSQL ``server``.

    Needs ``backup.run``. The server must hold no cases and no users yet (a server in use
    is never overwritten from a PC); the PC's own database is left as it is.
    """
    if db.dialect != "sqlite":
        raise InvalidInput("只有单机（SQLite）数据库需要迁移；当前已在服务器上")
    if server.get_backend_name() != "postgresql":
        raise InvalidInput("服务器地址应以 postgresql+psycopg:// 开头")
    require(db, actor, "backup.run", subject=describe(server))
    _refuse_a_server_in_use(server)
    with tempfile.TemporaryDirectory(prefix="xinxiang-move-") as work:
        made = run_backup(db, Path(work) / "move.zip", actor=actor)
        result = restore(server, made.path)
    moved = open_database(server)
    try:
        with moved.transaction() as s:
            details = {"from": describe(db.url), "rows": result.manifest.total_rows}
            audit.append(s, audit_actor(actor), "moved_to_server", details)
    finally:
        moved.dispose()
    return result


def _refuse_a_server_in_use(server: URL) -> None:
    engine = make_engine(server)
    try:
        conn_cm = engine.connect()
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseUnavailable(f"无法连接服务器 {describe(server)}：{one_line(exc)}") from None
    try:
        with conn_cm as conn:
            tables = set(inspect(conn).get_table_names())
            for model, what in ((Case, "案件"), (User, "用户账户")):
                if (
                    model.__tablename__ in tables
                    and conn.execute(select(model.id).limit(1)).first()
                ):
                    raise InvalidInput(
                        f"服务器上的数据库 {describe(server)} 已有{what}：迁移只能进入空数据库，"
                        "未做任何改动（请信息技术人员新建一个空数据库）"
                    )
    finally:
        engine.dispose()
