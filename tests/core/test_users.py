"""Users: Argon2 sign-in, one message for every wrong sign-in, lock-out, roles, policy."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from xinxiang_arbitration.errors import InvalidInput, PermissionDenied, SignInRefused, StaleRecord
from xinxiang_arbitration.models import AuditEntry, Staff, User
from xinxiang_arbitration.security import audit, users
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database

ADMIN_PW = "管理员的密码1234"
T0 = dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self, now: dt.datetime = T0) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def admin(db: Database) -> SignedIn:
    users.create_first_administrator(db, "Admin", "王管理", ADMIN_PW)
    return users.authenticate(db, "admin", ADMIN_PW)


def _actions(db: Database) -> list[tuple[str, str]]:
    with db.transaction() as s:
        return [(e.actor, e.action) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_create_and_sign_in(db: Database, admin: SignedIn) -> None:
    with db.transaction() as s:
        s.add(Staff(name="李明"))
    info = users.create_user(
        db, " LiMing ", "李明", "correct horse", ["arbitrator", "clerk"], by=admin, staff="李明"
    )
    assert (info.login, info.name, info.roles, info.staff) == (
        "liming", "李明", ("arbitrator", "clerk"), "李明"
    )  # fmt: skip
    assert info.role_labels == ["仲裁员", "书记员"]
    me = users.authenticate(db, "LIMING", "correct horse")
    assert me.login == "liming" and me.name == "李明"
    assert me.roles == frozenset({"arbitrator", "clerk"})
    with db.transaction() as s:
        stored = s.scalars(select(User.password_hash).where(User.login == "liming")).one()
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert ("admin", "user_create") in _actions(db)
    assert ("liming", "sign_in") in _actions(db)
    assert audit.verify(db).ok


def test_wrong_password_and_unknown_user_get_the_same_message(
    db: Database, admin: SignedIn
) -> None:
    with pytest.raises(SignInRefused) as wrong:
        users.authenticate(db, "admin", "not the password")
    with pytest.raises(SignInRefused) as unknown:
        users.authenticate(db, "nobody", "not the password")
    assert wrong.value.message == unknown.value.message == "用户名或密码不正确"
    with db.transaction() as s:
        failed = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "sign_in_failed").order_by(AuditEntry.id)
        ).all()
    assert [(e.actor, (e.details or {})["reason"]) for e in failed] == [
        ("admin", "password"),
        ("nobody", "unknown"),
    ]


def test_five_failures_lock_for_fifteen_minutes_then_unlock(db: Database, admin: SignedIn) -> None:
    clock = Clock()
    for _ in range(4):
        with pytest.raises(SignInRefused, match=r"^用户名或密码不正确$"):
            users.authenticate(db, "admin", "wrong password", clock=clock)
    with pytest.raises(SignInRefused) as locked:
        users.authenticate(db, "admin", "wrong password", clock=clock)
    until = (T0 + dt.timedelta(minutes=15)).astimezone().strftime("%H:%M")
    assert locked.value.message == f"该账户因多次输入错误已暂时锁定，请于 {until} 后重试"
    # while locked even the right password is refused, with the same sentence
    clock.now = T0 + dt.timedelta(minutes=14, seconds=59)
    with pytest.raises(SignInRefused, match="暂时锁定"):
        users.authenticate(db, "admin", ADMIN_PW, clock=clock)
    clock.now = T0 + dt.timedelta(minutes=15)
    assert users.authenticate(db, "admin", ADMIN_PW, clock=clock).login == "admin"
    actions = [a for _, a in _actions(db)]
    assert actions.count("account_locked") == 1
    assert actions[-1] == "sign_in"
    with db.transaction() as s:
        user = s.scalars(select(User).where(User.login == "admin")).one()
        assert (user.failed_attempts, user.locked_until) == (0, None)


def test_a_success_resets_the_failure_count(db: Database, admin: SignedIn) -> None:
    clock = Clock()
    for _ in range(4):
        with pytest.raises(SignInRefused):
            users.authenticate(db, "admin", "wrong password", clock=clock)
    users.authenticate(db, "admin", ADMIN_PW, clock=clock)
    for _ in range(4):
        with pytest.raises(SignInRefused, match=r"^用户名或密码不正确$"):
            users.authenticate(db, "admin", "wrong password", clock=clock)


def test_reset_password_lifts_a_lock(db: Database, admin: SignedIn) -> None:
    users.create_user(db, "zhang", "张三", "first password", ["clerk"], by=admin)
    for _ in range(5):
        with pytest.raises(SignInRefused):
            users.authenticate(db, "zhang", "wrong password")
    users.reset_password(db, "zhang", "second password", by=admin)
    assert users.authenticate(db, "zhang", "second password").login == "zhang"
    with pytest.raises(SignInRefused):
        users.authenticate(db, "zhang", "first password")


def test_deactivated_user_cannot_sign_in(db: Database, admin: SignedIn) -> None:
    users.create_user(db, "zhang", "张三", "first password", ["clerk"], by=admin)
    users.deactivate(db, "zhang", by=admin)
    with pytest.raises(SignInRefused, match=r"^用户名或密码不正确$"):
        users.authenticate(db, "zhang", "first password")
    with pytest.raises(InvalidInput, match="不能停用自己"):
        users.deactivate(db, "admin", by=admin)


def test_roles_are_replaced_and_checked(db: Database, admin: SignedIn) -> None:
    info = users.create_user(db, "zhao", "赵六", "password 123", ["clerk"], by=admin)
    changed = users.set_roles(
        db, "zhao", ["mediator", "inspector"], by=admin, expected_version=info.version
    )
    assert changed.roles == ("inspector", "mediator") and changed.version > info.version
    with pytest.raises(StaleRecord, match="已被他人修改（用户 zhao）：当前角色：调解员、监察员"):
        users.set_roles(db, "zhao", ["clerk"], by=admin, expected_version=info.version)
    with pytest.raises(InvalidInput, match="未知的角色：judge"):
        users.set_roles(db, "zhao", ["judge"], by=admin)
    with pytest.raises(InvalidInput, match="至少需要一个角色"):
        users.set_roles(db, "zhao", [], by=admin)
    with pytest.raises(InvalidInput, match="不能取消自己的系统管理员角色"):
        users.set_roles(db, "admin", ["clerk"], by=admin)
    with db.transaction() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "user_roles")).one()
        assert entry.before_state == {"roles": ["clerk"]}
        assert entry.after_state == {"roles": ["inspector", "mediator"]}
    assert [u.login for u in users.list_users(db, by=admin)] == ["admin", "zhao"]


def test_password_policy(db: Database, admin: SignedIn) -> None:
    with pytest.raises(InvalidInput, match="至少需要 8 个字符"):
        users.create_user(db, "qian", "钱七", "short", ["clerk"], by=admin)
    with pytest.raises(InvalidInput, match="不能与用户名相同"):
        users.create_user(db, "qianqian", "钱七", "QianQian", ["clerk"], by=admin)
    with pytest.raises(InvalidInput, match="用户名已存在"):
        users.create_user(db, "ADMIN", "另一个", "long enough", ["clerk"], by=admin)
    with pytest.raises(InvalidInput, match="至少需要 8 个字符"):
        users.reset_password(db, "admin", "1234567", by=admin)
    assert [u.login for u in users.list_users(db, by=admin)] == ["admin"]


def test_only_administrators_manage_users(db: Database, admin: SignedIn) -> None:
    users.create_user(db, "clerk1", "书记员甲", "password 123", ["clerk", "supervisor"], by=admin)
    clerk = users.authenticate(db, "clerk1", "password 123")
    with pytest.raises(PermissionDenied, match="管理用户"):
        users.create_user(db, "x1", "某人", "password 123", ["administrator"], by=clerk)
    with pytest.raises(PermissionDenied):
        users.reset_password(db, "admin", "taken over!", by=clerk)
    assert users.authenticate(db, "admin", ADMIN_PW).login == "admin"


def test_first_administrator_only_once(db: Database, admin: SignedIn) -> None:
    with pytest.raises(InvalidInput, match="已有用户"):
        users.create_first_administrator(db, "second", "第二个", "password 123")
    assert admin.roles == frozenset({"administrator"})


def test_password_is_rehashed_when_the_parameters_change(db: Database) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    users.create_first_administrator(db, "admin", "王管理", ADMIN_PW)
    with db.transaction() as s:
        user = s.scalars(select(User).where(User.login == "admin")).one()
        user.password_hash = weak.hash(ADMIN_PW)
        old = user.password_hash
    assert users.HASHER.check_needs_rehash(old)
    users.authenticate(db, "admin", ADMIN_PW)
    with db.transaction() as s:
        new = s.scalars(select(User.password_hash).where(User.login == "admin")).one()
    assert new != old and not users.HASHER.check_needs_rehash(new)
    assert users.authenticate(db, "admin", ADMIN_PW).login == "admin"
