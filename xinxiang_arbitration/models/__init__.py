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
from xinxiang_arbitration.models.documents import (
    DocumentFile,
    DocumentTemplate,
    GeneratedDocument,
    OfficeSetting,
)
from xinxiang_arbitration.models.people import Party, Staff
from xinxiang_arbitration.models.proceedings import (
    AwardItem,
    CaseAgent,
    CaseText,
    Hearing,
    MediationSession,
    TribunalMember,
)
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
from xinxiang_arbitration.models.search import GramPosition, PartyNameGram
from xinxiang_arbitration.models.users import AuditChainHead, User, UserRole

__all__ = [
    "AppMeta",
    "AuditChainHead",
    "AuditEntry",
    "AwardItem",
    "Base",
    "CalendarDay",
    "CalendarYear",
    "Case",
    "CaseAgent",
    "CaseDisputeType",
    "CaseEvent",
    "CaseLink",
    "CaseNumberCounter",
    "CaseNumberPattern",
    "CaseText",
    "ClaimItem",
    "ClockSetting",
    "DocumentFile",
    "DocumentTemplate",
    "GeneratedDocument",
    "GramPosition",
    "Hearing",
    "IndicatorTarget",
    "MediationOrg",
    "MediationSession",
    "MinimumWage",
    "MonthClose",
    "OfficeSetting",
    "Party",
    "PartyNameGram",
    "Staff",
    "Suspension",
    "TribunalMember",
    "User",
    "UserRole",
]
