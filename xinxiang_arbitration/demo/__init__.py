"""Synthetic, reproducible demo cases; ``demo.build.generate_demo_data`` is the way in.

Everything comes from one ``random.Random(seed)`` and the fixed ``ANCHOR`` date, never
from today's date, so one seed on an empty database always gives the same rows. Every
row is valid under the ledger format (shared/domain/ledger-format.md) and the schema's
check constraints.

* ``weighted``: fast picks from ``random.random``;
* ``vocabulary``: names, places, industries, the demo mediation organisations;
* ``identifiers``: resident ID numbers and unified social credit codes;
* ``shapes``: per-kind shares, time spans, amounts and timing;
* ``employers``: the pool of employers the cases are brought against;
* ``numbering``: 案号 carrying on after those already in the database;
* ``generator``: the cases' rows;
* ``writer``: bulk writing in chunked transactions, sequences and counters.
"""
