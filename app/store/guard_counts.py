"""The guards' counts on PostgreSQL, shared by every node of a cluster (guards/pg_counters.py keeps the cache).

`guard_counts` holds hits per (kind, key, time bucket), `guard_values` values with an expiry (migration 26).
A node writes a batch of steps in one round trip (`apply`, the `guard_apply` function of store/dialect.py) and reads
the buckets and values of a few keys in another (`read`). It has a connection of its own: a counter step never
waits behind the queue's group commit on the store's connection, nor the other way round. Every call has a short
timeout, and the caller fails open when the server does not answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any

import asyncpg

from .postgres import connect

TIMEOUT = 2.0  # seconds a counter step may wait on the server before the caller counts on without it

Step = Sequence[Any]  # ("add"|"take", kind, key, bucket, amount, expires[, limit, oldest bucket]),
# ("clear", kind, key), ("set", kind, key, value, expires)


class GuardCounts:
    def __init__(self, url: str, timeout: float = TIMEOUT):
        self.url = url
        self.timeout = timeout
        self._conn: asyncpg.Connection | None = None
        self._lock = asyncio.Lock()  # one statement at a time on the connection, in the order they were asked

    async def _connection(self) -> asyncpg.Connection:
        if self._conn is None or self._conn.is_closed():
            conn = await asyncio.wait_for(connect(self.url), self.timeout)
            # A count lost with the last moments before a crash costs nothing: no wait for the WAL's flush
            await conn.execute("SET synchronous_commit = off", timeout=self.timeout)
            self._conn = conn
        return self._conn

    @contextlib.asynccontextmanager
    async def _connected(self) -> AsyncIterator[asyncpg.Connection]:
        """The connection, for one statement at a time; one that failed or timed out is dropped, and the next
        statement connects anew (a half-open connection would otherwise time out every statement)."""
        async with self._lock:
            try:
                yield await self._connection()
            except Exception:  # not a cancelled session's CancelledError: asyncpg keeps that connection usable
                if self._conn is not None:
                    self._conn.terminate()
                    self._conn = None
                raise

    async def apply(self, steps: list[Step]) -> set[int]:
        """Runs the steps in order, in one transaction; the positions of the takes refused (over the limit)."""
        async with self._connected() as conn:
            rows = await conn.fetch("SELECT guard_apply($1::jsonb)", json.dumps(steps), timeout=self.timeout)
        return {row[0] for row in rows}

    async def read(
        self, counts: Iterable[tuple[str, str, int]], values: Iterable[tuple[str, str]], now: float
    ) -> tuple[dict[tuple[str, str], list[tuple[int, int]]], dict[tuple[str, str], tuple[float, float]]]:
        """The buckets from `oldest` on of each (kind, key, oldest) and the unexpired values of each (kind, key)."""
        counts, values = list(counts), list(values)
        async with self._connected() as conn:
            rows = await conn.fetch(
                "SELECT 'c', g.kind, g.key, g.bucket::double precision, g.amount::double precision"
                " FROM guard_counts g JOIN unnest($1::text[], $2::text[], $3::bigint[]) AS w(kind, key, oldest)"
                " ON g.kind = w.kind AND g.key = w.key AND g.bucket >= w.oldest"
                " UNION ALL SELECT 'v', v.kind, v.key, v.value, v.expires"
                " FROM guard_values v JOIN unnest($4::text[], $5::text[]) AS w(kind, key)"
                " ON v.kind = w.kind AND v.key = w.key AND v.expires > $6",
                [c[0] for c in counts],
                [c[1] for c in counts],
                [c[2] for c in counts],
                [v[0] for v in values],
                [v[1] for v in values],
                now,
                timeout=self.timeout,
            )
        buckets: dict[tuple[str, str], list[tuple[int, int]]] = {(kind, key): [] for kind, key, _oldest in counts}
        found: dict[tuple[str, str], tuple[float, float]] = {}
        for what, kind, key, first, second in rows:
            if what == "c":
                buckets[kind, key].append((int(first), int(second)))
            else:
                found[kind, key] = (first, second)
        return buckets, found

    async def sweep(self, now: float) -> int:
        """Deletes the buckets and values past their expiry; how many rows went."""
        async with self._connected() as conn:
            counts = await conn.execute("DELETE FROM guard_counts WHERE expires <= $1", now, timeout=self.timeout)
            values = await conn.execute("DELETE FROM guard_values WHERE expires <= $1", now, timeout=self.timeout)
        return int(counts.rsplit(" ", 1)[-1]) + int(values.rsplit(" ", 1)[-1])

    async def close(self) -> None:
        if self._conn is not None and not self._conn.is_closed():
            try:
                await asyncio.wait_for(self._conn.close(), self.timeout)
            except (OSError, asyncio.TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
                self._conn.terminate()
        self._conn = None
