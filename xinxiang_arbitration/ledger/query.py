"""Cases as ledger rows, read from the database in id order and in pages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.domain import DisputeType
from xinxiang_arbitration.ledger.rows import LedgerRow
from xinxiang_arbitration.models import (
    Case,
    CaseDisputeType,
    MediationOrg,
    Staff,
    Suspension,
)
from xinxiang_arbitration.models.joins import APPLICANT, RESPONDENT, with_people

PAGE = 5_000


@dataclass
class StoredRow:
    case_id: int
    row: LedgerRow
    suspensions: int  # how many the case has; the ledger carries only the latest


# Every ledger column that lives on the case or one join away, in id order.
_CASES = with_people(
    select(
        Case.id,
        Case.number,
        Case.kind,
        APPLICANT.name,
        APPLICANT.id_number,
        RESPONDENT.name,
        RESPONDENT.credit_code,
        Case.headcount,
        Case.claim_amount,
        MediationOrg.name,
        Case.received_on,
        Case.accepted_on,
        Case.refused,
        Case.extended,
        Case.closed_on,
        Case.closure_mode,
        Staff.name,
        Case.notes,
    )
    .outerjoin(MediationOrg, Case.mediation_org_id == MediationOrg.id)
    .order_by(Case.id)
)


def _details(
    session: Session, ids: Sequence[int]
) -> tuple[dict[int, list[DisputeType]], dict[int, list[Suspension]]]:
    lo, hi = ids[0], ids[-1]
    disputes: dict[int, list[DisputeType]] = defaultdict(list)
    for case_id, dispute in session.execute(
        select(CaseDisputeType.case_id, CaseDisputeType.dispute_type)
        .where(CaseDisputeType.case_id.between(lo, hi))
        .order_by(CaseDisputeType.case_id, CaseDisputeType.position)
    ):
        disputes[case_id].append(dispute)
    suspensions: dict[int, list[Suspension]] = defaultdict(list)
    for s in session.scalars(
        select(Suspension)
        .where(Suspension.case_id.between(lo, hi), Suspension.kind == "suspension")
        .order_by(Suspension.case_id, Suspension.started_on, Suspension.id)
    ):
        suspensions[s.case_id].append(s)
    return disputes, suspensions


def stored_rows(session: Session, case_ids: Sequence[int] | None = None) -> Iterator[StoredRow]:
    """Every case (or the given ones) as a ledger row, paged by id (keyset)."""
    last_id = 0
    wanted = sorted(case_ids) if case_ids is not None else None
    while True:
        stmt = _CASES.where(Case.id > last_id).limit(PAGE)
        if wanted is not None:
            page_ids = [i for i in wanted if i > last_id][:PAGE]
            if not page_ids:
                return
            stmt = _CASES.where(Case.id.in_(page_ids))
        page: Sequence[Any] = session.execute(stmt).all()
        if not page:
            return
        ids = [r[0] for r in page]
        disputes, suspensions = _details(session, ids)
        for r in page:
            latest = suspensions[r[0]][-1] if suspensions[r[0]] else None
            row = LedgerRow(
                number=r[1],
                kind=r[2],
                applicant=r[3],
                applicant_id_number=r[4],
                respondent=r[5],
                credit_code=r[6],
                dispute_types=tuple(disputes[r[0]]),
                headcount=r[7],
                claim_amount=r[8],
                mediation_org=r[9],
                received_on=r[10],
                accepted_on=r[11],
                refused=r[12],
                suspended_on=latest.started_on if latest else None,
                resumed_on=latest.ended_on if latest else None,
                extended=r[13],
                closed_on=r[14],
                closure_mode=r[15],
                handler=r[16],
                notes=r[17],
            )
            yield StoredRow(case_id=r[0], row=row, suspensions=len(suspensions[r[0]]))
        last_id = ids[-1]
