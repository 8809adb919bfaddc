"""The 案件文字 editor offers, for each kind of case, every text that kind's shipped
templates print: a template that needs a text the editor does not offer could never be
filled from the client."""

from __future__ import annotations

import re

from ui.dialogs.texts_dialog import TEXTS_BY_KIND
from xinxiang_arbitration.documents.engine import template_sources
from xinxiang_arbitration.documents.templates import _kinds, shipped_template_files
from xinxiang_arbitration.domain import CaseKind


def test_every_text_a_kinds_templates_print_is_offered() -> None:
    printed: dict[CaseKind, set[str]] = {kind: set() for kind in CaseKind}
    for _name, content in shipped_template_files():
        used = {
            m
            for _, source in template_sources(content)
            for m in re.findall(r"texts\.(\w+)", source)
        }
        for kind in _kinds(content) or [k.value for k in CaseKind]:
            printed[CaseKind(kind)] |= used
    assert any(printed.values())  # the templates do print texts
    for kind, names in printed.items():
        assert names <= TEXTS_BY_KIND[kind], (kind, sorted(names - TEXTS_BY_KIND[kind]))
