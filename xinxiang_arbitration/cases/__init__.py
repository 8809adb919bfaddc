"""A case from intake to closure: registering it, its number, its stages, and the lists
that find it.

- ``intake`` and ``intake_checks``: a new case of any kind, checked as it is typed.
- ``numbers``: 案号 from the office's pattern, gap-free under concurrency.
- ``life``: the stages of each kind and the actions between them (受理 … 结案).
- ``events``: the names of the events in a case's history.
- ``stale``: no lost updates: an action names the last event its user saw.
- ``final_award``: suggesting 一裁终局 from the claim items.
- ``caseload`` (with ``caseload_query``, ``caseload_search``, ``caseload_read``),
  ``number_search``, ``overview``: my cases / the office's, a page at a time.
- ``acting``: how every stage action runs (permission, stale check, event, audit).
"""

__all__ = [
    "acting",
    "caseload",
    "caseload_query",
    "caseload_read",
    "caseload_search",
    "events",
    "final_award",
    "intake",
    "intake_checks",
    "life",
    "number_search",
    "numbers",
    "overview",
    "stale",
]
