"""``document …``: templates and case documents from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from xinxiang_arbitration.cli.admin import acting, add_actor_options
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.storage.db import Database

KIND_LABELS = {"arbitration": "仲裁", "mediation": "调解", "inspection": "监察"}


def _read_docx(path: Path) -> bytes:
    if not path.is_file():
        raise InvalidInput(f"找不到文件：{path}")
    return path.read_bytes()


def _cmd_list(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.documents.templates import list_templates

    for t in list_templates(db, kind=args.kind):
        kinds = "、".join(KIND_LABELS.get(k, k) for k in t.kinds) or "全部"
        print(f"{t.name}\t第{t.version}版\t{t.origin_label}\t适用：{kinds}")
    return 0


def _cmd_check(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.documents.engine import check_template

    problems = check_template(_read_docx(Path(args.file)))
    if problems:
        raise InvalidInput(f"模板 {args.file} 不能使用：\n" + "\n".join(f"· {p}" for p in problems))
    print(f"模板 {args.file} 检查通过")
    return 0


def _cmd_import(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.documents.templates import import_template

    path = Path(args.file)
    content = _read_docx(path)
    info = import_template(db, args.name or path.stem, content, actor=acting(db, args))
    print(f"已导入模板《{info.name}》第{info.version}版（此前的版本仍保留）")
    return 0


def _cmd_make(args: argparse.Namespace, db: Database) -> int:
    from xinxiang_arbitration.documents.making import make_document
    from xinxiang_arbitration.documents.pdf import PdfUnavailable, converter_name, docx_to_pdf
    from xinxiang_arbitration.storage.output import atomic_output, check_target

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise InvalidInput(f"输出文件应为 .docx 或 .pdf：{out}")
    check_target(out)
    if suffix == ".pdf" and converter_name() is None:
        raise PdfUnavailable(
            "无法生成 PDF：未安装 LibreOffice（sudo apt install libreoffice-writer-nogui），"
            "可先生成 .docx"
        )
    made = make_document(db, args.case, args.template, actor=acting(db, args), today=args.date)
    with atomic_output(out) as temporary:
        if suffix == ".pdf":
            docx_to_pdf(made.content, temporary)
        else:
            temporary.write_bytes(made.content)
    print(
        f"已生成《{made.title}》（案号 {made.case_number}，模板第{made.template_version}版）：{out}"
    )
    print(f"已存入案件文书，SHA-256 {made.sha256}")
    return 0


def add_document_commands(sub: Any, common: argparse.ArgumentParser, date: Any) -> None:
    doc = sub.add_parser("document", parents=[common], help="文书：模板与案件文书")
    doc_sub = doc.add_subparsers(dest="document_command", metavar="ACTION", required=True)

    p = doc_sub.add_parser("list-templates", parents=[common], help="列出可用的文书模板")
    p.add_argument("--kind", choices=sorted(KIND_LABELS), help="只列出适用于该类案件的模板")
    p.set_defaults(handler=_cmd_list)

    p = doc_sub.add_parser("check-template", parents=[common], help="检查一个 .docx 模板")
    p.add_argument("file", metavar="FILE.docx")
    p.set_defaults(handler=_cmd_check)

    p = doc_sub.add_parser(
        "import-template", parents=[common], help="导入本委的模板（作为新版本，旧版本保留）"
    )
    p.add_argument("file", metavar="FILE.docx")
    p.add_argument("--name", help="模板名称（默认为文件名）")
    add_actor_options(p, "导入人", "管理员")
    p.set_defaults(handler=_cmd_import)

    p = doc_sub.add_parser("make", parents=[common], help="为一个案件生成文书（.docx 或 .pdf）")
    p.add_argument("--case", required=True, metavar="NUMBER", help="案号")
    p.add_argument("--template", required=True, metavar="NAME", help="模板名称")
    p.add_argument("--out", required=True, metavar="FILE")
    add_actor_options(p, "制作人", "命令行")
    p.add_argument(
        "--date", type=date, default=dt.date.today(), metavar="DATE", help="文书日期（默认今天）"
    )
    p.set_defaults(handler=_cmd_make)
