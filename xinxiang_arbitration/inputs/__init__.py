"""What people type and the files they hand over, read the one way every entry point
reads them: dates, amounts, ID numbers and credit codes, yes/no, and tabular files.

- ``values``: one cell or field parsed, or ``ValueError`` with the problem in Chinese.
- ``files``: .xlsx and .csv files read into rows (and written back).

The ledger import, intake, the editors and the administrator's pages all use these,
so the same value is accepted or refused the same way everywhere.
"""

__all__ = ["files", "values"]
