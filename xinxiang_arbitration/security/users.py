"""Users (用户): sign-in with Argon2 password hashes, lock-out, and the administrator's tools.

A wrong password and an unknown user get the same sentence. Five failures in
a row lock the account for 15 minutes. Every sign-in, failed sign-in, lock and
change of a user is written to the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from xinxiang_arbitration.errors import InvalidInput, SignInRefused, StaleRecord
from xinxiang_arbitration.models import Staff, User, UserRole
from xinxiang_arbitration.models.base import utcnow
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import ADMIN, ROLES, SignedIn, require, role_names
from xinxiang_arbitration.storage.db import Database

MAX_FAILURES = 5
LOCK_TIME = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
WRONG_CREDENTIALS = "用户名或密码不正确"

Clock = Callable[[], dt.datetime]
HASHER = PasswordHasher()  # argon2-cffi's defaults (RFC 9106 low-memory profile)


@cache
def _dummy_hash() -> str:
    """Verified against for unknown users, so they take as long as known ones."""
    return HASHER.hash("not a password of anyone")


def locked_message(until: dt.datetime) -> str:
    return f"该账户因多次输入错误已暂时锁定，请于 {until.astimezone().strftime('%H:%M')} 后重试"


@dataclass(frozen=True)
class UserInfo:
    """A user as the administrator's list shows it."""

    login: str
    name: str
    roles: tuple[str, ...]
    active: bool
    locked_until: dt.datetime | None
    staff: str | None
    version: int

    @property
    def role_labels(self) -> list[str]:
        return role_names(list(self.roles))


def normalise_login(login: str) -> str:
    return login.strip().lower()


