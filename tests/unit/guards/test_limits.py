"""Connection limits as a unit (the flood test over sockets is in test_flood.py)."""

from __future__ import annotations

from app.smtp.limits import ConnectionLimiter, Limits


def test_per_ip_concurrency_global_cap_and_rate():
    now = [1000.0]
    limiter = ConnectionLimiter(clock=lambda: now[0])
    limits = Limits(max_connections=5, per_ip=2, rate_per_minute=3)
    assert limiter.admit("192.0.2.1", limits) is None
    assert limiter.admit("192.0.2.1", limits) is None
    assert limiter.admit("192.0.2.1", limits) == "too_many_from_ip"
    limiter.release("192.0.2.1")
    assert limiter.admit("192.0.2.1", limits) is None  # third connection this minute
    limiter.release("192.0.2.1")
    assert limiter.admit("192.0.2.1", limits) == "rate_from_ip"
    now[0] += 61
    assert limiter.admit("192.0.2.1", limits) is None
    for i in range(2, 5):
        limiter.admit(f"192.0.2.{i}", limits)
    assert limiter.total == 5
    assert limiter.admit("192.0.2.9", limits) == "too_many_connections"
    assert limiter.admit("192.0.2.9", limits, exempt=True) == "too_many_connections"


def test_trusted_clients_skip_per_address_limits_and_release_is_balanced():
    limiter = ConnectionLimiter()
    limits = Limits(max_connections=100, per_ip=1, rate_per_minute=1)
    for _ in range(10):
        assert limiter.admit("10.0.0.5", limits, exempt=True) is None
    for _ in range(10):
        limiter.release("10.0.0.5")
    limiter.release("10.0.0.5")  # an extra release never goes negative
    assert limiter.total == 0 and not limiter.active
