"""The text fields of every entry point, each with one length limit on both databases.

A limit is the length of the column that stores the value (PostgreSQL enforces it,
SQLite does not, so we check it first, the same on both); a ``Text`` column has no
length of its own and gets the limit written here. The ledger import, intake, the
editors and the administrator's pages all take their limits from this table, so a
value accepted in one place is never refused in another.
"""

from __future__ import annotations

from typing import Any

from xinxiang_arbitration.inputs.text import TextField
from xinxiang_arbitration.models import (
    Case,
    CaseAgent,
    ClaimItem,
    Hearing,
    MediationOrg,
    MediationSession,
    Party,
    Staff,
    Suspension,
)

NOTES_LIMIT = 2_000  # 备注 and other notes: a paragraph, not a file
CASE_TEXT_LIMIT = 20_000  # 事实与理由, 查明事实 …: the longest part of an award
ITEM_LIMIT = 2_000  # one operative item of an award or agreement
SESSION_TEXT_LIMIT = 5_000  # who attended a mediation session, what was proposed
OFFICE_VALUE_LIMIT = 500  # one office setting (名称, 地址 …)


def column_length(attribute: Any) -> int:
    """The length of a ``String(n)`` column, as the schema declares it."""
    length = attribute.property.columns[0].type.length
    assert isinstance(length, int), attribute
    return length


def _field(label: str, attribute: Any) -> TextField:
    return TextField(label, column_length(attribute))


CASE_NUMBER = _field("案号", Case.number)
PARTY_NAME = _field("名称", Party.name)
APPLICANT = _field("申请人", Party.name)
RESPONDENT = _field("被申请人", Party.name)
ADDRESS = _field("住所", Party.address)
PHONE = _field("电话", Party.phone)
LEGAL_REPRESENTATIVE = _field("法定代表人", Party.legal_representative)
LEGAL_REPRESENTATIVE_TITLE = _field("职务", Party.legal_representative_title)
STAFF_NAME = _field("姓名", Staff.name)
HANDLER = _field("承办人", Staff.name)
ORG_NAME = _field("调解组织", MediationOrg.name)
ORG_CATEGORY = _field("类别", MediationOrg.category)
CLAIM_DESCRIPTION = _field("请求事项", ClaimItem.description)
AGENT_NAME = _field("代理人", CaseAgent.name)
AGENT_ROLE = _field("代理人身份", CaseAgent.role)
AGENT_ORGANISATION = _field("所在单位", CaseAgent.organisation)
AGENT_PHONE = _field("电话", CaseAgent.phone)
ROOM = _field("仲裁庭室", Hearing.room)
PLACE = _field("地点", MediationSession.place)
REASON = _field("事由", Suspension.reason)
APPROVER = _field("批准人", Suspension.approver)
CLOSURE_MODE = TextField("结案方式", 20)  # one of the labels of domain.ClosureMode
NOTES = TextField("备注", NOTES_LIMIT, multiline=True)
CASE_TEXT = TextField("案件文字", CASE_TEXT_LIMIT, multiline=True)
AWARD_ITEM = TextField("事项", ITEM_LIMIT, multiline=True)
SESSION_TEXT = TextField("调解记录", SESSION_TEXT_LIMIT, multiline=True)
OFFICE_VALUE = TextField("机构信息", OFFICE_VALUE_LIMIT)

# the columns behind the Text fields, for the test that every stored text has a limit
TEXT_COLUMNS = {
    "cases.notes": NOTES,
    "case_texts.body": CASE_TEXT,
    "award_items.text": AWARD_ITEM,
    "mediation_sessions.attendees": SESSION_TEXT,
    "mediation_sessions.proposals": SESSION_TEXT,
    "mediation_sessions.notes": NOTES,
    "hearings.notes": NOTES,
    "office_settings.value": OFFICE_VALUE,
}
