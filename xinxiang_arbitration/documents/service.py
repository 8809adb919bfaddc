"""Case documents: the templates (shipped and the office's, versioned) and making documents.

Shipped templates live in ``resources/templates/``; the first time the database is
used for documents each is copied in as version 1 (origin ``shipped``). An office's
template is a new version of the same name (or a new name); the newest imported version
is the active one, and every version stays, so a document made earlier still names
the exact template it came from. Generated documents are stored in the database with
their case (see models/documents.py for why not in a folder).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from docx import Document
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.deadlines import Settings
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.documents.context import case_context
from xinxiang_arbitration.documents.engine import check_template, render
from xinxiang_arbitration.errors import CaseNotFound, InvalidInput
from xinxiang_arbitration.models import (
    Case,
    CaseEvent,
    DocumentFile,
    DocumentTemplate,
    GeneratedDocument,
    Hearing,
)
from xinxiang_arbitration.resources import resource_path
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor, require
from xinxiang_arbitration.storage.db import Database

SYSTEM = "系统"
_NAME_OK = re.compile(r"^[^\\/:*?\"<>|]{1,60}$")


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    version: int
    origin: str  # shipped / office
    active: bool
    kinds: tuple[str, ...]  # case kinds it is for; empty: every kind
    sha256: str
    created_at: dt.datetime
    created_by: str

    @property
    def origin_label(self) -> str:
        return "随软件提供" if self.origin == "shipped" else "本委导入"


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


def _kinds(content: bytes) -> tuple[str, ...]:
    """The case kinds a template declares in its document properties (类别), if any."""
    category = Document(io.BytesIO(content)).core_properties.category or ""
    return tuple(k.strip() for k in category.split(",") if k.strip())


def _info(row: DocumentTemplate) -> TemplateInfo:
    return TemplateInfo(
        row.name,
        row.version,
        row.origin,
        row.active,
        _kinds(row.content),
        row.sha256,
        row.created_at,
        row.created_by,
    )


def shipped_template_files() -> list[tuple[str, bytes]]:
    folder = resource_path("templates")
    return [(p.stem, p.read_bytes()) for p in sorted(folder.glob("*.docx"))]


def sync_shipped(session: Session) -> None:
    """Copy in shipped templates the database lacks, or a changed one still in use."""
    active = {
        row.name: row
        for row in session.scalars(select(DocumentTemplate).where(DocumentTemplate.active))
    }
    latest = dict(
        session.execute(
            select(DocumentTemplate.name, func.max(DocumentTemplate.version)).group_by(
                DocumentTemplate.name
            )
        ).all()
    )
    for name, content in shipped_template_files():
        digest = hashlib.sha256(content).hexdigest()
        current = active.get(name)
        if name in latest and (current is None or current.origin != "shipped"):
            continue  # the office chose its own version (or retired ours): keep its choice
        if current is not None and current.sha256 == digest:
            continue
        if current is not None:
            current.active = False
        session.add(
            DocumentTemplate(
                name=name,
                version=latest.get(name, 0) + 1,
                origin="shipped",
                active=True,
                sha256=digest,
                content=content,
                created_by=SYSTEM,
            )
        )
    session.flush()


def list_templates(db: Database, *, kind: str | None = None) -> list[TemplateInfo]:
    """The active version of every template (for ``kind`` only, when given)."""
    with db.transaction() as session:
        sync_shipped(session)
        rows = session.scalars(
            select(DocumentTemplate).where(DocumentTemplate.active).order_by(DocumentTemplate.name)
        ).all()
        found = [_info(r) for r in rows]
    return [t for t in found if kind is None or not t.kinds or kind in t.kinds]


def template_versions(db: Database, name: str) -> list[TemplateInfo]:
    with db.transaction() as session:
        sync_shipped(session)
        rows = session.scalars(
            select(DocumentTemplate)
            .where(DocumentTemplate.name == name)
            .order_by(DocumentTemplate.version)
        ).all()
        if not rows:
            raise InvalidInput(f"没有名为《{name}》的模板")
        return [_info(r) for r in rows]


def _active(session: Session, name: str) -> DocumentTemplate:
    sync_shipped(session)
    row = session.scalars(
        select(DocumentTemplate).where(DocumentTemplate.name == name, DocumentTemplate.active)
    ).first()
    if row is None:
        known = session.scalars(
            select(DocumentTemplate.name).where(DocumentTemplate.active).order_by("name")
        ).all()
        raise InvalidInput(f"没有名为《{name}》的模板（现有：{'、'.join(known)}）")
    return row


def import_template(
    db: Database, name: str, content: bytes, *, actor: SignedIn | str
) -> TemplateInfo:
    """Add ``content`` as the newest, active version of ``name``; refused with every problem."""
    if not _NAME_OK.match(name):
        raise InvalidInput(
            f'模板名称不能为空，不能超过 60 个字，不能含有 \\ / : * ? " < > |：{name}'
        )
    problems = check_template(content)
    if problems:
        raise InvalidInput(f"模板《{name}》不能使用：\n" + "\n".join(f"· {p}" for p in problems))
    digest = hashlib.sha256(content).hexdigest()
    with db.transaction() as session:
        who = require(session, actor, "template.import", subject=name)
        sync_shipped(session)
        latest = session.scalar(
            select(func.max(DocumentTemplate.version)).where(DocumentTemplate.name == name)
        )
        session.execute(
            update(DocumentTemplate).where(DocumentTemplate.name == name).values(active=False)
        )
        row = DocumentTemplate(
            name=name,
            version=(latest or 0) + 1,
            origin="office",
            active=True,
            sha256=digest,
            content=content,
            created_by=who,
        )
        session.add(row)
        session.flush()
        audit.append(
            session,
            audit_actor(actor),
            "template_import",
            {"name": name, "version": row.version, "sha256": digest},
        )
        return _info(row)


def restore_template(
    db: Database, name: str, version: int, *, actor: SignedIn | str
) -> TemplateInfo:
    """Make an earlier version the active one again (nothing is deleted)."""
    with db.transaction() as session:
        require(session, actor, "template.import", subject=name)
        sync_shipped(session)
        row = session.scalars(
            select(DocumentTemplate).where(
                DocumentTemplate.name == name, DocumentTemplate.version == version
            )
        ).first()
        if row is None:
            raise InvalidInput(f"模板《{name}》没有第 {version} 版")
        session.execute(
            update(DocumentTemplate).where(DocumentTemplate.name == name).values(active=False)
        )
        row.active = True
        session.flush()
        audit.append(
            session, audit_actor(actor), "template_restore", {"name": name, "version": version}
        )
        return _info(row)


def template_content(db: Database, name: str, version: int | None = None) -> bytes:
    with db.transaction() as session:
        if version is None:
            return _active(session, name).content
        content = session.scalar(
            select(DocumentTemplate.content).where(
                DocumentTemplate.name == name, DocumentTemplate.version == version
            )
        )
        if content is None:
            raise InvalidInput(f"模板《{name}》没有第 {version} 版")
        return content


# --- making documents ---------------------------------------------------------------


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
        row = _active(session, template)
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
                row = _active(session, template)
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
