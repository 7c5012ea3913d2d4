"""Where the dashboard's live events come from: the in-process bus, or the database of another process."""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Callable

from ..monitor.bus import EventBus
from ..monitor.events import Event
from ..store.database import Store
from ..store.events import events_since, events_with_ids, last_event_id, recent_events


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
    """`mailmoat tui`: events other processes wrote, read in order by id.

    Several writers (the nodes on one PostgreSQL server) commit in another order than they took their ids: an id
    below the newest one read may still come. Such a gap is asked for again at each drain until it comes, or for
    GAP_WAIT seconds (an id whose transaction rolled back never comes). On SQLite, whose one writer commits in id
    order, there are no gaps to wait for."""

    # Events one drain may read. In a flood the dashboard drains every FLOOD_INTERVAL (2 s) while the gateway writes
    # thousands of events a second (about eight a message): at 2000 a drain the screen fell ~10 s behind the mail.
    MAX_BATCH = 50_000
    GAP_WAIT = 10.0  # seconds an id missing below the newest one read is waited for
    MAX_GAPS = 2_000  # ids waited for at once (4 queries a drain); a larger jump (a batch rolled back) is not a gap

    def __init__(self, store: Store, clock: Callable[[], float] = time.monotonic):
        self.store = store
        self.clock = clock
        self._last_id: int | None = None  # set by history(): until then there is nothing new to drain
        self._gaps: dict[int, float] = {}  # id -> when it was first missed

    async def history(self, limit: int) -> list[dict]:
        events = await recent_events(self.store, limit)
        self._last_id = None
        self._note_gaps(events)  # sets _last_id from the events, if any
        if self._last_id is None:
            self._last_id = await last_event_id(self.store)
        return events

    async def drain(self) -> list[dict]:
        events: list[dict] = []
        if self._last_id is None:  # a pump before the history is in would replay the oldest events after it
            return events
        with contextlib.suppress(Exception):
            late = await events_with_ids(self.store, sorted(self._gaps)) if self._gaps else []
            events = await events_since(self.store, self._last_id, limit=self.MAX_BATCH)
            for event in late:
                del self._gaps[event["id"]]
            self._note_gaps(events)
            events = late + events
        return events

    def _note_gaps(self, events: list[dict]) -> None:
        now = self.clock()
        for gap, since in list(self._gaps.items()):
            if now - since > self.GAP_WAIT:
                del self._gaps[gap]
        if not events:
            return
        expected = self._last_id + 1 if self._last_id is not None else events[0]["id"]
        for event in events:
            missing = event["id"] - expected
            if 0 < missing and len(self._gaps) + missing <= self.MAX_GAPS:
                self._gaps.update(dict.fromkeys(range(expected, event["id"]), now))
            expected = event["id"] + 1
        self._last_id = events[-1]["id"]

    def close(self) -> None:
        pass


Feed = BusFeed | DatabaseFeed
