"""The labour-inspection set (《劳动保障监察条例》; issued by the inspection office)."""

from __future__ import annotations

from layout import P, Plain, Signature, Table, Template, Title

OFFICE = "{{ office.inspection_office }}"

# Room for a handwritten opinion and its signature line in an approval form.
OPINION = "\n\n签名：                    年    月    日"

TEMPLATES: list[Template] = [
    Template(
        "举报投诉登记表",
        ("inspection",),
        [
            Title("劳动保障监察举报投诉登记表", issuer=OFFICE, number=None),
            Table(
                [
                    ["登记编号", "{{ case.number }}", "登记日期", "{{ case.received_on|date_cn }}"],
                    ["举报投诉方式", "□ 来访   □ 来电   □ 信函   □ 网络   □ 12333"],
                    [
                        "举报投诉人",
                        "{{ applicant.name }}",
                        "联系电话",
                        "{{ applicant.phone|default('') }}",
                    ],
                    [
                        "公民身份号码",
                        "{{ applicant.id_number|default('') }}",
                        "性别",
                        "{{ applicant.sex|default('') }}",
                    ],
                    ["住址", "{{ applicant.address|default('') }}"],
                    ["被举报投诉单位", "{{ respondent.name }}"],
                    [
                        "统一社会信用代码",
                        "{{ respondent.credit_code|default('') }}",
                        "法定代表人（负责人）",
                        "{{ respondent.legal_representative|default('') }}",
                    ],
                    ["单位地址", "{{ respondent.address|default('') }}"],
                    [
                        "单位联系电话",
                        "{{ respondent.phone|default('') }}",
                        "涉及人数",
                        "{{ case.headcount }}人",
                    ],
                    [
                        "举报投诉事项",
                        "{% for claim in claims %}{{ claim.no }}. {{ claim.text }}"
                        "{% if claim.amount %}（{{ claim.amount|money }}元）{% endif %}"
                        "{% if not loop.last %}；{% endif %}{% endfor %}",
                    ],
                    [
                        "涉及金额",
                        "{% if case.claim_amount %}{{ case.claim_amount|money }}元{% endif %}",
                        "争议类型",
                        "{{ case.dispute_types|default('') }}",
                    ],
                    ["主要事实和理由", "{{ texts.facts|default('') }}"],
                    ["是否要求保密", "□ 是      □ 否"],
                    [
                        "登记人",
                        "{{ user }}",
                        "立案审查期限",
                        "{% if deadlines.inspection_filing %}"
                        "{{ deadlines.inspection_filing|date_cn }}前{% endif %}",
                    ],
                    ["处理意见", OPINION],
                    [
                        "说明",
                        "劳动保障行政部门应当为举报人保密（{{ REGULATION }}第九条）。"
                        "对举报投诉，自接到之日起五个工作日内决定是否立案"
                        "（《关于实施〈劳动保障监察条例〉若干规定》）。",
                    ],
                ],
                widths=[36, 42, 36, 42],
                height=8,
            ),
        ],
        "接到举报投诉时登记，五个工作日内决定是否立案（劳动保障监察条例第九条，劳社部令第25号）。",
    ),
    Template(
        "立案审批表",
        ("inspection",),
        [
            Title("立案审批表", issuer=OFFICE, number=None),
            Table(
                [
                    ["案号", "{{ case.number }}"],
                    ["案件来源", "□ 举报投诉  □ 日常巡视检查  □ 书面审查  □ 移送  □ 交办"],
                    [
                        "登记日期",
                        "{{ case.received_on|date_cn }}",
                        "立案日期",
                        "{% if case.accepted_on %}{{ case.accepted_on|date_cn }}{% endif %}",
                    ],
                    ["被调查单位", "{{ respondent.name }}"],
                    [
                        "统一社会信用代码",
                        "{{ respondent.credit_code|default('') }}",
                        "法定代表人（负责人）",
                        "{{ respondent.legal_representative|default('') }}",
                    ],
                    [
                        "单位地址",
                        "{{ respondent.address|default('') }}",
                        "联系电话",
                        "{{ respondent.phone|default('') }}",
                    ],
                    [
                        "举报投诉人",
                        "{{ applicant.name }}",
                        "联系电话",
                        "{{ applicant.phone|default('') }}",
                    ],
                    [
                        "涉及人数",
                        "{{ case.headcount }}人",
                        "涉及金额",
                        "{% if case.claim_amount %}{{ case.claim_amount|money }}元{% endif %}",
                    ],
                    [
                        "涉嫌违法事实",
                        "{% if texts.violation %}{{ texts.violation }}"
                        "{% else %}{{ texts.facts|default('') }}{% endif %}",
                    ],
                    [
                        "办结期限",
                        "{% if deadlines.inspection_closure %}"
                        "{{ deadlines.inspection_closure|date_cn }}前（自立案之日起六十个工作日）"
                        "{% endif %}",
                    ],
                    ["承办人意见", OPINION],
                    ["承办机构负责人意见", OPINION],
                    ["行政机关负责人审批意见", OPINION],
                ],
                widths=[36, 42, 36, 42],
                height=8,
            ),
        ],
        "认为用人单位有违法行为需要调查处理的，报批立案（劳动保障监察条例第十六条）。",
    ),
    Template(
        "责令改正指令书",
        ("inspection",),
        [
            Title("劳动保障监察责令改正指令书", issuer=OFFICE),
            Plain("{{ respondent.name }}："),
            P("经查，你单位存在下列违反劳动保障法律、法规或者规章的行为："),
            P("{{ texts.violation }}"),
            P("依照{{ REGULATION }}第十八条的规定，现责令你单位："),
            P("{{ texts.rectification }}"),
            P(
                "请你单位按上述要求改正，并将改正情况书面报告本机关。逾期不改正的，本机关将依照"
                "{{ REGULATION }}第三十条等规定依法处理。"
            ),
            P(
                "你单位如对本指令书不服，可以自收到本指令书之日起六十日内依法申请行政复议，"
                "或者在六个月内依法向人民法院提起行政诉讼。"
            ),
            Signature(issuer=OFFICE),
            Plain("联系人：{{ case.handler|default('') }}"),
        ],
        "调查核实用人单位有违法行为、应当改正的，责令限期改正（劳动保障监察条例第十八条）。",
    ),
    Template(
        "监察结案审批表",
        ("inspection",),
        [
            Title("劳动保障监察案件结案审批表", issuer=OFFICE, number=None),
            Table(
                [
                    ["案号", "{{ case.number }}"],
                    ["被调查单位", "{{ respondent.name }}"],
                    [
                        "举报投诉人",
                        "{{ applicant.name }}",
                        "涉及人数",
                        "{{ case.headcount }}人",
                    ],
                    [
                        "立案日期",
                        "{% if case.accepted_on %}{{ case.accepted_on|date_cn }}{% endif %}",
                        "结案日期",
                        "{% if case.closed_on %}{{ case.closed_on|date_cn }}{% endif %}",
                    ],
                    [
                        "办结期限",
                        "{% if deadlines.inspection_closure %}"
                        "{{ deadlines.inspection_closure|date_cn }}{% endif %}",
                        "是否延期",
                        "{% if case.extended %}是（经负责人批准）{% else %}否{% endif %}",
                    ],
                    ["违法事实", "{{ texts.violation|default('') }}"],
                    ["处理情况", "{{ texts.rectification|default('') }}"],
                    [
                        "结案方式",
                        "{{ case.closure_mode|default('') }}",
                        "承办人",
                        "{{ case.handler|default('') }}",
                    ],
                    ["追发工资等待遇", "          元，涉及劳动者          人"],
                    ["承办人意见", OPINION],
                    ["承办机构负责人意见", OPINION],
                    ["行政机关负责人审批意见", OPINION],
                ],
                widths=[36, 42, 36, 42],
                height=8,
            ),
        ],
        "调查处理完毕（责令改正、行政处罚、移送或者撤销立案）后报批结案"
        "（劳动保障监察条例第十七条、第十八条）。",
    ),
]
