"""The 文书 tab of the case view: the case's documents; make one from a template; open one.

Making and reading documents runs on the worker (``ops``); a document is opened by
writing its stored bytes to a temporary .docx and handing that to the system (Word/WPS).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.case_rows import Column, RowsModel
from ui.ops import Ops
from ui.views.case_tabs import make_table
from xinxiang_arbitration.case_detail import CaseDetail
from xinxiang_arbitration.documents.making import (
    MadeDocument,
    StoredDocument,
    document_content,
    make_document,
)
from xinxiang_arbitration.documents.templates import TemplateInfo, list_templates
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database

GENERATE_SHORTCUT = "Ctrl+G"
ERROR_STYLE = "color: #c62828;"


def write_copy(folder: Path, file_name: str, content: bytes) -> Path:
    """Write ``content`` under ``file_name``, or a numbered name when that one is locked
    (a copy still open in Word cannot be overwritten on Windows)."""
    name = Path(file_name)
    for n in range(1, 50):
        path = folder / (name.name if n == 1 else f"{name.stem}-{n}{name.suffix}")
        try:
            path.write_bytes(content)
        except PermissionError:
            continue
        return path
    raise InvalidInput(f"无法在临时文件夹 {folder} 写出文书《{name.stem}》")


class TemplatePicker(QDialog):
    """生成文书: the active templates for the case's kind, read on the worker."""

    def __init__(self, db: Database, ops: Ops, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("生成文书"))
        self.resize(360, 460)
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr("正在读取模板…"), self)
        layout.addWidget(self.note)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(self._chosen_changed)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("生成"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ops.run(lambda: list_templates(db, kind=kind), self._fill, self._failed)

    def _fill(self, templates: list[TemplateInfo]) -> None:
        for t in templates:
            item = QListWidgetItem(t.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, t.name)
            item.setToolTip(
                self.tr("第 {v} 版，{origin}").format(v=t.version, origin=t.origin_label)
            )
        self.note.setText(self.tr("选择要生成的文书（共 {n} 种）：").format(n=len(templates)))

    def _failed(self, message: str) -> None:
        self.note.setText(message)
        self.note.setStyleSheet(ERROR_STYLE)

    def _chosen_changed(self, row: int) -> None:
        self.ok.setEnabled(row >= 0)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class DocumentsTab(QWidget):
    """The documents made for the case, newest last."""

    document_made = Signal(str)  # the template's name

    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._db, self._ops, self._actor, self._today = db, ops, actor, today
        self._open_url = open_url
        self._detail: CaseDetail | None = None
        self._folder: Path | None = None
        self.picker: TemplatePicker | None = None
        self.model = RowsModel(
            (
                Column(self.tr("文书"), lambda d: d.title),
                Column(self.tr("模板"), lambda d: f"第 {d.template_version} 版"),
                Column(
                    self.tr("制作时间"), lambda d: d.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
                ),
                Column(self.tr("制作人"), lambda d: d.made_by),
                Column(self.tr("大小"), lambda d: f"{max(1, round(d.size / 1024))} KB", right=True),
                Column(self.tr("SHA-256"), lambda d: d.sha256[:16] + "…"),
            ),
            self,
            tooltip=lambda d: d.file_name,
        )
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("生成文书…"), self)
        self.generate_button.setObjectName("generateDocument")
        self.generate_button.setToolTip(
            self.tr("按模板生成本案文书（{key}）").format(key=GENERATE_SHORTCUT)
        )
        self.generate_button.clicked.connect(self.generate)
        self.open_button = QPushButton(self.tr("打开"), self)
        self.open_button.setObjectName("openDocument")
        self.open_button.setToolTip(self.tr("用 Word 或 WPS 打开所选文书（双击亦可）"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = make_table(self.model, self, "caseDocumentsTable")
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("documentsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

    def show_detail(self, detail: CaseDetail) -> None:
        self._detail = detail
        self.model.set_rows(detail.documents)
        self._selection_changed()

    def _say(self, message: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(message)

    # -- making ------------------------------------------------------------------------------

    def generate(self) -> None:
        if self._detail is None:
            return
        self.picker = TemplatePicker(self._db, self._ops, self._detail.header.kind.value, self)
        self.picker.accepted.connect(self._make_chosen)
        self.picker.open()

    def _make_chosen(self) -> None:
        if self.picker is None or self._detail is None or (name := self.picker.chosen()) is None:
            return
        number, actor, day = self._detail.header.number, self._actor, self._today()
        self.generate_button.setEnabled(False)
        self._say(self.tr("正在生成《{name}》…").format(name=name))
        self._ops.run(
            lambda: make_document(self._db, number, name, actor=actor, today=day),
            self._made,
            self._make_failed,
        )

    def _made(self, made: MadeDocument) -> None:
        self.generate_button.setEnabled(True)
        self._say(self.tr("已生成《{title}》，见下表").format(title=made.title))
        self.document_made.emit(made.title)

    def _make_failed(self, message: str) -> None:
        self.generate_button.setEnabled(True)
        self._say(message, error=True)

    # -- opening -----------------------------------------------------------------------------

    def _selected(self) -> StoredDocument | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        self.open_button.setEnabled(self._selected() is not None)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.open_selected()

    def open_selected(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="xinxiang-documents-"))
        db, folder = self._db, self._folder
        self._ops.run(
            lambda: write_copy(folder, doc.file_name, document_content(db, doc.id)),
            self._written,
            lambda message: self._say(message, error=True),
        )

    def _written(self, path: Path) -> None:
        if self._open_url(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("已打开 {path}").format(path=path))
        else:
            self._say(
                self.tr("没有可以打开 .docx 文件的程序（如 Word 或 WPS）；文件在 {path}").format(
                    path=path
                ),
                error=True,
            )
