"""文书模板: every template's active version, its earlier versions, importing a new one
(refused with its problems), previewing one, and making an earlier version active again."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ui.ops import Ops
from ui.views.admin.common import AdminPage, fill, select_key, selected_key, table
from xinxiang_arbitration.documents import templates as docs
from xinxiang_arbitration.documents.pdf import converter_name, docx_to_pdf
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database


def _kind_label(code: str) -> str:
    labels = {k.value: k.label for k in CaseKind}
    return labels.get(code, code)


def _when(info: docs.TemplateInfo) -> str:
    return info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")


class TemplatesPage(AdminPage):
    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(db, ops, actor, parent)
        self._open_url = open_url
        self._select_after: str | None = None
        self.versions: list[docs.TemplateInfo] = []
        self._preview_dir = tempfile.TemporaryDirectory(prefix="xa-template-preview-")
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.table = table(
            self,
            [self.tr("模板"), self.tr("版本"), self.tr("来源"), self.tr("适用案件")],
            "templates",
        )
        self.table.itemSelectionChanged.connect(self._chosen)
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("导入…"), self)
        self.import_button.setToolTip(self.tr("导入 Word 模板（.docx）作为同名模板的新版本"))
        self.import_button.clicked.connect(self._import_clicked)
        row.addWidget(self.import_button)
        row.addStretch(1)
        left.addLayout(row)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.versions_title = QLabel(self.tr("版本"), self)
        right.addWidget(self.versions_title)
        self.version_table = table(
            self,
            [
                self.tr("版本"),
                self.tr("状态"),
                self.tr("来源"),
                self.tr("导入时间"),
                self.tr("导入人"),
            ],
            "templateVersions",
        )
        self.version_table.itemSelectionChanged.connect(self._check)
        right.addWidget(self.version_table, 1)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("预览"), self)
        self.preview_button.clicked.connect(self.preview)
        self.restore_button = QPushButton(self.tr("恢复此版本"), self)
        self.restore_button.clicked.connect(self.restore)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        self.problems = QListWidget(self)
        self.problems.setObjectName("templateProblems")
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setVisible(False)
        right.addWidget(self.problems)
        right.addWidget(self.message)
        layout.addLayout(right, 2)
        self._check()
        self.refresh()

    def refresh(self) -> None:
        self.run(lambda: docs.list_templates(self._db), self._show)

    def _show(self, rows: list[docs.TemplateInfo]) -> None:
        chosen = self._select_after or selected_key(self.table)
        self._select_after = None
        self.table.blockSignals(True)
        fill(
            self.table,
            [
                (
                    t.name,
                    t.version,
                    t.origin_label,
                    "、".join(_kind_label(k) for k in t.kinds) or self.tr("全部"),
                )
                for t in rows
            ],
            [t.name for t in rows],
        )
        select_key(self.table, chosen if chosen is not None else (rows[0].name if rows else None))
        self.table.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        name = selected_key(self.table)
        if isinstance(name, str):
            self.versions_title.setText(self.tr("《{name}》的版本").format(name=name))
            self.run(lambda: docs.template_versions(self._db, name), self._show_versions)

    def _show_versions(self, rows: list[docs.TemplateInfo]) -> None:
        self.versions = rows
        newest_first = list(reversed(rows))
        fill(
            self.version_table,
            [
                (
                    v.version,
                    self.tr("当前使用") if v.active else "",
                    v.origin_label,
                    _when(v),
                    v.created_by,
                )
                for v in newest_first
            ],
            [v.version for v in newest_first],
        )
        active = next((v.version for v in rows if v.active), None)
        select_key(self.version_table, active)
        self._check()

    def _version(self) -> docs.TemplateInfo | None:
        key = selected_key(self.version_table)
        return next((v for v in self.versions if v.version == key), None)

    def _check(self) -> None:
        chosen = self._version()
        self.preview_button.setEnabled(chosen is not None)
        self.restore_button.setEnabled(chosen is not None and not chosen.active)

    # -- importing -----------------------------------------------------------------------

    def _import_clicked(self) -> None:
        path = self.ask.open_file(self.tr("导入文书模板"), self.tr("Word 文档 (*.docx)"))
        if path is None:
            return
        name = self.ask.text(
            self.tr("导入文书模板"),
            self.tr("模板名称（与现有名称相同即成为其新版本）："),
            path.stem,
        )
        if name:
            self.import_file(path, name.strip())

    def import_file(self, path: Path, name: str) -> None:
        def work() -> docs.TemplateInfo | list[str]:
            try:
                return docs.import_template(self._db, name, path.read_bytes(), actor=self._actor)
            except InvalidInput as exc:
                return [line.lstrip("· ") for line in exc.message.splitlines()]

        self.run(work, self._imported)

    def _imported(self, outcome: docs.TemplateInfo | list[str]) -> None:
        if isinstance(outcome, list):
            self.problems.clear()
            self.problems.addItems(outcome[1:] or outcome)
            self.problems.setVisible(True)
            self.fail(outcome[0] + self.tr("（未导入，原模板照常使用）"))
            return
        self.problems.setVisible(False)
        self.done(
            self.tr("已导入《{name}》第 {version} 版，现为当前使用的版本").format(
                name=outcome.name, version=outcome.version
            )
        )
        self._select_after = outcome.name
        self.refresh()

    # -- one version ---------------------------------------------------------------------

    def preview(self) -> None:
        chosen, name = self._version(), selected_key(self.table)
        if chosen is None or not isinstance(name, str):
            return
        folder = Path(self._preview_dir.name)
        use_pdf = converter_name() is not None

        def work() -> Path:
            content = docs.template_content(self._db, name, chosen.version)
            stem = f"{name}-第{chosen.version}版"
            if use_pdf:
                return docx_to_pdf(content, folder / f"{stem}.pdf")
            out = folder / f"{stem}.docx"
            out.write_bytes(content)
            return out

        self.done(self.tr("正在准备预览…"))
        self.run(work, self._show_file)

    def _show_file(self, path: Path) -> None:
        if self._open_url(QUrl.fromLocalFile(str(path))):
            self.done(self.tr("已打开 {file}").format(file=path.name))
        else:
            self.fail(self.tr("无法打开 {file}：本机没有能打开它的程序").format(file=path))

    def restore(self) -> None:
        chosen, name = self._version(), selected_key(self.table)
        if chosen is None or not isinstance(name, str):
            return
        question = self.tr(
            "把《{name}》第 {version} 版恢复为当前使用的版本？此后生成的文书将用它。"
        )
        if not self.ask.confirm(
            self.tr("恢复模板版本"), question.format(name=name, version=chosen.version)
        ):
            return
        version = chosen.version
        self.run(
            lambda: docs.restore_template(self._db, name, version, actor=self._actor),
            self._restored,
        )

    def _restored(self, info: docs.TemplateInfo) -> None:
        self.done(
            self.tr("已恢复《{name}》第 {version} 版").format(name=info.name, version=info.version)
        )
        self._select_after = info.name
        self.refresh()
