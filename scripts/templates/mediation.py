"""The mediation set (劳动争议调解仲裁法第二章; issued by the case's mediation organisation)."""

from __future__ import annotations

from arbitration import PARTIES
from layout import Center, Gap, P, Plain, Signature, Table, Tag, Template, Title

# The mediation organisation of the case; the commission when none is recorded.
ORG = "{{ case.mediation_org|default(office.name) }}"

# "申请人王芳芳与被申请人某公司劳动报酬争议一事"
MATTER = "申请人{{ applicant.name }}与被申请人{{ respondent.name }}{{ case.dispute_types }}争议一事"

TEMPLATES: list[Template] = [
    Template(
        "调解申请登记表",
        ("mediation",),
        [
            Title("劳动人事争议调解申请登记表", issuer=ORG, number=None),
            Table(
                [
                    ["登记编号", "{{ case.number }}", "登记日期", "{{ case.received_on|date_cn }}"],
                    ["申请方式", "□ 书面申请      □ 口头申请"],
                    ["申请人", "{{ applicant.name }}", "性别", "{{ applicant.sex|default('') }}"],
                    [
                        "{% if applicant.is_employer %}统一社会信用代码{% else %}公民身份号码"
                        "{% endif %}",
                        "{% if applicant.is_employer %}{{ applicant.credit_code|default('') }}"
                        "{% else %}{{ applicant.id_number|default('') }}{% endif %}",
                        "联系电话",
                        "{{ applicant.phone|default('') }}",
                    ],
                    ["住所", "{{ applicant.address|default('') }}"],
                    [
                        "被申请人",
                        "{{ respondent.name }}",
                        "联系电话",
                        "{{ respondent.phone|default('') }}",
                    ],
                    [
                        "法定代表人（主要负责人）",
                        "{{ respondent.legal_representative|default('') }}",
                        "职务",
                        "{{ respondent.legal_representative_title|default('') }}",
                    ],
                    ["住所", "{{ respondent.address|default('') }}"],
                    [
                        "争议类型",
                        "{{ case.dispute_types|default('') }}",
                        "涉及人数",
                        "{{ case.headcount }}人",
                    ],
                    [
                        "申请调解事项",
                        "{% for claim in claims %}{{ claim.no }}. {{ claim.text }}"
                        "{% if claim.amount %}（{{ claim.amount|money }}元）{% endif %}"
                        "{% if not loop.last %}；{% endif %}{% endfor %}",
                    ],
                    ["事实和理由", "{{ texts.facts|default('') }}"],
                    [
                        "调解组织",
                        "{{ case.mediation_org|default('') }}",
                        "承办调解员",
                        "{{ case.handler|default('') }}",
                    ],
                    [
                        "调解期满日",
                        "{% if deadlines.mediation %}{{ deadlines.mediation|date_cn }}{% endif %}",
                        "登记人",
                        "{{ user }}",
                    ],
                    ["申请人签名", "                          年    月    日"],
                    [
                        "说明",
                        "口头申请的，调解组织应当当场记录申请人基本情况、申请调解的争议事项、"
                        "理由和时间（{{ LAW }}第十二条）。自调解组织收到调解申请之日起十五日内"
                        "未达成调解协议的，当事人可以依法申请仲裁（{{ LAW }}第十四条）。",
                    ],
                ],
                widths=[36, 42, 36, 42],
            ),
        ],
        "收到调解申请时登记；口头申请的当场记录（劳动争议调解仲裁法第十二条）。",
    ),
    Template(
        "调解记录",
        ("mediation",),
        [
            Title("调解记录", issuer=ORG),
            Plain("申请人：{{ applicant.name }}"),
            Plain("被申请人：{{ respondent.name }}"),
            Plain("争议事项：{{ case.dispute_types|default('') }}"),
            Tag("{%p for s in sessions|required %}"),
            Gap(),
            Center("第{{ s.no }}次调解", bold=True),
            Plain(
                "时间：{{ s.date|date_cn }}{% if s.starts_at %}{{ s.starts_at|time_cn }}{% endif %}"
            ),
            Plain("地点：{{ s.place|default('') }}"),
            Plain("调解员：{{ s.mediator|default('') }}"),
            Plain("参加人员：{{ s.attendees|default('') }}"),
            Plain("调解情况及调解方案："),
            P("{{ s.proposals|default('') }}"),
            Plain("调解结果：{{ s.result }}"),
            Gap(),
            Plain("当事人（签名）："),
            Plain("调解员（签名）：                记录人（签名）："),
            Tag("{%p endfor %}"),
        ],
        "每次调解后记录时间、地点、参加人员、调解方案和结果，由当事人和调解员签名。",
    ),
    Template(
        "调解协议书",
        ("mediation",),
        [
            Title("调解协议书", issuer=ORG),
            *PARTIES,
            P(
                MATTER + "，申请人于{{ case.received_on|date_cn }}向本调解组织申请调解。"
                "经调解，双方当事人在平等自愿的基础上达成如下协议："
            ),
            Tag("{%p for item in award_items|required %}"),
            P(
                "{{ item.no }}. {{ item.text }}"
                "{% if item.amount %}{{ item.amount|money }}元"
                "（大写：{{ item.amount|money_words }}）{% endif %}"
                "{% if item.pay_within_days %}，于本协议生效之日起{{ item.pay_within_days }}日内"
                "履行完毕{% endif %}{% if loop.last %}。{% else %}；{% endif %}"
            ),
            Tag("{%p endfor %}"),
            Tag("{%p if texts.agreement %}"),
            P("{{ texts.agreement }}"),
            Tag("{%p endif %}"),
            P(
                "本协议书由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，"
                "对双方当事人具有约束力，当事人应当履行（{{ LAW }}第十四条）。"
            ),
            P(
                "达成调解协议后，一方当事人在协议约定期限内不履行调解协议的，另一方当事人"
                "可以依法申请仲裁（{{ LAW }}第十五条）。因支付拖欠劳动报酬、工伤医疗费、"
                "经济补偿或者赔偿金事项达成调解协议，用人单位在协议约定期限内不履行的，"
                "劳动者可以持调解协议书依法向人民法院申请支付令（{{ LAW }}第十六条）。"
            ),
            P("本协议书一式三份，双方当事人和调解组织各执一份。"),
            Gap(),
            Plain("申请人（签名或者盖章）："),
            Gap(),
            Plain("被申请人（签名或者盖章）："),
            Gap(),
            Plain("调解员（签名）："),
            Signature(issuer=ORG),
        ],
        "调解达成协议时制作，双方签名或者盖章，调解员签名并加盖调解组织印章后生效"
        "（劳动争议调解仲裁法第十四条）。",
    ),
    Template(
        "调解终止（不成）告知书",
        ("mediation",),
        [
            Title("调解终止告知书", issuer=ORG),
            Plain("{{ applicant.name }}、{{ respondent.name }}："),
            P(
                MATTER + "，本调解组织于{{ case.received_on|date_cn }}收到调解申请"
                "{% if sessions %}，并于{% for s in sessions %}{{ s.date|date_cn }}"
                "{% if not loop.last %}、{% endif %}{% endfor %}主持调解{% endif %}。"
                "因双方当事人未能达成调解协议，本调解组织决定终止调解。"
            ),
            P(
                "依照{{ LAW }}第十四条的规定，自调解组织收到调解申请之日起十五日内未达成"
                "调解协议的，当事人可以依法向劳动人事争议仲裁委员会申请仲裁。"
                "申请仲裁应当在{{ LAW }}第二十七条规定的仲裁时效期间内提出。"
            ),
            P("特此告知。"),
            Signature(issuer=ORG),
        ],
        "调解不成或者自收到调解申请之日起十五日内未达成协议时告知双方，当事人可以申请仲裁"
        "（劳动争议调解仲裁法第十四条）。",
    ),
]
