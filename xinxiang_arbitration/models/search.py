"""Search structures: the two-character grams of party names (当事人名称检索).

``LIKE '%张伟%'`` over a million parties reads every name (~50 ms on SQLite, more
as the table grows); a two-character term is too short for SQLite's FTS5 trigram
tokenizer and for PostgreSQL's pg_trgm, so both dialects get the same structure:
one row per distinct pair of adjacent characters of each name. A two-character
search is then one index range, a longer term the intersection of a few grams
checked with ``LIKE`` on the few parties left (cases/caseload.py).

Triggers on ``parties`` keep the grams right whoever writes a party (the ORM, the
ledger import's executemany, the demo generator); they split the name with the
``gram_positions`` table (1, 2, … up to the longest name), the one construct that
SQLite triggers and PostgreSQL functions both understand. Migration 0010 creates
both and fills them for the parties already there.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from xinxiang_arbitration.models.base import Base

NAME_LENGTH = 200  # Party.name is String(200): a gram starts at position 1 … 199


class GramPosition(Base):
    """The numbers 1 … NAME_LENGTH - 1: where a gram of a name can start."""

    __tablename__ = "gram_positions"

    n: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)


class PartyNameGram(Base):
    """Two adjacent characters of a party's name (e.g. 张伟 of 张伟明), once per party."""

    __tablename__ = "party_name_grams"
    __table_args__ = (
        Index("ix_party_name_grams_party_id", "party_id"),  # name changes, party deletions
        {"sqlite_with_rowid": False},  # one b-tree: (gram, party_id) is all there is
    )

    gram: Mapped[str] = mapped_column(String(2), primary_key=True)
    party_id: Mapped[int] = mapped_column(
        ForeignKey("parties.id", ondelete="CASCADE"), primary_key=True
    )
