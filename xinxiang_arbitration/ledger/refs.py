"""The parties, staff and mediation organisations the rows of a ledger import refer to.

Found by name (and ID number or credit code) in the database, or created, in bulk:
``importing`` resolves every row's references before it writes a case.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xinxiang_arbitration.domain import PartyKind
from xinxiang_arbitration.ledger.rows import LedgerRow
from xinxiang_arbitration.models import MediationOrg, Party, Staff
from xinxiang_arbitration.models.base import utcnow
from xinxiang_arbitration.storage.bulk import chunked, insert_many, reserve_ids


class Refs:
    """Finds or creates the parties, staff and mediation organisations rows refer to."""

    def __init__(self, session: Session, rows: Sequence[LedgerRow]) -> None:
        self.session = session
        self.new_orgs: list[str] = []
        self.staff = self._names(Staff, {r.handler for r in rows if r.handler})
        self.orgs = self._names(MediationOrg, {r.mediation_org for r in rows if r.mediation_org})
        self.people: dict[tuple[str, str | None], int] = {}
        self.employers: dict[tuple[str, str | None], int] = {}
        self._load_parties(rows)
        self._pending_parties: list[dict[str, Any]] = []

    def _names(self, model: type[Staff] | type[MediationOrg], names: set[str]) -> dict[str, int]:
        known: dict[str, int] = {}
        for batch in chunked(sorted(names), 1_000):
            for obj_id, name in self.session.execute(
                select(model.id, model.name).where(model.name.in_(batch))
            ):
                known[name] = obj_id
        for name in sorted(names - known.keys()):
            obj = model(name=name)
            self.session.add(obj)
            self.session.flush()
            known[name] = obj.id
            if model is MediationOrg:
                self.new_orgs.append(name)
        return known

    def _load_parties(self, rows: Sequence[LedgerRow]) -> None:
        ids = sorted({r.applicant_id_number for r in rows if r.applicant_id_number})
        for batch in chunked(ids, 1_000):
            for pid, name, id_number in self.session.execute(
                select(Party.id, Party.name, Party.id_number).where(
                    Party.kind == PartyKind.PERSON, Party.id_number.in_(batch)
                )
            ):
                self.people.setdefault((name, id_number), pid)
        names = sorted({r.respondent for r in rows})
        for batch in chunked(names, 1_000):
            for pid, name, code in self.session.execute(
                select(Party.id, Party.name, Party.credit_code).where(
                    Party.kind == PartyKind.ORGANISATION, Party.name.in_(batch)
                )
            ):
                self.employers.setdefault((name, code), pid)

    def resolve_parties(
        self, rows: Sequence[LedgerRow], keep: Sequence[tuple[int | None, int | None]] = ()
    ) -> list[tuple[int, int]]:
        """(applicant id, respondent id) per row; new parties get ids and are inserted.

        ``keep`` gives, per row, party ids to reuse as they are (an updated case
        whose applicant or employer did not change keeps its party).
        """
        keep = list(keep) or [(None, None)] * len(rows)
        new: list[dict[str, Any]] = []
        now = utcnow()
        need = sum(
            (
                a is None
                and (
                    r.applicant_id_number is None
                    or (r.applicant, r.applicant_id_number) not in self.people
                )
            )
            + (e is None and (r.respondent, r.credit_code) not in self.employers)
            for r, (a, e) in zip(rows, keep, strict=True)
        )
        pending = iter(reserve_ids(self.session, Party.__table__, need))  # type: ignore[arg-type]
        pairs: list[tuple[int, int]] = []
        for r, (kept_applicant, kept_employer) in zip(rows, keep, strict=True):
            pkey = (r.applicant, r.applicant_id_number)
            if kept_applicant is not None:
                applicant = kept_applicant
            elif r.applicant_id_number is not None and pkey in self.people:
                applicant = self.people[pkey]
            else:
                applicant = next(pending)
                new.append(
                    _party_row(
                        applicant,
                        PartyKind.PERSON,
                        r.applicant,
                        now,
                        id_number=r.applicant_id_number,
                    )
                )
                if r.applicant_id_number is not None:
                    self.people[pkey] = applicant
            ekey = (r.respondent, r.credit_code)
            if kept_employer is not None:
                employer = kept_employer
            else:
                if ekey not in self.employers:
                    self.employers[ekey] = next(pending)
                    new.append(
                        _party_row(
                            self.employers[ekey],
                            PartyKind.ORGANISATION,
                            r.respondent,
                            now,
                            credit_code=r.credit_code,
                        )
                    )
                employer = self.employers[ekey]
            pairs.append((applicant, employer))
        insert_many(self.session, Party.__table__, new)  # type: ignore[arg-type]
        return pairs


def _party_row(
    pid: int,
    kind: PartyKind,
    name: str,
    now: Any,
    id_number: str | None = None,
    credit_code: str | None = None,
) -> dict[str, Any]:
    return {
        "id": pid,
        "kind": kind,
        "name": name,
        "id_number": id_number,
        "credit_code": credit_code,
        "address": None,
        "phone": None,
        "created_at": now,
    }
