"""What the gateway's edge is given: one frozen bundle, built once at the composition root (app/runtime.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..delivery.runner import DeliveryRunner
    from ..guards.auth_guard import AuthGuard
    from ..guards.counters import Counters
    from ..guards.harvest_guard import HarvestGuard
    from ..guards.outbound import OutboundMonitor
    from ..monitor.alert_desk import AlertDesk
    from ..monitor.bus import EventBus
    from ..policy.dnsbl import DnsblChecker
    from ..policy.greylist import Greylist
    from ..policy.loader import PolicyHolder
    from ..policy.spf import SpfChecker
    from ..recipients.verifier import RecipientVerifier
    from ..scan.clamd import Scanner
    from ..store.database import Store
    from .limits import ConnectionLimiter


class ScannerSlot:
    """The virus scanner in use: replaced when virus.clamd changes, so the one mutable part of the services."""

    def __init__(self, scanner: Scanner | None = None) -> None:
        self.current = scanner


@dataclass(frozen=True)
class Services:
    store: Store
    policy: PolicyHolder
    bus: EventBus
    delivery: DeliveryRunner
    alerts: AlertDesk
    limiter: ConnectionLimiter  # connections per network, the connection rate
    auth_guard: AuthGuard  # login failures and lockouts
    harvest: HarvestGuard  # unknown recipients per client
    outbound: OutboundMonitor  # per-sender limits and baselines
    dnsbl: DnsblChecker
    spf: SpfChecker
    greylist: Greylist
    verifier: RecipientVerifier
    scanner: ScannerSlot
    clock: Callable[[], float]  # wall-clock seconds; tests pass their own to let time pass
    counters: Counters | None = None  # where the guards count when not in this process's memory (a cluster's, a box's)
