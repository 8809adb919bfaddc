"""案件详情: one case's whole story – header, the actions its stage allows, and the tabs
概况 / 当事人 / 请求 / 期限 / 进程 / 调解与开庭 / 文书.

The detail is read on the worker (``ops``) and arrives as plain data; every action runs
through a dialog that says what will happen, and the view reads the case again after it.
The case's materials (parties, agents, texts, award items, tribunal, hearings' outcome)
are edited from buttons on their tabs, in the editors of ``EDITORS``.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.agent_dialogs import AgentDialog, RemoveAgentDialog
from ui.dialogs.award_items_dialog import AwardItemsDialog
from ui.dialogs.case_actions import DIALOGS
from ui.dialogs.case_editor import CaseEditDialog
from ui.dialogs.hearing_status_dialog import HearingStatusDialog
from ui.dialogs.party_dialog import PartyDialog
from ui.dialogs.texts_dialog import TextsDialog
from ui.dialogs.tribunal_dialog import TribunalDialog
from ui.ops import Ops
from ui.views.case_documents import GENERATE_SHORTCUT, DocumentsTab
from ui.views.case_progress import ClocksTab, ProceedingsTab, TimelineTab, clock_state
from ui.views.case_tabs import ClaimsTab, OverviewTab, PartiesTab
from xinxiang_arbitration.case_detail import CaseDetail, case_detail
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database

ERROR_STYLE = "color: #c62828;"
CHANNEL = "case-detail"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context``; ``tr()`` translates it where shown."""
    return text


@dataclass(frozen=True)
class ActionSpec:
    code: str
    label: str
    shortcut: str | None = None
    inspection_label: str | None = None  # 立案 / 不予立案 for a complaint


ACTIONS = (
    ActionSpec(
        "accept",
        QT_TRANSLATE_NOOP("CaseView", "受理"),
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("CaseView", "立案"),
    ),
    ActionSpec(
        "refuse",
        QT_TRANSLATE_NOOP("CaseView", "不予受理…"),
        None,
        QT_TRANSLATE_NOOP("CaseView", "不予立案…"),
    ),
    ActionSpec("suspend", QT_TRANSLATE_NOOP("CaseView", "中止…"), "Ctrl+Shift+S"),
    ActionSpec("resume", QT_TRANSLATE_NOOP("CaseView", "恢复审理"), "Ctrl+Shift+R"),
    ActionSpec("extend", QT_TRANSLATE_NOOP("CaseView", "延长期限…")),
    ActionSpec("close", QT_TRANSLATE_NOOP("CaseView", "结案…"), "Ctrl+Shift+E"),
    ActionSpec("transfer", QT_TRANSLATE_NOOP("CaseView", "转仲裁…")),
    ActionSpec("schedule_hearing", QT_TRANSLATE_NOOP("CaseView", "安排开庭…"), "Ctrl+Shift+H"),
    ActionSpec("log_session", QT_TRANSLATE_NOOP("CaseView", "记录调解…"), "Ctrl+Shift+M"),
)
# dialogs written apart from this view; their buttons are hidden while they are missing
OPTIONAL_DIALOGS = {
    "schedule_hearing": ("ui.dialogs.hearing_dialog", "HearingDialog"),
    "log_session": ("ui.dialogs.session_dialog", "SessionDialog"),
}
# hearings belong to arbitration, sessions to mediation and arbitration (the tribunal mediates)
RECORD_KINDS = {
    "schedule_hearing": {CaseKind.ARBITRATION},
    "log_session": {CaseKind.MEDIATION, CaseKind.ARBITRATION},
}

# the editors of the case's materials, opened from the tabs' buttons (``edit_requested``)
EDITORS: dict[str, type[CaseEditDialog]] = {
    "party": PartyDialog,
    "agent_add": AgentDialog,
    "agent_remove": RemoveAgentDialog,
    "texts": TextsDialog,
    "award_items": AwardItemsDialog,
    "tribunal": TribunalDialog,
    "hearing_status": HearingStatusDialog,
}


def optional_dialog(code: str) -> Any | None:
    module, name = OPTIONAL_DIALOGS[code]
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


