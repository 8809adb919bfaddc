"""The command line: a thin layer over the services (see shared/domain/ledger-format.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from xinxiang_arbitration import __version__
from xinxiang_arbitration.cli.admin import (
    acting,
    add_actor_options,
    add_admin_commands,
    add_reader_option,
    reading,
)
from xinxiang_arbitration.cli.documents import add_document_commands
from xinxiang_arbitration.errors import AppError
from xinxiang_arbitration.logs import configure_logging
from xinxiang_arbitration.storage.db import Database, open_database

Handler = Callable[[argparse.Namespace, Database], int]


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line on stderr and exit status 2, never a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: 参数错误：{message}\n")


def _date(text: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(f"不是日期（应为 YYYY-MM-DD）：{text}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"不存在的日期：{text}") from None


def _year(text: str) -> int:
    if not re.fullmatch(r"\d{4}", text):
        raise argparse.ArgumentTypeError(f"不是年份：{text}")
    return int(text)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"不是整数：{text}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"必须是正整数：{text}")
    return value


def _cmd_init(args: argparse.Namespace, db: Database) -> int:
    print(f"数据库已就绪：{db.describe()}")
    if db.backup_path:
        print(f"已升级旧数据库，升级前的备份：{db.backup_path}")
    return 0


def _cmd_import_ledger(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.ledger.importing import DEFAULT_ACTOR, import_ledger

    actor = acting(db, args, DEFAULT_ACTOR)
    result = import_ledger(db, Path(args.file), update=args.update, actor=actor)
    for warning in result.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    print(f"已导入 {args.file}：新增 {result.created} 件，更新 {result.updated} 件")
    return 0


def _cmd_export_ledger(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.ledger.exporting import export_ledger

    result = export_ledger(db, Path(args.file), actor=reading(db, args))
    for warning in result.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    print(f"已导出 {result.rows} 件案件到 {args.file}")
    return 0


def _cmd_demo_data(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.demo.build import generate_demo_data

    made = generate_demo_data(db, cases=args.cases, seed=args.seed)
    print(f"已生成 {made} 件演示案件（种子 {args.seed}）")
    return 0


def _cmd_overdue(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.clocks.deadlines import CLOCKS
    from xinxiang_arbitration.clocks.due import overdue_as_of

    items = overdue_as_of(db, args.as_of)
    if args.format == "json":
        print(json.dumps([i.as_json() for i in items], ensure_ascii=False))
        return 0
    if not items:
        print(f"截至 {args.as_of.isoformat()} 没有逾期的期限")
        return 0
    print(f"截至 {args.as_of.isoformat()} 逾期 {len(items)} 项")
    print("届满日\t逾期天数\t期限\t案号")
    for i in items:
        print(f"{i.due.isoformat()}\t{i.days_overdue}\t{CLOCKS[i.clock].name}\t{i.case_number}")
    return 0


def _cmd_stats(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.statistics.indicators import Period, indicators

    period = Period(args.date_from, args.date_to)
    figures = indicators(db, period, actor=reading(db, args))
    if args.format == "json":
        out = {
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "indicators": [f.as_json() for f in figures],
        }
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(f"统计期间：{period.start.isoformat()} 至 {period.end.isoformat()}")
    for f in figures:
        rate = "—" if f.rate is None else f"{f.rate}%"
        met = {True: "达标", False: "未达标", None: "无数据"}[f.met]
        target = f.target.quantize(Decimal("0.1"))
        print(
            f"指标{f.id} {f.name}：{f.numerator}/{f.denominator} = {rate}（目标 >{target}%，{met}）"
        )
    return 0


def _cmd_report(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.reports import write_monthly_report

    out = write_monthly_report(db, args.month, Path(args.out), actor=reading(db, args))
    print(f"已生成 {args.month} 月度结案统计表：{out}")
    return 0


def _cmd_close_month(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.security.permissions import actor_name
    from xinxiang_arbitration.statistics.month_close import close_month

    actor = acting(db, args)
    close_month(db, args.month, actor=actor)
    print(f"{args.month} 已结账（{actor_name(actor)}）；此后该月报表显示结账时的数字")
    return 0


def _cmd_calendar_show(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.admin.holidays import show_year

    view = show_year(db, args.year)
    if not view.covered:
        print(
            f"节假日日历没有 {args.year} 年；请用 calendar import 导入该年的放假通知",
            file=sys.stderr,
        )
        return 1
    print(f"{args.year} 年（来源：{view.source}），周一至周五为工作日，以下除外：")
    for day, is_work, name in view.days:
        kind = "上班" if is_work else "休息"
        print(f"{day.isoformat()}\t{'一二三四五六日'[day.weekday()]}\t{kind}\t{name}")
    return 0


def _cmd_calendar_import(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.admin.holidays import import_calendar_file

    years = import_calendar_file(db, Path(args.file), actor=acting(db, args))
    print(f"已导入节假日日历：{'、'.join(str(y) for y in years)} 年")
    return 0


def _cmd_calendar_add(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.admin.holidays import set_day

    set_day(db, args.date, args.type, args.name, actor=acting(db, args))
    print(f"已设置 {args.date.isoformat()}：{args.type}（{args.name}）")
    return 0


def _add_calendar_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    cal = sub.add_parser("calendar", parents=[common], help="节假日日历：查看、导入、增改")
    cal_sub = cal.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    p = cal_sub.add_parser("show", parents=[common], help="列出某年的节假日和调休上班日")
    p.add_argument("year", type=_year, metavar="YEAR")
    p.set_defaults(handler=_cmd_calendar_show)
    p = cal_sub.add_parser(
        "import",
        parents=[common],
        help="导入放假通知（.xlsx/.csv，列：日期、类型（休息/上班）、名称）",
    )
    p.add_argument("file", metavar="FILE")
    add_actor_options(p, "操作人", "管理员")
    p.set_defaults(handler=_cmd_calendar_import)
    p = cal_sub.add_parser("add", parents=[common], help="增加或修改已录入年份中的一天")
    p.add_argument("date", type=_date, metavar="DATE")
    p.add_argument("type", choices=["休息", "上班"], metavar="休息|上班")
    p.add_argument("name", metavar="NAME")
    add_actor_options(p, "操作人", "管理员")
    p.set_defaults(handler=_cmd_calendar_add)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="数据库地址（SQLAlchemy URL 或 SQLite 文件路径）；"
        "默认为本机数据文件夹中的 SQLite 文件，"
        "环境变量 XINXIANG_ARBITRATION_DB 可改变默认值",
    )
    parser = _Parser(
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
    add_actor_options(p, "导入人", None)
    p.set_defaults(handler=_cmd_import_ledger)

    p = sub.add_parser("export-ledger", parents=[common], help="导出办案台账（.xlsx 或 .csv）")
    p.add_argument("file", metavar="FILE")
    add_reader_option(p)
    p.set_defaults(handler=_cmd_export_ledger)

    p = sub.add_parser("demo-data", parents=[common], help="生成演示案件（可复现）")
    p.add_argument("--cases", type=_positive_int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(handler=_cmd_demo_data)

    p = sub.add_parser(
        "stats", parents=[common], help="指标 27–29：调解成功率、仲裁结案率、监察结案率"
    )
    p.add_argument("--from", type=_date, required=True, metavar="DATE", dest="date_from")
    p.add_argument("--to", type=_date, required=True, metavar="DATE", dest="date_to")
    p.add_argument("--format", choices=["json", "text"], default="text")
    add_reader_option(p)
    p.set_defaults(handler=_cmd_stats)

    p = sub.add_parser("report", parents=[common], help="月度结案统计表（.pdf 或 .xlsx）")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--out", required=True, metavar="FILE")
    add_reader_option(p)
    p.set_defaults(handler=_cmd_report)

    p = sub.add_parser("close-month", parents=[common], help="月度结账：冻结该月的统计数字")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    add_actor_options(p, "结账人", None)
    p.set_defaults(handler=_cmd_close_month)

    p = sub.add_parser("overdue", parents=[common], help="列出某日已逾期的期限")
    p.add_argument("--as-of", type=_date, required=True, metavar="DATE", dest="as_of")
    p.add_argument("--format", choices=["json", "text"], default="text")
    p.set_defaults(handler=_cmd_overdue)

    _add_calendar_commands(sub, common)
    add_document_commands(sub, common, _date)
    add_admin_commands(sub, common, _date)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    configure_logging()  # the log file only: stderr stays the CLI's own
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
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"文件错误：{exc.filename or ''} {exc.strerror or exc}".strip(), file=sys.stderr)
        return 1
    except Exception:
        logging.getLogger(__name__).exception("命令 %s 意外失败", args.command)
        raise
    finally:
        if db is not None:
            db.dispose()


__all__ = ["main"]
