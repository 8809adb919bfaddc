"""Where the data is kept: the database (SQLite file or the office's PostgreSQL server),
its schema migrations, backups, and files written whole or not at all.

- ``db``: finding, opening, checking and upgrading a database; units of work.
- ``migrate`` and ``migrations/``: the Alembic scripts that create and upgrade the schema.
- ``backup``: one ZIP of the whole database, checked when made and before a restore.
- ``live``: hearing that another PC changed the data (PostgreSQL ``NOTIFY``, SQLite).
- ``bulk``: writing many rows at once on both databases.
- ``record_check``: no lost updates on the administrator's records.
- ``output``: a file written beside its target and renamed only when complete.

Nothing here knows cases, clocks or people; everything else builds on it.
"""

__all__ = ["backup", "bulk", "db", "live", "migrate", "output", "record_check"]