def check_password(password: str, login: str = "") -> None:
    """The password policy: at least 8 characters, and not the login itself."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"密码至少需要 {MIN_PASSWORD_LENGTH} 个字符")
    if login and password.strip().lower() == normalise_login(login):
        raise InvalidInput("密码不能与用户名相同")


def _check_roles(roles: Iterable[str]) -> list[str]:
    chosen = sorted(set(roles))
    unknown = [r for r in chosen if r not in ROLES]
    if unknown:
        raise InvalidInput(f"未知的角色：{'、'.join(unknown)}（可选：{'、'.join(ROLES)}）")
    if not chosen:
        raise InvalidInput("用户至少需要一个角色")
    return chosen


def _load(session: Session, login: str, *, lock: bool = False) -> User:
    stmt = select(User).where(User.login == normalise_login(login))
    user = session.scalars(stmt.with_for_update() if lock else stmt).one_or_none()
    if user is None:
        raise InvalidInput(f"没有用户：{login}")
    return user


def _info(user: User, session: Session) -> UserInfo:
    staff = session.get(Staff, user.staff_id) if user.staff_id is not None else None
    return UserInfo(
        login=user.login,
        name=user.display_name,
        roles=tuple(r.role for r in user.roles),
        active=user.active,
        locked_until=user.locked_until,
        staff=staff.name if staff else None,
        version=user.version,
    )


def _staff_id(session: Session, staff: str | None) -> int | None:
    if not staff:
        return None
    found = session.scalar(select(Staff.id).where(Staff.name == staff.strip()))
    if found is None:
        raise InvalidInput(f"没有名为“{staff}”的工作人员")
    return found


def _new_user(
    session: Session, login: str, name: str, password: str, roles: list[str], staff: str | None
) -> User:
    login = normalise_login(login)
    if not login:
        raise InvalidInput("请填写用户名")
    if not name.strip():
        raise InvalidInput("请填写姓名")
    check_password(password, login)
    if session.scalar(select(User.id).where(User.login == login)) is not None:
        raise InvalidInput(f"用户名已存在：{login}")
    user = User(
        login=login,
        display_name=name.strip(),
        password_hash=HASHER.hash(password),
        staff_id=_staff_id(session, staff),
        roles=[UserRole(role=r) for r in roles],
    )
    session.add(user)
    session.flush()
    return user


def create_first_administrator(db: Database, login: str, name: str, password: str) -> UserInfo:
    """The first user of a new database (``init-server``); refused once any user exists."""
    with db.transaction() as s:
        if s.scalar(select(func.count()).select_from(User)):
            raise InvalidInput("数据库中已有用户；请由管理员登录后添加用户")
        user = _new_user(s, login, name, password, [ADMIN], None)
        audit.append(s, user.login, "user_create", after={"login": user.login, "roles": [ADMIN]})
        return _info(user, s)


def has_users(db: Database) -> bool:
    with db.transaction() as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


def create_user(
    db: Database,
    login: str,
    name: str,
    password: str,
    roles: Iterable[str],
    *,
    by: SignedIn,
    staff: str | None = None,
) -> UserInfo:
    require(db, by, "user.manage", subject=login)
    chosen = _check_roles(roles)
    with db.transaction() as s:
        user = _new_user(s, login, name, password, chosen, staff)
        audit.append(
            s,
            by.login,
            "user_create",
            after={"login": user.login, "name": user.display_name, "roles": chosen},
        )
        return _info(user, s)


def list_users(db: Database, *, by: SignedIn) -> list[UserInfo]:
    require(db, by, "user.manage")
    with db.transaction() as s:
        return [_info(u, s) for u in s.scalars(select(User).order_by(User.login))]


def set_roles(
    db: Database,
    login: str,
    roles: Iterable[str],
    *,
    by: SignedIn,
    expected_version: int | None = None,
) -> UserInfo:
    """Replace the user's roles. ``expected_version`` (from ``UserInfo.version``) refuses
    the change when someone else changed the user since the form was filled in."""
    require(db, by, "user.manage", subject=login)
    chosen = _check_roles(roles)
    with db.transaction() as s:
        user = _load(s, login, lock=True)
        if expected_version is not None and user.version != expected_version:
            raise StaleRecord(
                f"用户 {user.login}",
                [f"当前角色：{'、'.join(_info(user, s).role_labels) or '（无）'}"],
            )
        before = [r.role for r in user.roles]
        if user.id == by.user_id and ADMIN in before and ADMIN not in chosen:
            raise InvalidInput("不能取消自己的系统管理员角色（请由另一位管理员操作）")
        user.roles = [UserRole(role=r) for r in chosen]
        flag_modified(user, "active")  # an UPDATE of the row, so its version moves on
        s.flush()
        audit.append(
            s,
            by.login,
            "user_roles",
            {"login": user.login},
            before={"roles": before},
            after={"roles": chosen},
        )
        return _info(user, s)


def reset_password(
    db: Database, login: str, new_password: str, *, by: SignedIn, clock: Clock = utcnow
) -> None:
    """The administrator sets a new password; this also lifts a lock."""
    require(db, by, "user.manage", subject=login)
    with db.transaction() as s:
        user = _load(s, login, lock=True)
        check_password(new_password, user.login)
        user.password_hash = HASHER.hash(new_password)
        user.password_changed_at = clock()
        user.failed_attempts, user.locked_until = 0, None
        audit.append(s, by.login, "password_reset", {"login": user.login})


def deactivate(db: Database, login: str, *, by: SignedIn) -> None:
    """停用: the user can no longer sign in; their name stays in the history."""
    require(db, by, "user.manage", subject=login)
    with db.transaction() as s:
        user = _load(s, login, lock=True)
        if user.id == by.user_id:
            raise InvalidInput("不能停用自己的账户")
        user.active = False
        audit.append(
            s,
            by.login,
            "user_deactivate",
            {"login": user.login},
            before={"active": True},
            after={"active": False},
        )


def authenticate(
    db: Database,
    login: str,
    password: str,
    *,
    clock: Clock = utcnow,
    hasher: PasswordHasher = HASHER,
) -> SignedIn:
    """Sign in, or raise ``SignInRefused``; failures and locks are recorded either way."""
    name = normalise_login(login)
    now = clock()
    refusal: str | None = None
    with db.transaction() as s:
        user = s.scalars(select(User).where(User.login == name).with_for_update()).one_or_none()
        if user is None or not user.active:
            _verify(hasher, _dummy_hash(), password)  # same work as for a real user
            reason = "unknown" if user is None else "inactive"
            audit.append(s, name[:100], "sign_in_failed", {"reason": reason})
            refusal = WRONG_CREDENTIALS
        elif user.locked_until is not None and now < user.locked_until:
            audit.append(s, user.login, "sign_in_failed", {"reason": "locked"})
            refusal = locked_message(user.locked_until)
        elif not _verify(hasher, user.password_hash, password):
            refusal = _count_failure(s, user, now)
        else:
            if hasher.check_needs_rehash(user.password_hash):
                user.password_hash = hasher.hash(password)
            user.failed_attempts, user.locked_until = 0, None
            audit.append(s, user.login, "sign_in")
            return SignedIn(
                user_id=user.id,
                login=user.login,
                name=user.display_name,
                roles=frozenset(r.role for r in user.roles),
            )
    # committed: the failure is counted and logged even though we refuse
    assert refusal is not None
    raise SignInRefused(refusal)


def _verify(hasher: PasswordHasher, stored: str, password: str) -> bool:
    try:
        return hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _count_failure(s: Session, user: User, now: dt.datetime) -> str:
    user.failed_attempts += 1
    audit.append(
        s, user.login, "sign_in_failed", {"reason": "password", "attempt": user.failed_attempts}
    )
    if user.failed_attempts < MAX_FAILURES:
        return WRONG_CREDENTIALS
    user.failed_attempts, user.locked_until = 0, now + LOCK_TIME
    audit.append(
        s,
        user.login,
        "account_locked",
        {"until": user.locked_until.isoformat(), "after": MAX_FAILURES},
    )
    return locked_message(user.locked_until)
