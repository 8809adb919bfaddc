"""The case's history in words: the names of what an event touched, and one line saying
what each event changed (the timeline, and the audit trail shown to people)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from xinxiang_arbitration import proceedings as pr
from xinxiang_arbitration.clocks.deadlines import EXCLUSION_KINDS
from xinxiang_arbitration.documents.fields import FIELDS
from xinxiang_arbitration.domain import ClosureMode

SIDES = {"applicant": "申请人", "respondent": "被申请人"}
HEARING_STATUSES = {
    "scheduled": "已排期",
    "held": "已开庭",
    "postponed": "延期",
    "cancelled": "取消",
}
TEXT_LABELS = {name: f.label for name, f in FIELDS["texts"].children.items()}
PARTY_FIELDS = {
    "sex": "性别",
    "birth_date": "出生日期",
    "address": "住所",
    "phone": "电话",
    "legal_representative": "法定代表人",
    "legal_representative_title": "职务",
}


def _seats(changes: dict[str, Any]) -> str:
    """Seats as recorded: each seat's names (a list; one name in events before 2026-11-25)."""

    def names(value: Any) -> str:
        return "、".join(value) if isinstance(value, list) else str(value)

    return "、".join(f"{pr.SEATS.get(seat, seat)} {names(v)}" for seat, v in changes.items())


def _mode_label(code: Any) -> str:
    return next((m.label for m in ClosureMode if m.value == code), str(code))


_SUMMARIES: dict[str, Callable[[dict[str, Any]], str]] = {
    "create": lambda c: f"由调解案件 {c['from']} 转入" if "from" in c else "",
    "refuse": lambda c: f"理由：{c.get('reason', '')}",
    "suspend": lambda c: (
        f"{EXCLUSION_KINDS.get(str(c.get('kind')), '中止')}：{c.get('reason') or '（未写事由）'}；"
        f"批准人：{c.get('approver', '')}"
    ),
    "extend": lambda c: f"批准人：{c.get('approver', '')}",
    "clock_restart": lambda c: str(c.get("explanation", c.get("reason", ""))),
    "close": lambda c: f"结案方式：{_mode_label(c.get('mode'))}",
    "final_award": lambda c: "认定为一裁终局" if c.get("final_award") else "认定为非终局裁决",
    "transfer": lambda c: f"转为仲裁案件 {c.get('to', '')}",
    "tribunal": _seats,
    "hearing": lambda c: f"{c.get('room', '')}，{c.get('starts_at', '')} 开庭",
    "hearing_status": lambda c: (
        f"{c.get('room', '')} {pr.HEARING_STATUSES.get(str(c.get('status')), c.get('status'))}"
    ),
    "mediation_session": lambda c: (
        f"结果：{pr.SESSION_RESULTS.get(str(c.get('result')), c.get('result'))}"
    ),
    "text": lambda c: f"填写“{TEXT_LABELS.get(str(c.get('name')), c.get('name'))}”",
    "award_items": lambda c: f"共 {c.get('count', 0)} 项",
    "agent": lambda c: f"{SIDES.get(str(c.get('side')), '')}代理人 {c.get('name', '')}",
    "agent_removed": lambda c: f"{SIDES.get(str(c.get('side')), '')}代理人 {c.get('name', '')}",
    "party": lambda c: "更新：" + "、".join(PARTY_FIELDS.get(k, k) for k in c),
    "document": lambda c: f"《{c.get('template', '')}》（模板第 {c.get('version', '?')} 版）",
    "ledger-update": lambda c: (
        f"{c.get('file', '')}：更改 " + "、".join(str(k) for k in (c.get("fields") or {}))
    ),
}
SUMMARY_LIMIT = 120


def summarise(action: str, changes: dict[str, Any] | None) -> str:
    """One line in Chinese saying what an event changed."""
    if not changes:
        return ""
    known = _SUMMARIES.get(action)
    try:
        text = known(changes) if known else _generic(changes)
    except (KeyError, TypeError, AttributeError):
        text = _generic(changes)
    return text if len(text) <= SUMMARY_LIMIT else text[: SUMMARY_LIMIT - 1] + "…"


def _generic(changes: dict[str, Any]) -> str:
    return "；".join(f"{k}：{v}" for k, v in changes.items())
