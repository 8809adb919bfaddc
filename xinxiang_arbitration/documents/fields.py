"""The names every template may use: one tree, the source of the template check and of
``docs/template-fields.md`` (a test keeps that file in step with this one).

A leaf is a value (text, date, amount, yes/no); a group has named children; a list
has items that all share one shape and is used in ``{% for … in … %}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ValueType = Literal["text", "date", "time", "money", "bool", "int", "group", "list"]


@dataclass(frozen=True)
class Field:
    label: str  # what it is, in Chinese (shown in check messages and the field list)
    type: ValueType = "text"
    example: str = ""
    children: dict[str, Field] = field(default_factory=dict)  # group: fields; list: item fields


def _group(label: str, **children: Field) -> Field:
    return Field(label, "group", children=children)


def _list(label: str, **children: Field) -> Field:
    return Field(label, "list", children=children)


def _party(side: str) -> Field:
    return _group(
        f"{side}",
        name=Field(f"{side}姓名或名称", example="张伟"),
        kind=Field(f"{side}类别（自然人/用人单位）", example="自然人"),
        is_employer=Field(f"{side}是否用人单位", "bool"),
        id_number=Field(f"{side}居民身份证号码", example="410702199001011234"),
        credit_code=Field(f"{side}统一社会信用代码", example="91110000600037341L"),
        sex=Field(f"{side}性别", example="男"),
        birth_date=Field(f"{side}出生日期", "date"),
        address=Field(f"{side}住所", example="新乡市红旗区××路××号"),
        phone=Field(f"{side}联系电话"),
        legal_representative=Field(f"{side}法定代表人", example="李明"),
        legal_representative_title=Field(f"{side}法定代表人职务", example="总经理"),
        agents=_list(
            f"{side}的代理人",
            name=Field("代理人姓名"),
            role=Field("代理类别（律师、公民代理、员工、法定代理人）"),
            organisation=Field("代理人单位（如律师事务所）"),
            phone=Field("代理人电话"),
        ),
    )


FIELDS: dict[str, Field] = {
    "office": _group(
        "本委（办公室设置）",
        name=Field("委员会名称", example="新乡市劳动人事争议仲裁委员会"),
        short=Field("案号简称", example="新劳人仲"),
        address=Field("委员会地址"),
        phone=Field("委员会电话"),
        inspection_office=Field("劳动保障监察机构名称", example="新乡市劳动保障监察支队"),
        hearing_place=Field("默认开庭地点"),
    ),
    "case": _group(
        "案件",
        number=Field("案号", example="新劳人仲案字〔2026〕第15号"),
        kind=Field("案件类别（调解/仲裁/监察）", example="仲裁"),
        status=Field("案件状态", example="已受理"),
        received_on=Field("收件（登记）日期", "date"),
        accepted_on=Field("受理（立案）日期", "date"),
        closed_on=Field("结案日期", "date"),
        closure_mode=Field("结案方式", example="裁决"),
        headcount=Field("涉及劳动者人数", "int", example="1"),
        collective=Field("是否集体劳动人事争议（十人以上）", "bool"),
        final_award=Field("是否终局裁决（劳动争议调解仲裁法第四十七条）", "bool"),
        claim_amount=Field("请求金额合计", "money"),
        dispute_types=Field("争议类型（以、分隔）", example="劳动报酬、经济补偿赔偿金"),
        handler=Field("承办人", example="王芳"),
        mediation_org=Field("调解组织"),
        extended=Field("审理期限是否已批准延长", "bool"),
        notes=Field("备注"),
    ),
    "applicant": _party("申请人"),
    "respondent": _party("被申请人"),
    "claims": _list(
        "仲裁（调解）请求",
        no=Field("序号", "int", example="1"),
        category=Field("请求类别", example="工资"),
        text=Field("请求内容", example="支付2026年3月至5月工资"),
        amount=Field("请求金额", "money"),
    ),
    "claims_total": Field("请求金额合计（各项之和）", "money"),
    "award_items": _list(
        "裁决（调解协议）事项",
        no=Field("序号", "int", example="1"),
        text=Field("事项内容", example="被申请人支付申请人2026年3月至5月工资"),
        amount=Field("金额", "money"),
        pay_within_days=Field("履行期限（日）", "int", example="15"),
    ),
    "award_total": Field("裁决（协议）金额合计", "money"),
    "texts": _group(
        "案件文字（在案件的“文字”页填写）",
        facts=Field("事实与理由（申请书）"),
        defence=Field("被申请人答辩意见"),
        findings=Field("仲裁庭查明的事实"),
        reasons=Field("裁决理由及适用法律"),
        agreement=Field("调解协议内容"),
        refusal_reason=Field("不予受理（不予立案）理由"),
        closure_reason=Field("撤回、撤销、终止等结案理由"),
        correction=Field("需要补正的材料（补正通知书、补正决定书）"),
        materials=Field("收到的材料（收件回执）"),
        postponement_reason=Field("延期开庭理由"),
        violation=Field("用人单位违法事实（监察）"),
        rectification=Field("责令改正的事项及期限（监察）"),
        record=Field("笔录正文"),
        advance_execution=Field("先予执行的裁决事项（先予执行裁决书）"),
    ),
    "tribunal": _group(
        "仲裁庭",
        presiding=Field("首席仲裁员"),
        members=Field("仲裁员（以、分隔，不含首席）"),
        sole=Field("独任仲裁员"),
        is_sole=Field("是否独任审理", "bool"),
        arbitrators=Field("全部仲裁员（以、分隔）"),
        clerk=Field("书记员"),
        formed_on=Field("组庭日期", "date"),
    ),
    "hearing": _group(
        "下一次开庭（没有已排期的开庭时为最近一次）",
        date=Field("开庭日期", "date"),
        weekday=Field("星期", example="星期三"),
        starts_at=Field("开始时间", "time"),
        ends_at=Field("结束时间", "time"),
        room=Field("仲裁庭（地点）", example="第一仲裁庭"),
        notice_served_on=Field("开庭通知送达日期", "date"),
        notice_latest=Field("开庭通知最迟送达日期（开庭前5日）", "date"),
    ),
    "hearings": _list(
        "全部开庭",
        date=Field("开庭日期", "date"),
        starts_at=Field("开始时间", "time"),
        room=Field("仲裁庭（地点）"),
        status=Field("状态（已排期、已开庭、延期、取消）"),
    ),
    "sessions": _list(
        "调解记录",
        no=Field("次数", "int", example="1"),
        date=Field("调解日期", "date"),
        starts_at=Field("开始时间", "time"),
        place=Field("地点"),
        mediator=Field("调解员"),
        attendees=Field("参加人员"),
        proposals=Field("调解方案"),
        result=Field("结果（继续调解、达成协议、调解不成）"),
    ),
    "suspension": _group(
        "最近一次中止（或公告送达）",
        kind=Field("类别（中止、公告送达）"),
        started_on=Field("开始日期", "date"),
        ended_on=Field("恢复日期", "date"),
        reason=Field("中止事由"),
    ),
    "deadlines": _group(
        "计算所得期限（按工作日历）",
        acceptance=Field("受理审查期限届满日", "date"),
        award=Field("仲裁审理期限届满日", "date"),
        mediation=Field("调解期限届满日", "date"),
        inspection_filing=Field("监察立案审查期限届满日", "date"),
        inspection_closure=Field("监察办结期限届满日", "date"),
    ),
    "today": Field("制作日期（今天）", "date"),
    "user": Field("制作人（当前用户）"),
}

# Filters a template may apply, with what they do (also listed in template-fields.md).
FILTERS: dict[str, str] = {
    "date_cn": "日期写作 2026年11月25日",
    "date_upper": "日期写作 二〇二六年十一月二十五日",
    "time_cn": "时间写作 9时30分",
    "money": "金额写作 12,345.60",
    "money_words": "金额大写 人民币壹万贰仟叁佰肆拾伍元陆角整",
    "default": "空值时的替代文字，如 {{ applicant.phone|default('无') }}",
}


def lookup(path: tuple[str, ...]) -> Field | None:
    """The field at a dotted path from the root, or None when there is no such field."""
    node: Field | None = None
    children = FIELDS
    for part in path:
        node = children.get(part)
        if node is None:
            return None
        children = node.children
    return node
