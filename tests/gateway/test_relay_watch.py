"""The relay self-test: a relay change that opens the relay is caught, alerted and can be undone."""

from __future__ import annotations

import asyncio

from app.cli import main
from app.store import alerts as alerts_store
from app.store import selftests as selftests_store

from tests.conftest import wait_for


async def test_a_change_that_opens_the_relay_is_caught_and_undone(gateway):
    await gateway.configure(relay__selftest="yes")
    watch = gateway.gateway.relay_watch
    watch.settle = 0.1
    assert await watch.test("start") == "closed"
    # A sender-domain exception for our own domain: anyone who claims to be us may relay ...
    assert await asyncio.to_thread(main, ["--db", gateway.db, "relay", "allow-domain", "corp.example"]) == 0
    runs = await wait_for(lambda: _runs(gateway, 2), timeout=30)
    assert runs[0].outcome == "OPEN" and "sender spoofs target domain" in runs[0].accepted
    assert "journal change" in runs[0].trigger
    alert = (await alerts_store.list_alerts(gateway.store, open_only=True))[0]
    assert alert.kind == "open-relay" and alert.severity == "critical"
    assert "mailmoat journal undo" in alert.summary
    # ... and undoes it as the alert says.
    change = alert.summary.split("mailmoat journal undo ")[1].split()[0]
    assert await asyncio.to_thread(main, ["--db", gateway.db, "journal", "undo", change]) == 0
    runs = await wait_for(lambda: _runs(gateway, 3), timeout=30)
    assert runs[0].outcome == "closed"


async def test_no_untrusted_loopback_address_is_reported_not_guessed(gateway):
    await gateway.configure(relay__selftest="yes")
    await gateway.trust("127.0.0.0/8")
    assert await gateway.gateway.relay_watch.test("manual") == "skipped"
    history = await selftests_store.history(gateway.store)
    assert "every loopback address is trusted" in history[0].detail


async def _runs(gateway, count: int):
    history = await selftests_store.history(gateway.store)
    return history if len(history) >= count else None
