"""备份与恢复: a backup to a chosen file, checked after writing; a restore after a strong
confirmation, checked table by table against the backup's manifest; and on a single PC,
迁移到共用服务器: this PC's database onto an empty PostgreSQL database of the office."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ui.ops import Ops
from ui.views.admin.common import AdminPage
from xinxiang_arbitration.admin.backups import move_to_server, run_backup
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage import backup as backups
from xinxiang_arbitration.storage.db import Database

CONFIRM_WORD = "恢复"


class BackupPage(AdminPage):
    restored = Signal()  # the database was replaced: whoever owns ``db`` must reopen it

    def __init__(
        self, db: Database, ops: Ops, actor: SignedIn | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, ops, actor, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("当前数据库：{where}").format(where=db.describe()), self, wordWrap=True)
        )
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("立即备份…"), self)
        self.backup_button.clicked.connect(self._backup_clicked)
        self.restore_button = QPushButton(self.tr("从备份恢复…"), self)
        self.restore_button.clicked.connect(self._restore_clicked)
        self.move_button = QPushButton(self.tr("迁移到共用服务器…"), self)
        self.move_button.setToolTip(
            self.tr(
                "把本机的全部数据搬到办公室的 PostgreSQL 服务器上的空数据库，逐表核对；本机数据不变"
            )
        )
        self.move_button.clicked.connect(self._move_clicked)
        self.move_button.setVisible(db.dialect == "sqlite")
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.move_button)
        row.addStretch(1)
        layout.addLayout(row)
        if db.dialect == "sqlite":
            hint = QLabel(
                self.tr(
                    "改用办公室的共用服务器时，点“迁移到共用服务器…”：本机的全部数据写入服务器上的"
                    "空数据库，逐表核对一致后才算完成；本机的数据保持不变。之后各台电脑在"
                    "“文件 → 切换数据库…”中选择该服务器。"
                ),
                self,
                wordWrap=True,
            )
            hint.setObjectName("moveHint")
            layout.addWidget(hint)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the backup reports no steps
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self.move_button.setEnabled(not busy)

    def _failed(self, reason: str) -> None:
        self._busy(False)
        self.fail(reason)

    def _backup_clicked(self) -> None:
        name = f"xinxiang-backup-{dt.date.today():%Y%m%d}.zip"
        path = self.ask.save_file(self.tr("备份到文件"), name, self.tr("备份文件 (*.zip)"))
        if path is not None:
            self.backup_to(path if path.suffix == ".zip" else path.with_suffix(".zip"))

    def backup_to(self, path: Path) -> None:
        def work() -> tuple[backups.BackupResult, backups.Manifest]:
            result = run_backup(self._db, path, actor=self._actor)
            return result, backups.check_backup(result.path)  # read back what was written

        self._busy(True)
        self.done(self.tr("正在备份…"))
        self.run(work, self._backed_up, self._failed)

    def _backed_up(self, outcome: tuple[backups.BackupResult, backups.Manifest]) -> None:
        result, checked = outcome
        self._busy(False)
        self.done(
            self.tr(
                "备份完成：{path}\n校验：已重新读取备份文件，{tables} 张表共 {rows} 行与清单一致"
            ).format(path=result.path, tables=len(checked.tables), rows=checked.total_rows)
        )

    def _restore_clicked(self) -> None:
        path = self.ask.open_file(self.tr("选择备份文件"), self.tr("备份文件 (*.zip)"))
        if path is not None:
            self.run(
                lambda: backups.check_backup(path), lambda m: self._confirm(path, m), self.fail
            )

    def _confirm(self, path: Path, manifest: backups.Manifest) -> None:
        question = self.tr(
            "用备份 {file}（{when} 制作，{rows} 行）替换当前数据库？\n"
            "当前数据库中此后的全部改动都将丢失，且无法撤销。\n"
            "确认请输入“{word}”两字："
        ).format(
            file=path.name,
            when=manifest.created_at[:16],
            rows=manifest.total_rows,
            word=CONFIRM_WORD,
        )
        answer = self.ask.text(self.tr("从备份恢复"), question)
        if answer is None:
            return
        if answer.strip() != CONFIRM_WORD:
            self.fail(self.tr("未恢复：没有输入“{word}”").format(word=CONFIRM_WORD))
            return
        self.restore_from(path)

    def restore_from(self, path: Path) -> None:
        url = self._db.url

        def work() -> backups.RestoreResult:
            self._db.dispose()  # no pooled connection may keep the old file open
            return backups.restore(url, path)

        self._busy(True)
        self.done(self.tr("正在恢复…"))
        self.run(work, self._restored, self._failed)

    def _restored(self, result: backups.RestoreResult) -> None:
        self._busy(False)
        text = self.tr("恢复完成。校验：{tables} 张表共 {rows} 行与备份清单逐表一致").format(
            tables=len(result.manifest.tables), rows=result.manifest.total_rows
        )
        if result.upgraded_to:
            text += self.tr("；已升级到结构版本 {rev}").format(rev=result.upgraded_to)
        self.done(text)
        self.restored.emit()

    def _move_clicked(self) -> None:
        typed = self.ask.text(
            self.tr("迁移到共用服务器"),
            self.tr(
                "服务器上空数据库的地址（由信息技术人员提供），例如\n"
                "postgresql+psycopg://xinxiang_app:密码@192.168.1.10/xinxiang"
            ),
        )
        if typed is None or not typed.strip():
            return
        try:
            server = make_url(typed.strip())
        except ArgumentError:
            self.fail(self.tr("服务器地址格式不对：{url}").format(url=typed.strip()))
            return
        self.move_to(server)

    def move_to(self, server: URL) -> None:
        def work() -> backups.RestoreResult:
            return move_to_server(self._db, server, actor=self._actor)

        self._busy(True)
        self.done(self.tr("正在迁移…"))
        self.run(work, self._moved, self._failed)

    def _moved(self, result: backups.RestoreResult) -> None:
        self._busy(False)
        self.done(
            self.tr(
                "迁移完成：{tables} 张表共 {rows} 行已写入服务器并逐表核对一致。"
                "本机的数据库保持不变。\n"
                "以后请在“文件 → 切换数据库…”中选择该服务器；办公室的其他电脑也填同一地址。"
            ).format(tables=len(result.manifest.tables), rows=result.manifest.total_rows)
        )