class CaseView(QWidget):
    """One case; ``open_case`` shows another."""

    case_changed = Signal(int)  # an action or a new document changed the case

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
        self._db, self.ops, self._actor, self._today = db, ops, actor, today
        self.case_id: int | None = None
        self.detail: CaseDetail | None = None
        self.active_dialog: QDialog | None = None
        self.loading = False
        self._record_dialogs = {code: optional_dialog(code) for code in OPTIONAL_DIALOGS}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_actions())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.overview_tab = OverviewTab(self)
        self.parties_tab = PartiesTab(self)
        self.claims_tab = ClaimsTab(self)
        self.clocks_tab = ClocksTab(self)
        self.timeline_tab = TimelineTab(self)
        self.proceedings_tab = ProceedingsTab(self)
        self.documents_tab = DocumentsTab(db, ops, actor, self, today=today, open_url=open_url)
        self.documents_tab.document_made.connect(self._document_made)
        self.pages = (
            (self.overview_tab, self.tr("概况")),
            (self.parties_tab, self.tr("当事人")),
            (self.claims_tab, self.tr("请求")),
            (self.clocks_tab, self.tr("期限")),
            (self.timeline_tab, self.tr("进程")),
            (self.proceedings_tab, self.tr("调解与开庭")),
            (self.documents_tab, self.tr("文书")),
        )
        for tab, title in self.pages:
            self.tabs.addTab(tab, title)
            if hasattr(tab, "edit_requested"):
                tab.edit_requested.connect(self._edit_requested)
        layout.addWidget(self.tabs, 1)
        self._show_actions()

    # -- building -----------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        header = QVBoxLayout()
        top = QHBoxLayout()
        self.number_label = QLabel(self.tr("未打开案件"), self)
        self.number_label.setObjectName("caseNumber")
        font = QFont(self.number_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.number_label)
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("caseStage")
        top.addWidget(self.stage_label)
        top.addStretch(1)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("caseBusy")
        self.busy.setRange(0, 0)  # no known length: the bar moves to and fro
        self.busy.setFixedWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        top.addWidget(self.busy)
        self.refresh_button = QToolButton(self)
        self.refresh_button.setText(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新读取本案"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        header.addLayout(top)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("caseSummary")
        self.summary_label.setWordWrap(True)
        header.addWidget(self.summary_label)
        self.message = QLabel(self)
        self.message.setObjectName("caseMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        header.addWidget(self.message)
        return header

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        self.action_of: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        for spec in ACTIONS:
            action = QAction(self.tr(spec.label), self)
            action.setObjectName(f"action_{spec.code}")
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, code=spec.code: self.start(code))
            self.addAction(action)
            button = QToolButton(self)
            button.setObjectName(f"button_{spec.code}")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
            self.action_of[spec.code], self.buttons[spec.code] = action, button
        self.generate_action = QAction(self.tr("生成文书…"), self)
        self.generate_action.setShortcut(QKeySequence(GENERATE_SHORTCUT))
        self.generate_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.generate_action.triggered.connect(self.generate_document)
        self.addAction(self.generate_action)
        row.addStretch(1)
        return row

    # -- loading ------------------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        if case_id != self.case_id:
            self.detail = None
            self.tabs.setCurrentIndex(0)
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        if self.case_id is None:
            return
        case_id, db, today = self.case_id, self._db, self._today()
        self._set_loading(True)
        self._show_actions()  # nothing can be started on what is being read
        self.ops.run(
            lambda: case_detail(db, case_id, today=today),
            self._loaded,
            self._load_failed,
            channel=CHANNEL,
        )

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.busy.setVisible(loading)

    def _loaded(self, detail: CaseDetail) -> None:
        self._set_loading(False)
        self.detail = detail
        h = detail.header
        self.number_label.setText(h.number)
        stage = f"{h.kind_label}案件 · {h.status_label}"
        if h.closure_label:
            stage += f"（{h.closure_label}）"
        if h.collective:
            stage += self.tr(" · 集体争议")
        self.stage_label.setText(stage)
        self.summary_label.setText(self._summary(detail))
        for tab, _title in self.pages:
            tab.show_detail(detail)
        self._show_actions()

    def _summary(self, detail: CaseDetail) -> str:
        h = detail.header
        parts = [f"{p.side_label} {p.name}" for p in detail.parties]
        parts.append(self.tr("承办人 {name}").format(name=h.handler or self.tr("未指定")))
        parts.append(self.tr("收件 {day}").format(day=h.received_on.isoformat()))
        running = [c for c in detail.clocks if c.running and c.due is not None]
        if running:
            nearest = min(running, key=lambda c: c.due or dt.date.max)
            parts.append(f"{nearest.name}：{nearest.due}，{clock_state(nearest)}")
        return "　".join(parts)

    def _load_failed(self, message: str) -> None:
        self._set_loading(False)
        self.say(self.tr("读取案件失败：{reason}").format(reason=message), error=True)
        self._show_actions()

    def say(self, message: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b5e20;")
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- actions ------------------------------------------------------------------------------

    def _show_actions(self) -> None:
        detail = None if self.loading else self.detail
        kind = detail.header.kind if detail else None
        for spec in ACTIONS:
            action, button = self.action_of[spec.code], self.buttons[spec.code]
            label = spec.inspection_label if kind is CaseKind.INSPECTION else None
            action.setText(self.tr(label or spec.label))
            shown = True
            if spec.code in OPTIONAL_DIALOGS:
                has_dialog = self._record_dialogs[spec.code] is not None
                shown = has_dialog and (kind is None or kind in RECORD_KINDS[spec.code])
            button.setVisible(shown)
            allowed = detail is not None and spec.code in detail.allowed_actions
            action.setEnabled(shown and allowed)
            tip = action.text().rstrip("…")
            if spec.shortcut:
                tip += f"（{spec.shortcut}）"
            reason = detail.why_not(spec.code) if detail else None
            action.setToolTip(f"{tip}：{reason}" if reason and not allowed else tip)
        self.generate_action.setEnabled(detail is not None)

    def start(self, code: str) -> None:
        """Open the dialog of action ``code`` (when the case's stage allows it)."""
        detail = self.detail
        if detail is None or code not in detail.allowed_actions:
            return
        if code in OPTIONAL_DIALOGS:
            factory = self._record_dialogs[code]
            if factory is None:
                return
            dialog = factory(
                self._db,
                self.ops,
                self._actor,
                detail.header.number,
                self,
                today=self._today,
                detail=detail,  # a colleague's change since is refused, with a reload
            )
            dialog.accepted.connect(self._recorded)
            if hasattr(dialog, "stale_reloaded"):
                dialog.stale_reloaded.connect(self.refresh)
        else:
            dialog = DIALOGS[code](self._db, self.ops, self._actor, detail, self, today=self._today)
            dialog.performed.connect(self._action_done)
            dialog.stale_reloaded.connect(self.refresh)  # show what the colleague did
        self.active_dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _edit_requested(self, code: str, options: dict[str, Any]) -> None:
        self.edit(code, **options)

    def edit(self, code: str, **options: Any) -> None:
        """Open the editor ``code`` of ``EDITORS`` on the case as shown (``options``: the
        side, agent or hearing it is about)."""
        detail = self.detail
        if detail is None or self.loading:
            return
        dialog = EDITORS[code](
            self._db, self.ops, self._actor, detail, self, today=self._today, **options
        )
        dialog.saved.connect(self._action_done)
        dialog.stale_reloaded.connect(self.refresh)  # show what the colleague did
        self.active_dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.active_dialog = None

    def _action_done(self, sentence: str) -> None:
        self.say(sentence)
        self._changed()

    def _recorded(self) -> None:
        self.say(self.tr("已保存"))
        self._changed()

    def _document_made(self, title: str) -> None:
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        if self.case_id is not None:
            self.case_changed.emit(self.case_id)

    def generate_document(self) -> None:
        if self.detail is None:
            return
        self.tabs.setCurrentWidget(self.documents_tab)
        self.documents_tab.generate()

    def shutdown(self) -> None:
        """Forget pending answers and wait for the workers (before the database closes)."""
        self.ops.cancel(CHANNEL)
        self.ops.wait()
