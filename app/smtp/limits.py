"""Connection flood protection: a global cap, concurrent connections and connection rate per client IP."""
from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_connections: int  # the whole gateway
    per_ip: int  # concurrent connections from one address (0: no limit)
    rate_per_minute: int  # new connections from one address per minute (0: no limit)


class ConnectionLimiter:
    """Counts live connections; `admit` says why a new one must be refused, or None."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.active: Counter[str] = Counter()
        self.total = 0
        self._recent: dict[str, deque[float]] = {}

    def admit(self, ip: str, limits: Limits, *, exempt: bool = False) -> str | None:
        """exempt: a trusted network (e.g. the Exchange server) has no per-address limits, only the global cap."""
        if self.total >= limits.max_connections:
            return "too_many_connections"
        if not exempt:
            if limits.per_ip and self.active[ip] >= limits.per_ip:
                return "too_many_from_ip"
            if limits.rate_per_minute:
                now = self.clock()
                recent = self._recent.setdefault(ip, deque())
                while recent and recent[0] <= now - 60:
                    recent.popleft()
                if len(recent) >= limits.rate_per_minute:
                    return "rate_from_ip"
                recent.append(now)
                if len(self._recent) > 100_000:  # a scan from many addresses must not grow this forever
                    self._forget_idle(now)
        self.active[ip] += 1
        self.total += 1
        return None

    def release(self, ip: str) -> None:
        if self.active[ip] > 0:
            self.active[ip] -= 1
            self.total -= 1
            if not self.active[ip]:
                del self.active[ip]

    def _forget_idle(self, now: float) -> None:
        for ip in [ip for ip, times in self._recent.items() if not times or times[-1] <= now - 60]:
            del self._recent[ip]
