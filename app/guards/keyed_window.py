"""Hits per key within a sliding window: the one counter behind the rate limits and guards on the hot path.

The interface is small on purpose (hit, count, take, reset, retry_after: `guards/counters.py`'s `Window`) so that
the table the worker processes share (`guards/shared_guards.py`) stands in for this in-memory one. Time is passed in (`now`) or read from the injected clock;
expired hits are dropped when a key is read or hit, and keys whose hits have all expired are the first to go
when the number of keys reaches `max_keys` (then the least recently hit): memory stays bounded whatever the
number of clients.

With `bucket` > 0 the hits are summed in buckets of that many seconds (the window then holds `span // bucket`
buckets, the current one included): memory per key stays constant however many hits arrive.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
DEFAULT_MAX_KEYS = 100_000


class _Hits:
    """Entries [time, amount] (or [bucket index, amount]), oldest first, with their running sum."""

    __slots__ = ("entries", "total")

    def __init__(self) -> None:
        self.entries: deque[list[float]] = deque()
        self.total = 0


class KeyedWindow(Generic[K]):
    def __init__(
        self,
        span: float,
        *,
        max_keys: int = DEFAULT_MAX_KEYS,
        bucket: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if span <= 0 or max_keys <= 0 or bucket < 0:
            raise ValueError("span and max_keys must be positive, bucket not negative")
        self.span = span  # may be changed later (a setting reloaded): it applies from the next read
        self.max_keys = max_keys
        self.bucket = bucket
        self.clock = clock
        self._keys: OrderedDict[K, _Hits] = OrderedDict()  # least recently hit first

    def hit(self, key: K, now: float | None = None, amount: int = 1) -> int:
        """Records `amount` hits for `key` at `now`; returns the count in the window, these included."""
        now = self.clock() if now is None else now
        hits = self._keys.get(key)
        if hits is None:
            self._make_room()
            hits = self._keys[key] = _Hits()
        else:
            self._keys.move_to_end(key)
        self._expire(hits, now)
        stamp = float(int(now // self.bucket)) if self.bucket else now
        if self.bucket and hits.entries and hits.entries[-1][0] >= stamp:  # same bucket (or the clock stepped back)
            hits.entries[-1][1] += amount
        else:
            hits.entries.append([stamp, amount])
        hits.total += amount
        return hits.total

    def count(self, key: K, now: float | None = None) -> int:
        """Hits for `key` within the window ending at `now`."""
        hits = self._keys.get(key)
        if hits is None:
            return 0
        self._expire(hits, self.clock() if now is None else now)
        return hits.total

    def take(self, key: K, limit: int, now: float | None = None) -> bool:
        """Records one hit for `key` unless `limit` are already in the window (0: no limit); True if it was
        recorded."""
        now = self.clock() if now is None else now
        if limit and self.count(key, now) >= limit:
            return False
        self.hit(key, now)
        return True

    def reset(self, key: K) -> None:
        """Forgets every hit of `key`."""
        self._keys.pop(key, None)

    def forget(self, key: K) -> None:
        """Frees the memory of `key` (its hits are forgotten: in memory, the same as `reset`)."""
        self._keys.pop(key, None)

    def retry_after(self, key: K, limit: int, now: float | None = None, *, extra: int = 0) -> float:
        """Seconds until the count of `key` plus `extra` is at most `limit` (0: it already is)."""
        now = self.clock() if now is None else now
        hits = self._keys.get(key)
        if hits is None:
            return 0.0 if extra <= limit else float(self.span)
        self._expire(hits, now)
        total = hits.total
        if total + extra <= limit:
            return 0.0
        for stamp, amount in hits.entries:
            total -= int(amount)
            if total + extra <= limit:
                return max(0.0, self._expires_at(stamp) - now)
        return float(self.span)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[K]:
        return iter(list(self._keys))

    def entries(self, key: K) -> list[tuple[float, int]]:
        """The stored (time or bucket index, amount) pairs of `key`, oldest first: for snapshots."""
        hits = self._keys.get(key)
        return [] if hits is None else [(stamp, int(amount)) for stamp, amount in hits.entries]

    def load(self, key: K, entries: list[tuple[float, int]]) -> None:
        """Replaces the hits of `key` by `entries` as `entries()` gave them (restoring a snapshot)."""
        hits = _Hits()
        for stamp, amount in sorted(entries):
            hits.entries.append([float(stamp), int(amount)])
            hits.total += int(amount)
        self._keys.pop(key, None)
        self._make_room()
        self._keys[key] = hits

    def _expires_at(self, stamp: float) -> float:
        if self.bucket:
            return (stamp + self.span // self.bucket) * self.bucket
        return stamp + self.span

    def _expire(self, hits: _Hits, now: float) -> None:
        entries = hits.entries
        if self.bucket:
            oldest = int(now // self.bucket) - int(self.span // self.bucket) + 1
            while entries and entries[0][0] < oldest:
                hits.total -= int(entries.popleft()[1])
        else:
            cutoff = now - self.span
            while entries and entries[0][0] <= cutoff:
                hits.total -= int(entries.popleft()[1])

    def _make_room(self) -> None:
        """Before a new key: drops the least recently hit keys until there is room. Keys are ordered by their
        last hit, so keys whose hits have all expired go first."""
        while len(self._keys) >= self.max_keys:
            self._keys.popitem(last=False)
