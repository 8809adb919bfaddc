"""What the administrator keeps: reference data, the holiday calendar and clock rules,
backups and the audit check (users and roles are ``security.users``; document
templates are ``documents``).

- ``reference_data``: minimum wages, targets, case-number patterns, organisations,
  office settings and the calendar's years.
- ``holidays``: showing a year, changing a day, importing a year's notice, clock rules.
- ``backups``: a backup as a person asks for it (checked and audited).
- ``audit_check``: ``audit verify`` as a person asks for it.
"""

__all__ = ["audit_check", "backups", "holidays", "reference_data"]
