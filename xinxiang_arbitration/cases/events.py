"""The events of a case's history (``case_events.action``) and their names in Chinese.

Each service that records an event uses one of these codes; the case view's timeline,
the stale-edit refusal ("张三 于 … 受理") and the audit trail name it the same way.
"""

from __future__ import annotations

from xinxiang_arbitration.domain import CaseKind

ACTION_LABELS = {
    "create": "收件登记",
    "accept": "受理",
    "refuse": "不予受理",
    "suspend": "中止",
    "resume": "恢复审理",
    "extend": "延长期限",
    "clock_restart": "审理期限重新计算",
    "close": "结案",
    "final_award": "一裁终局认定",
    "transfer": "转仲裁",
    "tribunal": "组成仲裁庭",
    "hearing": "安排开庭",
    "hearing_status": "开庭情况",
    "mediation_session": "调解记录",
    "text": "案件文字",
    "award_items": "裁决（协议）事项",
    "agent": "代理人",
    "agent_removed": "删除代理人",
    "party": "当事人信息",
    "document": "生成文书",
    "ledger-import": "台账导入",
    "ledger-update": "台账更新",
    "demo-data": "演示数据",
}
# inspection complaints are 立案 / 不予立案, not 受理
INSPECTION_ACTION_LABELS = {"accept": "立案", "refuse": "不予立案"}


def action_label(kind: CaseKind, action: str) -> str:
    """The Chinese name of event ``action`` in a case of ``kind`` (an unknown code as is)."""
    if kind is CaseKind.INSPECTION and action in INSPECTION_ACTION_LABELS:
        return INSPECTION_ACTION_LABELS[action]
    return ACTION_LABELS.get(action, action)
