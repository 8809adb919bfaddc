"""Making case documents from the active templates, and the documents a case keeps.

A document is filled from one case (or one per case, in a batch) with the active
version of a template (``templates``) and stored in the database with its case (see
models/documents.py for why not in a folder), with the template version it came from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.deadlines import Settings
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.documents.context import case_context
from xinxiang_arbitration.documents.engine import render
from xinxiang_arbitration.documents.templates import active_template
from xinxiang_arbitration.errors import CaseNotFound, InvalidInput
from xinxiang_arbitration.models import (
    Case,
    CaseEvent,
    DocumentFile,
    DocumentTemplate,
    GeneratedDocument,
    Hearing,
)
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor, require
from xinxiang_arbitration.storage.db import Database


@dataclass(frozen=True)
class MadeDocument:
    id: int
    case_number: str
    title: str
    file_name: str
    template: str
    template_version: int
    sha256: str
    made_at: dt.datetime
    made_by: str
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class StoredDocument:
    id: int
    title: str
    file_name: str
    template: str
    template_version: int
    sha256: str
    size: int
    made_at: dt.datetime
    made_by: str


def _file_name(case_number: str, title: str) -> str:
    safe = re.sub(r"[\\/:*?\"<>|\s]+", "", case_number)
    return f"{safe}-{title}.docx"


def _make_one(
    session: Session,
    case: Case,
    template: DocumentTemplate,
    *,
    actor: str,
    audit_as: str,
    today: dt.date,
    context_extras: Callable[[Session], tuple[WorkCalendar, Settings]],
) -> MadeDocument:
    cal, settings = context_extras(session)
    context = case_context(
        session,
        case,
        cal=cal,
        settings=settings,
        today=today,
        user=actor,
    )
    content = render(template.name, template.content, context)
    digest = hashlib.sha256(content).hexdigest()
    row = GeneratedDocument(
        case_id=case.id,
        template_id=template.id,
        title=template.name,
        file_name=_file_name(case.number, template.name),
        sha256=digest,
        size=len(content),
        made_by=actor,
    )
    session.add(row)
    session.flush()
    session.add(DocumentFile(document_id=row.id, content=content))
    session.add(
        CaseEvent(
            case_id=case.id,
            actor=actor,
            action="document",
            occurred_on=today,
            changes={
                "template": template.name,
                "version": template.version,
                "sha256": digest,
            },
        )
    )
    made = {"template": template.name, "version": template.version, "sha256": digest}
    audit.append(
        session, audit_as, "document.make", {"case": case.number, "document": row.id, **made}
    )
    return MadeDocument(
        row.id,
        case.number,
        row.title,
        row.file_name,
        template.name,
        template.version,
        digest,
        row.made_at,
        actor,
        content,
    )


def _case(session: Session, number: str) -> Case:
    case = session.scalars(select(Case).where(Case.number == number)).first()
    if case is None:
        raise CaseNotFound(number)
    return case


def _calendar_loader() -> Callable[[Session], tuple[WorkCalendar, Settings]]:
    cached: list[tuple[WorkCalendar, Settings]] = []

    def load(session: Session) -> tuple[WorkCalendar, Settings]:
        if not cached:
            cached.append((load_calendar(session), load_clock_settings(session)))
        return cached[0]

    return load


def make_document(
    db: Database,
    number: str,
    template: str,
    *,
    actor: SignedIn | str,
    today: dt.date | None = None,
) -> MadeDocument:
    """Fill ``template`` from case ``number`` and keep the result with the case."""
    with db.transaction() as session:
        who = require(session, actor, "document.make", subject=number)
        row = active_template(session, template)
        case = _case(session, number)
        return _make_one(
            session,
            case,
            row,
            actor=who,
            audit_as=audit_actor(actor),
            today=today or dt.date.today(),
            context_extras=_calendar_loader(),
        )


@dataclass
class BatchResult:
    made: list[MadeDocument] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (case number, reason)
    cancelled: bool = False


def make_batch(
    db: Database,
    numbers: Sequence[str],
    template: str,
    *,
    actor: SignedIn | str,
    today: dt.date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> BatchResult:
    """One document per case, each saved on its own; ``progress(done, total)`` returning
    False cancels before the next case (the documents already made stay made). A
    ``PermissionDenied`` (checked for each case, as roles may change meanwhile) ends the
    batch."""
    result = BatchResult()
    loader = _calendar_loader()
    day = today or dt.date.today()
    for done, number in enumerate(numbers):
        if progress is not None and not progress(done, len(numbers)):
            result.cancelled = True
            break
        try:
            with db.transaction() as session:
                who = require(session, actor, "document.make", subject=number)
                row = active_template(session, template)
                case = _case(session, number)
                result.made.append(
                    _make_one(
                        session,
                        case,
                        row,
                        actor=who,
                        audit_as=audit_actor(actor),
                        today=day,
                        context_extras=loader,
                    )
                )
        except (InvalidInput, CaseNotFound) as exc:
            result.failed.append((number, str(exc)))
    else:
        if progress is not None:
            progress(len(numbers), len(numbers))
    return result


def cases_with_hearings(db: Database, start: dt.date, end: dt.date) -> list[str]:
    """Case numbers with a scheduled hearing from ``start`` to ``end`` (inclusive), by date."""
    with db.transaction() as session:
        return list(
            session.scalars(
                select(Case.number)
                .join(Hearing, Hearing.case_id == Case.id)
                .where(
                    Hearing.status == "scheduled",
                    Hearing.held_on >= start,
                    Hearing.held_on <= end,
                )
                .group_by(Case.number)
                .order_by(func.min(Hearing.held_on), Case.number)
            )
        )


def case_documents(db: Database, number: str) -> list[StoredDocument]:
    with db.transaction() as session:
        case = _case(session, number)
        rows = session.execute(
            select(GeneratedDocument, DocumentTemplate.name, DocumentTemplate.version)
            .join(DocumentTemplate, DocumentTemplate.id == GeneratedDocument.template_id)
            .where(GeneratedDocument.case_id == case.id)
            .order_by(GeneratedDocument.made_at, GeneratedDocument.id)
        ).all()
        return [
            StoredDocument(
                d.id, d.title, d.file_name, name, version, d.sha256, d.size, d.made_at, d.made_by
            )
            for d, name, version in rows
        ]


def document_content(db: Database, document_id: int) -> bytes:
    """The stored bytes, checked against the SHA-256 recorded when it was made."""
    with db.transaction() as session:
        found = session.execute(
            select(DocumentFile.content, GeneratedDocument.sha256)
            .join(GeneratedDocument, GeneratedDocument.id == DocumentFile.document_id)
            .where(DocumentFile.document_id == document_id)
        ).first()
    if found is None:
        raise InvalidInput(f"没有编号为 {document_id} 的文书")
    content, digest = found
    if hashlib.sha256(content).hexdigest() != digest:
        raise InvalidInput(f"文书 {document_id} 的内容与制作时记录的校验值不符，可能已被改动")
    return bytes(content)
