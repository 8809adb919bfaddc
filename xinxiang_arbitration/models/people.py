"""Parties to cases and the office's own staff."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from xinxiang_arbitration.domain import PartyKind
from xinxiang_arbitration.models.base import Base, enum_column, utcnow


class Party(Base):
    """当事人: a worker (with an optional resident ID) or an employer (optional credit code)."""

    __tablename__ = "parties"
    __table_args__ = (
        Index("ix_parties_name", "name"),
        Index("ix_parties_id_number", "id_number"),
        Index("ix_parties_credit_code", "credit_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PartyKind] = mapped_column(enum_column(PartyKind, "party_kind"))
    name: Mapped[str] = mapped_column(String(200))
    id_number: Mapped[str | None] = mapped_column(String(18))  # 居民身份证号 (GB 11643)
    credit_code: Mapped[str | None] = mapped_column(String(18))  # 统一社会信用代码 (GB 32100)
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(50))
    sex: Mapped[str | None] = mapped_column(String(2))  # 男 / 女 (workers)
    birth_date: Mapped[dt.date | None]
    legal_representative: Mapped[str | None] = mapped_column(String(100))  # 法定代表人 (employers)
    legal_representative_title: Mapped[str | None] = mapped_column(String(50))  # 职务
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Staff(Base):
    """承办人: a mediator, arbitrator, clerk or inspector of the office.

    Sign-in, passwords and roles come with the shared-office work; a ledger
    import creates staff by name.
    """

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
