"""Dictionary attacks: unknown recipients counted per client address within a window.

Half the limit starts the tarpit (each further reply is delayed a little more); the limit cuts the
client off, and the operator gets one alert per address per hour.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .keyed_window import KeyedWindow

MAX_TRACKED = 100_000
ALERT_INTERVAL = 3600.0
DEFAULT_WINDOW = 3600.0


class HarvestGuard:
    def __init__(self, clock: Callable[[], float] = time.time, max_tracked: int | None = None):
        self.clock = clock
        bound = MAX_TRACKED if max_tracked is None else max_tracked
        self._unknown: KeyedWindow[str] = KeyedWindow(DEFAULT_WINDOW, max_keys=bound, clock=clock)
        self._alerted: KeyedWindow[str] = KeyedWindow(ALERT_INTERVAL, max_keys=bound, clock=clock)

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
        now = self.clock()
        if self._alerted.count(ip, now):
            return False
        self._alerted.hit(ip, now)
        return True
