"""The command line: a thin layer over the services (see shared/domain/ledger-format.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from xinxiang_arbitration import __version__
from xinxiang_arbitration.db import Database, open_database
from xinxiang_arbitration.errors import AppError

Handler = Callable[[argparse.Namespace, Database], int]


def _cmd_init(args: argparse.Namespace, db: Database) -> int:
    print(f"数据库已就绪：{db.describe()}")
    if db.backup_path:
        print(f"已升级旧数据库，升级前的备份：{db.backup_path}")
    return 0


def _cmd_import_ledger(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.services.ledger import import_ledger

    result = import_ledger(db, Path(args.file), update=args.update)
    for warning in result.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    print(f"已导入 {args.file}：新增 {result.created} 件，更新 {result.updated} 件")
    return 0


def _cmd_export_ledger(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.services.ledger import export_ledger

    result = export_ledger(db, Path(args.file))
    for warning in result.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    print(f"已导出 {result.rows} 件案件到 {args.file}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="数据库地址（SQLAlchemy URL 或 SQLite 文件路径）；"
        "默认为本机数据文件夹中的 SQLite 文件，"
        "环境变量 XINXIANG_ARBITRATION_DB 可改变默认值",
    )
    parser = argparse.ArgumentParser(
        prog="xinxiang-arbitration",
        description="新乡市劳动人事争议仲裁委员会 案件管理系统（命令行）",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("init", parents=[common], help="创建或升级数据库并显示其位置")
    p.set_defaults(handler=_cmd_init)

    p = sub.add_parser("import-ledger", parents=[common], help="导入办案台账（.xlsx 或 .csv）")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--update", action="store_true", help="案号已存在时更新该案件")
    p.set_defaults(handler=_cmd_import_ledger)

    p = sub.add_parser("export-ledger", parents=[common], help="导出办案台账（.xlsx 或 .csv）")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=_cmd_export_ledger)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db: Database | None = None
    try:
        db = open_database(getattr(args, "db", None))
        handler: Handler = args.handler
        return handler(args, db)
    except AppError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"文件错误：{exc.filename or ''} {exc.strerror or exc}".strip(), file=sys.stderr)
        return 1
    finally:
        if db is not None:
            db.dispose()


__all__ = ["main"]
