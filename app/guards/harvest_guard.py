"""Dictionary attacks: unknown recipients counted per client address within a window.

Half the limit starts the tarpit (each further reply is delayed a little more); the limit cuts the
client off, and the operator gets one alert per address per hour.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .counters import Counters, MemoryCounters, Window

MAX_TRACKED = 100_000
ALERT_INTERVAL = 3600.0
DEFAULT_WINDOW = 3600.0


class HarvestGuard:
    def __init__(
        self,
        clock: Callable[[], float] = time.time,
        max_tracked: int | None = None,
        *,
        counters: Counters | None = None,
    ):
        """counters: where the unknown recipients are counted (default: this process's memory)."""
        self.clock = clock
        bound = MAX_TRACKED if max_tracked is None else max_tracked
        self.counters = counters = counters or MemoryCounters(clock)
        self._unknown: Window[str] = counters.window("harvest", DEFAULT_WINDOW, max_keys=bound)
        self._alerted: Window[str] = counters.window("harvest-alert", ALERT_INTERVAL, max_keys=bound)

    async def refresh(self, ip: str, window: float) -> None:
        """Before a decision: the cluster's count of this address within `window` (a no-op on one box)."""
        self._unknown.span = window
        await self.counters.refresh((self._unknown, ip), (self._alerted, ip))

    async def settle(self) -> bool:
        """After a decision: its counts written where the cluster counts (a no-op on one box). True if another node
        took the alert first (`should_alert`'s once an hour holds for the cluster)."""
        return any(kind == "harvest-alert" for kind, _key in await self.counters.flush())

    def count(self, ip: str, window: float) -> int:
        """Unknown recipients from `ip` within the last `window` seconds (the setting may change on reload)."""
        self._unknown.span = window
        return self._unknown.count(ip)

    def unknown(self, ip: str, window: float) -> int:
        """Records an unknown recipient from `ip`; how many there were in the window."""
        self._unknown.span = window
        return self._unknown.hit(ip)

    def should_alert(self, ip: str) -> bool:
        """True at most once per ALERT_INTERVAL per address."""
        return self._alerted.take(ip, 1, self.clock())
