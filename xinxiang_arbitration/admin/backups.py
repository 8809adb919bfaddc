"""A backup as a person asks for it: checked against the role table and written to the
audit log. The backup itself (and restoring one) is ``storage.backup``."""

from __future__ import annotations

from pathlib import Path

from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor, require
from xinxiang_arbitration.storage.backup import BackupResult, backup
from xinxiang_arbitration.storage.db import Database


def run_backup(db: Database, out: Path, *, actor: SignedIn | str) -> BackupResult:
    """``backup`` for a person who asks for it: needs ``backup.run`` (a refusal is logged);
    the backup made is recorded in the audit log (file name and rows)."""
    require(db, actor, "backup.run", subject=out.name)
    made = backup(db, out)
    with db.transaction() as s:
        details = {"file": made.path.name, "rows": made.manifest.total_rows}
        audit.append(s, audit_actor(actor), "backup", details)
    return made
