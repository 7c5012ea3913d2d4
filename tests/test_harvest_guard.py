"""The harvest guard's memory of alerted addresses is bounded, and each address still alerts once an hour."""
from __future__ import annotations

from app.guards import harvest_guard
from app.guards.harvest_guard import HarvestGuard


def test_alerts_once_an_hour_per_address_and_forgets_old_ones(monkeypatch):
    monkeypatch.setattr(harvest_guard, "MAX_TRACKED", 100)
    now = [1000.0]
    guard = HarvestGuard(clock=lambda: now[0])
    assert guard.should_alert("192.0.2.1") and not guard.should_alert("192.0.2.1")
    for n in range(500):
        now[0] += 60
        assert guard.should_alert(f"198.51.100.{n % 250}/{n}")
    assert len(guard._alerted) <= 100
    now[0] += 3600
    assert guard.should_alert("192.0.2.1")
