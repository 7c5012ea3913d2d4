"""The harvest guard's memory is bounded, each address alerts once an hour, and its window expires."""

from __future__ import annotations

from app.guards.harvest_guard import HarvestGuard


def test_alerts_once_an_hour_per_address_and_forgets_old_ones():
    now = [1000.0]
    guard = HarvestGuard(clock=lambda: now[0], max_tracked=100)
    assert guard.should_alert("192.0.2.1") and not guard.should_alert("192.0.2.1")
    for n in range(500):
        now[0] += 60
        assert guard.should_alert(f"198.51.100.{n % 250}/{n}")
    assert len(guard._alerted) <= 100
    now[0] += 3600
    assert guard.should_alert("192.0.2.1")


def test_unknown_recipients_are_counted_within_the_window_only():
    now = [0.0]
    guard = HarvestGuard(clock=lambda: now[0], max_tracked=10)
    for _ in range(3):
        guard.unknown("192.0.2.7", 300)
        now[0] += 100
    assert guard.count("192.0.2.7", 300) == 2  # the first, at 0, left the window at 300
    now[0] += 300
    assert guard.count("192.0.2.7", 300) == 0
    for n in range(50):
        guard.unknown(f"203.0.113.{n}", 300)
    assert len(guard._unknown) <= 10
