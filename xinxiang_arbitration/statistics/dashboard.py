"""The supervisor's dashboard (统计看板): what it shows, gathered in one call off the GUI thread.

Nothing is counted here: the indicators come from ``statistics.indicators``, the
trend from ``breakdowns.by_month``, the caseload movement from the monthly
report's own conditions (``monthly``) and the overdue cases from ``due``. This
module only chooses the periods, picks the months of the trend and groups the
overdue cases by person. ``case_list`` turns the case numbers of a drill-down
(``statistics.indicator_case_numbers``) into rows a list can show.

What the dashboard shows needs ``stats.view``: ``load_dashboard`` and ``period_figures``
check it (``permissions.require``) before counting; the drill-down lists of cases read
the caseload and are not checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from xinxiang_arbitration.clocks.due import overdue_cases
from xinxiang_arbitration.errors import CalendarNotCovered
from xinxiang_arbitration.models import Case, Staff
from xinxiang_arbitration.models.joins import APPLICANT, RESPONDENT, with_people
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.statistics.breakdowns import by_month
from xinxiang_arbitration.statistics.indicators import (
    Indicator,
    Period,
    count_indicators,
    period_subject,
)
from xinxiang_arbitration.statistics.monthly import (
    _CASELOAD_TERMS,
    Caseload,
    _arbitration_conditions,
    _count,
)
from xinxiang_arbitration.storage.db import Database

INDICATOR_IDS = (27, 28, 29)
TREND_MONTHS = 12
UNASSIGNED = "未分配"
NUMBERS_PER_QUERY = 500  # case numbers per IN (...) list: well inside every driver's limit


@dataclass(frozen=True)
class PeriodFigures:
    """Indicators 27–29 and the arbitration caseload movement of one period."""

    period: Period
    indicators: tuple[Indicator, ...]  # 27, 28, 29 in that order
    caseload: Caseload  # 上期未结 / 本期受理 / 本期结案 / 期末未结

    def indicator(self, indicator_id: int) -> Indicator:
        return self.indicators[INDICATOR_IDS.index(indicator_id)]

    @property
    def empty(self) -> bool:
        """No indicator has anything to count: every rate is "—"."""
        return all(i.denominator == 0 for i in self.indicators)


@dataclass(frozen=True)
class TrendMonth:
    """One month of the trend: the numerators and denominators of 27, 28, 29."""

    year: int
    month: int
    numerators: tuple[int, int, int]
    denominators: tuple[int, int, int]

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def rate(self, indicator_id: int) -> Decimal | None:
        """The exact percentage (unrounded), None when the denominator is 0."""
        at = INDICATOR_IDS.index(indicator_id)
        if self.denominators[at] == 0:
            return None
        return Decimal(self.numerators[at]) * 100 / Decimal(self.denominators[at])


@dataclass(frozen=True)
class PersonOverdue:
    """承办人 and the cases with a clock past its due date (逾期) today."""

    person: str
    case_numbers: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.case_numbers)


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    month: PeriodFigures  # 本月: the first of the month to today
    year_to_date: PeriodFigures  # 本年至今: 1 January to today
    chosen: PeriodFigures | None  # 自定义 (None when no other period was asked for)
    trend: tuple[TrendMonth, ...]  # the 12 months ending with today's month, oldest first
    targets: dict[int, Decimal]
    overdue: tuple[PersonOverdue, ...]  # most overdue cases first
    overdue_note: str | None  # why there is no overdue list, when there is none


@dataclass(frozen=True)
class CaseListRow:
    """One case of a drill-down list."""

    id: int
    number: str
    kind: str  # 调解 / 仲裁 / 监察
    applicant: str
    respondent: str
    handler: str | None
    received_on: dt.date
    accepted_on: dt.date | None
    closed_on: dt.date | None
    closure_mode: str | None  # label, e.g. 裁决


def this_month(today: dt.date) -> Period:
    """本月: the first of today's month to today."""
    return Period(today.replace(day=1), today)


def year_to_date(today: dt.date) -> Period:
    """本年至今: 1 January to today."""
    return Period(today.replace(month=1, day=1), today)


def caseload(db: Database, period: Period) -> Caseload:
    """The arbitration caseload movement of any period, counted as the monthly report counts it
    (its own conditions, so the dashboard and the printed report cannot disagree)."""
    conditions = _arbitration_conditions(period.start, period.end)
    with db.transaction() as session:
        return Caseload(*(_count(session, conditions[term]) for term in _CASELOAD_TERMS))


