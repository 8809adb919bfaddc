"""Picks from one ``random.random``: cheaper than ``random.choice``/``choices`` per call.

The case loop makes millions of picks, so these take the bound ``rand`` and do plain
arithmetic; each pick draws exactly one number, which keeps the sequence reproducible.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

Item = TypeVar("Item")
Other = TypeVar("Other")
Rand = Callable[[], float]


@dataclass(frozen=True)
class Weighted(Generic[Item]):
    """Items with weights: ``pick`` draws as ``random.choices(items, cum_weights=cum)[0]``.

    The cumulative weights are summed once, and a pick costs no list.
    """

    items: tuple[Item, ...]
    cum: tuple[float, ...]

    @classmethod
    def of(cls, pairs: Iterable[tuple[Item, float]]) -> Weighted[Item]:
        listed = list(pairs)
        cum = accumulate(float(weight) for _, weight in listed)
        return cls(tuple(item for item, _ in listed), tuple(cum))

    def pick(self, rand: Rand) -> Item:
        return self.items[bisect_right(self.cum, rand() * self.cum[-1])]

    def map(self, change: Callable[[Item], Other]) -> Weighted[Other]:
        """The same weights for changed items."""
        return Weighted(tuple(change(item) for item in self.items), self.cum)


def pick(rand: Rand, seq: Sequence[Item]) -> Item:
    return seq[int(rand() * len(seq))]


def between(rand: Rand, low: int, high: int) -> int:
    """A whole number from low to high, both included."""
    return low + int(rand() * (high - low + 1))
