"""Cases with everything documents print: one of each kind, made through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from xinxiang_arbitration import proceedings as pr
from xinxiang_arbitration.cases import life as life
from xinxiang_arbitration.cases.final_award import ClaimCategory
from xinxiang_arbitration.cases.intake import ClaimInput, NewCase, create_case
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.models import Staff
from xinxiang_arbitration.proceedings import materials as cm
from xinxiang_arbitration.storage.db import Database

D = dt.date
STAFF = ("孙晶", "姚瑶", "田博", "王芳", "李明")


@dataclass(frozen=True)
class DocCases:
    arbitration: str
    mediation: str
    inspection: str

    def of_kind(self, kind: str) -> str:
        return {
            "arbitration": self.arbitration,
            "mediation": self.mediation,
            "inspection": self.inspection,
        }[kind]


def make_doc_cases(db: Database, *, final_award: bool = False) -> DocCases:
    with db.transaction() as s:
        s.add_all(Staff(name=n) for n in STAFF)
    arb = create_case(
        db,
        NewCase(
            kind=CaseKind.ARBITRATION,
            applicant="张伟",
            respondent="新乡市红旗机械有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=D(2026, 11, 2),
            applicant_id_number="11010519491231002X",
            handler="王芳",
            claims=[
                ClaimInput(
                    ClaimCategory.REMUNERATION, "支付2026年7月至9月工资", Decimal("12345.60")
                ),
                ClaimInput(ClaimCategory.COMPENSATION, "支付解除劳动合同经济补偿", Decimal("8000")),
            ],
        ),
        actor="王芳",
    ).number
    life.accept(db, arb, D(2026, 11, 4), actor="王芳")
    pr.set_tribunal(
        db,
        arb,
        appointed_on=D(2026, 11, 6),
        actor="王芳",
        presiding="孙晶",
        members=["姚瑶", "田博"],
        clerk="李明",
    )
    pr.schedule_hearing(
        db,
        arb,
        on=D(2026, 12, 3),
        starts_at=dt.time(9, 30),
        ends_at=dt.time(11, 0),
        room="第一仲裁庭",
        actor="王芳",
        today=D(2026, 11, 20),
    )
    cm.set_party_details(
        db,
        arb,
        "applicant",
        actor="王芳",
        sex="女",
        birth_date=D(1949, 12, 31),
        address="新乡市红旗区平原路1号",
    )
    cm.set_party_details(
        db,
        arb,
        "respondent",
        actor="王芳",
        address="新乡市牧野区东明大道8号",
        legal_representative="赵强",
        legal_representative_title="总经理",
    )
    cm.add_agent(
        db,
        arb,
        side="respondent",
        name="钱律",
        role="律师",
        organisation="河南牧野律师事务所",
        actor="王芳",
    )
    for name, body in {
        "facts": "申请人于2024年3月入职被申请人处，被申请人拖欠工资。",
        "defence": "被申请人认为已足额支付工资。",
        "findings": "被申请人未支付申请人2026年7月至9月工资。",
        "reasons": "用人单位应当按时足额支付劳动报酬。",
        "refusal_reason": "申请人的请求不属于劳动人事争议。",
        "closure_reason": "申请人于开庭前书面申请撤回仲裁申请。",
        "correction": "申请人身份证复印件；证据目录。",
        "materials": "仲裁申请书一份；身份证复印件一份。",
        "postponement_reason": "被申请人有正当理由申请延期。",
        "record": "（庭审记录）",
        "agreement": "双方自愿达成协议。",
    }.items():
        cm.set_text(db, arb, name, body, actor="王芳")
    cm.set_award_items(
        db,
        arb,
        [
            cm.AwardItemInput("被申请人支付申请人2026年7月至9月工资", Decimal("12345.60"), 15),
            cm.AwardItemInput("驳回申请人的其他仲裁请求"),
        ],
        actor="王芳",
    )
    life.suspend(db, arb, D(2026, 11, 10), reason="等待工伤认定结论", approver="主任", actor="王芳")
    life.resume(db, arb, D(2026, 11, 12), actor="王芳")
    life.confirm_final_award(db, arb, final_award, on=D(2026, 11, 20), actor="王芳")

    med = create_case(
        db,
        NewCase(
            kind=CaseKind.MEDIATION,
            applicant="王芳芳",
            respondent="新乡市卫滨商贸有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=D(2026, 11, 9),
            mediation_org="仲裁院调解中心",
            handler="王芳",
            claims=[ClaimInput(ClaimCategory.REMUNERATION, "支付加班费", Decimal("3000"))],
        ),
        actor="王芳",
    ).number
    pr.log_mediation_session(
        db,
        med,
        on=D(2026, 11, 12),
        starts_at=dt.time(14, 0),
        place="调解室",
        mediator="王芳",
        attendees="双方当事人",
        proposals="分两期支付",
        result="agreement",
        actor="王芳",
    )
    cm.set_award_items(
        db, med, [cm.AwardItemInput("支付加班费", Decimal("2500"), 10)], actor="王芳"
    )
    cm.set_text(db, med, "agreement", "双方确认劳动关系于2026年10月解除。", actor="王芳")

    ins = create_case(
        db,
        NewCase(
            kind=CaseKind.INSPECTION,
            applicant="刘洋",
            respondent="新乡市凤泉建筑工程有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=D(2026, 11, 3),
            handler="李明",
        ),
        actor="李明",
    ).number
    life.accept(db, ins, D(2026, 11, 5), actor="李明")
    cm.set_text(db, ins, "violation", "拖欠十二名劳动者工资共计人民币十万元。", actor="李明")
    cm.set_text(db, ins, "rectification", "于2026年12月5日前足额支付。", actor="李明")
    return DocCases(arb, med, ins)
