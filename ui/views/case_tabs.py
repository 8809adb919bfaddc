"""The tabs of the case view that describe the case: 概况, 当事人, 请求 (the clocks and the
history are in ``case_progress``), and the table helpers every tab uses.

Each tab is filled from one ``CaseDetail`` (plain data of the core) by ``show_detail``.
The tables are read-only; a tab's edit buttons emit ``edit_requested(code, options)`` and
the case view opens that editor (``ui/dialogs``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.case_rows import Column, RowsModel, day, money, text
from xinxiang_arbitration.case_detail import CaseDetail, PartyLine

ROW_HEIGHT = 26


def make_table(model: RowsModel, parent: QWidget, name: str, stretch: int = -1) -> QTableView:
    """A read-only table; column ``stretch`` (the last one by default) takes the spare width."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch < 0:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fit_rows(table: QTableView, rows: int) -> None:
    """Make a short table exactly as tall as its rows (at least one)."""
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + max(1, rows) * ROW_HEIGHT + 2 * table.frameWidth() + 2)


def heading(parent: QWidget, title: str) -> QLabel:
    label = QLabel(f"<b>{title}</b>", parent)
    label.setContentsMargins(0, 6, 0, 2)
    return label


def edit_button(parent: QWidget, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    """A small button beside a heading that opens an editor (disabled until a case is read)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setEnabled(False)
    button.clicked.connect(slot)
    return button


def heading_row(parent: QWidget, title: str, *buttons: QPushButton) -> QHBoxLayout:
    """A heading with its edit buttons to its right."""
    row = QHBoxLayout()
    row.addWidget(heading(parent, title))
    for button in buttons:
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
    row.addStretch(1)
    return row


def selected_row(table: QTableView) -> object | None:
    """The row object of the table's selected row (None when nothing is selected)."""
    rows = table.selectionModel().selectedRows()
    model = table.model()
    if not rows or not isinstance(model, RowsModel):
        return None
    found: object = model.row_at(rows[0].row())
    return found


def yes_no(value: bool | None, unknown: str = "未认定") -> str:
    return unknown if value is None else ("是" if value else "否")


# --- 概况 -------------------------------------------------------------------------------------


class OverviewTab(QScrollArea):
    """The case at a glance: dates, mode, amounts, the tribunal, the award and the texts."""

    edit_requested = Signal(str, object)  # editor code, its options

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        layout.addLayout(self.grid)
        self.values: dict[str, QLabel] = {}
        self.award_model = RowsModel(
            (
                Column(self.tr("序号"), lambda a: str(a.no), right=True),
                Column(self.tr("裁决（协议）事项"), lambda a: a.text),
                Column(self.tr("金额（元）"), lambda a: money(a.amount), right=True),
                Column(self.tr("履行期限（日）"), lambda a: text(a.pay_within_days), right=True),
            ),
            self,
        )
        self.edit_award_button = edit_button(
            body,
            self.tr("编辑事项…"),
            "editAwardItems",
            lambda: self.edit_requested.emit("award_items", {}),
        )
        layout.addLayout(heading_row(body, self.tr("裁决（调解协议）事项"), self.edit_award_button))
        self.award_table = make_table(self.award_model, body, "caseAwardTable", 1)
        layout.addWidget(self.award_table)
        self.edit_texts_button = edit_button(
            body, self.tr("编辑文字…"), "editTexts", lambda: self.edit_requested.emit("texts", {})
        )
        layout.addLayout(heading_row(body, self.tr("案件文字"), self.edit_texts_button))
        self.texts = QLabel(body)
        self.texts.setObjectName("caseTexts")
        self.texts.setWordWrap(True)
        self.texts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.texts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.texts)
        layout.addStretch(1)
        self.setWidget(body)

    def _pairs(self, detail: CaseDetail) -> list[tuple[str, str]]:
        h = detail.header
        collective = self.tr("（集体争议）") if h.collective else ""
        tribunal = "、".join(f"{s.seat_label} {s.name}" for s in detail.tribunal)
        linked = "；".join(f"{relation} {number}" for relation, number in h.linked)
        return [
            (self.tr("收件日期"), day(h.received_on)),
            (self.tr("受理日期"), day(h.accepted_on)),
            (self.tr("结案日期"), day(h.closed_on)),
            (self.tr("结案方式"), h.closure_label or ""),
            (self.tr("承办人"), h.handler or self.tr("未指定")),
            (self.tr("涉及人数"), f"{h.headcount}{collective}"),
            (self.tr("请求金额（元）"), money(h.claim_amount)),
            (self.tr("争议类型"), "、".join(h.dispute_types)),
            (self.tr("一裁终局"), yes_no(h.final_award)),
            (self.tr("延长期限"), self.tr("已延长") if h.extended else self.tr("未延长")),
            (self.tr("调解组织"), h.mediation_org or ""),
            (self.tr("仲裁庭"), tribunal),
            (self.tr("关联案件"), linked),
            (self.tr("备注"), h.notes or ""),
        ]

    def show_detail(self, detail: CaseDetail) -> None:
        for n, (name, value) in enumerate(self._pairs(detail)):
            label = self.values.get(name)
            if label is None:
                row, column = divmod(n, 2)
                self.grid.addWidget(QLabel(name + "：", self), row, column * 2)
                label = self.values[name] = QLabel(self)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setWordWrap(True)
                self.grid.addWidget(label, row, column * 2 + 1)
            label.setText(value or "—")
        self.award_model.set_rows(detail.award_items)
        fit_rows(self.award_table, len(detail.award_items))
        texts = [f"<p><b>{t.label}</b><br>{_html(t.body)}</p>" for t in detail.texts]
        self.texts.setText("".join(texts) or self.tr("（尚未填写）"))
        self.edit_award_button.setEnabled(True)
        self.edit_texts_button.setEnabled(True)


