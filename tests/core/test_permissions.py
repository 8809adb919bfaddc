"""The role × action table: the document is current, and require() refuses with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from xinxiang_arbitration.errors import PermissionDenied
from xinxiang_arbitration.models import AuditEntry
from xinxiang_arbitration.security import audit, users
from xinxiang_arbitration.security.permissions import (
    ACTIONS,
    PERMISSIONS,
    ROLES,
    SignedIn,
    can,
    guarded,
    permissions_markdown,
    require,
)
from xinxiang_arbitration.storage.db import Database

ROOT = Path(__file__).resolve().parents[2]
ISSUE_ACTIONS = {
    "case.create", "case.accept", "case.refuse", "case.suspend", "case.resume", "case.extend",
    "case.close", "case.transfer", "case.final_award", "hearing.schedule", "mediation.log",
    "document.make", "template.import", "stats.view", "report.print", "month.close",
    "calendar.edit", "user.manage", "backup.run", "ledger.import", "ledger.export",
}  # fmt: skip


def test_docs_permissions_md_is_current() -> None:
    """Regenerate with the command at the top of docs/permissions.md."""
    assert (ROOT / "docs" / "permissions.md").read_text(encoding="utf-8") == permissions_markdown()


def test_table_covers_the_actions_and_only_known_roles() -> None:
    assert set(PERMISSIONS) >= ISSUE_ACTIONS
    for action, roles in PERMISSIONS.items():
        assert roles and roles <= set(ROLES), action
    assert PERMISSIONS["user.manage"] == {"administrator"}
    assert "administrator" not in PERMISSIONS["case.accept"]  # runs the system, not cases


@pytest.fixture
def admin(db: Database) -> SignedIn:
    users.create_first_administrator(db, "admin", "王管理", "admin password")
    return users.authenticate(db, "admin", "admin password")


def _person(db: Database, admin: SignedIn, login: str, roles: list[str]) -> SignedIn:
    users.create_user(db, login, login.upper(), f"{login} password", roles, by=admin)
    return users.authenticate(db, login, f"{login} password")


def test_require_lets_an_allowed_role_through(db: Database, admin: SignedIn) -> None:
    arbitrator = _person(db, admin, "zhao", ["arbitrator"])
    require(db, arbitrator, "case.accept", subject="新劳人仲案字〔2026〕第1号")
    assert can(arbitrator, "case.accept") and not can(arbitrator, "month.close")


def test_require_refuses_with_the_reason_and_logs_it(db: Database, admin: SignedIn) -> None:
    clerk = _person(db, admin, "qian", ["clerk"])
    with pytest.raises(PermissionDenied) as refused:
        require(db, clerk, "month.close", subject="2026-02")
    assert (
        refused.value.message
        == "无权执行“月度结账”（month.close）：只有负责人可以执行；您的角色：书记员"
    )
    with db.transaction() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        assert (entry.actor, entry.action) == ("qian", "permission_denied")
        assert entry.details == {"action": "month.close", "subject": "2026-02", "roles": ["clerk"]}
    assert audit.verify(db).ok


def test_require_reads_the_roles_held_now(db: Database, admin: SignedIn) -> None:
    """A role taken away (or the account stopped) counts at once, not at the next sign-in."""
    person = _person(db, admin, "sun", ["supervisor", "clerk"])
    require(db, person, "month.close")
    users.set_roles(db, "sun", ["clerk"], by=admin)
    with pytest.raises(PermissionDenied, match="您的角色：书记员"):
        require(db, person, "month.close")
    users.deactivate(db, "sun", by=admin)
    with pytest.raises(PermissionDenied, match="您的角色：无"):
        require(db, person, "stats.view")


def test_guarded_service_checks_before_its_body_runs(db: Database, admin: SignedIn) -> None:
    ran: list[str] = []

    @guarded("calendar.edit")
    def edit_calendar(db: Database, day: str, *, actor: SignedIn) -> str:
        ran.append(day)
        return day

    assert edit_calendar(db, "2026-10-01", actor=admin) == "2026-10-01"
    mediator = _person(db, admin, "li", ["mediator"])
    with pytest.raises(PermissionDenied, match="编辑节假日日历"):
        edit_calendar(db, "2026-10-02", actor=mediator)
    assert ran == ["2026-10-01"]
    with pytest.raises(PermissionDenied, match="请先登录"):  # a plain name, with accounts
        edit_calendar(db, "2026-10-03", actor="李四")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="actor=SignedIn"):
        edit_calendar(db, "2026-10-04", actor=None)  # type: ignore[arg-type]


def test_unknown_action_is_a_programming_error(db: Database, admin: SignedIn) -> None:
    with pytest.raises(KeyError):
        require(db, admin, "case.delete")
    with pytest.raises(KeyError):
        guarded("case.delete")
    assert set(ACTIONS) == set(PERMISSIONS)
