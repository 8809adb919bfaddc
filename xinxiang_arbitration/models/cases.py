"""Cases of the three kinds, their dispute types, suspensions and event history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from xinxiang_arbitration.domain import CaseKind, ClosureMode, DisputeType
from xinxiang_arbitration.models.base import Base, enum_column, utcnow
from xinxiang_arbitration.models.people import Party, Staff
from xinxiang_arbitration.models.reference import MediationOrg


class Case(Base):
    """A mediation case, an arbitration case or an inspection complaint.

    The dates are the legal events (收件, 受理/立案, 结案); deadlines are computed
    from them and never stored.
    """

    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint("accepted_on IS NULL OR accepted_on >= received_on", name="accepted_order"),
        CheckConstraint("closed_on IS NULL OR closed_on >= received_on", name="closed_order"),
        CheckConstraint("(closed_on IS NULL) = (closure_mode IS NULL)", name="closure_pair"),
        CheckConstraint("headcount >= 1", name="headcount_positive"),
        CheckConstraint("claim_amount IS NULL OR claim_amount >= 0", name="amount_nonnegative"),
        Index("ix_cases_kind_received", "kind", "received_on"),
        Index("ix_cases_kind_accepted", "kind", "accepted_on"),
        # closures by date, and "still open at a date" (closed_on NULL) with acceptance ranges
        Index("ix_cases_kind_closed_accepted", "kind", "closed_on", "accepted_on"),
        Index("ix_cases_status_kind", "status", "kind"),  # covers counts by kind and status
        Index("ix_cases_handler", "handler_id"),
        Index("ix_cases_applicant", "applicant_id"),
        Index("ix_cases_respondent", "respondent_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(100), unique=True)  # 案号
    kind: Mapped[CaseKind] = mapped_column(enum_column(CaseKind, "case_kind"))
    status: Mapped[str] = mapped_column(String(20))  # a CaseStatus code
    applicant_id: Mapped[int] = mapped_column(ForeignKey("parties.id"))
    respondent_id: Mapped[int] = mapped_column(ForeignKey("parties.id"))
    headcount: Mapped[int] = mapped_column(Integer, default=1)  # 涉及人数
    claim_amount: Mapped[Decimal | None]  # 请求金额, yuan
    mediation_org_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_orgs.id"))
    received_on: Mapped[dt.date]  # 收件日期 / 登记
    accepted_on: Mapped[dt.date | None]  # 受理日期; 立案 for inspection complaints
    refused: Mapped[bool] = mapped_column(Boolean, default=False)  # 不予受理 / 不予立案
    extended: Mapped[bool] = mapped_column(Boolean, default=False)  # 延期 (approved extension)
    closed_on: Mapped[dt.date | None]  # 结案日期
    closure_mode: Mapped[ClosureMode | None] = mapped_column(
        enum_column(ClosureMode, "closure_mode")
    )
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # 承办人
    notes: Mapped[str | None] = mapped_column(Text)  # 备注
    # 一裁终局 (Law Art. 47) as confirmed by the arbitrator; None until decided
    final_award: Mapped[bool | None] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    applicant: Mapped[Party] = relationship(foreign_keys=[applicant_id])
    respondent: Mapped[Party] = relationship(foreign_keys=[respondent_id])
    mediation_org: Mapped[MediationOrg | None] = relationship()
    handler: Mapped[Staff | None] = relationship()
    dispute_types: Mapped[list[CaseDisputeType]] = relationship(
        order_by="CaseDisputeType.position", cascade="all, delete-orphan"
    )
    suspensions: Mapped[list[Suspension]] = relationship(
        order_by="Suspension.started_on", cascade="all, delete-orphan"
    )

    # optimistic locking: a stale save raises StaleDataError instead of overwriting
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CaseDisputeType(Base):
    """争议类型 of a case, in the order the ledger gave them."""

    __tablename__ = "case_dispute_types"
    __table_args__ = (Index("ix_case_dispute_types_type", "dispute_type"),)

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    dispute_type: Mapped[DisputeType] = mapped_column(enum_column(DisputeType, "dispute_type"))


class Suspension(Base):
    """中止: days that do not count toward the 45-day limit (the Rules Art. 46–47)."""

    __tablename__ = "suspensions"
    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="order"),
        Index("ix_suspensions_case", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    started_on: Mapped[dt.date]
    ended_on: Mapped[dt.date | None]
    reason: Mapped[str | None] = mapped_column(String(200))
    # 中止 (suspension) or 公告送达 (service by public notice): neither counts (Rules Art. 46)
    kind: Mapped[str] = mapped_column(String(20), default="suspension", server_default="suspension")
    approver: Mapped[str | None] = mapped_column(String(100))


class CaseLink(Base):
    """Two cases that belong together, e.g. a mediation case transferred to arbitration (转仲裁)."""

    __tablename__ = "case_links"
    __table_args__ = (
        Index("ix_case_links_source", "source_case_id"),
        Index("ix_case_links_target", "target_case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    target_case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ClaimItem(Base):
    """One claim of the applicant (仲裁请求), with its amount; drives the 一裁终局 suggestion."""

    __tablename__ = "claim_items"
    __table_args__ = (
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_nonnegative"),
        Index("ix_claim_items_case", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(SmallInteger)
    category: Mapped[str] = mapped_column(String(30))  # a ClaimCategory code
    description: Mapped[str] = mapped_column(String(500))
    amount: Mapped[Decimal | None]


class CaseEvent(Base):
    """One entry of a case's history: who, when, what, and what changed."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case", "case_id", "recorded_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    occurred_on: Mapped[dt.date | None]  # the legal date of the event, when it has one
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class AuditEntry(Base):
    """Office-wide audit log: who, when, what, before and after; append-only, hash-chained.

    ``id``, ``prev_hash`` and ``row_hash`` are filled in on insert by the chain
    listener in ``models/users.py``; see ``security/audit.py``.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    before_state: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after_state: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex
    row_hash: Mapped[str] = mapped_column(String(64))
