"""Reference data that rules depend on: kept as data so an administrator can edit it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from xinxiang_arbitration.models.base import Base, utcnow


class AppMeta(Base):
    """Key/value facts about the database itself; marks the file as ours."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class MediationOrg(Base):
    """调解组织: a mediation organisation a mediation case belongs to."""

    __tablename__ = "mediation_orgs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    category: Mapped[str | None] = mapped_column(String(50))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CaseNumberPattern(Base):
    """案号 pattern per case kind, e.g. ``新劳人仲案字〔{year}〕第{n}号``."""

    __tablename__ = "case_number_patterns"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    pattern: Mapped[str] = mapped_column(String(100))


class CaseNumberCounter(Base):
    """The last number handed out per kind and year (``n`` restarts each year)."""

    __tablename__ = "case_number_counters"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_n: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorTarget(Base):
    """Targets of the city plan's indicators 27–29 (rate must be strictly greater)."""

    __tablename__ = "indicator_targets"
    __table_args__ = (CheckConstraint("target >= 0 AND target <= 100", name="target_range"),)

    indicator_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(100))
    target: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CalendarYear(Base):
    """A year the holiday calendar covers; questions about other years are errors."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CalendarDay(Base):
    """A day off the Monday–Friday rule: a holiday, or a make-up working day (调休)."""

    __tablename__ = "calendar_days"

    day: Mapped[dt.date] = mapped_column(primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(50))


class ClockSetting(Base):
    """How one statutory clock is counted: working days or calendar days rolled forward."""

    __tablename__ = "clock_settings"
    __table_args__ = (
        CheckConstraint("rule IN ('working_days', 'calendar_days')", name="rule_known"),
    )

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    rule: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class MinimumWage(Base):
    """月最低工资标准 per region tier and start date (豫政 notices); data an administrator edits."""

    __tablename__ = "minimum_wages"
    __table_args__ = (CheckConstraint("monthly > 0", name="monthly_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(String(100))  # e.g. 河南省一类行政区域
    monthly: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    effective_from: Mapped[dt.date]
    source: Mapped[str] = mapped_column(String(200))


class MonthClose(Base):
    """A closed month (月度结账): its figures frozen, with who closed it and when."""

    __tablename__ = "month_closes"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    closed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_by: Mapped[str] = mapped_column(String(100))
    # {"indicators": [...as in `stats`...], "members": {"27/numerator": [case numbers], ...}}
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