def _period_figures(db: Database, period: Period) -> PeriodFigures:
    return PeriodFigures(period, tuple(count_indicators(db, period)), caseload(db, period))


def period_figures(db: Database, period: Period, *, actor: SignedIn | str) -> PeriodFigures:
    """The indicators and the caseload movement of one period (needs ``stats.view``)."""
    require(db, actor, "stats.view", subject=period_subject(period))
    return _period_figures(db, period)


def trend_months(today: dt.date) -> list[tuple[int, int]]:
    """(year, month) of the 12 months ending with today's month, oldest first."""
    index = today.year * 12 + today.month - 1
    return [divmod(i, 12) for i in range(index - TREND_MONTHS + 1, index + 1)]


def trend(db: Database, today: dt.date) -> tuple[TrendMonth, ...]:
    """The rolling 12 months of indicators 27–29, taken from ``breakdowns.by_month``."""
    wanted = [(year, month + 1) for year, month in trend_months(today)]
    # by_month gives the twelve months of this year and of the one before: every month wanted
    # (and some not: months after today count nothing, and cost a few index seeks each)
    rows = {(r.year, r.month): r for r in by_month(db, today.year)}
    return tuple(
        TrendMonth(y, m, rows[(y, m)].numerators, rows[(y, m)].denominators) for y, m in wanted
    )


def overdue_by_person(db: Database, today: dt.date) -> tuple[tuple[PersonOverdue, ...], str | None]:
    """Overdue cases (any kind, any clock) per 承办人, a case once however many clocks ran out.

    When the holiday calendar lacks a year the clocks need, no list and a note saying why.
    """
    try:
        found = overdue_cases(db, today)
    except CalendarNotCovered as exc:
        return (), f"未统计逾期案件：{exc.message}"
    cases: dict[str, set[str]] = {}
    for c in found:
        cases.setdefault(c.handler or UNASSIGNED, set()).add(c.item.case_number)
    people = [PersonOverdue(name, tuple(sorted(numbers))) for name, numbers in cases.items()]
    people.sort(key=lambda p: (-p.count, p.person == UNASSIGNED, p.person))
    return tuple(people), None


def load_dashboard(
    db: Database, today: dt.date, chosen: Period | None = None, *, actor: SignedIn | str
) -> Dashboard:
    """Everything the dashboard shows: three periods, the trend and the overdue counts.

    Needs ``stats.view`` (``permissions.require``)."""
    require(db, actor, "stats.view", subject=today.isoformat())
    month = _period_figures(db, this_month(today))
    overdue, note = overdue_by_person(db, today)
    return Dashboard(
        today=today,
        month=month,
        year_to_date=_period_figures(db, year_to_date(today)),
        chosen=None if chosen is None else _period_figures(db, chosen),
        trend=trend(db, today),
        targets={i.id: i.target for i in month.indicators},
        overdue=overdue,
        overdue_note=note,
    )


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for at in range(0, len(items), size):
        yield items[at : at + size]


def case_list(db: Database, case_numbers: Sequence[str]) -> list[CaseListRow]:
    """The rows of the cases behind a figure, in the order of ``case_numbers``.

    Numbers of cases deleted since the list was made are left out.
    """
    stmt = with_people(
        select(
            Case.id,
            Case.number,
            Case.kind,
            APPLICANT.name,
            RESPONDENT.name,
            Staff.name,
            Case.received_on,
            Case.accepted_on,
            Case.closed_on,
            Case.closure_mode,
        )
    )
    found: dict[str, CaseListRow] = {}
    with db.transaction() as session:
        for chunk in _chunks(list(dict.fromkeys(case_numbers)), NUMBERS_PER_QUERY):
            for r in session.execute(stmt.where(Case.number.in_(list(chunk)))):
                found[r[1]] = CaseListRow(
                    id=r[0],
                    number=r[1],
                    kind=r[2].label,
                    applicant=r[3],
                    respondent=r[4],
                    handler=r[5],
                    received_on=r[6],
                    accepted_on=r[7],
                    closed_on=r[8],
                    closure_mode=None if r[9] is None else r[9].label,
                )
    return [found[n] for n in dict.fromkeys(case_numbers) if n in found]
