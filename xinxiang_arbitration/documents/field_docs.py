"""``docs/template-fields.md``, written from ``fields.FIELDS`` (a test keeps the file current)."""

from __future__ import annotations

from xinxiang_arbitration.documents.fields import FIELDS, FILTERS, Field

TYPE_LABELS = {
    "text": "文字",
    "date": "日期",
    "time": "时间",
    "money": "金额",
    "bool": "是/否",
    "int": "整数",
    "group": "组",
    "list": "列表",
}

HEADER = """# 文书模板可用字段 (template fields)

模板是普通的 Word 文档（.docx），在需要填入案件信息的地方写占位符，例如
`{{ case.number }}`。占位符、条件和循环使用 Jinja2 语法（由 docxtpl 处理）：

- `{{ applicant.name }}`：填入一个值；
- `{{ case.accepted_on|date_upper }}`：用过滤器改变写法（见文末）；
- `{%p if case.final_award|required %}` … `{%p else %}` … `{%p endif %}`：
  整段的条件（`{%p … %}` 单独成段，生成时连同该段一起删去）；
- `{%p for claim in claims %}` … `{{ claim.no }}. {{ claim.text }}` … `{%p endfor %}`：
  逐项重复一段；表格中逐行重复用 `{%tr for … %}`；
- `|default('无')`：没有值时用替代文字；`|required`：没有值（或列表为空）时拒绝生成。

案件缺少模板直接打印的值时（例如还没有安排开庭就生成开庭通知书），系统拒绝生成，
并列出缺少的字段；不会生成填了一半的文书。导入模板时系统检查：能否打开、语法是否正确、
每个字段是否在下表中，有问题时列出全部问题并保留原模板。

文档属性中的“类别”（Word：文件 → 信息 → 属性 → 类别）写适用的案件类别，
用英文逗号分隔：`arbitration`（仲裁）、`mediation`（调解）、`inspection`（监察）；
不写则适用于全部案件。

| 字段 | 类型 | 说明 | 示例 |
|---|---|---|---|
"""


def _rows(prefix: str, children: dict[str, Field], item_of: str | None = None) -> list[str]:
    rows = []
    for name, node in children.items():
        path = f"{prefix}.{name}" if prefix else name
        shown = f"`{path}`" if item_of is None else f"`{item_of}.{name}`"
        example = node.example.replace("|", "\\|")
        rows.append(f"| {shown} | {TYPE_LABELS[node.type]} | {node.label} | {example} |")
        if node.type == "group":
            rows += _rows(path, node.children, item_of and f"{item_of}.{name}")
        elif node.type == "list":
            item = name[:-1] if name.endswith("s") else "item"
            rows.append(f"| | | 逐项：`{{% for {item} in {path} %}}` | |")
            rows += _rows(path, node.children, item)
    return rows


def fields_markdown() -> str:
    lines = [HEADER.rstrip("\n"), *_rows("", FIELDS), "", "## 过滤器 (filters)", ""]
    lines += ["| 过滤器 | 作用 |", "|---|---|"]
    lines += [f"| `{name}` | {what} |" for name, what in FILTERS.items()]
    return "\n".join(lines) + "\n"
