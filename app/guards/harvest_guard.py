"""Dictionary attacks: unknown recipients counted per client address within a window.

Half the limit starts the tarpit (each further reply is delayed a little more); the limit cuts the
client off, and the operator gets one alert per address per hour.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

MAX_TRACKED = 100_000
ALERT_INTERVAL = 3600.0


class HarvestGuard:
    def __init__(self, clock: Callable[[], float] = time.time):
        self.clock = clock
        self._unknown: dict[str, deque] = {}
        self._alerted: dict[str, float] = {}

    def count(self, ip: str, window: float) -> int:
        seen = self._unknown.get(ip)
        if not seen:
            return 0
        _trim(seen, self.clock() - window)
        return len(seen)

    def unknown(self, ip: str, window: float) -> int:
        """Records an unknown recipient from `ip`; how many there were in the window."""
        if len(self._unknown) >= MAX_TRACKED:
            cutoff = self.clock() - window
            for key in [k for k, v in self._unknown.items() if not v or v[-1] < cutoff]:
                del self._unknown[key]
        seen = self._unknown.setdefault(ip, deque())
        seen.append(self.clock())
        _trim(seen, self.clock() - window)
        return len(seen)

    def should_alert(self, ip: str) -> bool:
        now = self.clock()
        last = self._alerted.get(ip)
        if last is not None and now - last < ALERT_INTERVAL:
            return False
        if len(self._alerted) >= MAX_TRACKED:  # addresses alerted over an hour ago would alert again anyway
            self._alerted = {key: at for key, at in self._alerted.items() if now - at < ALERT_INTERVAL}
        self._alerted[ip] = now
        return True


def _trim(seen: deque, cutoff: float) -> None:
    while seen and seen[0] < cutoff:
        seen.popleft()
