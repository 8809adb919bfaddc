"""One case's whole story for the case view: header, parties, claims, history, clocks,
proceedings, documents, and what may be done next (asked of the services themselves).

- ``read``: ``case_detail`` and the plain dataclasses it returns.
"""

__all__ = ["read"]
