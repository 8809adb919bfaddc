"""Who is using the client (当前用户), and the one place where signing in happens.

There are no passwords yet: signing in is choosing one's name from the staff list (or
typing a new one). The user and role system (issue 9) replaces :func:`sign_in` with an
``authenticate(db, name, password)`` that checks the password and returns the roles in
``CurrentUser``; the sign-in dialog calls this module only, so that is the one change.

What is remembered (in QSettings, a per-user preference): the last name used on each
database, to preselect it next time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from xinxiang_arbitration.db import Database
from xinxiang_arbitration.services.staff import ensure_staff

LAST_USER_GROUP = "sign_in"


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in person: the name recorded as the actor of what they do, and their
    staff row (承办人) when they have one, which 我的案件 filters by."""

    name: str
    staff_id: int | None = None

    @property
    def actor(self) -> str:
        """The name written into the case history (``actor=`` of the core services)."""
        return self.name


def sign_in(db: Database, name: str) -> CurrentUser:
    """The user called ``name``; a name the staff list lacks is added to it.

    Runs on a worker thread (it may write). Raises ``InvalidInput`` for an empty name.
    """
    member = ensure_staff(db, name)
    return CurrentUser(member.name, member.id)


def _key(db: Database) -> str:
    # one key per database; the address is hashed: QSettings keys cannot hold "/" or ":"
    digest = hashlib.sha1(db.describe().encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"{LAST_USER_GROUP}/{digest[:16]}"


def remembered_user(settings: QSettings, db: Database) -> str | None:
    value = settings.value(_key(db))
    return value if isinstance(value, str) and value else None


def remember_user(settings: QSettings, db: Database, user: CurrentUser) -> None:
    settings.setValue(_key(db), user.name)
    settings.sync()


__all__ = ["CurrentUser", "remember_user", "remembered_user", "sign_in"]
