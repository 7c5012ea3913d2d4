"""Writes published events to the database in batches and prunes by retention. One event the database
refuses is repaired or dropped (app.store.rows), never holding back the events behind it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque

from ..policy.loader import PolicyHolder
from ..store.database import Store, log_failure
from ..store.events import prune_events, write_events
from .bus import EventBus
from .events import Event

log = logging.getLogger(__name__)


class EventWriter:
    def __init__(
        self,
        store: Store,
        bus: EventBus,
        policy: PolicyHolder,
        *,
        interval: float = 0.5,
        max_pending: int = 200_000,
        worker: str = "",
    ):
        self.store = store
        self.worker = worker  # the worker id the events carry (serve --workers), "" for a single process
        self.policy = policy
        self.interval = interval
        self.pending: deque[Event] = deque(maxlen=max_pending)  # a flood drops the oldest, never blocks mail
        self._unsubscribe = bus.subscribe(self.pending.append)
        self._last_prune = 0.0
        self._stopping = asyncio.Event()
        self._flushing = asyncio.Lock()  # a flush returns once every event published before it is stored

    async def run(self) -> None:
        """Until stop(): never cancel this task mid-write, or the batch being written is lost."""
        while not self._stopping.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.interval)
            await self.flush()
            if time.time() - self._last_prune > 300:
                await self.prune()

    def stop(self) -> None:
        self._stopping.set()

    async def flush(self) -> None:
        async with self._flushing:
            while self.pending:
                batch = [self.pending.popleft() for _ in range(min(len(self.pending), 5000))]
                try:
                    # a row the database refuses is repaired or dropped there; what is left to fail here is
                    # the database itself (locked, full), and then the whole batch waits for the next try
                    await write_events(self.store, [event.row() for event in batch], self.worker)
                except Exception:
                    log_failure(log, "could not write %d events; will retry", len(batch))
                    self.pending.extendleft(reversed(batch))
                    return

    async def prune(self) -> None:
        self._last_prune = time.time()
        settings = self.policy.current.settings
        try:
            await prune_events(self.store, time.time() - settings.retention_days * 86400, settings.retention_rows)
        except Exception:
            log_failure(log, "could not prune events")

    def close(self) -> None:
        self._unsubscribe()