def _html(body: str) -> str:
    return body.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")


# --- 当事人 · 请求 ----------------------------------------------------------------------------


class PartiesTab(QWidget):
    """The parties and their agents, with the buttons that edit them."""

    edit_requested = Signal(str, object)  # editor code, its options

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parties_model = RowsModel(
            (
                Column(self.tr("身份"), lambda p: p.side_label),
                Column(self.tr("姓名或名称"), lambda p: p.name),
                Column(self.tr("类别"), lambda p: p.kind_label),
                Column(self.tr("身份证号/信用代码"), lambda p: p.id_number or p.credit_code or ""),
                Column(self.tr("性别"), lambda p: text(p.sex)),
                Column(self.tr("出生日期"), lambda p: day(p.birth_date)),
                Column(self.tr("电话"), lambda p: text(p.phone)),
                Column(self.tr("法定代表人"), _legal_rep),
                Column(self.tr("住所"), lambda p: text(p.address)),
            ),
            self,
        )
        self.agents_model = RowsModel(
            (
                Column(self.tr("代理"), lambda a: a.side_label),
                Column(self.tr("姓名"), lambda a: a.name),
                Column(self.tr("类别"), lambda a: a.role),
                Column(self.tr("电话"), lambda a: text(a.phone)),
                Column(self.tr("单位"), lambda a: text(a.organisation)),
            ),
            self,
        )
        layout = QVBoxLayout(self)
        self.party_buttons = {
            side: edit_button(
                self,
                label,
                name,
                lambda _checked=False, side=side: self.edit_requested.emit("party", {"side": side}),
            )
            for side, label, name in (
                ("applicant", self.tr("编辑申请人信息…"), "editApplicant"),
                ("respondent", self.tr("编辑被申请人信息…"), "editRespondent"),
            )
        }
        layout.addLayout(heading_row(self, self.tr("当事人"), *self.party_buttons.values()))
        self.parties_table = make_table(self.parties_model, self, "casePartiesTable")
        layout.addWidget(self.parties_table)
        self.add_agent_button = edit_button(
            self, self.tr("添加代理人…"), "addAgent", self._add_agent
        )
        self.remove_agent_button = edit_button(
            self, self.tr("删除所选代理人…"), "removeAgent", self._remove_agent
        )
        self.remove_agent_button.setToolTip(self.tr("先在下表中选中一名代理人"))
        layout.addLayout(
            heading_row(self, self.tr("代理人"), self.add_agent_button, self.remove_agent_button)
        )
        self.agents_table = make_table(self.agents_model, self, "caseAgentsTable")
        self.agents_table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.agents_table)
        layout.addStretch(1)
        self._read = False

    def show_detail(self, detail: CaseDetail) -> None:
        self.parties_model.set_rows(detail.parties)
        self.agents_model.set_rows(detail.agents)
        fit_rows(self.parties_table, len(detail.parties))
        fit_rows(self.agents_table, max(2, len(detail.agents)))
        self._read = True
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        for button in (*self.party_buttons.values(), self.add_agent_button):
            button.setEnabled(self._read)
        self.remove_agent_button.setEnabled(selected_row(self.agents_table) is not None)

    def _add_agent(self) -> None:
        party = selected_row(self.parties_table)
        side = party.side if isinstance(party, PartyLine) else "applicant"
        self.edit_requested.emit("agent_add", {"side": side})

    def _remove_agent(self) -> None:
        agent = selected_row(self.agents_table)
        if agent is not None:
            self.edit_requested.emit("agent_remove", {"agent": agent})


def _legal_rep(p: PartyLine) -> str:
    name, title = p.legal_representative, p.legal_representative_title
    return f"{name}（{title}）" if name and title else text(name)


class ClaimsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(
            (
                Column(self.tr("序号"), lambda c: str(c.no), right=True),
                Column(self.tr("类别"), lambda c: c.category_label),
                Column(self.tr("请求事项"), lambda c: c.text),
                Column(self.tr("金额（元）"), lambda c: money(c.amount), right=True),
            ),
            self,
        )
        layout = QVBoxLayout(self)
        self.table = make_table(self.model, self, "caseClaimsTable", 2)
        layout.addWidget(self.table, 1)
        self.total = QLabel(self)
        self.total.setObjectName("caseClaimsTotal")
        layout.addWidget(self.total)

    def show_detail(self, detail: CaseDetail) -> None:
        self.model.set_rows(detail.claims)
        total = sum((c.amount for c in detail.claims if c.amount is not None), Decimal(0))
        self.total.setText(
            self.tr("共 {n} 项，金额合计 {total} 元").format(
                n=len(detail.claims), total=money(total)
            )
        )
