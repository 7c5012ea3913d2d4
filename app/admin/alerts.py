"""Alerts the gateway raised for the operator: list and acknowledge."""

from __future__ import annotations

from ..store import alerts as alerts_store
from ..store import queue as queue_store
from ..store.alerts import AlertRow
from .core import Admin, Done, NotFound


def target(subject: str) -> tuple[str, str]:
    """("sender" | "account" | "client" | "", the address or IP) of an alert's subject."""
    kind, sep, value = subject.partition(":")
    if not sep:
        return "", subject
    return kind, value


async def alerts(admin: Admin, *, open_only: bool = True) -> list[AlertRow]:
    return await alerts_store.list_alerts(admin.store, open_only=open_only)


async def ack(admin: Admin, alert_id: int) -> Done:
    """Acknowledges the alert; a warning says when the mail of its sender or account is still held."""
    alert = await alerts_store.get_alert(admin.store, alert_id)
    if alert is None:
        raise NotFound(f"no alert {alert_id}")
    if not await alerts_store.ack(admin.store, alert_id, admin.clock()):
        return Done(f"alert {alert_id} was already acknowledged", changed=False)
    kind, sender = target(alert.subject)
    held = kind in ("sender", "account") and sender in await queue_store.load_held_senders(admin.store)
    return Done(f"alert {alert_id} acknowledged", warnings=(f"mail from {sender} is still held",) if held else ())
