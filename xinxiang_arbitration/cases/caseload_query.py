"""What a caseload list asks for and gets back: the query (filters, search, order) and
plain rows and pages, never live ORM objects."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from xinxiang_arbitration.clocks.due import SOON_WORKING_DAYS
from xinxiang_arbitration.domain import CaseKind, CaseStatus

OPEN_STATUSES = (CaseStatus.RECEIVED, CaseStatus.ACCEPTED, CaseStatus.SUSPENDED)


class SortKey(enum.StrEnum):
    NUMBER = "number"  # 案号, in order of registration (the id): 第2号 before 第10号
    KIND = "kind"
    APPLICANT = "applicant"
    RESPONDENT = "respondent"
    STAGE = "stage"
    HANDLER = "handler"
    RECEIVED = "received"
    DEADLINE = "deadline"


class DateField(enum.StrEnum):
    RECEIVED = "received"  # 收件日期
    ACCEPTED = "accepted"  # 受理 / 立案日期


@dataclass(frozen=True)
class CaseloadQuery:
    """What the list shows. Empty ``kinds``/``statuses`` mean any."""

    handler_id: int | None = None  # 承办人; None: the whole office
    kinds: frozenset[CaseKind] = frozenset()
    statuses: frozenset[CaseStatus] = frozenset()
    open_only: bool = True  # 收件 / 已受理 / 中止 (not closed, not refused)
    date_field: DateField = DateField.RECEIVED
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str = ""
    sort: SortKey = SortKey.DEADLINE
    descending: bool = False


@dataclass(frozen=True)
class CaseloadRow:
    id: int
    number: str
    kind: str  # label: 调解 / 仲裁 / 监察
    applicant: str
    respondent: str
    stage: str  # label of the status
    handler: str | None
    received_on: dt.date
    deadline: dt.date | None  # the nearest running clock's due date
    clock: str | None  # its name, e.g. 仲裁审理期限
    working_days_left: int | None  # negative when overdue; None: no date
    stopped: bool = False  # 中止: the clock is not running

    @property
    def overdue(self) -> bool:
        return self.working_days_left is not None and self.working_days_left < 0

    @property
    def due_soon(self) -> bool:
        """Due today or within ``SOON_WORKING_DAYS`` working days (and not overdue)."""
        left = self.working_days_left
        return left is not None and 0 <= left <= SOON_WORKING_DAYS


@dataclass(frozen=True)
class IdPage:
    ids: list[int]
    deadline_exact: bool = True  # False: "deadline" order fell back to the clock's start date


@dataclass(frozen=True)
class CaseloadPage:
    """What a list needs to show a page: the total, the page's ids and their rows."""

    total: int
    offset: int
    ids: list[int]
    rows: list[CaseloadRow]
    deadline_exact: bool = True


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str
