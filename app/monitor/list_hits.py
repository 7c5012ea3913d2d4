"""Counts how often each block or allow entry and each content rule decided, from the events, and stores
the counts in batches (a rule in monitor mode counts its would-have hits). The would-have hits of monitored
block entries and content rules are also stored by entry id or rule name with their sender, for promotion."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re

from ..store.database import Store, log_failure
from ..store.content_rules import record_rule_hits
from ..store.lists import record_hits
from ..store.monitor_hits import MonitorHit, record_monitor_hits
from .bus import EventBus
from .events import Event

log = logging.getLogger(__name__)
_ENTRY_ID = re.compile(r"^(?:monitor:)?(?:block|allow)list:.*#(\d+)$")  # a monitored entry counts would-have hits
_RULE_NAME = re.compile(r"(?:^content:|, | \| monitor:)([^,|]+?)\(\+[^)]*\)")
_MONITORED = " | monitor:"  # content events: the monitored rules follow (app.pipeline.content)


class ListHitCounter:
    def __init__(self, store: Store, bus: EventBus, interval: float = 5.0):
        self.store = store
        self.interval = interval
        self.pending: dict[int, tuple[int, float]] = {}
        self.rules: dict[str, tuple[int, float]] = {}
        self.monitored: dict[tuple[int | None, str | None, str], float] = {}  # (entry, rule, sender) -> last
        self._stopping = asyncio.Event()
        self._unsubscribe = bus.subscribe(self._count)

    def _count(self, event: Event) -> None:
        if event.check_name == "content" and event.kind == "data":
            for name in _RULE_NAME.findall(event.rule):
                count, _ = self.rules.get(name, (0, 0.0))
                self.rules[name] = (count + 1, event.ts)
            _, found, monitored = event.rule.partition(_MONITORED)
            if found:
                for name in _RULE_NAME.findall(_MONITORED + monitored):
                    self.monitored[None, name, event.sender] = event.ts
            return
        if "list:" not in event.rule:  # also "monitor:blocklist:..."
            return
        match = _ENTRY_ID.match(event.rule)
        if match:
            entry = int(match[1])
            count, _ = self.pending.get(entry, (0, 0.0))
            self.pending[entry] = (count + 1, event.ts)
            if event.rule.startswith("monitor:"):
                self.monitored[entry, None, event.sender] = event.ts

    async def run(self) -> None:
        while not self._stopping.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.interval)
            await self.flush()

    async def flush(self) -> None:
        if self.monitored:
            monitored, self.monitored = self.monitored, {}
            rows: list[MonitorHit] = [(ts, entry, rule, sender) for (entry, rule, sender), ts in monitored.items()]
            try:
                await record_monitor_hits(self.store, rows)
            except Exception:
                log_failure(log, "could not record monitored rules' hits")
        if self.rules:
            rules, self.rules = self.rules, {}
            try:
                await record_rule_hits(self.store, rules)
            except Exception:
                log_failure(log, "could not record content rule hits")
        if not self.pending:
            return
        hits, self.pending = self.pending, {}
        try:
            await record_hits(self.store, hits)
        except Exception:
            log_failure(log, "could not record list hits")

    def stop(self) -> None:
        self._stopping.set()
        self._unsubscribe()
