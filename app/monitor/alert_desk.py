"""Raises alerts: stored until acknowledged, published as events for the dashboard, and, for a sender the
operator wants stopped on a critical alert (outbound.hold_on_alert), its mail held for review."""

from __future__ import annotations

import json
import logging
import time

from ..policy.loader import PolicyHolder
from ..store import alerts as alerts_store
from ..store import queue as queue_store
from ..store.database import Store
from .bus import EventBus
from .events import Event

log = logging.getLogger(__name__)


class AlertDesk:
    def __init__(self, store: Store, bus: EventBus, policy: PolicyHolder, clock=time.time):
        self.store = store
        self.bus = bus
        self.policy = policy
        self.clock = clock

    async def raise_alert(
        self,
        kind: str,
        subject: str,
        severity: str,
        summary: str,
        details: dict | None = None,
        *,
        hold_sender: str | None = None,
        client_ip: str = "",
    ) -> int:
        now = self.clock()
        details = dict(details or {})
        if client_ip:
            details.setdefault("client_ip", client_ip)  # the path the mail took (a trusted network's, a login's)
        alert_id = await alerts_store.raise_alert(
            self.store, now, kind, subject, severity, summary, json.dumps(details, ensure_ascii=False, default=str)
        )
        held = 0
        if hold_sender:
            held = await queue_store.hold_sender(self.store, hold_sender, f"alert #{alert_id}: {kind}", now)
            await self.policy.reload()
        log.warning("alert #%d %s %s: %s", alert_id, severity, subject, summary)
        self.bus.publish(
            Event(
                session="",
                kind="alert",
                stage="monitor",
                check_name=kind,
                verdict=severity,
                client_ip=client_ip,
                sender=subject,
                reply=summary[:500],
                reason=f"alert #{alert_id}" + (f", {held} queued message(s) held" if hold_sender else ""),
                rule=f"alert:{alert_id}",
                ts=now,
            )
        )
        return alert_id
