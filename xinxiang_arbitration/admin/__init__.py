"""What the administrator keeps: reference data, the holiday calendar and clock rules,
backups and the audit check (users and roles are ``security.users``; document
templates are ``documents``).

Reference data (基础数据), one module per kind of record:

- ``wages``: minimum wages (月最低工资标准).
- ``targets``: the indicators' targets (指标目标值).
- ``patterns``: case-number patterns (案号格式).
- ``organisations``: mediation organisations (调解组织).
- ``office``: office settings (机构信息).
- ``calendar_years``: the calendar's years: coverage, adding a year from its notice,
  clearing a day, the trial deadline.
- ``checks``: what they share: ``ValueRefused``, the text check, the audit entry.

And:

- ``holidays``: showing a year, changing a day, importing a year's notice, clock rules.
- ``backups``: a backup as a person asks for it (checked and audited).
- ``audit_check``: ``audit verify`` as a person asks for it.
"""

__all__ = [
    "audit_check",
    "backups",
    "calendar_years",
    "checks",
    "holidays",
    "office",
    "organisations",
    "patterns",
    "targets",
    "wages",
]
