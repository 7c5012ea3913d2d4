"""The counters of `serve --workers`: windows and values in the table every worker maps, behind the interface
of the in-memory ones (`guards/counters.py`), so that the guards' one logic counts across the workers: a
harvester, a password guesser, a network over its connection rate or a sender over its limit meets one count.

Counts are exact to a bucket (1/60 of the window, app/guards/shared_table.py). The table is made afresh at
each start of the workers and has no keys to list: nothing of it is saved, and a key's memory is the table's.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from .auth_guard import AuthGuard
from .counters import LocalCounters, Values, Window
from .harvest_guard import HarvestGuard
from .keyed_window import DEFAULT_MAX_KEYS
from .outbound import RateLimiter
from .shared_table import SharedTable

K = TypeVar("K", bound=Hashable)


def key_text(key: Hashable) -> str:
    """A key as the table (or the database) names it: a tuple's parts joined by US (0x1f)."""
    return "\x1f".join(key) if isinstance(key, tuple) else str(key)


class TableWindow(Generic[K]):
    """A `KeyedWindow` in the shared table: hits of every worker, under the name `kind`."""

    def __init__(self, table: SharedTable, kind: str, span: float, clock: Callable[[], float] = time.time):
        self.table = table
        self.kind = kind
        self.span = span
        self.clock = clock

    def hit(self, key: K, now: float | None = None, amount: int = 1) -> int:
        return self.table.add(self.kind, key_text(key), self.span, self._now(now), amount)

    def count(self, key: K, now: float | None = None) -> int:
        return self.table.count(self.kind, key_text(key), self.span, self._now(now))

    def take(self, key: K, limit: int, now: float | None = None) -> bool:
        """The test and the hit are one step under the table's lock: two workers never both take the last place."""
        return self.table.take(self.kind, key_text(key), self.span, limit, self._now(now))

    def reset(self, key: K) -> None:
        self.table.clear(self.kind, key_text(key), self.span)

    def forget(self, key: K) -> None:
        """Nothing to free: the table's size is fixed, and another worker may still count this key."""

    def retry_after(self, key: K, limit: int, now: float | None = None, *, extra: int = 0) -> float:
        now = self._now(now)
        buckets = self.table.buckets(self.kind, key_text(key), self.span, now)
        total = sum(amount for _leaves, amount in buckets)
        if total + extra <= limit:
            return 0.0
        for leaves, amount in buckets:
            total -= amount
            if total + extra <= limit:
                return max(0.0, leaves - now)
        return float(self.span)

    def entries(self, key: K) -> list[tuple[float, int]]:
        return []  # not saved: see the module's docstring

    def load(self, key: K, entries: list[tuple[float, int]]) -> None:
        pass

    def _now(self, now: float | None) -> float:
        return self.clock() if now is None else now


class TableValues:
    def __init__(self, table: SharedTable, kind: str):
        self.table = table
        self.kind = kind

    def get(self, key: str, now: float, default: float = 0.0) -> float:
        return self.table.value(self.kind, key, now, default)

    def set(self, key: str, value: float, expires: float, now: float) -> None:
        self.table.set_value(self.kind, key, value, expires)


class TableCounters(LocalCounters):
    """`Counters` in the shared table. Wall time (`clock`), which every worker shares."""

    def __init__(self, table: SharedTable, clock: Callable[[], float] = time.time):
        self.table = table
        self.clock = clock

    def window(self, name: str, span: float, *, bucket: float = 0.0, max_keys: int = DEFAULT_MAX_KEYS) -> Window:
        return TableWindow(self.table, name, span, self.clock)

    def values(self, name: str, *, max_keys: int = DEFAULT_MAX_KEYS, keep_unexpired: bool = False) -> Values:
        return TableValues(self.table, name)


def SharedAuthGuard(table: SharedTable, clock: Callable[[], float] = time.time) -> AuthGuard:  # noqa: N802
    return AuthGuard(clock, counters=TableCounters(table, clock))


def SharedHarvestGuard(table: SharedTable, clock: Callable[[], float] = time.time) -> HarvestGuard:  # noqa: N802
    return HarvestGuard(clock, counters=TableCounters(table, clock))


def SharedRateLimiter(table: SharedTable, clock: Callable[[], float] = time.time, **kwargs: Any) -> RateLimiter:  # noqa: N802
    return RateLimiter(clock, counters=TableCounters(table, clock), **kwargs)
