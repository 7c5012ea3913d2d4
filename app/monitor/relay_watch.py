"""The relay self-test: after every change to the relay rules, the 17 probes of `mailmoat relaytest` run
against the gateway's own listener, from a loopback address no trusted network covers. An accepted probe
is a critical alert that names the change to undo. Every run is kept (relay_selftests).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time

from ..policy.loader import PolicyHolder
from ..policy.snapshot import PolicySnapshot
from ..relaytest import RelayTestError, run_probes
from ..store import journal as journal_store
from ..store import selftests as selftests_store
from ..store.database import Store
from .alert_desk import AlertDesk

log = logging.getLogger(__name__)


def relay_fingerprint(policy: PolicySnapshot) -> tuple:
    return (
        tuple(sorted(str(n) for n in policy.trusted_networks)),
        tuple(sorted(policy.sender_exceptions)),
        tuple(sorted(policy.local_domains)),
        tuple(sorted(policy.relay_routes.items())),
    )


def untrusted_loopback(policy: PolicySnapshot) -> str | None:
    """A loopback address the probes can come from without being trusted; None if all of 127/8 is trusted."""
    for last in range(254, 1, -1):
        candidate = f"127.0.0.{last}"
        if policy.trusted_network_for(candidate) is None:
            return candidate
    return None


class RelayWatch:
    def __init__(
        self, store: Store, policy: PolicyHolder, alerts: AlertDesk | None, listen: tuple[str, int], settle: float = 1.0
    ):
        self.store = store
        self.policy = policy
        self.alerts = alerts
        self.host, self.port = listen
        self.settle = settle
        self._fingerprint = relay_fingerprint(policy.current)
        self._changed = asyncio.Event()
        policy.listeners.append(self._follow)

    def _follow(self, snapshot: PolicySnapshot) -> None:
        fingerprint = relay_fingerprint(snapshot)
        if fingerprint != self._fingerprint:
            self._fingerprint = fingerprint
            self._changed.set()

    async def run(self) -> None:
        while True:
            await self._changed.wait()
            await asyncio.sleep(self.settle)  # a burst of edits is tested once, as it ends
            self._changed.clear()
            if not self.policy.current.settings.relay_selftest:
                continue
            try:
                await self.test("relay change")
            except Exception:
                log.exception("relay self-test failed to run")  # its probes' network errors are not the database's

    async def test(self, trigger: str) -> str:
        """Runs the probes now; returns the outcome (closed | OPEN | skipped | failed)."""
        policy = self.policy.current
        change = await journal_store.last_change(self.store)
        if change is not None:
            trigger = f"{trigger} (journal change {change})"
        source = untrusted_loopback(policy)
        target = self._target()
        if source is None or target is None:
            why = (
                "every loopback address is trusted, so no probe can come from outside"
                if source is None
                else f"the gateway listens on {self.host}, which loopback cannot reach"
            )
            await selftests_store.record(self.store, time.time(), trigger, "skipped", "", why)
            return "skipped"
        domain = min(policy.local_domains) if policy.local_domains else None
        try:
            results = await run_probes(target, self.port, domain=domain, timeout=10, source_ip=source)
        except RelayTestError as exc:
            await selftests_store.record(self.store, time.time(), trigger, "failed", "", str(exc))
            return "failed"
        accepted = [r.probe.trick for r in results if r.accepted]
        if not accepted:
            await selftests_store.record(
                self.store, time.time(), trigger, "closed", "", f"{len(results)} probes from [{source}] refused"
            )
            return "closed"
        await selftests_store.record(
            self.store,
            time.time(),
            trigger,
            "OPEN",
            ", ".join(accepted),
            f"from [{source}]: " + "; ".join(r.reply for r in results if r.accepted)[:1500],
        )
        undo = f" Undo it: mailmoat journal undo {change} (or ctrl+z on the dashboard)." if change else ""
        if self.alerts is None:  # no alert desk (a gateway without monitoring): the self-test row says it
            return "OPEN"
        await self.alerts.raise_alert(
            "open-relay",
            "relay rules",
            "critical",
            f"After the last relay change the gateway relayed mail for a stranger ({len(accepted)} of "
            f"{len(results)} probes: {', '.join(accepted[:4])}). Spammers find open relays within hours.{undo}",
            {"accepted": accepted, "change": change, "source": source},
        )
        return "OPEN"

    def _target(self) -> str | None:
        try:
            address = ipaddress.ip_address(self.host)
        except ValueError:
            return None
        if address.is_unspecified:
            return "127.0.0.1" if address.version == 4 else None
        return self.host if address.is_loopback and address.version == 4 else None
