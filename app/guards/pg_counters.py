"""The counters of a cluster: the guards' windows and values in PostgreSQL, so that every node meets one count.

A guard's logic is synchronous over `Window` and `Values`; its call sites in the SMTP path are async. Each window
here keeps a local cache (a `KeyedWindow` in buckets, 1/60 of the window unless the guard chose its own) that is
never above the cluster's count: what this node read from the database plus its own hits since. Around a
decision the call site awaits two steps of its `Counters`:

- `refresh(...)` (before a decision that reads a count another node may have raised: a lockout, the unknown
  recipients so far, a sender's messages this hour): one SELECT for the keys it names;
- `flush()` (after): this node's hits, resets and values since the last flush, in one round trip. A `take` (a
  connection over the rate, say) is written under an advisory lock on its key, and refused there if another node
  took the last place first: `flush` returns those (kind, key), and the caller undoes its admission.

Counts are exact to a bucket. If PostgreSQL does not answer (within 2 s), the node fails open: it logs one line,
counts on in its cache alone for a while (`RETRY_AFTER`), then tries the database again. Rows past their expiry
are swept (`sweep`, every minute from each node). Nodes share wall time: their clocks must agree (NTP).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, Generic, TypeVar

import asyncpg

from ..store.guard_counts import GuardCounts, Step
from .counters import KeyedValues, Values, Window
from .keyed_window import DEFAULT_MAX_KEYS, KeyedWindow
from .shared_guards import key_text

log = logging.getLogger(__name__)

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")
BUCKETS = 60  # a window's buckets unless its guard gives a width
RETRY_AFTER = 10.0  # seconds a node counts alone after PostgreSQL failed to answer
SWEEP_EVERY = 60.0
_FAILURES = (OSError, asyncio.TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError)


class PgWindow(Generic[K]):
    def __init__(self, counters: PostgresCounters, kind: str, span: float, bucket: float, max_keys: int):
        self.counters = counters
        self.kind = kind
        self.width = bucket or max(1.0, span / BUCKETS)
        self.cache: KeyedWindow[K] = KeyedWindow(span, bucket=self.width, max_keys=max_keys, clock=counters.clock)

    @property
    def span(self) -> float:
        return self.cache.span

    @span.setter
    def span(self, value: float) -> None:
        self.cache.span = value

    def hit(self, key: K, now: float | None = None, amount: int = 1) -> int:
        now = self._now(now)
        self.counters.pending.append(
            (("add", self.kind, key_text(key), self._index(now), amount, self._expires(now)), self, key)
        )
        return self.cache.hit(key, now, amount)

    def count(self, key: K, now: float | None = None) -> int:
        return self.cache.count(key, now)

    def take(self, key: K, limit: int, now: float | None = None) -> bool:
        """Taken in the cache (which never counts more than the cluster); the flush takes it in the database under
        the key's lock, and reports it if another node took the last place first."""
        now = self._now(now)
        if not self.cache.take(key, limit, now):
            return False
        step: tuple[Any, ...] = (self.kind, key_text(key), self._index(now), 1, self._expires(now))
        self.counters.pending.append((("take", *step, limit, self.oldest(now)) if limit else ("add", *step), self, key))
        return True

    def reset(self, key: K) -> None:
        self.cache.reset(key)
        self.counters.pending.append((("clear", self.kind, key_text(key)), self, key))

    def forget(self, key: K) -> None:
        self.cache.forget(key)  # this node's memory only: the database's rows expire by themselves

    def retry_after(self, key: K, limit: int, now: float | None = None, *, extra: int = 0) -> float:
        return self.cache.retry_after(key, limit, now, extra=extra)

    def entries(self, key: K) -> list[tuple[float, int]]:
        return []  # the database holds them: nothing to save

    def load(self, key: K, entries: list[tuple[float, int]]) -> None:
        pass

    def oldest(self, now: float) -> int:
        """The first bucket in the window ending at `now` (as KeyedWindow counts)."""
        return self._index(now) - int(self.span // self.width) + 1

    def _index(self, now: float) -> int:
        return int(now // self.width)

    def _expires(self, now: float) -> float:
        return (self._index(now) + 1) * self.width + self.span

    def _now(self, now: float | None) -> float:
        return self.counters.clock() if now is None else now


class PgValues:
    def __init__(self, counters: PostgresCounters, kind: str, max_keys: int, keep_unexpired: bool):
        self.counters = counters
        self.kind = kind
        self.cache = KeyedValues(max_keys, keep_unexpired=keep_unexpired)

    def get(self, key: str, now: float, default: float = 0.0) -> float:
        return self.cache.get(key, now, default)

    def set(self, key: str, value: float, expires: float, now: float) -> None:
        self.cache.set(key, value, expires, now)
        self.counters.pending.append((("set", self.kind, key, value, expires), self, key))


class PostgresCounters:
    """`Counters` in PostgreSQL, for every node on the database at `url`. Wall time (`clock`)."""

    def __init__(self, url: str, clock: Callable[[], float] = time.time, *, store: GuardCounts | None = None):
        self.clock = clock
        self.db = store or GuardCounts(url)
        # this node's steps since the last flush, each with the window or values and the key it counts
        self.pending: list[tuple[Step, PgWindow | PgValues, Hashable]] = []
        self._turn = asyncio.Lock()  # one question to the database at a time, in the order they were asked
        self._quiet_until = 0.0  # monotonic: until then the database is not asked (it failed to answer)

    def window(self, name: str, span: float, *, bucket: float = 0.0, max_keys: int = DEFAULT_MAX_KEYS) -> Window:
        return PgWindow(self, name, span, bucket, max_keys)

    def values(self, name: str, *, max_keys: int = DEFAULT_MAX_KEYS, keep_unexpired: bool = False) -> Values:
        return PgValues(self, name, max_keys, keep_unexpired)

    async def refresh(self, *wanted: tuple[Window | Values, Hashable]) -> None:
        """The cluster's counts and values of these keys into the caches (before a decision that reads them)."""
        pairs = [(what, key) for what, key in wanted if isinstance(what, (PgWindow, PgValues)) and key is not None]
        if not pairs:
            return
        now = self.clock()
        counts = [(w.kind, key_text(key), w.oldest(now)) for w, key in pairs if isinstance(w, PgWindow)]
        values = [(v.kind, str(key)) for v, key in pairs if isinstance(v, PgValues)]
        answer = await self._ask("read", self.db.read, counts, values, now)
        if answer is None:
            return
        buckets, found = answer
        for what, key in pairs:
            if isinstance(what, PgWindow):
                what.cache.load(key, [(float(b), amount) for b, amount in buckets.get((what.kind, key_text(key)), [])])
            elif isinstance(what, PgValues):
                value = found.get((what.kind, str(key)))
                if value is not None:
                    what.cache.set(str(key), value[0], value[1], now)

    async def flush(self) -> set[tuple[str, str]]:
        """Writes this node's steps since the last flush; the (kind, key) of the takes another node won (whose
        keys the cache then reads again: the next take there is refused without asking)."""
        pending, self.pending = self.pending, []  # before any await: the steps of this caller's decision
        if not pending:
            return set()
        refused = await self._ask("write", self.db.apply, [step for step, _what, _key in pending])
        if not refused:
            return set()
        lost = [pending[i] for i in sorted(refused)]
        await self.refresh(*((what, key) for _step, what, key in lost))
        return {(step[1], step[2]) for step, _what, _key in lost}

    async def sweep(self) -> int:
        return await self._ask("sweep", self.db.sweep, self.clock()) or 0

    async def sweep_periodically(self, interval: float = SWEEP_EVERY) -> None:
        while True:
            await asyncio.sleep(interval)
            await self.sweep()

    async def close(self) -> None:
        await self.db.close()

    async def _ask(self, what: str, call: Callable[..., Awaitable[T]], *args: Any) -> T | None:
        """`call`'s answer, or None when the database failed to answer (the node then counts alone for a while:
        callers queued behind a failing call do not each wait for their own failure). A turn waited for longer
        than one answer may take is a failure too: a slow server must not hold every session of the node."""
        try:
            async with asyncio.timeout(self.db.timeout):
                await self._turn.acquire()
        except TimeoutError:
            self._count_alone(what, f"its answers queued for over {self.db.timeout:g} s")
            return None
        try:
            if time.monotonic() < self._quiet_until:
                return None
            try:
                return await call(*args)
            except _FAILURES as exc:
                self._count_alone(what, " ".join(str(exc).split()) or type(exc).__name__)
                return None
        finally:
            self._turn.release()

    def _count_alone(self, what: str, why: str) -> None:
        if time.monotonic() < self._quiet_until:
            return  # said already
        self._quiet_until = time.monotonic() + RETRY_AFTER
        log.warning(
            "guard counters: PostgreSQL did not %s (%s); this node counts alone for %g s", what, why, RETRY_AFTER
        )
