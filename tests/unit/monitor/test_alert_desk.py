"""One alert per subject and incident: the alert desk on a real database with an injected clock."""

from __future__ import annotations

from app.monitor.alert_desk import AlertDesk
from app.monitor.bus import EventBus
from app.policy.loader import PolicyHolder
from app.store import alerts as alerts_store
from app.store.database import Store


class Clock:
    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


async def open_desk(tmp_path) -> tuple[AlertDesk, Clock, list]:
    store = await Store.open(str(tmp_path / "alerts.db"))
    clock = Clock()
    bus = EventBus()
    published: list = []
    bus.subscribe(published.append)
    return AlertDesk(store, bus, await PolicyHolder.load(store), clock), clock, published


async def test_a_repeat_while_open_updates_the_alert_and_after_the_ack_a_new_one_opens(tmp_path):
    desk, clock, published = await open_desk(tmp_path)
    store = desk.store
    try:
        first = await desk.raise_alert(
            "dormant-sender-started",
            "sender:webmaster@corp.example",
            "warning",
            "webmaster@corp.example sent 8 messages",
            {"messages": 8},
        )
        await desk.raise_alert("dictionary-attack", "client:192.0.2.7", "critical", "another subject")
        clock.now += 3700
        again = await desk.raise_alert(
            "dormant-sender-started",
            "sender:webmaster@corp.example",
            "critical",
            "webmaster@corp.example sent 20 messages",
            {"messages": 20},
        )
        assert again == first
        alerts = await alerts_store.list_alerts(store, open_only=True)
        assert len(alerts) == 2
        updated = alerts[0]  # the one raised last comes first
        assert (updated.id, updated.times, updated.created, updated.last_seen) == (
            first,
            2,
            1_800_000_000.0,
            1_800_003_700.0,
        )
        assert (updated.summary, updated.severity, updated.details) == (
            "webmaster@corp.example sent 20 messages",
            "critical",
            '{"messages": 20}',
        )
        # a later, milder repeat does not lower the severity
        await desk.raise_alert("dormant-sender-started", "sender:webmaster@corp.example", "warning", "again")
        assert (await alerts_store.get_alert(store, first)).severity == "critical"
        assert [e.rule for e in published].count(f"alert:{first}") == 3  # the dashboard hears of each repeat
        # acknowledged, the incident is over: the next one is a new alert
        assert await alerts_store.ack(store, first, clock.now)
        clock.now += 60
        newer = await desk.raise_alert(
            "dormant-sender-started", "sender:webmaster@corp.example", "critical", "it started again"
        )
        assert newer != first
        assert (await alerts_store.get_alert(store, newer)).times == 1
    finally:
        await store.close()
