"""The arbitration set (人社部 劳动人事争议仲裁办案文书样式, citing the 2017 Rules)."""

from __future__ import annotations

from layout import Gap, P, Plain, Right, Signature, Table, Tag, Template, Title

# The parties' block of decisions and awards: name and particulars, then agents.


def _party_lines(side: str, label: str) -> list[object]:
    """申请人/被申请人 with their particulars, then their agents (one paragraph each)."""
    p = side
    return [
        Tag(f"{{%p if {p}.is_employer %}}"),
        P(
            f"{{{{ {p}.name }}}}{{% if {p}.address %}}，住所{{{{ {p}.address }}}}{{% endif %}}"
            f"{{% if {p}.credit_code %}}，统一社会信用代码{{{{ {p}.credit_code }}}}{{% endif %}}。",
            bold_lead=f"{label}：",
        ),
        Tag(f"{{%p if {p}.legal_representative %}}"),
        P(
            f"{{{{ {p}.legal_representative }}}}"
            f"{{% if {p}.legal_representative_title %}}，{{{{ {p}.legal_representative_title }}}}"
            "{% endif %}。",
            bold_lead="法定代表人：",
        ),
        Tag("{%p endif %}"),
        Tag("{%p else %}"),
        P(
            f"{{{{ {p}.name }}}}{{% if {p}.sex %}}，{{{{ {p}.sex }}}}{{% endif %}}"
            f"{{% if {p}.birth_date %}}，{{{{ {p}.birth_date|date_cn }}}}出生{{% endif %}}"
            f"{{% if {p}.id_number %}}，公民身份号码{{{{ {p}.id_number }}}}{{% endif %}}"
            f"{{% if {p}.address %}}，住{{{{ {p}.address }}}}{{% endif %}}。",
            bold_lead=f"{label}：",
        ),
        Tag("{%p endif %}"),
        Tag(f"{{%p for agent in {p}.agents %}}"),
        P(
            "{{ agent.name }}{% if agent.organisation %}，{{ agent.organisation }}{% endif %}"
            "（{{ agent.role }}）。",
            bold_lead="委托代理人：",
        ),
        Tag("{%p endfor %}"),
    ]


# The parties' block of decisions and awards.
PARTIES = [*_party_lines("applicant", "申请人"), *_party_lines("respondent", "被申请人")]

# The applicant's claims, each ending with ； (tests/core/test_documents.py pins this).
CLAIMS = [
    Tag("{%p for claim in claims|required %}"),
    P(
        "{{ claim.no }}. {{ claim.text }}"
        "{% if claim.amount %}（{{ claim.amount|money }}元）{% endif %}；"
    ),
    Tag("{%p endfor %}"),
]

# Items of the operative part end with ；, the last one with 。.
END = "{% if loop.last %}。{% else %}；{% endif %}"

# "申请人张伟与被申请人某公司劳动报酬争议一案"
CASE = "申请人{{ applicant.name }}与被申请人{{ respondent.name }}{{ case.dispute_types }}争议一案"

# Who heard the case, inside a sentence.
TRIBUNAL = (
    "{% if tribunal.is_sole %}本案由仲裁员{{ tribunal.sole }}独任审理"
    "{% else %}本委依法组成仲裁庭，由仲裁员{{ tribunal.presiding }}担任首席仲裁员，"
    "仲裁员{{ tribunal.members }}参加审理{% endif %}"
)

# The arbitrators' and the clerk's names at the end of an award, a 调解书 or a decision.
SIGNERS = [
    Tag("{%p if tribunal.is_sole %}"),
    Right("仲 裁 员  {{ tribunal.sole }}"),
    Tag("{%p else %}"),
    Right("首席仲裁员  {{ tribunal.presiding }}"),
    Right("仲 裁 员  {{ tribunal.members }}"),
    Tag("{%p endif %}"),
    Right("{{ today|date_upper }}"),
    Right("书 记 员  {{ tribunal.clerk }}"),
]

# The body that serves a document of any kind of case (送达回证).
ISSUER = (
    "{% if case.kind == '监察' %}{{ office.inspection_office }}"
    "{% elif case.kind == '调解' %}{{ case.mediation_org|default(office.name) }}"
    "{% else %}{{ office.name }}{% endif %}"
)

# The addressee line of a notice to both parties.
BOTH = "{{ applicant.name }}、{{ respondent.name }}："

# Room for a handwritten opinion and its signature line in an approval form.
OPINION = "\n\n签名：                    年    月    日"

CONTACT = "联系人：{{ case.handler|default('') }}    联系电话：{{ office.phone|default('') }}"

