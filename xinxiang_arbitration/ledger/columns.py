"""The ledger's columns, in the order the export writes them."""

from __future__ import annotations

NUMBER = "案号"
KIND = "案件类型"
APPLICANT = "申请人"
APPLICANT_ID = "申请人证件号"
RESPONDENT = "被申请人"
CREDIT_CODE = "统一社会信用代码"
DISPUTE_TYPES = "争议类型"
HEADCOUNT = "涉及人数"
CLAIM_AMOUNT = "请求金额"
MEDIATION_ORG = "调解组织"
RECEIVED_ON = "收件日期"
ACCEPTED_ON = "受理日期"
REFUSED = "不予受理"
SUSPENDED_ON = "中止日期"
RESUMED_ON = "恢复日期"
EXTENDED = "延期"
CLOSED_ON = "结案日期"
CLOSURE_MODE = "结案方式"
HANDLER = "承办人"
NOTES = "备注"

ALL = (
    NUMBER,
    KIND,
    APPLICANT,
    APPLICANT_ID,
    RESPONDENT,
    CREDIT_CODE,
    DISPUTE_TYPES,
    HEADCOUNT,
    CLAIM_AMOUNT,
    MEDIATION_ORG,
    RECEIVED_ON,
    ACCEPTED_ON,
    REFUSED,
    SUSPENDED_ON,
    RESUMED_ON,
    EXTENDED,
    CLOSED_ON,
    CLOSURE_MODE,
    HANDLER,
    NOTES,
)

REQUIRED = (NUMBER, KIND, APPLICANT, RESPONDENT, DISPUTE_TYPES, RECEIVED_ON)

DATES = (RECEIVED_ON, ACCEPTED_ON, SUSPENDED_ON, RESUMED_ON, CLOSED_ON)

DISPUTE_SEPARATOR = "、"
