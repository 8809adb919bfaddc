"""The life of a case: the stages of each kind and the actions between them.

Each action here says what its stage allows and what it changes; ``cases.acting`` runs it:
who may do it (``permissions.require``), the stale check, the event and the audit entry
with the changed fields before and after, in one transaction. A refused action raises
``PermissionDenied`` or ``InvalidTransition`` with the reason in Chinese and changes
nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.cases.acting import (
    CaseState,
    act,
    audit_action,
    audit_fields,
    load_case,
    not_before,
    record_event,
    require_that,
    state_of,
)
from xinxiang_arbitration.cases.numbers import next_number
from xinxiang_arbitration.clocks.deadlines import EXCLUSION_KINDS
from xinxiang_arbitration.domain import (
    CLOSURE_MODES_BY_KIND,
    CaseKind,
    CaseStatus,
    ClosureMode,
    case_status,
)
from xinxiang_arbitration.errors import InvalidTransition
from xinxiang_arbitration.models import (
    Case,
    CaseDisputeType,
    CaseLink,
    Suspension,
)
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database

RESTART_REASONS = {  # the Rules Art. 46: the 45 days run again from these events
    "claim_changed": "仲裁请求增加或变更，自受理变更之日起重新计算",
    "counterclaim": "被申请人提出反申请并合并审理，自受理反申请之日起重新计算",
    "transferred_in": "案件移送管辖，自收到移送案件之日起计算",
    "material_completed": "申请材料补正，自收到补正材料之日起计算",
}
TRANSFERRED_TO_ARBITRATION = "transferred_to_arbitration"


def _last_resumed(case: Case) -> dt.date | None:
    ended = [s.ended_on for s in case.suspensions if s.ended_on is not None]
    return max(ended) if ended else None


def accept(
    db: Database,
    number: str,
    on: dt.date,
    *,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
) -> CaseState:
    """受理 (立案 for a complaint; 登记 for a mediation case)."""

    def apply(session: Session, case: Case) -> None:
        require_that(
            case.status == CaseStatus.RECEIVED,
            f"案件当前为“{case_status(case.status).label}”，不能受理",
        )
        not_before(on, case.received_on, "收件日期")
        case.accepted_on, case.status = on, CaseStatus.ACCEPTED.value

    return act(db, number, "accept", "case.accept", on, actor, apply, seen_event_id)


def refuse(
    db: Database,
    number: str,
    on: dt.date,
    *,
    reason: str,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
) -> CaseState:
    """不予受理 / 不予立案: the case never enters the accepted count."""

    def apply(session: Session, case: Case) -> dict[str, Any]:
        require_that(case.kind is not CaseKind.MEDIATION, "调解案件没有不予受理的决定")
        require_that(
            case.status == CaseStatus.RECEIVED,
            f"案件当前为“{case_status(case.status).label}”，不能不予受理",
        )
        require_that(bool(reason.strip()), "请写明不予受理的理由")
        not_before(on, case.received_on, "收件日期")
        case.refused, case.status = True, CaseStatus.REFUSED.value
        return {"reason": reason}

    return act(db, number, "refuse", "case.refuse", on, actor, apply, seen_event_id)


def suspend(
    db: Database,
    number: str,
    on: dt.date,
    *,
    reason: str,
    approver: str,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
    kind: str = "suspension",
) -> CaseState:
    """中止 (the Rules Art. 47) or 公告送达: the days do not count toward the limit."""

    def apply(session: Session, case: Case) -> dict[str, Any]:
        require_that(case.kind is CaseKind.ARBITRATION, "只有仲裁案件可以中止")
        require_that(kind in EXCLUSION_KINDS, f"未知的期间类型：{kind}")
        require_that(
            case.status == CaseStatus.ACCEPTED,
            f"案件当前为“{case_status(case.status).label}”，不能中止",
        )
        require_that(
            bool(approver.strip()), "中止须经仲裁委员会主任或其委托的仲裁院负责人批准，请填写批准人"
        )
        not_before(on, case.accepted_on, "受理日期")
        not_before(on, _last_resumed(case), "上一次恢复日期")
        case.suspensions.append(
            Suspension(started_on=on, reason=reason, kind=kind, approver=approver)
        )
        case.status = CaseStatus.SUSPENDED.value
        return {"reason": reason, "approver": approver, "kind": kind}

    return act(db, number, "suspend", "case.suspend", on, actor, apply, seen_event_id)


def resume(
    db: Database,
    number: str,
    on: dt.date,
    *,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
) -> CaseState:
    """恢复审理: the clock runs again."""

    def apply(session: Session, case: Case) -> None:
        require_that(case.status == CaseStatus.SUSPENDED, "案件没有中止，无需恢复")
        running = [s for s in case.suspensions if s.ended_on is None]
        require_that(bool(running), "案件没有中止，无需恢复")
        not_before(on, running[-1].started_on, "中止日期")
        running[-1].ended_on = on
        case.status = CaseStatus.ACCEPTED.value

    return act(db, number, "resume", "case.resume", on, actor, apply, seen_event_id)


def extend(
    db: Database,
    number: str,
    on: dt.date,
    *,
    approver: str,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
) -> CaseState:
    """延长审理期限 (+15 days, the Law Art. 43) or 延长办理期限 (+30 working days, 条例 Art. 17)."""

    def apply(session: Session, case: Case) -> dict[str, Any]:
        require_that(case.kind is not CaseKind.MEDIATION, "调解案件不能延长期限")
        require_that(
            case.status in (CaseStatus.ACCEPTED, CaseStatus.SUSPENDED),
            f"案件当前为“{case_status(case.status).label}”，不能延长期限",
        )
        require_that(not case.extended, "期限已经延长过一次，不能再次延长")
        require_that(bool(approver.strip()), "延长期限须经批准，请填写批准人")
        not_before(on, case.accepted_on, "受理日期")
        case.extended = True
        return {"approver": approver}

    return act(db, number, "extend", "case.extend", on, actor, apply, seen_event_id)


def restart_award_clock(
    db: Database,
    number: str,
    on: dt.date,
    *,
    reason: str,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
) -> CaseState:
    """The Rules Art. 46: a changed claim, a counter-claim, a transfer in or completed material."""

    def apply(session: Session, case: Case) -> dict[str, Any]:
        require_that(reason in RESTART_REASONS, f"未知的重新计算事由：{reason}")
        require_that(case.kind is CaseKind.ARBITRATION, "只有仲裁案件的审理期限可以重新计算")
        require_that(
            case.status in (CaseStatus.ACCEPTED, CaseStatus.SUSPENDED),
            f"案件当前为“{case_status(case.status).label}”，不能重新计算审理期限",
        )
        not_before(on, case.accepted_on, "受理日期")
        return {"reason": reason, "explanation": RESTART_REASONS[reason]}

    return act(db, number, "clock_restart", "case.restart_clock", on, actor, apply, seen_event_id)


def close(
    db: Database,
    number: str,
    on: dt.date,
    *,
    mode: ClosureMode,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
) -> CaseState:
    """结案 with a mode of the case's kind."""

    def apply(session: Session, case: Case) -> dict[str, Any]:
        allowed = CLOSURE_MODES_BY_KIND[case.kind]
        require_that(
            mode in allowed,
            f"{case.kind.label}案件没有“{mode.label}”的结案方式，"
            f"应为 {'、'.join(m.label for m in allowed)}",
        )
        if case.status == CaseStatus.SUSPENDED:
            raise InvalidTransition("案件中止中，须先恢复审理才能结案")
        if case.kind is CaseKind.MEDIATION:
            require_that(case.status in (CaseStatus.RECEIVED, CaseStatus.ACCEPTED), "案件已结案")
            not_before(on, case.received_on, "收件日期")
        else:
            require_that(
                case.status == CaseStatus.ACCEPTED,
                f"案件当前为“{case_status(case.status).label}”，未受理的案件不能结案",
            )
            not_before(on, case.accepted_on, "受理日期")
        not_before(on, _last_resumed(case), "恢复审理日期")
        case.closed_on, case.closure_mode, case.status = on, mode, CaseStatus.CLOSED.value
        return {"mode": mode.value}

    return act(db, number, "close", "case.close", on, actor, apply, seen_event_id)


