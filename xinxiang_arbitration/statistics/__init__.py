"""The figures supervisors sign: indicators 27–29, the breakdowns, the dashboard and the
monthly report's figures, and closing a month.

- ``indicators``: indicators 27–29 for any period (statistics.md).
- ``breakdowns`` and ``breakdown_tables``: the breakdowns, as tables for screen and Excel.
- ``dashboard``: what the supervisor's dashboard shows, in one call.
- ``monthly``: the figures of the monthly closure report.
- ``month_close``: freezing a month's figures and showing later drift.

The printed report itself is ``reports``.
"""

__all__ = ["breakdown_tables", "breakdowns", "dashboard", "indicators", "month_close", "monthly"]
