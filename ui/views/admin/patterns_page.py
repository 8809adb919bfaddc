"""案号格式: a pattern per case kind with {year} and {n}, and the next number it would make."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Ops
from ui.views.admin.common import AdminPage, CheckedField, fill, select_key, selected_key, table
from xinxiang_arbitration.admin.patterns import (
    PatternRow,
    check_pattern,
    list_patterns,
    set_pattern,
)
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database


class PatternsPage(AdminPage):
    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(db, ops, actor, parent)
        self._today = today
        self.rows: list[PatternRow] = []
        layout = QVBoxLayout(self)
        self.table = table(
            self, [self.tr("案件类型"), self.tr("案号格式"), self.tr("下一个案号")], "patterns"
        )
        self.table.itemSelectionChanged.connect(self._chosen)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            QLabel(self.tr("格式中 {year} 代表年份，{n} 代表当年序号（每年从 1 开始）。"), self)
        )
        form = QFormLayout()
        self.pattern_edit = QLineEdit(self)
        self.pattern_edit.setObjectName("patternEdit")
        self.pattern = CheckedField(self, self.pattern_edit, self._example)
        self.pattern_edit.textChanged.connect(lambda _t: self._check())
        self.example = QLabel(self)
        self.example.setObjectName("patternExample")
        form.addRow(self.tr("案号格式"), self.pattern_edit)
        form.addRow("", self.pattern.note)
        form.addRow(self.tr("下一个案号将是"), self.example)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._check()
        self.refresh()

    def _current(self) -> PatternRow | None:
        return next((p for p in self.rows if p.kind == selected_key(self.table)), None)

    def _example(self, text: str) -> str:
        row = self._current()
        year, n = (row.year, row.next_n) if row else (self._today().year, 1)
        return check_pattern(text, year, n)

    def refresh(self) -> None:
        self.run(lambda: list_patterns(self._db, today=self._today()), self._show)

    def _show(self, rows: list[PatternRow]) -> None:
        chosen = selected_key(self.table)
        self.rows = rows
        fill(self.table, [(p.label, p.pattern, p.example) for p in rows], [p.kind for p in rows])
        select_key(self.table, chosen if chosen is not None else (rows[0].kind if rows else None))

    def _chosen(self) -> None:
        row = self._current()
        if row is not None:
            self.pattern_edit.setText(row.pattern)
        self._check()

    def _check(self) -> None:
        ok = self.pattern.validate()
        self.example.setText(self.pattern.value if ok else "—")
        current = self._current()
        changed = current is not None and current.pattern != self.pattern_edit.text().strip()
        self.save_button.setEnabled(ok and changed)

    def save(self) -> None:
        kind, text, seen = selected_key(self.table), self.pattern_edit.text(), self._current()
        self.run(
            lambda: set_pattern(
                self._db, kind, text, actor=self._actor, today=self._today(), seen=seen
            ),
            self._saved,
        )

    def _saved(self, row: PatternRow) -> None:
        self.done(
            self.tr("已保存{kind}案号格式，下一个案号：{example}").format(
                kind=row.label, example=row.example
            )
        )
        self.refresh()
