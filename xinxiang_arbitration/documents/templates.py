"""Document templates: the shipped ones and the office's, versioned.

Shipped templates live in ``resources/templates/``; the first time the database is
used for documents each is copied in as version 1 (origin ``shipped``). An office's
template is a new version of the same name (or a new name); the newest imported version
is the active one, and every version stays, so a document made earlier still names
the exact template it came from (see ``making``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass

from docx import Document
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from xinxiang_arbitration.documents.engine import check_template
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import DocumentTemplate
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


def active_template(session: Session, name: str) -> DocumentTemplate:
    """The active version of ``name``; refused, naming the templates there are, if none."""
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
            return active_template(session, name).content
        content = session.scalar(
            select(DocumentTemplate.content).where(
                DocumentTemplate.name == name, DocumentTemplate.version == version
            )
        )
        if content is None:
            raise InvalidInput(f"模板《{name}》没有第 {version} 版")
        return content
