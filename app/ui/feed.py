"""Where the dashboard's live events come from: the in-process bus, or the database of another process."""

from __future__ import annotations

import contextlib
from collections import deque

from ..monitor.bus import EventBus
from ..monitor.events import Event
from ..store.database import Store
from ..store.events import events_since, last_event_id, recent_events


def event_dict(event: Event) -> dict:
    return {
        "id": 0,
        "ts": event.ts,
        "session": event.session,
        "kind": event.kind,
        "stage": event.stage,
        "check_name": event.check_name,
        "verdict": event.verdict,
        "client_ip": event.client_ip,
        "helo": event.helo,
        "sender": event.sender,
        "recipient": event.recipient,
        "reply": event.reply,
        "reason": event.reason,
        "rule": event.rule,
        "queue_id": event.queue_id,
    }


class BusFeed:
    """`mailmoat run`: events straight from the gateway's bus, buffered until the UI drains them."""

    def __init__(self, store: Store, bus: EventBus, max_buffer: int = 20_000):
        self.store = store
        self._buffer: deque[Event] = deque(maxlen=max_buffer)  # a flood drops the oldest, never blocks mail
        self._unsubscribe = bus.subscribe(self._buffer.append)

    async def history(self, limit: int) -> list[dict]:
        return await recent_events(self.store, limit)

    async def drain(self) -> list[dict]:
        events = [event_dict(e) for e in self._buffer]
        self._buffer.clear()
        return events

    def close(self) -> None:
        self._unsubscribe()


class DatabaseFeed:
    """`mailmoat tui`: events another process wrote, read in order by id."""

    # Events one drain may read. In a flood the dashboard drains every FLOOD_INTERVAL (2 s) while the gateway writes
    # thousands of events a second (about eight a message): at 2000 a drain the screen fell ~10 s behind the mail.
    MAX_BATCH = 50_000

    def __init__(self, store: Store):
        self.store = store
        self._last_id: int | None = None  # set by history(): until then there is nothing new to drain

    async def history(self, limit: int) -> list[dict]:
        events = await recent_events(self.store, limit)
        self._last_id = events[-1]["id"] if events else await last_event_id(self.store)
        return events

    async def drain(self) -> list[dict]:
        events: list[dict] = []
        if self._last_id is None:  # a pump before the history is in would replay the oldest events after it
            return events
        with contextlib.suppress(Exception):
            events = await events_since(self.store, self._last_id, limit=self.MAX_BATCH)
        if events:
            self._last_id = events[-1]["id"]
        return events

    def close(self) -> None:
        pass


Feed = BusFeed | DatabaseFeed
