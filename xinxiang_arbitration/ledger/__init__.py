"""The Excel/CSV case ledger (办案台账) of shared/domain/ledger-format.md.

- ``columns``: the columns, in the order the export writes them.
- ``rows``: one row checked cell by cell and across cells.
- ``reading``: a whole file read into checked rows, or refused with every problem.
- ``query``: cases read back as ledger rows, in pages.
- ``refs``: the parties, staff and mediation organisations the rows refer to, found or made.
- ``importing``: ``import_ledger``, all or nothing (``--update`` rewrites existing cases).
- ``exporting``: ``export_ledger``.

Cells are parsed by ``inputs.values`` and files read by ``inputs.files``.
"""

__all__ = ["columns", "exporting", "importing", "query", "reading", "refs", "rows"]
