"""Filling a .docx template (docxtpl: Jinja2 inside Word) and checking one before use.

A value the case does not have is a ``Missing``: false in ``{% if %}``, but printing
it (or formatting it) is recorded, and a render that printed any ``Missing`` is
refused with the list of what the case lacks, so no half-filled document is made.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, TemplateError, TemplateSyntaxError, nodes
from jinja2.exceptions import UndefinedError
from lxml import etree

from xinxiang_arbitration.documents import chinese
from xinxiang_arbitration.documents.fields import FIELDS, FILTERS, Field, lookup
from xinxiang_arbitration.errors import InvalidInput


class Missing:
    """A field the case has no value for (e.g. no hearing scheduled yet)."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def __bool__(self) -> bool:
        return False

    def __getattr__(self, name: str) -> Missing:
        if name.startswith("_"):
            raise AttributeError(name)
        return Missing(f"{self.path}.{name}")

    def __iter__(self) -> Iterator[Any]:
        return iter(())

    def __repr__(self) -> str:
        return f"Missing({self.path!r})"

    @property
    def label(self) -> str:
        found = lookup(tuple(self.path.split(".")))
        return found.label if found is not None else self.path


class Items(list[Any]):
    """A list field; knows its path so that ``|required`` can name an empty one."""

    def __init__(self, path: str, items: list[Any]) -> None:
        super().__init__(items)
        self.path = path


class MissingFields(InvalidInput):
    """The case lacks values the template prints."""

    def __init__(self, template: str, missing: list[Missing]) -> None:
        seen = dict.fromkeys(f"“{m.label}”（{m.path}）" for m in missing)
        self.paths = [m.path for m in missing]
        super().__init__(f"无法生成《{template}》：案件缺少 " + "、".join(seen))


@dataclass
class _Recorder:
    missing: list[Missing]

    def check(self, value: Any) -> Any:
        if isinstance(value, Missing):
            self.missing.append(value)
            return True
        return False


def _formatter(recorder: _Recorder, fn: Callable[[Any], str]) -> Callable[[Any], str]:
    def apply(value: Any) -> str:
        if recorder.check(value) or value is None:
            return ""
        return fn(value)

    return apply


def _environment(recorder: _Recorder) -> Environment:
    def finalize(value: Any) -> Any:
        if recorder.check(value):
            return ""
        if value is None:
            return ""
        if isinstance(value, Decimal):
            return chinese.money(value)
        if isinstance(value, dt.date):
            return chinese.date_cn(value)
        if isinstance(value, bool):
            return "是" if value else "否"
        return value

    def required(value: Any) -> Any:
        """Refuse the document when the value is missing (or an empty list)."""
        if isinstance(value, Items) and not value:
            recorder.check(Missing(value.path))
        else:
            recorder.check(value)
        return value

    def default(value: Any, fallback: str = "") -> Any:
        return fallback if value is None or value == "" or isinstance(value, Missing) else value

    env = Environment(autoescape=True, finalize=finalize, undefined=StrictUndefined)
    env.filters.update(
        date_cn=_formatter(recorder, chinese.date_cn),
        date_upper=_formatter(recorder, chinese.date_upper),
        time_cn=_formatter(recorder, chinese.time_cn),
        money=_formatter(recorder, chinese.money),
        money_words=_formatter(recorder, chinese.money_words),
        default=default,
        d=default,
        required=required,
    )
    return env


def render(template_name: str, content: bytes, context: dict[str, Any]) -> bytes:
    """The filled .docx as bytes; ``MissingFields`` when the case lacks a printed value."""
    recorder = _Recorder([])
    env = _environment(recorder)
    doc = DocxTemplate(io.BytesIO(content))
    try:
        doc.render(context, jinja_env=env, autoescape=True)
    except UndefinedError as exc:
        raise InvalidInput(f"模板《{template_name}》使用了未知的字段：{exc.message}") from exc
    except TemplateError as exc:
        raise InvalidInput(f"模板《{template_name}》有误：{exc}") from exc
    if recorder.missing:
        raise MissingFields(template_name, recorder.missing)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# --- checking a template ------------------------------------------------------------