TEMPLATES = [
    Template(
        "受理通知书",
        ("arbitration",),
        [
            Title("受理通知书"),
            Plain("{{ applicant.name }}："),
            P(
                "你（单位）于{{ case.received_on|date_cn }}提交的与{{ respondent.name }}"
                "{{ case.dispute_types }}争议的仲裁申请，经审查，符合受理条件，"
                "本委决定予以受理，案号为{{ case.number }}。现将有关事项通知如下："
            ),
            P(
                "一、本委将在受理之日起五日内组成仲裁庭，并将仲裁庭的组成情况书面通知你（单位）。"
                "你（单位）依法享有申请回避、自行和解、请求调解、委托代理人、举证、质证、辩论、"
                "陈述最后意见等权利，同时应当遵守仲裁秩序，如实陈述事实，按时出庭。"
            ),
            P(
                "二、你（单位）对自己提出的主张，有责任提供证据，请于收到本通知书之日起"
                "十日内将证据材料提交本委。与争议事项有关的证据属于用人单位掌握管理的，"
                "用人单位应当提供。"
            ),
            P(
                "三、仲裁庭审理本案的期限为自受理之日起四十五日，即应于"
                "{{ deadlines.award|date_cn }}前结束；案情复杂需要延期的，"
                "经本委主任批准可以延期并书面通知当事人，延长期限不得超过十五日"
                "（{{ LAW }}第四十三条，{{ RULES }}第四十六条）。"
            ),
            P(
                "四、你（单位）的送达地址、联系方式如有变更，应当及时告知本委；"
                "因提供的地址不准确或者变更后未及时告知，导致文书未能实际送达的，"
                "文书退回之日视为送达之日。"
            ),
            Signature(),
            Plain(
                "联系人：{{ case.handler|default('') }}    联系电话：{{ office.phone|default('') }}"
            ),
        ],
        "受理后送达申请人（劳动争议调解仲裁法第二十九条）。",
    ),
    Template(
        "开庭通知书",
        ("arbitration",),
        [
            Title("开庭通知书"),
            Plain("{{ applicant.name }}、{{ respondent.name }}："),
            P(
                "本委受理的申请人{{ applicant.name }}与被申请人{{ respondent.name }}"
                "{{ case.dispute_types }}争议一案，定于{{ hearing.date|date_cn }}"
                "（{{ hearing.weekday }}）{{ hearing.starts_at|time_cn }}在"
                "{{ hearing.room }}开庭审理。"
            ),
            P(
                "请你（单位）持本通知书及身份证明准时到庭。委托代理人参加仲裁活动的，"
                "应当向仲裁庭提交授权委托书，写明委托事项和权限。"
            ),
            P(
                "当事人有正当理由的，可以在开庭三日前请求延期开庭，是否延期由本委决定"
                "（{{ LAW }}第三十五条）。"
            ),
            P(
                "申请人收到书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，"
                "可以按撤回仲裁申请处理；被申请人收到书面通知，无正当理由拒不到庭或者"
                "未经仲裁庭同意中途退庭的，可以缺席裁决（{{ LAW }}第三十六条）。"
            ),
            Signature(),
        ],
        "开庭五日前送达双方当事人（劳动争议调解仲裁法第三十五条）。",
    ),
    Template(
        "仲裁裁决书",
        ("arbitration",),
        [
            Title("裁 决 书"),
            *PARTIES,
            P(
                "申请人{{ applicant.name }}与被申请人{{ respondent.name }}"
                "{{ case.dispute_types }}争议一案，本委于{{ case.received_on|date_cn }}"
                "收到申请人的仲裁申请，于{{ case.accepted_on|date_cn }}依法受理。"
                "{% if tribunal.is_sole %}本案由仲裁员{{ tribunal.sole }}独任审理"
                "{% else %}本委依法组成仲裁庭，由仲裁员{{ tribunal.presiding }}担任首席仲裁员，"
                "仲裁员{{ tribunal.members }}参加审理{% endif %}，"
                "于{{ hearing.date|date_cn }}公开开庭进行了审理。"
                "本案现已审理终结。"
            ),
            P("申请人请求：", bold_lead=""),
            *CLAIMS,
            P("{{ texts.facts }}", bold_lead="申请人称："),
            P(
                "{{ texts.defence|default('被申请人未提交书面答辩意见。') }}",
                bold_lead="被申请人辩称：",
            ),
            P("{{ texts.findings }}", bold_lead="经审理查明："),
            P("{{ texts.reasons }}", bold_lead="本委认为："),
            P("依照有关法律规定，裁决如下："),
            Tag("{%p for item in award_items %}"),
            P(
                "{{ item.no }}. {{ item.text }}"
                "{% if item.amount %}{{ item.amount|money }}元"
                "（大写：{{ item.amount|money_words }}）{% endif %}"
                "{% if item.pay_within_days %}，于本裁决书生效之日起{{ item.pay_within_days }}日内"
                "付清{% endif %}" + END
            ),
            Tag("{%p endfor %}"),
            Tag("{%p if case.final_award|required %}"),
            P("本裁决为终局裁决，裁决书自作出之日起发生法律效力（{{ LAW }}第四十七条）。"),
            P(
                "劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内"
                "向人民法院提起诉讼（{{ LAW }}第四十八条）。"
            ),
            P(
                "用人单位有证据证明本裁决有{{ LAW }}第四十九条第一款规定情形之一的，"
                "可以自收到本裁决书之日起三十日内向本委所在地的中级人民法院申请撤销裁决。"
            ),
            Tag("{%p else %}"),
            P(
                "当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；"
                "期满不起诉的，本裁决书发生法律效力（{{ LAW }}第五十条）。"
            ),
            Tag("{%p endif %}"),
            P(
                "一方当事人逾期不履行发生法律效力的裁决的，另一方当事人可以依照"
                "《中华人民共和国民事诉讼法》的有关规定向人民法院申请执行。"
            ),
            *SIGNERS,
        ],
        "裁决书的必备内容见 documents.md：终局与非终局的救济途径分开写。",
    ),
    Template(
        "送达回证",
        ("arbitration", "mediation", "inspection"),
        [
            Title("送达回证", issuer=ISSUER, number=None),
            Table(
                [
                    ["案号", "{{ case.number }}"],
                    ["送达文书名称及件数", ""],
                    ["受送达人", "{{ applicant.name }}"],
                    ["送达地址", "{{ applicant.address|default('') }}"],
                    ["送达方式", "直接送达 / 邮寄送达 / 留置送达 / 电子送达 / 公告送达"],
                    ["受送达人签名或盖章", "                      年    月    日"],
                    ["代收人及代收理由", "                      年    月    日"],
                    ["送达人", "                      年    月    日"],
                    ["备注", ""],
                ],
                widths=[50, 106],
                height=11,
            ),
            Plain("说明：受送达人拒绝签收的，送达人应在备注栏注明情况（办案规则第二十条）。"),
            Signature(issuer=ISSUER, date="{{ today|date_cn }}"),
        ],
        "每次送达填写一份。",
    ),
    Template(
        "仲裁申请书",
        ("arbitration",),
        [
            Title("劳动人事争议仲裁申请书", issuer="", number=None),
            Table(
                [
                    ["申请人"],
                    [
                        "姓名（名称）",
                        "{{ applicant.name }}",
                        "性别",
                        "{{ applicant.sex|default('') }}",
                    ],
                    [
                        "出生日期",
                        "{% if applicant.birth_date %}{{ applicant.birth_date|date_cn }}"
                        "{% endif %}",
                        "联系电话",
                        "{{ applicant.phone|default('') }}",
                    ],
                    [
                        "{% if applicant.is_employer %}统一社会信用代码{% else %}公民身份号码"
                        "{% endif %}",
                        "{% if applicant.is_employer %}{{ applicant.credit_code|default('') }}"
                        "{% else %}{{ applicant.id_number|default('') }}{% endif %}",
                    ],
                    ["住所（经常居住地）", "{{ applicant.address|default('') }}"],
                    [
                        "委托代理人",
                        "{% for agent in applicant.agents %}{{ agent.name }}（{{ agent.role }}）"
                        "{% if agent.phone %}，电话{{ agent.phone }}{% endif %}"
                        "{% if not loop.last %}；{% endif %}{% endfor %}",
                    ],
                    ["被申请人"],
                    ["名称（姓名）", "{{ respondent.name }}"],
                    [
                        "{% if respondent.is_employer %}统一社会信用代码{% else %}公民身份号码"
                        "{% endif %}",
                        "{% if respondent.is_employer %}{{ respondent.credit_code|default('') }}"
                        "{% else %}{{ respondent.id_number|default('') }}{% endif %}",
                    ],
                    [
                        "法定代表人（主要负责人）",
                        "{{ respondent.legal_representative|default('') }}",
                        "职务",
                        "{{ respondent.legal_representative_title|default('') }}",
                    ],
                    ["住所", "{{ respondent.address|default('') }}"],
                    ["联系电话", "{{ respondent.phone|default('') }}"],
                ],
                widths=[40, 48, 22, 46],
                height=8,
            ),
            Plain("仲裁请求："),
            Table(
                [
                    ["序号", "请求事项", "金额（元）"],
                    ["{%tr for claim in claims|required %}"],
                    [
                        "{{ claim.no }}",
                        "{{ claim.text }}",
                        "{% if claim.amount %}{{ claim.amount|money }}{% endif %}",
                    ],
                    ["{%tr endfor %}"],
                    ["合计", "", "{{ claims_total|money }}"],
                ],
                widths=[16, 104, 36],
                height=8,
            ),
            Plain("事实和理由："),
            P("{{ texts.facts }}"),
            P("证据和证据来源、证人姓名和住所：见所附证据清单。"),
            Plain("此致"),
            Plain("{{ office.name }}"),
            Gap(),
            Right("申请人（签名或者盖章）：                "),
            Right("{{ today|date_cn }}"),
            Gap(),
            Plain("附：1. 本申请书副本    份（按被申请人人数提交）；"),
            Plain("    2. 证据清单及证据材料    份；"),
            Plain("    3. 申请人身份证明复印件    份。"),
        ],
        "无律师代理的申请人到窗口申请时据其陈述填写，由申请人核对签名"
        "（劳动争议调解仲裁法第二十八条：申请书应载明的事项）。",
    ),
    Template(
        "收件回执",
        ("arbitration",),
        [
            Title("收件回执", number=None),
            Table(
                [
                    ["案号", "{{ case.number }}"],
                    ["申请人", "{{ applicant.name }}"],
                    ["被申请人", "{{ respondent.name }}"],
                    ["收件日期", "{{ case.received_on|date_cn }}"],
                    ["收到的材料", "{{ texts.materials }}"],
                    ["收件人", "{{ user }}"],
                    ["申请人签收", "                          年    月    日"],
                ],
                widths=[36, 120],
                height=10,
            ),
            P(
                "本回执仅证明本委已收到上列材料，不表示案件已经受理。本委自收到齐备的仲裁申请"
                "材料之日起五日内决定是否受理，并书面通知你（单位）；申请书不规范或者材料"
                "不齐备的，本委将一次性告知需要补正的全部材料（{{ LAW }}第二十九条，"
                "{{ RULES }}第三十条）。"
            ),
            Signature(date="{{ today|date_cn }}"),
            Plain(CONTACT),
        ],
        "收到仲裁申请材料时当场出具，一式两份，申请人与本委各执一份（办案规则第三十条）。",
    ),
    Template(
        "补正通知书",
        ("arbitration",),
        [
            Title("补正通知书"),
            Plain("{{ applicant.name }}："),
            P(
                "你（单位）于{{ case.received_on|date_cn }}提交的与{{ respondent.name }}"
                "{{ case.dispute_types }}争议的仲裁申请，经审查，仲裁申请书不规范或者材料不齐备。"
                "依照{{ RULES }}第三十条的规定，现一次性告知你（单位）需要补正的全部材料如下："
            ),
            P("{{ texts.correction }}"),
            P(
                "请你（单位）于    年  月  日前将上述材料一并提交本委。本委自收到补正后的"
                "全部材料之日起五日内决定是否受理；本案的仲裁期限自材料补正之日起计算"
                "（{{ RULES }}第四十六条）。"
            ),
            Signature(),
            Plain(CONTACT),
        ],
        "申请书不规范或者材料不齐备时，当场或者五日内一次性告知需要补正的全部材料"
        "（办案规则第三十条）。",
    ),
    Template(
        "不予受理通知书",
        ("arbitration",),
        [
            Title("不予受理通知书"),
            Plain("{{ applicant.name }}："),
            P(
                "你（单位）于{{ case.received_on|date_cn }}提交的与{{ respondent.name }}"
                "{{ case.dispute_types }}争议的仲裁申请，本委经审查认为："
            ),
            P("{{ texts.refusal_reason }}"),
            P("依照{{ LAW }}第二十九条的规定，本委决定不予受理。"),
            P(
                "你（单位）对本决定不服的，可以自收到本通知书之日起十五日内，"
                "就该争议事项向人民法院提起诉讼。"
            ),
            Signature(),
        ],
        "申请不符合受理条件的，自收到申请之日起五日内书面通知并说明理由"
        "（劳动争议调解仲裁法第二十九条）。",
    ),
    Template(
        "应诉通知书",
        ("arbitration",),
        [
            Title("应诉通知书"),
            Plain("{{ respondent.name }}："),
            P(
                "申请人{{ applicant.name }}与你（单位）{{ case.dispute_types }}争议一案，"
                "本委已于{{ case.accepted_on|date_cn }}依法受理，案号为{{ case.number }}。"
                "现将仲裁申请书副本送达你（单位），并将有关事项通知如下："
            ),
            P(
                "一、你（单位）应当自收到仲裁申请书副本之日起十日内向本委提交答辩书，"
                "并按申请人人数提交副本。未提交答辩书的，不影响仲裁程序的进行"
                "（{{ LAW }}第三十条）。"
            ),
            P(
                "二、你（单位）对自己提出的主张，有责任提供证据。与争议事项有关的证据属于"
                "用人单位掌握管理的，用人单位应当提供；用人单位不提供的，应当承担不利后果"
                "（{{ LAW }}第六条、第三十九条）。请于收到本通知书之日起十日内将证据材料"
                "提交本委，并按申请人人数提交副本。"
            ),
            P(
                "三、依照{{ RULES }}的规定，你（单位）对本案管辖有异议或者有反申请的，"
                "应当在答辩期满前书面提出。"
            ),
            P(
                "四、你（单位）可以委托代理人参加仲裁活动。委托他人参加仲裁活动的，"
                "应当向本委提交有委托人签名或者盖章的授权委托书，载明委托事项和权限"
                "（{{ LAW }}第二十四条）；法定代表人参加仲裁活动的，应当提交法定代表人"
                "身份证明书。"
            ),
            P(
                "五、你（单位）依法享有申请回避、自行和解、请求调解、举证、质证、辩论、"
                "陈述最后意见等权利，同时应当遵守仲裁秩序，如实陈述事实，按时出庭。"
                "送达地址、联系方式如有变更，应当及时告知本委。"
            ),
            Plain("附：仲裁申请书副本一份"),
            Signature(),
            Plain(CONTACT),
        ],
        "受理后五日内随仲裁申请书副本送达被申请人，答辩期十日（劳动争议调解仲裁法第三十条）。",
    ),
    Template(
        "举证通知书",
        ("arbitration",),
        [
            Title("举证通知书"),
            Plain(BOTH),
            P(
                "本委受理的" + CASE + "，依照{{ LAW }}第六条、第三十九条和{{ RULES }}的有关规定，"
                "现将举证事项通知如下："
            ),
            P(
                "一、当事人对自己提出的主张，有责任提供证据。与争议事项有关的证据属于用人单位"
                "掌握管理的，用人单位应当提供；用人单位不提供的，应当承担不利后果。"
            ),
            P(
                "二、举证期限为自收到本通知书之日起十日。当事人在该期限内提供证据确有困难的，"
                "可以在期限届满前向本委书面申请延长。当事人无正当理由逾期提供证据的，"
                "仲裁庭可以不予采纳。"
            ),
            P(
                "三、提交证据应当分类编号，对证据的来源、证明对象和内容作简要说明，签名或者"
                "盖章，注明提交日期，并按对方当事人人数提交副本。证据原件应当在开庭时出示，"
                "供对方当事人质证。"
            ),
            P(
                "四、劳动者无法提供由用人单位掌握管理的与仲裁请求有关的证据的，可以申请"
                "仲裁庭要求用人单位在指定期限内提供；用人单位在指定期限内不提供的，"
                "应当承担不利后果。当事人因客观原因不能自行收集的证据，可以申请本委收集。"
            ),
            P("五、当事人提供的证据经查证属实的，仲裁庭将其作为认定事实的根据。"),
            Signature(),
            Plain(CONTACT),
        ],
        "受理后送达双方当事人，告知举证责任和举证期限（劳动争议调解仲裁法第六条、第三十九条）。",
    ),
    Template(
        "仲裁庭组成通知书",
        ("arbitration",),
        [
            Title("仲裁庭组成通知书"),
            Plain(BOTH),
            P(
                "本委受理的" + CASE + "，依照{{ LAW }}第三十一条、第三十二条的规定，"
                "现将仲裁庭组成情况通知如下："
            ),
            Tag("{%p if tribunal.is_sole %}"),
            P("本案由仲裁员{{ tribunal.sole }}独任仲裁。"),
            Tag("{%p else %}"),
            P("首席仲裁员：{{ tribunal.presiding }}"),
            P("仲裁员：{{ tribunal.members }}"),
            Tag("{%p endif %}"),
            Tag("{%p if tribunal.clerk %}"),
            P("书记员：{{ tribunal.clerk }}"),
            Tag("{%p endif %}"),
            P(
                "当事人认为仲裁员、书记员有{{ LAW }}第三十三条规定的应当回避情形之一的，"
                "有权以口头或者书面方式提出回避申请，并说明理由。回避申请应当在案件开始审理时"
                "提出；回避事由在案件开始审理后知道的，也可以在庭审辩论终结前提出。"
            ),
            Signature(),
        ],
        "受理之日起五日内将仲裁庭的组成情况书面通知双方（劳动争议调解仲裁法第三十二条，"
        "办案规则第三十七条）。",
    ),
    Template(
        "延期审理通知书",
        ("arbitration",),
        [
            Title("延期审理通知书"),
            Plain(BOTH),
            P("本委受理的" + CASE + "，原定的开庭审理因下列原因需要延期："),
            P("{{ texts.postponement_reason }}"),
            P(
                "依照{{ LAW }}第三十五条的规定，本委决定本案延期开庭审理。"
                "{% for h in hearings if h.status == '已排期' and h.date >= today %}"
                "{% if loop.first %}本案改定于{{ h.date|date_cn }}{{ h.starts_at|time_cn }}在"
                "{{ h.room }}开庭审理，请准时到庭。{% endif %}"
                "{% else %}开庭时间另行通知。{% endfor %}"
            ),
            P(
                "申请人收到书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，"
                "可以按撤回仲裁申请处理；被申请人收到书面通知，无正当理由拒不到庭或者"
                "未经仲裁庭同意中途退庭的，可以缺席裁决（{{ LAW }}第三十六条）。"
            ),
            Signature(),
        ],
        "开庭延期时通知双方；当事人有正当理由的，可在开庭三日前请求延期（劳动争议调解仲裁法"
        "第三十五条）。",
    ),
    Template(
        "延长审理期限通知书",
        ("arbitration",),
        [
            Title("延长审理期限通知书"),
            Plain(BOTH),
            P(
                "本委于{{ case.accepted_on|date_cn }}受理的" + CASE + "，因案情复杂，"
                "不能在自受理之日起四十五日内审结。"
            ),
            P(
                "依照{{ LAW }}第四十三条、{{ RULES }}第四十六条的规定，经本委主任批准，"
                "本案审理期限延长十五日{% if case.extended %}，至{{ deadlines.award|date_cn }}"
                "届满{% endif %}。"
            ),
            P("特此通知。"),
            Signature(),
        ],
        "案情复杂需要延期的，经仲裁委员会主任批准，书面通知双方，延长期限不得超过十五日"
        "（劳动争议调解仲裁法第四十三条，办案规则第四十六条）。",
    ),
    Template(
        "中止仲裁决定书",
        ("arbitration",),
        [
            Title("中止仲裁决定书"),
            *PARTIES,
            P(
                CASE + "，本委于{{ case.accepted_on|date_cn }}依法受理。审理过程中，"
                "因{{ suspension.reason }}，本案需要中止审理。"
                "依照{{ RULES }}第四十七条的规定，经批准，本委决定："
            ),
            P("本案自{{ suspension.started_on|date_cn }}起中止审理。"),
            P(
                "中止审理期间不计入仲裁期限（{{ RULES }}第四十六条）。中止审理的情形消除后，"
                "本委将恢复审理，并书面通知当事人。"
            ),
            Signature(),
        ],
        "有办案规则第四十七条所列情形，经仲裁委员会主任或者其委托的仲裁院负责人批准中止审理，"
        "书面通知当事人。",
    ),
    Template(
        "恢复审理通知书",
        ("arbitration",),
        [
            Title("恢复审理通知书"),
            Plain(BOTH),
            P(
                "本委受理的" + CASE + "，于{{ suspension.started_on|date_cn }}中止审理。"
                "现中止审理的情形已经消除，依照{{ RULES }}第四十七条的规定，本案自"
                "{{ suspension.ended_on|date_cn }}起恢复审理。"
            ),
            P(
                "中止审理期间不计入仲裁期限，仲裁期限自恢复审理之日起继续计算"
                "{% if deadlines.award %}，至{{ deadlines.award|date_cn }}届满{% endif %}"
                "（{{ RULES }}第四十六条）。开庭时间另行通知。"
            ),
            Signature(),
        ],
        "中止审理的情形消除后恢复审理，书面通知双方（办案规则第四十七条）。",
    ),
    Template(
        "仲裁调解书",
        ("arbitration",),
        [
            Title("调 解 书"),
            *PARTIES,
            P(
                CASE + "，本委于{{ case.received_on|date_cn }}收到申请人的仲裁申请，"
                "于{{ case.accepted_on|date_cn }}依法受理。" + TRIBUNAL + "。"
            ),
            P("申请人请求："),
            *CLAIMS,
            P("本案在仲裁庭主持下，经调解，双方当事人自愿达成如下协议："),
            Tag("{%p for item in award_items|required %}"),
            P(
                "{{ item.no }}. {{ item.text }}"
                "{% if item.amount %}{{ item.amount|money }}元"
                "（大写：{{ item.amount|money_words }}）{% endif %}"
                "{% if item.pay_within_days %}，于本调解书生效之日起{{ item.pay_within_days }}日内"
                "付清{% endif %}" + END
            ),
            Tag("{%p endfor %}"),
            Tag("{%p if texts.agreement %}"),
            P("{{ texts.agreement }}"),
            Tag("{%p endif %}"),
            P(
                "上述协议系双方当事人的真实意思表示，不违反法律、行政法规的强制性规定，本委予以确认。"
            ),
            P(
                "本调解书经双方当事人签收后，即发生法律效力（{{ LAW }}第四十二条）。"
                "一方当事人逾期不履行的，另一方当事人可以依照《中华人民共和国民事诉讼法》"
                "的有关规定向人民法院申请执行（{{ LAW }}第五十一条）。"
            ),
            *SIGNERS,
        ],
        "仲裁庭调解达成协议时制作，经双方当事人签收后发生法律效力（劳动争议调解仲裁法"
        "第四十二条）；不得以电话、短信等方式送达。",
    ),
    Template(
        "撤回仲裁申请决定书",
        ("arbitration",),
        [
            Title("撤回仲裁申请决定书"),
            *PARTIES,
            P(
                CASE + "，本委于{{ case.accepted_on|date_cn }}依法受理。"
                "审理过程中，申请人向本委申请撤回仲裁申请。"
            ),
            P("{{ texts.closure_reason }}"),
            P(
                "本委经审查认为，申请人撤回仲裁申请是其真实意思表示，且不违反法律规定，"
                "应予准许。依照{{ LAW }}第四十一条和{{ RULES }}的有关规定，决定如下："
            ),
            P("准许申请人{{ applicant.name }}撤回仲裁申请。"),
            P("本决定书送达后即发生法律效力。"),
            Signature(),
        ],
        "申请人在裁决前撤回仲裁申请，经审查准许时制作（劳动争议调解仲裁法第四十一条）。",
    ),
    Template(
        "按撤回处理决定书",
        ("arbitration",),
        [
            Title("按撤回处理决定书"),
            *PARTIES,
            P(CASE + "，本委于{{ case.accepted_on|date_cn }}依法受理。"),
            P("{{ texts.closure_reason }}"),
            P(
                "本委认为，申请人收到书面开庭通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭，"
                "依照{{ LAW }}第三十六条、{{ RULES }}第三十九条的规定，决定如下："
            ),
            P("本案按申请人{{ applicant.name }}撤回仲裁申请处理。"),
            P("本决定书送达后即发生法律效力。"),
            Signature(),
        ],
        "申请人收到书面开庭通知，无正当理由拒不到庭或者未经同意中途退庭时制作"
        "（劳动争议调解仲裁法第三十六条，办案规则第三十九条）。",
    ),
    Template(
        "撤销案件决定书",
        ("arbitration",),
        [
            Title("撤销案件决定书"),
            *PARTIES,
            P(CASE + "，本委于{{ case.accepted_on|date_cn }}受理。本委在审理过程中发现："),
            P("{{ texts.closure_reason }}"),
            P("本委认为，本案不应当受理。依照{{ RULES }}第三十二条的规定，决定如下："),
            P("撤销本案。"),
            P("本决定书送达后即发生法律效力。"),
            Signature(),
        ],
        "受理后发现不应当受理的，撤销案件，并自决定之日起五日内以决定书通知当事人"
        "（办案规则第三十二条）。",
    ),
    Template(
        "终止审理决定书",
        ("arbitration",),
        [
            Title("终止审理决定书"),
            *PARTIES,
            P(CASE + "，本委于{{ case.accepted_on|date_cn }}依法受理。"),
            P("{{ texts.closure_reason }}"),
            P(
                "本委认为，当事人因仲裁庭逾期未作出仲裁裁决，已就本案争议事项向人民法院"
                "提起诉讼并经人民法院立案受理。依照{{ LAW }}第四十三条、{{ RULES }}"
                "第四十八条的规定，决定如下："
            ),
            P("本案终止审理。"),
            P("本决定书送达后即发生法律效力。"),
            Signature(),
        ],
        "仲裁庭逾期未作出裁决，当事人起诉且人民法院已立案受理时终止审理（办案规则第四十八条）。",
    ),
    Template(
        "先予执行裁决书",
        ("arbitration",),
        [
            Title("先予执行裁决书"),
            *PARTIES,
            P(
                CASE + "，本委于{{ case.accepted_on|date_cn }}依法受理。" + TRIBUNAL + "。"
                "审理过程中，申请人向仲裁庭申请先予执行。"
            ),
            P(
                "仲裁庭经审查认为，本案系追索劳动报酬、工伤医疗费、经济补偿或者赔偿金的案件，"
                "当事人之间权利义务关系明确，不先予执行将严重影响申请人的生活，申请人的申请"
                "符合先予执行的条件。依照{{ LAW }}第四十四条的规定，裁决如下："
            ),
            Tag("{%p if texts.advance_execution %}"),
            P("{{ texts.advance_execution }}"),
            Tag("{%p else %}"),
            P(
                "被申请人{{ respondent.name }}于本裁决书送达之日起    日内先行支付申请人"
                "{{ applicant.name }}                        （人民币          元）。"
            ),
            Tag("{%p endif %}"),
            P(
                "本裁决书送达后即发生法律效力，被申请人应当按期履行。"
                "被申请人逾期不履行的，本委依法移送人民法院执行（{{ LAW }}第四十四条）。"
            ),
            *SIGNERS,
        ],
        "追索劳动报酬、工伤医疗费、经济补偿或者赔偿金的案件，依当事人申请裁决先予执行，"
        "移送人民法院执行（劳动争议调解仲裁法第四十四条）。",
    ),
    Template(
        "补正决定书",
        ("arbitration",),
        [
            Title("补正决定书"),
            *PARTIES,
            P(
                CASE + "，本委{% if case.closed_on %}于{{ case.closed_on|date_cn }}{% endif %}"
                "作出的{{ case.number }}"
                "{% if case.closure_mode == '调解' %}调解书{% else %}裁决书{% endif %}"
                "存在文字、计算错误或者遗漏已经裁决的事项。依照{{ RULES }}的有关规定，"
                "本委决定补正如下："
            ),
            P("{{ texts.correction }}"),
            P(
                "本决定书是原{% if case.closure_mode == '调解' %}调解书{% else %}裁决书"
                "{% endif %}的组成部分，与原{% if case.closure_mode == '调解' %}调解书"
                "{% else %}裁决书{% endif %}具有同等法律效力。"
            ),
            *SIGNERS,
        ],
        "裁决书、调解书中的文字、计算错误或者已裁决但遗漏的事项，以决定书补正并送达当事人。",
    ),
    Template(
        "开庭笔录",
        ("arbitration",),
        [
            Title("开庭笔录"),
            Plain("时间：{{ hearing.date|date_cn }}{{ hearing.starts_at|time_cn }}至    时    分"),
            Plain("地点：{{ hearing.room }}"),
            Plain("案由：{{ case.dispute_types }}争议"),
            Plain(
                "{% if tribunal.is_sole %}独任仲裁员：{{ tribunal.sole }}"
                "{% else %}首席仲裁员：{{ tribunal.presiding }}    "
                "仲裁员：{{ tribunal.members }}{% endif %}"
            ),
            Plain("书记员：{{ tribunal.clerk|default('') }}"),
            Plain("申请人：{{ applicant.name }}    到庭 □  未到庭 □"),
            Tag("{%p if applicant.legal_representative %}"),
            Plain("法定代表人：{{ applicant.legal_representative }}    到庭 □  未到庭 □"),
            Tag("{%p endif %}"),
            Tag("{%p for agent in applicant.agents %}"),
            Plain("委托代理人：{{ agent.name }}（{{ agent.role }}）    到庭 □  未到庭 □"),
            Tag("{%p endfor %}"),
            Plain("被申请人：{{ respondent.name }}    到庭 □  未到庭 □"),
            Tag("{%p if respondent.legal_representative %}"),
            Plain("法定代表人：{{ respondent.legal_representative }}    到庭 □  未到庭 □"),
            Tag("{%p endif %}"),
            Tag("{%p for agent in respondent.agents %}"),
            Plain("委托代理人：{{ agent.name }}（{{ agent.role }}）    到庭 □  未到庭 □"),
            Tag("{%p endfor %}"),
            Gap(),
            P("", bold_lead="一、庭前准备"),
            P("书记员查明当事人及其他仲裁参加人到庭情况，宣布仲裁庭纪律。"),
            Gap(2),
            P("", bold_lead="二、宣布开庭"),
            P(
                "核对当事人身份，宣布案由及仲裁庭组成人员、书记员，告知当事人的仲裁权利和义务，"
                "询问当事人是否申请回避。"
            ),
            Gap(2),
            P("", bold_lead="三、仲裁庭调查"),
            P("申请人陈述仲裁请求及事实和理由；被申请人答辩；仲裁庭归纳争议焦点。"),
            Gap(3),
            P("", bold_lead="四、举证、质证"),
            Gap(3),
            P("", bold_lead="五、仲裁庭辩论"),
            Gap(3),
            P("", bold_lead="六、当事人最后陈述"),
            Gap(2),
            P("", bold_lead="七、仲裁庭调解"),
            Gap(2),
            P("", bold_lead="八、闭庭"),
            Gap(),
            P(
                "以上笔录已由当事人阅读（已向当事人宣读）。当事人认为对自己陈述的记录有遗漏"
                "或者差错的，有权申请补正（{{ LAW }}第四十条）。"
            ),
            Gap(),
            Plain("申请人（签名）：                被申请人（签名）："),
            Gap(),
            Plain("仲裁员（签名）：                书记员（签名）："),
        ],
        "开庭时由书记员记录；笔录由仲裁员、记录人员、当事人和其他仲裁参加人签名或者盖章"
        "（劳动争议调解仲裁法第四十条）。",
    ),
    Template(
        "结案审批表",
        ("arbitration",),
        [
            Title("结案审批表", number=None),
            Table(
                [
                    ["案号", "{{ case.number }}", "案由", "{{ case.dispute_types }}争议"],
                    ["申请人", "{{ applicant.name }}", "被申请人", "{{ respondent.name }}"],
                    [
                        "收件日期",
                        "{{ case.received_on|date_cn }}",
                        "受理日期",
                        "{% if case.accepted_on %}{{ case.accepted_on|date_cn }}{% endif %}",
                    ],
                    [
                        "结案日期",
                        "{% if case.closed_on %}{{ case.closed_on|date_cn }}{% endif %}",
                        "受理至结案天数",
                        "{% if case.closed_on and case.accepted_on %}"
                        "{{ (case.closed_on - case.accepted_on).days }}日{% endif %}",
                    ],
                    [
                        "审理期限届满日",
                        "{% if deadlines.award %}{{ deadlines.award|date_cn }}{% endif %}",
                        "是否延长审限",
                        "{% if case.extended %}是（经主任批准）{% else %}否{% endif %}",
                    ],
                    [
                        "中止审理",
                        "{% if suspension.started_on %}{{ suspension.started_on|date_cn }}"
                        "至{% if suspension.ended_on %}{{ suspension.ended_on|date_cn }}"
                        "{% endif %}{% else %}无{% endif %}",
                        "适用程序",
                        "{% if tribunal.is_sole %}独任审理{% else %}仲裁庭审理{% endif %}",
                    ],
                    [
                        "结案方式",
                        "{{ case.closure_mode|default('') }}",
                        "是否终局裁决",
                        "{% if case.final_award %}终局裁决{% elif case.final_award == false %}"
                        "非终局裁决{% endif %}",
                    ],
                    [
                        "仲裁员",
                        "{{ tribunal.arbitrators|default('') }}",
                        "书记员",
                        "{{ tribunal.clerk|default('') }}",
                    ],
                    [
                        "裁决（调解）金额",
                        "{% if award_items %}{{ award_total|money }}元{% endif %}",
                        "承办人",
                        "{{ case.handler|default('') }}",
                    ],
                    ["承办人意见", OPINION],
                    ["仲裁院负责人意见", OPINION],
                    ["仲裁委员会审批意见", OPINION],
                ],
                widths=[34, 44, 34, 44],
                height=8,
            ),
        ],
        "结案前由承办人填写，按程序报批；审理天数含中止、公告送达等不计入审限的期间"
        "（办案规则第四十六条）。",
    ),
    Template(
        "案卷封面",
        ("arbitration",),
        [
            Title("劳动人事争议仲裁案卷", number=None),
            Table(
                [
                    ["案号", "{{ case.number }}"],
                    ["案由", "{{ case.dispute_types }}争议"],
                    ["申请人", "{{ applicant.name }}"],
                    ["被申请人", "{{ respondent.name }}"],
                    [
                        "收件日期",
                        "{{ case.received_on|date_cn }}",
                        "受理日期",
                        "{% if case.accepted_on %}{{ case.accepted_on|date_cn }}{% endif %}",
                    ],
                    [
                        "结案日期",
                        "{% if case.closed_on %}{{ case.closed_on|date_cn }}{% endif %}",
                        "结案方式",
                        "{{ case.closure_mode|default('') }}",
                    ],
                    ["仲裁员", "{{ tribunal.arbitrators|default('') }}"],
                    [
                        "书记员",
                        "{{ tribunal.clerk|default('') }}",
                        "承办人",
                        "{{ case.handler|default('') }}",
                    ],
                    ["卷别", "□ 正卷      □ 副卷"],
                    ["本卷", "共    册    第    册    共    页"],
                    ["保管期限", "", "归档日期", "      年    月    日"],
                    ["立卷人", "", "审核人", ""],
                ],
                widths=[34, 44, 34, 44],
                height=12,
            ),
        ],
        "归档时正卷、副卷各一份；保管期限：裁决结案的不少于十年，其他不少于五年"
        "（办案规则第二十四条）。",
    ),
    Template(
        "卷内目录",
        ("arbitration",),
        [
            Title("卷内目录"),
            Plain("卷别：□ 正卷    □ 副卷"),
            Table(
                [
                    ["序号", "文件名称", "日期", "页号", "备注"],
                    *[["", "", "", "", ""] for _ in range(16)],
                ],
                widths=[14, 80, 30, 16, 16],
                height=9,
            ),
        ],
        "立卷时填写，按卷内文件排列顺序逐件登记，正卷、副卷分别编制。",
    ),
]
