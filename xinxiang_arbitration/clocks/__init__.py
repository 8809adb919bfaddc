"""Every statutory clock: the working-day calendar, the deadline rules and what is due.

- ``calendar``: ``WorkCalendar``, working days on the State Council's holiday notices.
- ``calendar_seed``: the notices 2004–2026 as the ``chinesecalendar`` package has them.
- ``deadlines``: the clocks of procedure.md as pure functions, each explaining itself.
- ``limitation``: the limitation period for applying (仲裁时效) as a warning.
- ``store``: the calendar and the clock rules as the database holds them.
- ``due``: every running clock of every open case as of a day (今日到期, ``overdue``).

Clocks read the cases but never change them; they know nothing of who is acting.
"""

__all__ = ["calendar", "calendar_seed", "deadlines", "due", "limitation", "store"]
