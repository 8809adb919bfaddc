"""Whether a month is closed (月度结账), and what has changed since, for a screen to show.

``month_status`` answers without building the whole report (a month picker asks it
as the user moves); ``write_pdf_with_status`` counts the month's figures once and
gives both the printed report and its status.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.statistics.indicators import Indicator, month_period
from xinxiang_arbitration.statistics.month_close import closed_month
from xinxiang_arbitration.statistics.monthly import MonthlyFigures, _from_json, monthly_figures
from xinxiang_arbitration.storage.db import Database


@dataclass(frozen=True)
class FigureChange:
    """One indicator whose frozen figure differs from what today's data give."""

    frozen: Indicator  # as closed and printed
    current: Indicator  # today's


@dataclass(frozen=True)
class MonthStatus:
    """A month open or closed; when closed, who closed it, when, and what has moved since."""

    month: str  # YYYY-MM
    closed_by: str | None = None
    closed_at: dt.datetime | None = None  # timezone-aware UTC
    changed_cases: tuple[str, ...] = ()  # cases that entered or left a figure after the close
    frozen: tuple[Indicator, ...] = ()  # the figures the report of a closed month shows
    current: tuple[Indicator, ...] = ()  # what today's data would give

    @property
    def closed(self) -> bool:
        return self.closed_by is not None

    @property
    def changed_figures(self) -> tuple[FigureChange, ...]:
        today = {i.id: i for i in self.current}
        return tuple(
            FigureChange(f, today[f.id])
            for f in self.frozen
            if f.id in today
            and (f.numerator, f.denominator) != (today[f.id].numerator, today[f.id].denominator)
        )

    @property
    def differs(self) -> bool:
        """Today's data would not give the frozen figures (or moved cases between them)."""
        return bool(self.changed_cases or self.changed_figures)


def month_status(db: Database, month: str) -> MonthStatus:
    """The status of ``month`` (``YYYY-MM``) without counting the rest of the report."""
    period = month_period(month)
    label = f"{period.start.year:04d}-{period.start.month:02d}"
    closed = closed_month(db, label)
    if closed is None:
        return MonthStatus(label)
    return MonthStatus(
        label,
        closed.closed_by,
        closed.closed_at,
        tuple(closed.changed_cases),
        tuple(_from_json(i) for i in closed.frozen["indicators"]),
        tuple(_from_json(i) for i in closed.current["indicators"]),
    )


def status_of(figures: MonthlyFigures) -> MonthStatus:
    """The status carried by the report's own figures (no second count)."""
    note = figures.closed
    if note is None:
        return MonthStatus(figures.month)
    return MonthStatus(
        figures.month,
        note.closed_by,
        note.closed_at,
        note.changed_cases,
        figures.indicators_month,
        note.current,
    )


def write_pdf_with_status(
    db: Database, month: str, out: Path, *, actor: SignedIn | str
) -> MonthStatus:
    """Write the month's report as PDF to ``out`` (whole or not at all); return its status.

    Needs ``report.print`` (``permissions.require``), like ``reports.write_monthly_report``."""
    from xinxiang_arbitration.reports.monthly_pdf import write_monthly_pdf
    from xinxiang_arbitration.storage.output import check_target

    require(db, actor, "report.print", subject=month)
    check_target(out)  # before counting anything: a wrong folder is reported at once
    figures = monthly_figures(db, month)
    write_monthly_pdf(figures, out)
    return status_of(figures)
