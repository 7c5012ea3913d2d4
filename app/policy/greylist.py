"""Greylisting: a first attempt from an unknown client gets 451; a real mail server retries after the
delay and is then let through, and its network is allowlisted for a while (off by default, per domain)."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..store import greylist as greylist_store
from ..store.database import Store


@dataclass(frozen=True)
class GreylistVerdict:
    passed: bool
    retry_in: float = 0.0  # seconds until a retry would pass
    reason: str = ""  # new | too_early | retried | known_network


def client_network(ip: str) -> str:
    """Big senders retry from another address of the same farm: greylist by /24 (IPv4) or /64 (IPv6)."""
    address = ipaddress.ip_address(ip)
    prefix = 24 if address.version == 4 else 64
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))


class Greylist:
    def __init__(self, store: Store, clock: Callable[[], float] = time.time):
        self.store = store
        self.clock = clock
        self._pruned = 0.0

    async def check(
        self, ip: str, sender: str, recipient: str, *, delay: float, lifetime: float, allow_for: float
    ) -> GreylistVerdict:
        now = self.clock()
        if now - self._pruned > 3600:  # spam never retries: forget stale triplets and lapsed networks
            self._pruned = now
            await greylist_store.prune(self.store, now, lifetime)
        net = client_network(ip)
        if await greylist_store.passed_until(self.store, net) > now:
            return GreylistVerdict(True, reason="known_network")
        seen = await greylist_store.first_seen(self.store, net, sender.lower(), recipient.lower(), now)
        if now - seen > lifetime:  # retried far too late: start over
            await greylist_store.restart(self.store, net, sender.lower(), recipient.lower(), now)
            seen = now
        if now - seen < delay:
            return GreylistVerdict(False, retry_in=delay - (now - seen), reason="new" if seen == now else "too_early")
        await greylist_store.mark_passed(self.store, net, now + allow_for)
        return GreylistVerdict(True, reason="retried")
