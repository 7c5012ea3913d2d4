"""Connection flood protection: a global cap, concurrent connections and connection rate per client network.

A network is the client's address cut to a prefix (/24 for IPv4 and /64 for IPv6 by default): one host
owns a whole IPv6 /64, so counting exact addresses would let it open connections without end.
"""

from __future__ import annotations

import ipaddress
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..guards.counters import Counters, MemoryCounters, Window
from ..guards.shared_guards import TableCounters
from ..guards.shared_table import SharedTable

RATE_WINDOW = 60.0
MAX_RATE_NETWORKS = 100_000  # a scan from many networks must not grow the rate table forever


@dataclass(frozen=True)
class Limits:
    max_connections: int  # the whole gateway
    per_ip: int  # concurrent connections from one network (0: no limit)
    rate_per_minute: int  # new connections from one network per minute (0: no limit)


def network_of(ip: str, prefix_v4: int = 24, prefix_v6: int = 64) -> str:
    """The network `ip` is counted in, as CIDR text; an unparseable address counts alone."""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if address.version == 6 and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    prefix = prefix_v4 if address.version == 4 else prefix_v6
    return str(ipaddress.ip_network((address, prefix), strict=False))


LIVE, RATE, ALL = "live", "rate", "*"  # shared table kinds: live connections, new connections per minute


class ConnectionLimiter:
    """Counts live connections; `admit` says why a new one must be refused, or None."""

    def __init__(
        self,
        clock: Callable[[], float] | None = None,
        shared: SharedTable | None = None,
        *,
        counters: Counters | None = None,
    ):
        """shared: the counters of `serve --workers`, so that the limits hold for the workers together (the
        clock is then wall time, which every worker shares). counters: where the connection rate is counted when
        not here or in `shared` (a cluster's, in PostgreSQL: guards/pg_counters.py, on its own wall clock); the
        live connections stay this box's, its own resource."""
        self.clock = clock or (time.monotonic if shared is None and counters is None else time.time)
        self.shared = shared
        self.active: Counter[str] = Counter()  # live connections per network (of this process)
        self.total = 0
        if counters is None:
            counters = MemoryCounters(self.clock) if shared is None else TableCounters(shared, self.clock)
        self.counters = counters
        self._recent: Window[str] = counters.window(RATE, RATE_WINDOW, max_keys=MAX_RATE_NETWORKS)

    def admit(self, network: str, limits: Limits, *, exempt: bool = False, again: bool = False) -> str | None:
        """`network`: the client's, from network_of. exempt: a trusted network (e.g. the Exchange server) has no
        per-network limits, only the global cap. again: the same connection asking once more after the global cap
        refused it (its attempt is not counted twice). An admitted connection is released with `release(network)`.
        """
        if not exempt:
            if limits.per_ip and self._live(network) >= limits.per_ip:
                return "too_many_from_ip"  # refused before the rate counts it
            if limits.rate_per_minute and not again and not self._recent.take(network, limits.rate_per_minute):
                return "rate_from_ip"
        if self.shared is None:
            if self.total >= limits.max_connections:
                return "too_many_connections"
        else:  # the live counts of every worker: checked and added in one step
            refused = self.shared.gauge_admit(
                LIVE, network, 0 if exempt else limits.per_ip, ALL, limits.max_connections
            )
            if refused is not None:
                return "too_many_from_ip" if refused == "key" else "too_many_connections"
        self.active[network] += 1
        self.total += 1
        return None

    async def settle(self, network: str, refused: str | None) -> str | None:
        """After `admit`: the connection's count written where the cluster counts it. If another node took the
        last place in the rate first, an admission is undone: "rate_from_ip". Else `refused`, as admit said."""
        if (RATE, network) in await self.counters.flush() and refused != "rate_from_ip":
            if refused is None:
                self.release(network)
            return "rate_from_ip"
        return refused

    def _live(self, network: str) -> int:
        return self.active[network] if self.shared is None else self.shared.gauge(LIVE, network)

    def release(self, network: str) -> None:
        if self.active[network] > 0:
            self.active[network] -= 1
            self.total -= 1
            if not self.active[network]:
                del self.active[network]
            if self.shared is not None:
                self.shared.gauge_add(LIVE, network, -1)
                self.shared.gauge_add(LIVE, ALL, -1)

    def stressed(self, max_connections: int, stress_at_percent: int) -> bool:
        """True once the connection table is `stress_at_percent` full (Postfix's and postscreen's stress mode); under
        `serve --workers` the table is every worker's together, as max_connections is."""
        live = self.total if self.shared is None else self.shared.gauge(LIVE, ALL)
        return live * 100 >= max_connections * stress_at_percent