def template_sources(content: bytes) -> list[tuple[str, str]]:
    """(part name, Jinja source) of the body, headers and footers, as docxtpl sees them."""
    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise InvalidInput("不是 Word 文档（.docx）文件")
    try:
        doc = DocxTemplate(io.BytesIO(content))
        doc.init_docx()
        docx = doc.docx
        parts = [("正文", doc.patch_xml(doc.xml_to_string(docx._element.body)))]
        for uri, label in ((doc.HEADER_URI, "页眉"), (doc.FOOTER_URI, "页脚")):
            for _key, part in doc.get_headers_footers(uri):
                parts.append((label, doc.patch_xml(doc.get_part_xml(part))))
    except (KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise InvalidInput(f"无法打开 Word 文档：{exc}") from exc
    return parts


def check_template(content: bytes) -> list[str]:
    """Every problem of a template (empty when it can be used): syntax, unknown names."""
    try:
        sources = template_sources(content)
    except InvalidInput as exc:
        return [str(exc)]
    env = _environment(_Recorder([]))
    problems: list[str] = []
    for part, source in sources:
        try:
            tree = env.parse(source)
        except TemplateSyntaxError as exc:
            problems.append(f"{part}：模板语法错误：{exc.message}（{_near(source, exc.lineno)}）")
            continue
        problems += [f"{part}：{p}" for p in _NameChecker(env).run(tree)]
    return list(dict.fromkeys(problems))


def _near(source: str, lineno: int) -> str:
    """The visible text around a line of the XML, so a user can find the spot in Word."""
    lines = source.splitlines()[max(lineno - 2, 0) : lineno + 1]
    visible = re.sub(r"<[^>]+>", "", "".join(lines)).strip()
    return f"附近文字：{visible[:60]}" if visible else f"第 {lineno} 行"


_ANY = Field("任意", "group")  # a name bound by the template itself: attributes unchecked


class _NameChecker:
    def __init__(self, env: Environment) -> None:
        self.env = env
        self.problems: list[str] = []

    def run(self, tree: nodes.Template) -> list[str]:
        self.visit(tree, {"loop": _ANY})
        return self.problems

    def visit(self, node: nodes.Node, scope: dict[str, Field]) -> None:
        if isinstance(node, nodes.For):
            self.visit(node.iter, scope)
            inner = dict(scope)
            item = self.resolve(node.iter, scope)
            item_shape = Field("项", "group", children=item.children) if item else _ANY
            if isinstance(node.target, nodes.Name):
                inner[node.target.name] = item_shape
            for name in node.target.find_all(nodes.Name):  # unpacking: for a, b in …
                inner[name.name] = _ANY
            for child in [*node.body, *node.else_]:
                self.visit(child, inner)
            if node.test is not None:
                self.visit(node.test, inner)
            return
        if isinstance(node, (nodes.Assign, nodes.AssignBlock)):
            for child in node.iter_child_nodes(exclude=("target",)):
                self.visit(child, scope)
            targets: list[nodes.Node] = [node.target, *node.target.find_all(nodes.Name)]
            for target in targets:
                if isinstance(target, nodes.Name):
                    scope[target.name] = _ANY
            return
        if isinstance(node, (nodes.Macro, nodes.CallBlock, nodes.With)):
            inner = dict(scope)
            for name in node.find_all(nodes.Name):
                if name.ctx in ("store", "param"):
                    inner[name.name] = _ANY
            for child in node.iter_child_nodes():
                self.visit(child, inner)
            return
        if isinstance(node, nodes.Filter) and node.name not in self.env.filters:
            self.problems.append(f"未知的过滤器“{node.name}”（可用：{'、'.join(FILTERS)}）")
        if isinstance(node, (nodes.Name, nodes.Getattr)) or _const_item(node):
            self.resolve(node, scope, report=True)
            return
        for child in node.iter_child_nodes():
            self.visit(child, scope)

    def resolve(
        self, node: nodes.Node, scope: dict[str, Field], *, report: bool = False
    ) -> Field | None:
        path: list[str] = []
        while isinstance(node, nodes.Getattr) or _const_item(node):
            if isinstance(node, nodes.Getattr):
                path.insert(0, node.attr)
            else:
                assert isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const)
                path.insert(0, str(node.arg.value))
            node = node.node
        if not isinstance(node, nodes.Name):
            self.visit(node, scope)
            return None
        root = scope.get(node.name) or FIELDS.get(node.name)
        shown = ".".join([node.name, *path])
        if root is None:
            if report:
                self.problems.append(f"未知字段“{shown}”")
            return None
        current = root
        for part in path:
            if current is _ANY:
                return _ANY
            child = current.children.get(part)
            if child is None or current.type == "list":
                if report:
                    self.problems.append(f"未知字段“{shown}”")
                return None
            current = child
        return current


def _const_item(node: nodes.Node) -> bool:
    return isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const)
