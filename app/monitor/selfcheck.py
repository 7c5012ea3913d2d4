"""Is the gateway itself blacklisted? Asks the configured DNSBLs about its own public address."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from ..policy.dnsbl import DnsblChecker, DnsblVerdict
from ..policy.loader import PolicyHolder
from ..store import settings as settings_store
from ..store.database import Store

log = logging.getLogger(__name__)
RESULT_KEY = "internal.selfcheck"  # "<unix time> <verdict text>", read by the dashboard header


async def check_own_address(checker: DnsblChecker, policy, ip: str | None = None) -> DnsblVerdict | None:
    """None when there is no address to check or no DNSBL zone configured."""
    ip = ip or policy.settings.public_ip
    zones = [z for z in policy.dnsbl_zones if z.kind == "ip"]
    if not ip or not zones:
        return None
    return await checker.check_ip(ip, zones, budget=max(policy.settings.dnsbl_budget, 5.0))


def describe(verdict: DnsblVerdict | None, ip: str) -> str:
    if verdict is None:
        return ""
    if verdict.hits:
        return f"LISTED: our address {ip} is listed at {', '.join(h.zone for h in verdict.hits)}"
    unanswered = f" ({len(verdict.unanswered)} zones did not answer)" if verdict.unanswered else ""
    return f"our address {ip} is not listed{unanswered}"


class SelfCheck:
    """Runs the check at start and every `interval` seconds, and stores the answer for the dashboard."""

    def __init__(self, store: Store, policy: PolicyHolder, checker: DnsblChecker | None, interval: float = 3600.0):
        self.store = store
        self.policy = policy
        self.checker = checker
        self.interval = interval

    async def run(self) -> None:
        while True:
            with contextlib.suppress(Exception):
                await self.once()
            await asyncio.sleep(self.interval)

    async def once(self) -> str:
        policy = self.policy.current
        if self.checker is None:  # no DNSBL checker started: nothing to ask
            return ""
        verdict = await check_own_address(self.checker, policy)
        text = describe(verdict, policy.settings.public_ip)
        if verdict is not None and verdict.hits:
            log.warning("%s", text)
        await settings_store.set_setting(self.store, RESULT_KEY, f"{time.time():.0f} {text}")
        return text
