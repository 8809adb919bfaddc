"""Who may do what (权限): the role × action table as data, and the one place it is enforced.

Two modes, decided by the data. A database without user accounts is a single PC:
whoever picks their name may do everything, and services take that name as their
``actor``. Once an administrator has created a user the database is in accounts
mode: every guarded service needs a signed-in user (``SignedIn``) whose roles *now*
(read from the database, in the service's own transaction) allow the action; a plain
name is refused with ``SignInRequired``.

Services call ``require(session, actor, action)`` first thing in their transaction;
it returns the name to record (``CaseEvent.actor``, ``made_by`` …) and ``audit_actor``
gives the one for the audit log (the login). A front end may call ``can(actor,
action)`` to grey out a button, but the service decides. A refusal raises
``PermissionDenied`` with the reason and is written to the audit log.
``docs/permissions.md`` is generated from ``PERMISSIONS`` (a test keeps it current).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.errors import AppError, PermissionDenied
from xinxiang_arbitration.models import Staff, User, UserRole
from xinxiang_arbitration.models.users import ROLE_LABELS
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.storage.db import Database

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
    "report.print": Action("预览、打印和保存月度报表", frozenset({SUPERVISOR, CLERK})),
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

# The decisions on a case that a mediator may take on mediation cases only, and an
# inspector on inspection cases only: the table above is their union over the kinds.
DECISIONS_BY_KIND = frozenset({"case.accept", "case.refuse", "case.close"})
KIND_BOUND_ROLES: dict[str, str] = {MEDIATOR: "mediation", INSPECTOR: "inspection"}
KIND_LABELS = {"arbitration": "仲裁", "mediation": "调解", "inspection": "监察"}


def allowed_roles(action: str, kind: str | None = None) -> frozenset[str]:
    """The roles that may do ``action``, on a case of ``kind`` when it is one of the
    decisions bound to the kind of case."""
    roles = PERMISSIONS[action]
    if kind is None or action not in DECISIONS_BY_KIND:
        return roles
    return frozenset(r for r in roles if KIND_BOUND_ROLES.get(r, kind) == kind)


@dataclass(frozen=True)
class SignedIn:
    """The person doing something: what ``security.users.authenticate`` hands back.

    ``name`` is what case histories record; ``login`` is what the audit log records.
    """

    user_id: int
    login: str
    name: str
    roles: frozenset[str]


Actor = SignedIn


def role_names(roles: frozenset[str] | set[str] | list[str]) -> list[str]:
    return [ROLE_LABELS[r] for r in ROLES if r in roles]


def can(actor: SignedIn, action: str, kind: str | None = None) -> bool:
    """For showing or hiding a button; the services still call ``require``."""
    return bool(actor.roles & allowed_roles(action, kind))


SIGN_IN_REQUIRED = "请先登录：此数据库已启用用户账户"
_ACCOUNTS_KEY = "xinxiang_accounts_mode"  # session.info: (transaction, are there users?)
# session.info flag of a unit of work that is always rolled back (the case view's try of
# each action, ``case_detail._RolledBack``): it asks whether the case's stage allows an
# action, not who may, so ``require`` checks and records nothing there.
RULES_ONLY = "xinxiang_rules_only"


class SignInRequired(PermissionDenied):
    """A plain name (no signed-in user) where the database has user accounts."""

    def __init__(self, action: str) -> None:
        AppError.__init__(self, SIGN_IN_REQUIRED)
        self.action = action
        self.allowed = role_names(PERMISSIONS[action])


def actor_name(actor: SignedIn | str) -> str:
    """The name a case history shows for ``actor`` (a user's display name)."""
    return actor.name if isinstance(actor, SignedIn) else actor


def audit_actor(actor: SignedIn | str) -> str:
    """Who the audit log names: a user's login, or the name given on a single PC."""
    return actor.login if isinstance(actor, SignedIn) else actor[:100]


def accounts_mode(session: Session) -> bool:
    """Has any user account been created? Asked once per transaction (users are never
    deleted, so the answer only ever turns from no to yes)."""
    transaction = session.get_transaction()
    cached = session.info.get(_ACCOUNTS_KEY)
    if cached is not None and cached[0] is transaction:
        return bool(cached[1])
    found = session.scalar(select(User.id).limit(1)) is not None
    session.info[_ACCOUNTS_KEY] = (transaction, found)
    return found


def _current(session: Session, actor: SignedIn) -> tuple[str, frozenset[str]]:
    """(display name, roles) as the database holds them now: an administrator may have
    changed the roles or stopped the account since the user signed in."""
    rows = session.execute(
        select(User.display_name, User.active, UserRole.role)
        .outerjoin(UserRole, UserRole.user_id == User.id)
        .where(User.id == actor.user_id)
    ).all()
    if not rows or not rows[0].active:
        return actor.name, frozenset()
    return rows[0].display_name, frozenset(r.role for r in rows if r.role is not None)


def _refuse(
    session: Session, actor: SignedIn | str, action: str, details: dict[str, object]
) -> None:
    """Record the refusal and commit it: the caller's transaction has changed nothing yet
    (``require`` comes first), and the exception that follows must not roll the record
    back. Later statements in that transaction are refused by SQLAlchemy."""
    audit.append(session, audit_actor(actor), "permission_denied", {"action": action, **details})
    session.commit()


def require(
    target: Session | Database,
    actor: SignedIn | str,
    action: str,
    *,
    subject: str | None = None,
    kind: str | None = None,
) -> str:
    """Refuse (and log the refusal) unless ``actor`` may do ``action``; return the name to
    record as who did it.

    ``target`` is the service's own session, and the call comes before the service
    changes anything in it; given the ``Database``, the check runs in a transaction of
    its own. ``subject`` says what it was about (a case number, a month) for the log;
    ``kind`` is the kind of case, for the decisions that depend on it (``allowed_roles``).
    On a single PC (no user accounts) a plain name may do everything; with accounts,
    only a ``SignedIn`` user whose current roles allow it.
    """
    if action not in ACTIONS:
        raise KeyError(f"unknown action {action!r}: add it to permissions.ACTIONS")
    if isinstance(target, Database):
        with target.transaction() as session:
            return require(session, actor, action, subject=subject, kind=kind)
    if target.info.get(RULES_ONLY):
        return actor_name(actor)
    if not isinstance(actor, SignedIn):
        if not accounts_mode(target):
            return actor
        _refuse(target, actor, action, {"subject": subject, "reason": "not_signed_in"})
        raise SignInRequired(action)
    name, held = _current(target, actor)
    allowed = allowed_roles(action, kind)
    if held & allowed:
        return name
    _refuse(target, actor, action, {"subject": subject, "roles": sorted(held)})
    label = ACTIONS[action].label
    if allowed != PERMISSIONS[action] and kind is not None:
        label = f"{label}（{KIND_LABELS.get(kind, kind)}案件）"
    raise PermissionDenied(action, label, role_names(allowed), role_names(held))


def signed_in_staff_id(db: Database, actor: SignedIn) -> int | None:
    """The staff row (承办人) of a user: the one an administrator linked, else the one with
    the user's name; None for someone who handles no cases (an administrator)."""
    with db.transaction() as s:
        linked = s.scalar(select(User.staff_id).where(User.id == actor.user_id))
        if linked is not None:
            return linked
        return s.scalar(select(Staff.id).where(Staff.name == actor.name, Staff.active.is_(True)))


P = ParamSpec("P")
R = TypeVar("R")


def guarded(action: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a service whose first argument is the ``Database`` and which takes
    ``actor: SignedIn | str`` as a keyword: the check (the same two modes as ``require``)
    runs in a transaction of its own before the service body. For a service that records
    who did it, call ``require`` in its own transaction instead.

    >>> @guarded("calendar.edit")
    ... def edit(db: Database, day: dt.date, *, actor: SignedIn | str) -> None: ...
    """
    if action not in ACTIONS:
        raise KeyError(f"unknown action {action!r}: add it to permissions.ACTIONS")

    def decorate(service: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(service)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            db, actor = args[0] if args else kwargs.get("db"), kwargs.get("actor")
            if not isinstance(db, Database) or not isinstance(actor, SignedIn | str):
                raise TypeError(
                    f"{service.__name__}: @guarded needs (db, ..., actor=SignedIn | str)"
                )
            require(db, actor, action)
            return service(*args, **kwargs)

        return checked

    return decorate


HEADER = """# 权限表 (permissions)

每个用户可以有多个角色；一项操作，用户只要有表中打“✓”的任一角色即可执行。
权限由核心服务检查（命令行、桌面程序和今后的其他界面都一样），
不只是隐藏按钮；被拒绝的操作会说明原因并记入审计日志。

**两种模式，由数据决定。** 数据库中还没有任何用户账户时，是单机使用：
启动时选择姓名的人可以执行全部操作（案件记录中写入所选的姓名）。
管理员一旦建立了用户（`init-server`、`user add` 或用户管理窗口），数据库即启用用户账户：
每项受控操作都须由已登录的用户执行，并按其**当时**在数据库中的角色检查；
只给出姓名而未登录的，一律拒绝（“请先登录：此数据库已启用用户账户”）。
命令行中修改数据的命令，以及输出统计、报表和台账的 `stats`、`report`、`export-ledger`，
此时须加 `--as 用户名`（密码取自环境变量 `XINXIANG_ARBITRATION_PASSWORD`，或当场输入）；
单机模式下修改数据的命令仍可用 `--by 姓名`，这三个输出命令照旧无需登录。

受控的是下表中的全部操作：修改数据的操作，以及三项只读的输出——
统计指标（统计看板、分类统计和 `stats` 命令：“查看统计指标”）、
月度报表文件（PDF 及其预览、Excel，`report` 命令：“预览、打印和保存月度报表”）
和办案台账导出（`export-ledger` 命令：“导出办案台账”）。
案件修改（受理、中止、结案、组庭、开庭、调解记录、案件材料等）还在审计日志中记下修改前后的内容。
其余只读的查询（案件列表、案件详情、统计数字背后的案件清单、月度结账状态）不检查权限。

本文件由 `xinxiang_arbitration/security/permissions.py` 中的 `ACTIONS` 生成
（`python -c "from xinxiang_arbitration.security.permissions import permissions_markdown;
print(permissions_markdown(), end='')" > docs/permissions.md`），测试检查二者一致。

"""

FOOTER = """
角色：系统管理员（administrator）管理用户、备份、日历和设置，不办理案件，
需要办案时另加办案角色；负责人（supervisor）为仲裁院（委）负责人，
批准中止、延期等须经负责人批准的事项，并月度结账。
受理、不予受理和结案三项，调解员只能对调解案件、监察员只能对监察案件执行
（例如调解员不能为仲裁案件结案）。
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
