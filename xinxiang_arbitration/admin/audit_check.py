"""Checking the audit log as a person asks for it (``audit verify``): it needs
``audit.verify``; the walk itself is ``security.audit.verify``."""

from __future__ import annotations

from xinxiang_arbitration.security.audit import AuditVerification, verify
from xinxiang_arbitration.security.permissions import SignedIn, require
from xinxiang_arbitration.storage.db import Database


def run_verify(db: Database, *, actor: SignedIn | str) -> AuditVerification:
    """``verify`` for a person who asks for it: needs ``audit.verify`` (a refusal is logged)."""
    require(db, actor, "audit.verify")
    return verify(db)
