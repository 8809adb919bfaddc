"""Importing the case ledger (shared/domain/ledger-format.md), all or nothing.

Every row is checked, then checked against the database, and only then written, in
one transaction: new cases are inserted in bulk, and with ``update`` the existing
cases whose row differs are rewritten (each change recorded as a case event).
``exporting`` writes the same columns, so export → import into an empty database →
export gives the same rows.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.cases.numbers import raise_counters
from xinxiang_arbitration.errors import ImportRejected, RowProblem
from xinxiang_arbitration.inputs.files import check_suffix
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.ledger.query import stored_rows
from xinxiang_arbitration.ledger.reading import read_ledger
from xinxiang_arbitration.ledger.refs import Refs
from xinxiang_arbitration.ledger.rows import LedgerRow
from xinxiang_arbitration.models import Case, CaseDisputeType, CaseEvent, Suspension
from xinxiang_arbitration.models.base import utcnow
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor, require
from xinxiang_arbitration.storage.bulk import chunked, insert_many, reserve_ids
from xinxiang_arbitration.storage.db import Database

DEFAULT_ACTOR = "台账导入"


@dataclass
class ImportResult:
    file_name: str
    sha256: str
    rows: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _existing_cases(session: Session, numbers: Sequence[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for batch in chunked(numbers, 1_000):
        for case_id, number, kind in session.execute(
            select(Case.id, Case.number, Case.kind).where(Case.number.in_(batch))
        ):
            found[number] = (case_id, kind)
    return found


def _changes(before: LedgerRow, after: LedgerRow) -> dict[str, list[Any]]:
    """Field → [before, after] for what differs, in JSON-friendly form."""
    out: dict[str, list[Any]] = {}
    for f in dataclasses.fields(LedgerRow):
        old, new = getattr(before, f.name), getattr(after, f.name)
        if old != new:
            out[f.name] = [_jsonable(old), _jsonable(new)]
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return [str(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


def import_ledger(
    db: Database, path: Path, *, update: bool = False, actor: SignedIn | str = DEFAULT_ACTOR
) -> ImportResult:
    """Check the whole file, then write it in one transaction; raise ``ImportRejected`` if not.

    Needs ``ledger.import`` (``permissions.require``)."""
    check_suffix(path)
    read = read_ledger(path)
    result = ImportResult(
        file_name=path.name, sha256="", rows=len(read.rows), warnings=read.warnings
    )
    result.sha256 = _sha256(path)
    with db.transaction() as session:
        who = require(session, actor, "ledger.import", subject=path.name)
        existing = _existing_cases(session, [r.number for _, r in read.rows])
        problems: list[RowProblem] = []
        for n, r in read.rows:
            if r.number not in existing:
                continue
            if not update:
                problems.append(
                    RowProblem(
                        n, col.NUMBER, f"案号已存在（{r.number}）；如需更新已有案件请加 --update"
                    )
                )
            elif existing[r.number][1] != r.kind:
                problems.append(RowProblem(n, col.KIND, f"不能更改已有案件的类型（{r.number}）"))
        if problems:
            raise ImportRejected(problems)
        rows = [r for _, r in read.rows]
        refs = Refs(session, rows)
        new_rows = [r for r in rows if r.number not in existing]
        _insert_cases(session, refs, new_rows, who, path.name)
        result.created = len(new_rows)
        changed = _update_cases(
            session, refs, [r for r in rows if r.number in existing], existing, who, path.name
        )
        result.updated = changed
        result.unchanged = len(rows) - len(new_rows) - changed
        raise_counters(session, ((str(r.kind.value), r.number) for r in new_rows))
        result.warnings += [f"新增调解组织：{name}" for name in refs.new_orgs]
        session.flush()
        audit.append(
            session,
            audit_actor(actor),
            "ledger-import",
            {
                "file": path.name,
                "sha256": result.sha256,
                "rows": result.rows,
                "created": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
            },
        )
    return result


def _case_values(refs: Refs, r: LedgerRow, applicant: int, respondent: int) -> dict[str, Any]:
    return {
        "number": r.number,
        "kind": r.kind,
        "status": r.status.value,
        "applicant_id": applicant,
        "respondent_id": respondent,
        "headcount": r.headcount,
        "claim_amount": r.claim_amount,
        "mediation_org_id": refs.orgs[r.mediation_org] if r.mediation_org else None,
        "received_on": r.received_on,
        "accepted_on": r.accepted_on,
        "refused": r.refused,
        "extended": r.extended,
        "closed_on": r.closed_on,
        "closure_mode": r.closure_mode,
        "handler_id": refs.staff[r.handler] if r.handler else None,
        "notes": r.notes,
    }


def _insert_cases(
    session: Session, refs: Refs, rows: Sequence[LedgerRow], actor: str, file_name: str
) -> None:
    if not rows:
        return
    parties = refs.resolve_parties(rows)
    case_ids = reserve_ids(session, Case.__table__, len(rows))  # type: ignore[arg-type]
    now = utcnow()
    cases, disputes, suspensions, events = [], [], [], []
    for case_id, r, (applicant, respondent) in zip(case_ids, rows, parties, strict=True):
        values = _case_values(refs, r, applicant, respondent)
        values.update(id=case_id, created_at=now, updated_at=now, version=1)
        cases.append(values)
        disputes += [
            {"case_id": case_id, "position": i, "dispute_type": d}
            for i, d in enumerate(r.dispute_types)
        ]
        if r.suspended_on is not None:
            suspensions.append(
                {
                    "case_id": case_id,
                    "started_on": r.suspended_on,
                    "ended_on": r.resumed_on,
                    "reason": None,
                }
            )
        events.append(
            {
                "case_id": case_id,
                "recorded_at": now,
                "actor": actor,
                "action": "ledger-import",
                "occurred_on": r.received_on,
                "from_status": None,
                "to_status": r.status.value,
                "changes": {"file": file_name},
            }
        )
    insert_many(session, Case.__table__, cases)  # type: ignore[arg-type]
    insert_many(session, CaseDisputeType.__table__, disputes)  # type: ignore[arg-type]
    insert_many(session, Suspension.__table__, suspensions)  # type: ignore[arg-type]
    insert_many(session, CaseEvent.__table__, events)  # type: ignore[arg-type]


def _update_cases(
    session: Session,
    refs: Refs,
    rows: Sequence[LedgerRow],
    existing: dict[str, tuple[int, str]],
    actor: str,
    file_name: str,
) -> int:
    """Rewrite the cases whose row differs from what is stored; return how many."""
    if not rows:
        return 0
    stored = {
        s.row.number: s.row for s in stored_rows(session, [existing[r.number][0] for r in rows])
    }
    changed_rows = [r for r in rows if stored[r.number] != r]
    cases = [session.get_one(Case, existing[r.number][0]) for r in changed_rows]
    keep = [
        _unchanged_parties(case, stored[r.number], r)
        for case, r in zip(cases, changed_rows, strict=True)
    ]
    parties = refs.resolve_parties(changed_rows, keep)
    for case, r, (applicant, respondent) in zip(cases, changed_rows, parties, strict=True):
        before = stored[r.number]
        old_status = case.status
        for key, value in _case_values(refs, r, applicant, respondent).items():
            setattr(case, key, value)
        case.dispute_types = [
            CaseDisputeType(position=i, dispute_type=d) for i, d in enumerate(r.dispute_types)
        ]
        session.flush()  # replace the dispute rows before their primary keys are reused
        _replace_latest_suspension(case, r)
        session.add(
            CaseEvent(
                case_id=case.id,
                actor=actor,
                action="ledger-update",
                from_status=old_status,
                to_status=r.status.value,
                changes={"file": file_name, "fields": _changes(before, r)},
            )
        )
    session.flush()
    return len(changed_rows)


def _unchanged_parties(
    case: Case, before: LedgerRow, after: LedgerRow
) -> tuple[int | None, int | None]:
    same_applicant = (before.applicant, before.applicant_id_number) == (
        after.applicant,
        after.applicant_id_number,
    )
    same_employer = (before.respondent, before.credit_code) == (after.respondent, after.credit_code)
    return (
        case.applicant_id if same_applicant else None,
        case.respondent_id if same_employer else None,
    )


def _replace_latest_suspension(case: Case, r: LedgerRow) -> None:
    """The ledger carries one suspension: it stands for the case's latest; earlier ones stay."""
    suspensions = [s for s in case.suspensions if s.kind == "suspension"]  # not 公告送达
    latest = suspensions[-1] if suspensions else None
    if r.suspended_on is None:
        if latest is not None:
            case.suspensions.remove(latest)
    elif latest is None:
        case.suspensions.append(Suspension(started_on=r.suspended_on, ended_on=r.resumed_on))
    else:
        latest.started_on, latest.ended_on = r.suspended_on, r.resumed_on