def confirm_final_award(
    db: Database,
    number: str,
    final: bool,
    *,
    on: dt.date,
    actor: SignedIn | str,
    seen_event_id: int | None = None,
) -> CaseState:
    """The arbitrator's decision on 一裁终局 (the app only suggests it)."""

    def apply(session: Session, case: Case) -> dict[str, Any]:
        require_that(case.kind is CaseKind.ARBITRATION, "只有仲裁案件有一裁终局")
        case.final_award = final
        return {"final_award": final}

    return act(db, number, "final_award", "case.final_award", on, actor, apply, seen_event_id)


def transfer_to_arbitration(
    db: Database, number: str, on: dt.date, *, actor: SignedIn | str
) -> CaseState:
    """转仲裁 (the Law Art. 14): a new arbitration case pre-filled from the mediation case.

    The mediation case is closed as 调解不成 if it is still open; both are linked.
    """
    with db.transaction() as session:
        name = require(session, actor, "case.transfer", subject=number)
        mediation = load_case(session, number)
        fields = audit_fields(mediation)
        require_that(mediation.kind is CaseKind.MEDIATION, "只有调解案件可以转仲裁")
        require_that(mediation.closure_mode is not ClosureMode.AGREEMENT, "调解已成功，不能转仲裁")
        require_that(
            mediation.closure_mode is not ClosureMode.WITHDRAWN, "调解申请已撤回，不能转仲裁"
        )
        linked = session.scalar(
            select(CaseLink.id).where(
                CaseLink.source_case_id == mediation.id,
                CaseLink.relation == TRANSFERRED_TO_ARBITRATION,
            )
        )
        require_that(linked is None, "该调解案件已经转过仲裁")
        not_before(on, mediation.received_on, "调解收件日期")
        if mediation.status != CaseStatus.CLOSED:
            before = mediation.status
            mediation.closed_on, mediation.closure_mode = on, ClosureMode.NO_AGREEMENT
            mediation.status = CaseStatus.CLOSED.value
            record_event(
                session,
                mediation,
                "close",
                on,
                name,
                before,
                {"mode": ClosureMode.NO_AGREEMENT.value},
            )
        arbitration = Case(
            number=next_number(session, CaseKind.ARBITRATION.value, on.year),
            kind=CaseKind.ARBITRATION,
            status=CaseStatus.RECEIVED.value,
            applicant_id=mediation.applicant_id,
            respondent_id=mediation.respondent_id,
            headcount=mediation.headcount,
            claim_amount=mediation.claim_amount,
            received_on=on,
            handler_id=None,
            notes=f"由调解案件 {mediation.number} 转入",
            dispute_types=[
                CaseDisputeType(position=d.position, dispute_type=d.dispute_type)
                for d in mediation.dispute_types
            ],
        )
        session.add(arbitration)
        session.flush()
        session.add(
            CaseLink(
                source_case_id=mediation.id,
                target_case_id=arbitration.id,
                relation=TRANSFERRED_TO_ARBITRATION,
            )
        )
        record_event(session, arbitration, "create", on, name, "", {"from": mediation.number})
        record_event(
            session, mediation, "transfer", on, name, mediation.status, {"to": arbitration.number}
        )
        audit_action(
            session, actor, "case.transfer", mediation, on, fields, {"to": arbitration.number}
        )
        return state_of(arbitration)


def linked_cases(db: Database, number: str) -> list[tuple[str, str]]:
    """(relation seen from this case, other case's number), both directions."""
    with db.transaction() as session:
        case = load_case(session, number)
        out: list[tuple[str, str]] = []
        for link in session.scalars(
            select(CaseLink).where(
                (CaseLink.source_case_id == case.id) | (CaseLink.target_case_id == case.id)
            )
        ):
            outgoing = link.source_case_id == case.id
            other = session.get_one(Case, link.target_case_id if outgoing else link.source_case_id)
            out.append(("转入仲裁" if outgoing else "由调解转入", other.number))
        return out
