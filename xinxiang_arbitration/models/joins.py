"""The joins every case list needs: applicant, respondent and the person in charge."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import aliased

from xinxiang_arbitration.models import Case, Party, Staff

APPLICANT = aliased(Party)
RESPONDENT = aliased(Party)

S = TypeVar("S", bound=Select)  # type: ignore[type-arg]


def with_people(stmt: S) -> S:
    """Join the applicant and respondent (always there) and the handler (maybe not)."""
    return (
        stmt.join(APPLICANT, Case.applicant_id == APPLICANT.id)
        .join(RESPONDENT, Case.respondent_id == RESPONDENT.id)
        .outerjoin(Staff, Case.handler_id == Staff.id)
    )
