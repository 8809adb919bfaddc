"""备份与恢复 (backup and restore) of the whole database, checked both ways.

A backup is one ZIP file: ``manifest.json`` (application, schema revision,
row count and checksum of every table, sha256 of every member) and the data:

* SQLite: ``database.sqlite3``, a copy made with SQLite's online backup API
  (safe while the program is in use);
* PostgreSQL: ``database.pgdump`` from ``pg_dump -Fc`` when the client tools
  are installed, otherwise ``tables/<table>.jsonl``, our own export. Either is
  taken in one snapshot, the manifest's checksums in that same snapshot.

``restore`` refuses a file that is not ours, damaged, or from a newer schema
before it touches the target; it then replaces the target in one transaction,
checks every table against the manifest, and upgrades an older schema.

Nothing here asks who is acting: ``admin.backups.run_backup`` is a backup as a person
asks for it (``backup.run``, written to the audit log). ``restore`` is not checked at
all: it replaces the very database whose accounts would be asked (which may be empty or
unreadable), so its front ends check ``backup.run`` in the database being replaced
before calling it.
"""

from xinxiang_arbitration.storage.backup.dump import BackupResult, backup
from xinxiang_arbitration.storage.backup.manifest import (
    MANIFEST,
    Manifest,
    TableSum,
    check_backup,
    table_sums,
)
from xinxiang_arbitration.storage.backup.restore import RestoreResult, restore

__all__ = [
    "MANIFEST",
    "BackupResult",
    "Manifest",
    "RestoreResult",
    "TableSum",
    "backup",
    "check_backup",
    "restore",
    "table_sums",
]
