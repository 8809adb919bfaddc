"""What happens inside a case besides its status: agents, the tribunal, hearings,
mediation sessions, award items and the free texts documents are made from."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from xinxiang_arbitration.models.base import Base, utcnow


class CaseAgent(Base):
    """委托代理人 / 法定代理人 of one side of a case."""

    __tablename__ = "case_agents"
    __table_args__ = (
        CheckConstraint("side IN ('applicant', 'respondent')", name="side_known"),
        Index("ix_case_agents_case_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    side: Mapped[str] = mapped_column(String(20))  # applicant / respondent
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(40))  # e.g. 律师, 公民代理, 员工, 法定代理人
    organisation: Mapped[str | None] = mapped_column(String(200))  # e.g. the law firm
    phone: Mapped[str | None] = mapped_column(String(50))


class TribunalMember(Base):
    """A seat on a case's 仲裁庭: presiding (首席) or member arbitrator, sole (独任) or clerk."""

    __tablename__ = "tribunal_members"
    __table_args__ = (
        CheckConstraint("seat IN ('presiding', 'member', 'sole', 'clerk')", name="seat_known"),
        Index("ix_tribunal_members_case_id", "case_id"),
        Index("ix_tribunal_members_staff_id", "staff_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    seat: Mapped[str] = mapped_column(String(20))
    appointed_on: Mapped[dt.date]


class Hearing(Base):
    """开庭: a date with local wall-clock times (the office has one time zone) and a room."""

    __tablename__ = "hearings"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint(
            "status IN ('scheduled', 'held', 'postponed', 'cancelled')", name="status_known"
        ),
        Index("ix_hearings_held_on", "held_on"),
        Index("ix_hearings_case_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    held_on: Mapped[dt.date]
    starts_at: Mapped[dt.time]
    ends_at: Mapped[dt.time]
    room: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    notice_served_on: Mapped[dt.date | None]  # 开庭通知送达日期 (the 5-day rule runs from it)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class MediationSession(Base):
    """调解记录: one mediation session of a case."""

    __tablename__ = "mediation_sessions"
    __table_args__ = (Index("ix_mediation_sessions_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    held_on: Mapped[dt.date]
    starts_at: Mapped[dt.time | None]
    place: Mapped[str | None] = mapped_column(String(200))
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    attendees: Mapped[str | None] = mapped_column(Text)
    proposals: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str] = mapped_column(String(20))  # continue / agreement / failed
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AwardItem(Base):
    """One numbered item of an award's or mediation agreement's operative part (裁决/调解事项)."""

    __tablename__ = "award_items"
    __table_args__ = (Index("ix_award_items_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(SmallInteger)
    text: Mapped[str] = mapped_column(Text)  # e.g. 被申请人支付申请人2026年3月工资
    amount: Mapped[Decimal | None]
    pay_within_days: Mapped[int | None] = mapped_column(SmallInteger)


class CaseText(Base):
    """A named free text of a case (事实与理由, 答辩意见, 查明事实, 裁决理由, 不予受理理由…)."""

    __tablename__ = "case_texts"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
