"""Who may do what (权限): the role × action table as data, and the one place it is enforced.

Services call ``require(db, actor, action)`` (or wrap themselves in
``@guarded(action)``) before they change anything; a front end may call
``can(actor, action)`` to grey out a button, but the service decides. A refusal
raises ``PermissionDenied`` with the reason and is written to the audit log.
``docs/permissions.md`` is generated from ``PERMISSIONS`` (a test keeps it current).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from sqlalchemy import select

from xinxiang_arbitration.db import Database
from xinxiang_arbitration.errors import PermissionDenied
from xinxiang_arbitration.models import User, UserRole
from xinxiang_arbitration.models.users import ROLE_LABELS
from xinxiang_arbitration.services import audit

ADMIN = "administrator"
SUPERVISOR = "supervisor"
ARBITRATOR = "arbitrator"
CLERK = "clerk"
MEDIATOR = "mediator"
INSPECTOR = "inspector"
ROLES = tuple(ROLE_LABELS)
CASE_HANDLERS = frozenset({SUPERVISOR, ARBITRATOR, CLERK, MEDIATOR, INSPECTOR})


@dataclass(frozen=True)
class Action:
    label: str  # what the office calls it
    roles: frozenset[str]


# The table. Administrators run the system (users, backups, calendar, settings);
# they do not decide cases unless also given a case role. 负责人 (supervisor)
# approves what the Rules reserve for the commission's head.
ACTIONS: dict[str, Action] = {
    "case.create": Action("收件登记（新建案件）", CASE_HANDLERS),
    "case.accept": Action("受理／立案", frozenset({SUPERVISOR, ARBITRATOR, MEDIATOR, INSPECTOR})),
    "case.refuse": Action("不予受理／不予立案", frozenset({SUPERVISOR, ARBITRATOR, INSPECTOR})),
    "case.suspend": Action("中止审理／公告送达", frozenset({SUPERVISOR, ARBITRATOR})),
    "case.resume": Action("恢复审理", frozenset({SUPERVISOR, ARBITRATOR})),
    "case.extend": Action("延期审理", frozenset({SUPERVISOR, ARBITRATOR})),
    "case.restart_clock": Action("审理期限重新计算", frozenset({SUPERVISOR, ARBITRATOR})),
    "case.close": Action("结案", frozenset({SUPERVISOR, ARBITRATOR, MEDIATOR, INSPECTOR})),
    "case.transfer": Action("调解转仲裁", frozenset({SUPERVISOR, MEDIATOR, CLERK})),
    "case.final_award": Action("确认一裁终局", frozenset({SUPERVISOR, ARBITRATOR})),
    "case.edit": Action("编辑案件材料（当事人、代理人、文书正文、裁决事项）", CASE_HANDLERS),
    "tribunal.set": Action("组庭", frozenset({SUPERVISOR})),
    "hearing.schedule": Action("安排开庭", frozenset({SUPERVISOR, ARBITRATOR, CLERK})),
    "mediation.log": Action("记录调解", frozenset({SUPERVISOR, ARBITRATOR, MEDIATOR})),
    "document.make": Action("生成文书", CASE_HANDLERS),
    "template.import": Action("导入或恢复文书模板", frozenset({ADMIN, SUPERVISOR})),
    "stats.view": Action("查看统计指标", CASE_HANDLERS | {ADMIN}),
    "report.print": Action("打印月度报表", frozenset({SUPERVISOR, CLERK})),
    "month.close": Action("月度结账", frozenset({SUPERVISOR})),
    "calendar.edit": Action("编辑节假日日历", frozenset({ADMIN})),
    "settings.edit": Action("修改系统设置（期限计算规则、机构信息）", frozenset({ADMIN})),
    "user.manage": Action("管理用户（新建、角色、重置密码、停用）", frozenset({ADMIN})),
    "backup.run": Action("备份与恢复数据库", frozenset({ADMIN})),
    "audit.verify": Action("检查审计日志", frozenset({ADMIN, SUPERVISOR})),
    "ledger.import": Action("导入办案台账", frozenset({ADMIN, SUPERVISOR})),
    "ledger.export": Action("导出办案台账", frozenset({ADMIN, SUPERVISOR, CLERK})),
}

# action → roles that may do it
PERMISSIONS: dict[str, frozenset[str]] = {code: a.roles for code, a in ACTIONS.items()}


@dataclass(frozen=True)
class SignedIn:
    """The person doing something: what ``services.users.authenticate`` hands back.

    ``name`` is what case histories record; ``login`` is what the audit log records.
    """

    user_id: int
    login: str
    name: str
    roles: frozenset[str]


Actor = SignedIn


def role_names(roles: frozenset[str] | set[str] | list[str]) -> list[str]:
    return [ROLE_LABELS[r] for r in ROLES if r in roles]


def can(actor: SignedIn, action: str) -> bool:
    """For showing or hiding a button; the services still call ``require``."""
    return bool(actor.roles & PERMISSIONS[action])


def _current_roles(db: Database, actor: SignedIn) -> frozenset[str]:
    """The roles the database holds now (an administrator may have changed them)."""
    with db.transaction() as s:
        active = s.scalar(select(User.active).where(User.id == actor.user_id))
        if not active:
            return frozenset()
        return frozenset(s.scalars(select(UserRole.role).where(UserRole.user_id == actor.user_id)))


def require(db: Database, actor: SignedIn, action: str, *, subject: str | None = None) -> None:
    """Refuse (and log the refusal) unless one of the actor's current roles may do ``action``.

    ``subject`` says what it was about (a case number, a month) for the log.
    """
    if action not in ACTIONS:
        raise KeyError(f"unknown action {action!r}: add it to permissions.ACTIONS")
    held = _current_roles(db, actor)
    if held & PERMISSIONS[action]:
        return
    with db.transaction() as s:
        audit.append(
            s,
            actor.login,
            "permission_denied",
            {"action": action, "subject": subject, "roles": sorted(held)},
        )
    raise PermissionDenied(
        action, ACTIONS[action].label, role_names(PERMISSIONS[action]), role_names(held)
    )


P = ParamSpec("P")
R = TypeVar("R")


def guarded(action: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a service whose first argument is the ``Database`` and which takes
    ``actor: SignedIn`` as a keyword: the check runs before the service body.

    >>> @guarded("case.accept")
    ... def accept(db: Database, number: str, on: dt.date, *, actor: SignedIn) -> CaseState: ...
    """
    if action not in ACTIONS:
        raise KeyError(f"unknown action {action!r}: add it to permissions.ACTIONS")

    def decorate(service: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(service)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            db, actor = args[0] if args else kwargs.get("db"), kwargs.get("actor")
            if not isinstance(db, Database) or not isinstance(actor, SignedIn):
                raise TypeError(f"{service.__name__}: @guarded needs (db, ..., actor=SignedIn)")
            require(db, actor, action)
            return service(*args, **kwargs)

        return checked

    return decorate


HEADER = """# 权限表 (permissions)

每个用户可以有多个角色；一项操作，用户只要有表中打“✓”的任一角色即可执行。
权限由核心服务检查（命令行、桌面程序和今后的其他界面都一样），
不只是隐藏按钮；被拒绝的操作会说明原因并记入审计日志。

本文件由 `xinxiang_arbitration/services/permissions.py` 中的 `ACTIONS` 生成
（`python -c "from xinxiang_arbitration.services.permissions import permissions_markdown;
print(permissions_markdown(), end='')" > docs/permissions.md`），测试检查二者一致。

"""

FOOTER = """
角色：系统管理员（administrator）管理用户、备份、日历和设置，不办理案件，
需要办案时另加办案角色；负责人（supervisor）为仲裁院（委）负责人，
批准中止、延期等须经负责人批准的事项，并月度结账。
"""


def permissions_markdown() -> str:
    """``docs/permissions.md``: one row per action, one column per role."""
    head = "| 操作 | 代码 | " + " | ".join(f"{ROLE_LABELS[r]}<br>`{r}`" for r in ROLES) + " |"
    rule = "|---|---|" + "|".join(":-:" for _ in ROLES) + "|"
    rows = [
        f"| {a.label} | `{code}` | " + " | ".join("✓" if r in a.roles else "" for r in ROLES) + " |"
        for code, a in ACTIONS.items()
    ]
    return HEADER + "\n".join([head, rule, *rows]) + "\n" + FOOTER
