"""Document templates (versioned) and the documents generated from them, kept with their case.

The bytes of both live in the database, not in a folder: on the shared server every PC
must see every case's documents, and one backup then holds everything.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from xinxiang_arbitration.models.base import Base, utcnow


class OfficeSetting(Base):
    """A named office setting used in documents (委员会名称, 地址, 电话…)."""

    __tablename__ = "office_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DocumentTemplate(Base):
    """One version of a template; a new import adds a version, the old ones stay."""

    __tablename__ = "document_templates"
    __table_args__ = (UniqueConstraint("name", "version", name="uq_document_templates_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))  # file stem, e.g. 开庭通知书
    version: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(20))  # shipped / office
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100))


class GeneratedDocument(Base):
    """A document made for a case: which template version, who, when, and its SHA-256."""

    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    template_id: Mapped[int] = mapped_column(ForeignKey("document_templates.id"))
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    made_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    made_by: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)


class DocumentFile(Base):
    """The bytes of a generated document, apart so that listing documents never loads them."""

    __tablename__ = "document_files"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes] = mapped_column(LargeBinary)
