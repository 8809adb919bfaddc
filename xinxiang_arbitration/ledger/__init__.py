"""The Excel/CSV case ledger (办案台账): columns, value parsing, files, row validation.

The contract is shared/domain/ledger-format.md; the database side is
``xinxiang_arbitration.services.ledger``.
"""
