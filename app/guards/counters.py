"""What the guards count in, and the in-memory kind: one guard logic over two backends.

A guard asks its `Counters` for named windows (hits per key in a sliding window, `KeyedWindow`'s interface) and
named values with an expiry (a lockout's end). One process counts in memory (`MemoryCounters`); the workers of
`serve --workers` count in the table they share (`guards/shared_guards.py`), so that a limit holds across them;
the nodes of a cluster on PostgreSQL count in the database (`guards/pg_counters.py`), and for them the async call
sites await `refresh` before a decision and `flush` after it (no-ops for the other two).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Protocol, TypeVar

from .keyed_window import DEFAULT_MAX_KEYS, KeyedWindow

K = TypeVar("K", bound=Hashable, contravariant=True)


class Window(Protocol[K]):
    span: float  # may change (a setting reloaded): it applies from the next call

    def hit(self, key: K, now: float | None = None, amount: int = 1) -> int: ...

    def count(self, key: K, now: float | None = None) -> int: ...

    def take(self, key: K, limit: int, now: float | None = None) -> bool: ...

    def reset(self, key: K) -> None: ...

    def forget(self, key: K) -> None: ...

    def retry_after(self, key: K, limit: int, now: float | None = None, *, extra: int = 0) -> float: ...

    def entries(self, key: K) -> list[tuple[float, int]]: ...

    def load(self, key: K, entries: list[tuple[float, int]]) -> None: ...


class Values(Protocol):
    def get(self, key: str, now: float, default: float = 0.0) -> float: ...

    def set(self, key: str, value: float, expires: float, now: float) -> None: ...


class Counters(Protocol):
    def window(self, name: str, span: float, *, bucket: float = 0.0, max_keys: int = DEFAULT_MAX_KEYS) -> Window: ...

    def values(self, name: str, *, max_keys: int = DEFAULT_MAX_KEYS, keep_unexpired: bool = False) -> Values: ...

    async def refresh(self, *wanted: tuple[Window | Values, Hashable]) -> None:
        """Before a decision: the counts and values of these (window or values, key) as the whole cluster has
        them (guards/pg_counters.py); a no-op where the counters are this box's own."""

    async def flush(self) -> set[tuple[str, str]]:
        """After a decision: its hits written where the cluster counts; the (kind, key) of the takes another node
        won first (empty where the counters are this box's own)."""
        return set()


class KeyedValues:
    """Values with an expiry, at most `max_keys` of them: beyond that the oldest set goes first, expired or not,
    unless `keep_unexpired` (a lockout in force is never forgotten; only expired ones make room)."""

    def __init__(self, max_keys: int = DEFAULT_MAX_KEYS, *, keep_unexpired: bool = False):
        self.max_keys = max_keys
        self.keep_unexpired = keep_unexpired
        self._values: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key: (value, expires), oldest set first

    def get(self, key: str, now: float, default: float = 0.0) -> float:
        entry = self._values.get(key)
        return entry[0] if entry is not None and entry[1] > now else default

    def set(self, key: str, value: float, expires: float, now: float) -> None:
        self._values.pop(key, None)
        while len(self._values) >= self.max_keys:
            _oldest, (_value, oldest_expires) = next(iter(self._values.items()))
            if self.keep_unexpired and oldest_expires > now:
                break
            self._values.popitem(last=False)
        self._values[key] = (value, expires)

    def __len__(self) -> int:
        return len(self._values)


class LocalCounters:
    """Counters of this box alone: nothing to read or write around a decision."""

    async def refresh(self, *wanted: tuple[Window | Values, Hashable]) -> None:
        pass

    async def flush(self) -> set[tuple[str, str]]:
        return set()


class MemoryCounters(LocalCounters):
    """The counters of one process: plain `KeyedWindow`s and `KeyedValues` on the guard's clock."""

    def __init__(self, clock: Callable[[], float] = time.time):
        self.clock = clock

    def window(self, name: str, span: float, *, bucket: float = 0.0, max_keys: int = DEFAULT_MAX_KEYS) -> Window:
        return KeyedWindow(span, bucket=bucket, max_keys=max_keys, clock=self.clock)

    def values(self, name: str, *, max_keys: int = DEFAULT_MAX_KEYS, keep_unexpired: bool = False) -> Values:
        return KeyedValues(max_keys, keep_unexpired=keep_unexpired)
