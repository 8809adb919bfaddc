"""SQLAlchemy models; importing this package registers every table on ``Base.metadata``."""

from xinxiang_arbitration.models.base import Base
from xinxiang_arbitration.models.cases import (
    AuditEntry,
    Case,
    CaseDisputeType,
    CaseEvent,
    CaseLink,
    ClaimItem,
    Suspension,
)
from xinxiang_arbitration.models.people import Party, Staff
from xinxiang_arbitration.models.reference import (
    AppMeta,
    CalendarDay,
    CalendarYear,
    CaseNumberCounter,
    CaseNumberPattern,
    ClockSetting,
    IndicatorTarget,
    MediationOrg,
    MinimumWage,
    MonthClose,
)

__all__ = [
    "AppMeta",
    "AuditEntry",
    "Base",
    "CalendarDay",
    "CalendarYear",
    "Case",
    "CaseDisputeType",
    "CaseEvent",
    "CaseLink",
    "CaseNumberCounter",
    "CaseNumberPattern",
    "ClaimItem",
    "ClockSetting",
    "IndicatorTarget",
    "MediationOrg",
    "MinimumWage",
    "MonthClose",
    "Party",
    "Staff",
    "Suspension",
]
