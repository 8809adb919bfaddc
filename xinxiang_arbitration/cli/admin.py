"""The administrator's commands: ``init-server``, ``user …``, ``backup``, ``restore``, ``audit``,
and ``acting``, which says who runs any command that changes data.

Commands that need a signed-in user take ``--as LOGIN``; the password comes
from the environment variable ``XINXIANG_ARBITRATION_PASSWORD`` (for scripts)
or is asked for. New passwords are asked for twice at a terminal, or read as
one line from standard input. Once a database has user accounts, every command
that changes data needs ``--as``; on a single PC (no accounts) ``--by NAME`` names
who did it, as before. The commands that print or write the statistics, the
monthly report and the ledger (``stats``, ``report``, ``export-ledger``) need
``--as`` too once there are accounts; on a single PC they run as before.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.security.permissions import (
    ROLES,
    SIGN_IN_REQUIRED,
    SignedIn,
    require,
    role_names,
)
from xinxiang_arbitration.storage.db import Database, describe, open_database

PASSWORD_ENV = "XINXIANG_ARBITRATION_PASSWORD"
DEFAULT_APP_ROLE = "xinxiang_app"


def _read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise InvalidInput(f"{prompt.rstrip('：: ')}：标准输入中没有密码")
    return line.rstrip("\r\n")


def _new_password(login: str) -> str:
    first = _read_secret(f"{login} 的新密码：")
    if sys.stdin.isatty() and _read_secret("再输入一次：") != first:
        raise InvalidInput("两次输入的密码不一致")
    return first


def _sign_in(db: Database, login: str | None, action: str) -> SignedIn:
    from xinxiang_arbitration.security.users import authenticate

    if not login:
        raise InvalidInput("此命令需要登录：请加 --as 用户名")
    password = os.environ.get(PASSWORD_ENV) or _read_secret(f"{login} 的密码：")
    actor = authenticate(db, login, password)
    require(db, actor, action)
    return actor


def _signed_in_with_as(db: Database, args: argparse.Namespace) -> SignedIn | None:
    """The user of ``--as`` where the database has accounts; None on a single PC."""
    from xinxiang_arbitration.security.users import authenticate, has_users

    login = getattr(args, "as_user", None)
    if not has_users(db):
        return None
    if not login:
        raise InvalidInput(f"{SIGN_IN_REQUIRED}，请加 --as 用户名")
    password = os.environ.get(PASSWORD_ENV) or _read_secret(f"{login} 的密码：")
    return authenticate(db, login, password)


def acting(db: Database, args: argparse.Namespace, default: str | None = None) -> SignedIn | str:
    """Who runs a command that changes data: with user accounts, the user signed in with
    ``--as`` (the services then check their roles); on a single PC, ``--by`` (or
    ``default``). The services decide what each may do; this only says who it is."""
    user = _signed_in_with_as(db, args)
    if user is not None:
        return user
    if getattr(args, "as_user", None):
        raise InvalidInput("此数据库尚未建立用户账户，不能用 --as 登录：请用 --by 姓名")
    name = (getattr(args, "by", None) or default or "").strip()
    if not name:
        raise InvalidInput("请用 --by 填写操作人姓名")
    return name


READER = "命令行"  # who reads on a single PC: nobody is asked, nothing records it


def reading(db: Database, args: argparse.Namespace) -> SignedIn | str:
    """Who asks for statistics, a report or the ledger: with user accounts, the user signed
    in with ``--as`` (the services check their roles); on a single PC, anyone."""
    user = _signed_in_with_as(db, args)
    if user is not None:
        return user
    if getattr(args, "as_user", None):
        raise InvalidInput("此数据库尚未建立用户账户，不能用 --as 登录：去掉 --as 即可")
    return READER


def add_reader_option(p: argparse.ArgumentParser) -> None:
    """``--as LOGIN`` of a command that only reads (needed once there are user accounts)."""
    _add_as(p, required=False)


def add_actor_options(p: argparse.ArgumentParser, by_help: str, by_default: str | None) -> None:
    """``--as LOGIN`` (with user accounts) and ``--by NAME`` (single PC) of a command."""
    _add_as(p, required=False)
    p.add_argument(
        "--by",
        default=by_default,
        metavar="NAME",
        help=f"{by_help}（单机、未建立用户账户时使用）",
    )


def _add_as(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument(
        "--as",
        dest="as_user",
        required=required,
        metavar="LOGIN",
        help=f"以该用户登录（密码取自环境变量 {PASSWORD_ENV}，或当场输入）",
    )


def _roles(text: str) -> list[str]:
    roles = [r.strip() for r in text.replace("，", ",").split(",") if r.strip()]
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"未知的角色：{'、'.join(unknown)}（可选：{','.join(ROLES)}）"
        )
    return roles


# --- init-server ---


def _it_instructions(db: Database) -> list[str]:
    from sqlalchemy import text

    url = db.url
    if db.dialect != "postgresql":
        return ["这是单机 SQLite 数据库，无需服务器设置；多台电脑共用请使用 PostgreSQL。"]
    host = url.host or "localhost"
    shown_host = "（服务器的局域网 IP 地址）" if host in ("localhost", "127.0.0.1", "::1") else host
    port, name = url.port or 5432, url.database or "postgres"
    with db.engine.connect() as conn:
        superuser = bool(
            conn.execute(
                text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar()
        )
    lines = [
        "请本单位信息技术人员完成以下设置：",
        f"1. 为本程序建立专用的数据库角色（不要让各台电脑使用 {url.username or 'postgres'}"
        " 超级用户），在服务器上以管理员身份运行 psql 执行：",
        f"     CREATE ROLE {DEFAULT_APP_ROLE} LOGIN PASSWORD '（一个强密码）';",
    ]
    if superuser:
        lines += [
            f"     ALTER DATABASE {name} OWNER TO {DEFAULT_APP_ROLE};",
            f"     -- 然后在 {name} 数据库中，把本程序的表交给该角色：",
            f"     REASSIGN OWNED BY {url.username or 'postgres'} TO {DEFAULT_APP_ROLE};"
            "  -- 仅当此数据库专供本程序使用时",
        ]
    lines += [
        "2. 允许局域网访问：postgresql.conf 中设置 listen_addresses = '*'"
        "（或服务器的局域网地址）；",
        "   pg_hba.conf 中加一行（网段按本单位实际填写），然后重新加载 PostgreSQL：",
        f"     host  {name}  {DEFAULT_APP_ROLE}  192.168.1.0/24  scram-sha-256",
        f"3. 防火墙只向局域网开放 TCP 端口 {port}，例如 Windows：",
        f'     netsh advfirewall firewall add rule name="PostgreSQL" dir=in action=allow'
        f" protocol=TCP localport={port} remoteip=localsubnet",
        f"   Linux：ufw allow from 192.168.1.0/24 to any port {port} proto tcp",
        "4. 每台电脑使用的数据库地址（设为环境变量 XINXIANG_ARBITRATION_DB，或命令行 --db）：",
        f"     postgresql+psycopg://{DEFAULT_APP_ROLE}:（密码）@{shown_host}:{port}/{name}",
        "5. 每天备份：xinxiang-arbitration --db 上述地址 backup --out 备份文件.zip"
        " --as 管理员用户名（需安装 PostgreSQL 客户端工具 pg_dump）。",
    ]
    return lines


def _cmd_init_server(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.security.users import create_first_administrator, has_users

    print(f"数据库结构已就绪：{db.describe()}")
    if has_users(db):
        print("数据库中已有用户，未再创建管理员")
    else:
        password = _new_password(args.admin)
        info = create_first_administrator(db, args.admin, args.name or args.admin, password)
        print(f"已创建第一位管理员：{info.login}（{info.name}）")
    for line in _it_instructions(db):
        print(line)
    return 0


# --- user ---


def _cmd_user_add(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.security.users import create_user

    actor = _sign_in(db, args.as_user, "user.manage")
    password = _new_password(args.login)
    info = create_user(db, args.login, args.name, password, args.roles, by=actor, staff=args.staff)
    print(f"已创建用户 {info.login}（{info.name}），角色：{'、'.join(info.role_labels)}")
    return 0


def _cmd_user_list(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.security.users import list_users

    actor = _sign_in(db, args.as_user, "user.manage")
    print("用户名\t姓名\t角色\t状态")
    for u in list_users(db, by=actor):
        state = "已停用" if not u.active else "锁定中" if u.locked_until else "正常"
        print(f"{u.login}\t{u.name}\t{'、'.join(u.role_labels)}\t{state}")
    return 0


def _cmd_user_reset(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.security.users import reset_password

    actor = _sign_in(db, args.as_user, "user.manage")
    reset_password(db, args.login, _new_password(args.login), by=actor)
    print(f"已重置 {args.login} 的密码（并解除锁定）")
    return 0


def _cmd_user_roles(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.security.users import set_roles

    actor = _sign_in(db, args.as_user, "user.manage")
    info = set_roles(db, args.login, args.roles, by=actor)
    print(f"{info.login} 的角色：{'、'.join(role_names(list(info.roles)))}")
    return 0


def _cmd_user_deactivate(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.security.users import deactivate

    actor = _sign_in(db, args.as_user, "user.manage")
    deactivate(db, args.login, by=actor)
    print(f"已停用 {args.login}")
    return 0


# --- audit, backup, restore ---


def _cmd_audit_verify(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.admin.audit_check import run_verify

    result = run_verify(db, actor=reading(db, args))
    if not result.ok:
        print(result.message, file=sys.stderr)
        return 1
    print(result.message)
    return 0


def _cmd_backup(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.admin.backups import run_backup

    made = run_backup(db, Path(args.out), actor=acting(db, args))
    m = made.manifest
    print(
        f"已备份到 {made.path}：{len(m.tables)} 张表，共 {m.total_rows} 行"
        f"（结构版本 {m.schema_revision}，{m.payload}）"
    )
    return 0


def _cmd_restore(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.security.audit import append
    from xinxiang_arbitration.security.users import has_users
    from xinxiang_arbitration.storage.backup import check_backup, restore

    path = Path(args.file)
    check_backup(path)  # a bad file is refused before anyone is asked for a password
    if has_users(db):
        actor_login = _sign_in(db, args.as_user, "backup.run").login
    else:  # a single PC, or an empty database: nothing there yet to protect
        actor_login = (args.by or "").strip() or args.as_user or "（新数据库）"
    url = db.url
    db.dispose()
    result = restore(url, path)
    m = result.manifest
    restored = open_database(url)
    try:
        with restored.transaction() as s:
            append(
                s,
                actor_login,
                "restore",
                {"file": path.name, "made_at": m.created_at, "revision": m.schema_revision},
            )
    finally:
        restored.dispose()
    print(f"已从 {path} 恢复到 {describe(url)}（备份时间 {m.created_at}）")
    print(f"核对通过：{len(m.tables)} 张表共 {m.total_rows} 行，行数与校验和均与备份清单一致")
    if result.upgraded_to:
        print(f"备份的结构版本 {m.schema_revision} 较旧，已升级到 {result.upgraded_to}")
    return 0


def add_admin_commands(sub: Any, common: argparse.ArgumentParser, date: Any) -> None:
    p = sub.add_parser(
        "init-server",
        parents=[common],
        help="建立或升级共用服务器上的数据库，创建第一位管理员，并列出信息技术人员要做的设置",
    )
    p.add_argument("--admin", required=True, metavar="LOGIN", help="第一位管理员的用户名")
    p.add_argument("--name", metavar="NAME", help="管理员姓名（默认同用户名）")
    p.set_defaults(handler=_cmd_init_server)

    user = sub.add_parser("user", parents=[common], help="用户：新建、列出、重置密码、角色、停用")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = user_sub.add_parser(
        "add", parents=[common], help="新建用户（密码当场输入或从标准输入读取）"
    )
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--name", required=True, metavar="NAME", help="姓名")
    p.add_argument(
        "--roles", required=True, type=_roles, metavar="ROLE,ROLE", help=f"角色：{','.join(ROLES)}"
    )
    p.add_argument("--staff", metavar="NAME", help="对应的工作人员（承办人）姓名")
    _add_as(p)
    p.set_defaults(handler=_cmd_user_add)
    p = user_sub.add_parser("list", parents=[common], help="列出用户")
    _add_as(p)
    p.set_defaults(handler=_cmd_user_list)
    p = user_sub.add_parser("reset-password", parents=[common], help="重置密码并解除锁定")
    p.add_argument("login", metavar="LOGIN")
    _add_as(p)
    p.set_defaults(handler=_cmd_user_reset)
    p = user_sub.add_parser("roles", parents=[common], help="设置用户的角色（替换原有角色）")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("roles", type=_roles, metavar="ROLE,ROLE")
    _add_as(p)
    p.set_defaults(handler=_cmd_user_roles)
    p = user_sub.add_parser("deactivate", parents=[common], help="停用用户")
    p.add_argument("login", metavar="LOGIN")
    _add_as(p)
    p.set_defaults(handler=_cmd_user_deactivate)

    aud = sub.add_parser("audit", parents=[common], help="审计日志")
    aud_sub = aud.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = aud_sub.add_parser("verify", parents=[common], help="检查审计日志的哈希链是否完整")
    add_reader_option(p)
    p.set_defaults(handler=_cmd_audit_verify)

    p = sub.add_parser(
        "backup", parents=[common], help="备份整个数据库到一个文件（使用中也可备份）"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="备份文件（.zip）")
    add_actor_options(p, "备份人姓名", None)
    p.set_defaults(handler=_cmd_backup)

    p = sub.add_parser(
        "restore", parents=[common], help="从备份文件恢复数据库（先检查备份文件，再替换并核对）"
    )
    p.add_argument("file", metavar="FILE")
    add_actor_options(p, "恢复人姓名（记入恢复后的审计日志）", None)
    p.set_defaults(handler=_cmd_restore)
