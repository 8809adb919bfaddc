"""Who is using the client (当前用户), and the one place where signing in happens.

Two modes, as the core decides (``security.permissions``): on a database without user
accounts (a single PC) signing in is choosing one's name from the staff list (or typing
a new one); once an administrator has created users, it is a login and a password
checked by ``security.users.authenticate``, and ``CurrentUser`` carries the ``SignedIn``
the core services are then given as ``actor``. The sign-in dialog calls this module only.

What is remembered (in QSettings, a per-user preference): the last name (or login) used
on each database, to preselect it next time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from xinxiang_arbitration.security.permissions import SignedIn, signed_in_staff_id
from xinxiang_arbitration.security.staff import ensure_staff
from xinxiang_arbitration.security.users import authenticate, has_users
from xinxiang_arbitration.storage.db import Database

LAST_USER_GROUP = "sign_in"


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in person: their name, their staff row (承办人) when they have one, which
    我的案件 filters by, and with user accounts the ``SignedIn`` the core checks."""

    name: str
    staff_id: int | None = None
    signed_in: SignedIn | None = None

    @property
    def actor(self) -> SignedIn | str:
        """What the core services are given as ``actor=``: the signed-in user, or on a
        single PC the name written into the case history."""
        return self.signed_in if self.signed_in is not None else self.name

    @property
    def remembered_as(self) -> str:
        """What the sign-in dialog preselects next time: the login, or the name."""
        return self.signed_in.login if self.signed_in is not None else self.name


def accounts_enabled(db: Database) -> bool:
    """Does this database have user accounts (then signing in needs a password)?"""
    return has_users(db)


def sign_in(db: Database, name: str) -> CurrentUser:
    """Single PC: the user called ``name``; a name the staff list lacks is added to it.

    Runs on a worker thread (it may write). Raises ``InvalidInput`` for an empty name.
    """
    member = ensure_staff(db, name)
    return CurrentUser(member.name, member.id)


def sign_in_with_password(db: Database, login: str, password: str) -> CurrentUser:
    """With user accounts: check the password (``SignInRefused`` with the core's sentence
    for a wrong one or a locked account). Runs on a worker thread."""
    user = authenticate(db, login, password)
    return CurrentUser(user.name, signed_in_staff_id(db, user), user)


def _key(db: Database) -> str:
    # one key per database; the address is hashed: QSettings keys cannot hold "/" or ":"
    digest = hashlib.sha1(db.describe().encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"{LAST_USER_GROUP}/{digest[:16]}"


def remembered_user(settings: QSettings, db: Database) -> str | None:
    value = settings.value(_key(db))
    return value if isinstance(value, str) and value else None


def remember_user(settings: QSettings, db: Database, user: CurrentUser) -> None:
    settings.setValue(_key(db), user.remembered_as)
    settings.sync()


__all__ = [
    "CurrentUser",
    "accounts_enabled",
    "remember_user",
    "remembered_user",
    "sign_in",
    "sign_in_with_password",
]
