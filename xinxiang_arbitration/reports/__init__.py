"""The printed monthly closure report (PDF with reportlab, XLSX with openpyxl).

- ``write_monthly_report`` (here): the report as a person asks for it (``report.print``).
- ``monthly_pdf`` and ``monthly_xlsx``: the two files, from ``statistics.monthly``'s figures.
- ``status``: whether a month is closed and what changed since, for the screen.
- ``fonts`` and ``pdf_page``: CJK TrueType fonts and the page furniture of a report.
"""

from __future__ import annotations

from pathlib import Path

from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.output import check_target

REPORT_SUFFIXES = (".pdf", ".xlsx")

__all__ = ["fonts", "monthly_pdf", "monthly_xlsx", "pdf_page", "status", "write_monthly_report"]


def write_monthly_report(db: Database, month: str, out: Path, *, actor: SignedIn | str) -> Path:
    """The monthly closure report of ``month`` (``YYYY-MM``) as PDF or XLSX, by ``out``'s suffix.

    Needs ``report.print`` (``permissions.require``), checked before anything is counted."""
    require(db, actor, "report.print", subject=month)
    suffix = out.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise InvalidInput(f"报表文件应以 .pdf 或 .xlsx 结尾：{out}")
    check_target(out)  # before counting anything: a wrong folder is reported at once
    from xinxiang_arbitration.statistics.monthly import monthly_figures

    figures = monthly_figures(db, month)
    if suffix == ".pdf":
        from xinxiang_arbitration.reports.monthly_pdf import write_monthly_pdf

        return write_monthly_pdf(figures, out)
    from xinxiang_arbitration.reports.monthly_xlsx import write_monthly_xlsx

    return write_monthly_xlsx(figures, out)
