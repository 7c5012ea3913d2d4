"""Counts how often each block or allow entry decided, from the events, and stores the counts in batches."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import re

from ..store.database import Store
from ..store.lists import record_hits
from .bus import EventBus
from .events import Event

log = logging.getLogger(__name__)
_ENTRY_ID = re.compile(r"^(?:block|allow)list:.*#(\d+)$")


class ListHitCounter:
    def __init__(self, store: Store, bus: EventBus, interval: float = 5.0):
        self.store = store
        self.interval = interval
        self.pending: dict[int, tuple[int, float]] = {}
        self._stopping = asyncio.Event()
        self._unsubscribe = bus.subscribe(self._count)

    def _count(self, event: Event) -> None:
        if "list:" not in event.rule:
            return
        match = _ENTRY_ID.match(event.rule)
        if match:
            entry = int(match[1])
            count, _ = self.pending.get(entry, (0, 0.0))
            self.pending[entry] = (count + 1, event.ts)

    async def run(self) -> None:
        while not self._stopping.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.interval)
            await self.flush()

    async def flush(self) -> None:
        if not self.pending:
            return
        hits, self.pending = self.pending, {}
        try:
            await record_hits(self.store, hits)
        except Exception:
            log.exception("could not record list hits")

    def stop(self) -> None:
        self._stopping.set()
        self._unsubscribe()
