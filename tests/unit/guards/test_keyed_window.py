"""KeyedWindow, the one sliding-window counter of guards/, and the guards built on it, with an injected clock."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.guards.auth_guard import AuthGuard
from app.guards.keyed_window import KeyedWindow
from app.smtp.limits import ConnectionLimiter, Limits


class Clock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_hits_expire_once_the_window_has_passed():
    clock = Clock()
    window: KeyedWindow[str] = KeyedWindow(60, clock=clock)
    assert window.hit("a") == 1
    clock.now += 30
    assert window.hit("a") == 2
    assert window.count("b") == 0
    clock.now += 30  # the first hit is exactly 60 s old: out
    assert window.count("a") == 1
    clock.now += 30
    assert window.count("a") == 0


def test_reset_forgets_a_key_and_only_that_key():
    window: KeyedWindow[str] = KeyedWindow(60, clock=Clock())
    window.hit("a")
    window.hit("b", amount=3)
    window.reset("a")
    window.reset("never-seen")
    assert (window.count("a"), window.count("b")) == (0, 3)


def test_the_number_of_keys_is_bounded_and_the_least_recently_hit_go_first():
    clock = Clock()
    window: KeyedWindow[int] = KeyedWindow(60, max_keys=3, clock=clock)
    for key in range(3):
        window.hit(key)
        clock.now += 1
    window.hit(0)  # 0 is now the most recently hit
    window.hit(3)
    assert len(window) == 3
    assert 1 not in window and {0, 2, 3} <= set(window)


def test_buckets_sum_hits_and_expire_whole():
    clock = Clock(0.0)
    window: KeyedWindow[str] = KeyedWindow(60, bucket=10, clock=clock)
    for _ in range(100):
        window.hit("a", amount=2)
    assert window.count("a") == 200 and len(window.entries("a")) == 1
    clock.now = 55
    window.hit("a")
    assert window.count("a") == 201
    assert window.retry_after("a", 1) == 5  # the first bucket, 0-10 s, leaves the window at 60 s
    clock.now = 60
    assert window.count("a") == 1


def test_retry_after_is_when_enough_hits_have_expired():
    clock = Clock(0.0)
    window: KeyedWindow[str] = KeyedWindow(100, clock=clock)
    for at in (0, 10, 20):
        window.hit("a", at)
    assert window.retry_after("a", 3, 20) == 0
    assert window.retry_after("a", 2, 20) == 80  # the hit at 0 expires at 100
    assert window.retry_after("a", 2, 20, extra=1) == 90  # room for one more once the hit at 10 is gone too
    assert window.retry_after("never", 0, 20, extra=1) == 100


def test_snapshot_entries_load_back():
    clock = Clock(0.0)
    first: KeyedWindow[str] = KeyedWindow(3600, bucket=60, clock=clock)
    first.hit("a", 10, 2)
    first.hit("a", 130, 5)
    second: KeyedWindow[str] = KeyedWindow(3600, bucket=60, clock=clock)
    second.load("a", first.entries("a"))
    assert second.count("a", 200) == 7 and second.entries("a") == first.entries("a")


@pytest.mark.parametrize("bad", [{"span": 0}, {"span": 10, "max_keys": 0}, {"span": 10, "bucket": -1}])
def test_nonsense_sizes_are_refused(bad):
    with pytest.raises(ValueError):
        KeyedWindow(**bad)


@given(st.lists(st.tuples(st.integers(0, 5), st.floats(0, 50)), max_size=60), st.floats(0, 200))
def test_count_is_the_hits_of_the_last_span_seconds(events, probe):
    """Against the obvious model: every hit remembered, counted when it is less than `span` old."""
    window: KeyedWindow[int] = KeyedWindow(30, max_keys=100, clock=Clock())
    at = 0.0
    log = []
    for key, step in events:
        at += step
        window.hit(key, at)
        log.append((key, at))
    now = at + probe
    for key in range(6):
        assert window.count(key, now) == sum(1 for k, t in log if k == key and t > now - 30)


def test_connection_rate_per_network_uses_the_window():
    clock = Clock()
    limiter = ConnectionLimiter(clock=clock)
    limits = Limits(max_connections=100, per_ip=0, rate_per_minute=2)
    assert limiter.admit("192.0.2.0/24", limits) is None
    assert limiter.admit("192.0.2.0/24", limits) is None
    assert limiter.admit("192.0.2.0/24", limits) == "rate_from_ip"
    assert limiter.admit("198.51.100.0/24", limits) is None
    clock.now += 60
    assert limiter.admit("192.0.2.0/24", limits) is None


def test_auth_lockouts_double_and_accounts_are_reported_once_an_hour():
    clock = Clock()
    guard = AuthGuard(clock=clock)
    options = {"ip_failures": 3, "lockout": 60.0, "account_failures": 4}
    outcomes = [guard.failed("192.0.2.1", "kim@corp.example", **options) for _ in range(3)]
    assert [o.ip_locked_for for o in outcomes] == [0, 0, 60]
    assert guard.locked_for("192.0.2.1") == 60
    clock.now += 60
    assert guard.locked_for("192.0.2.1") == 0
    outcomes = [guard.failed("192.0.2.1", "kim@corp.example", **options) for _ in range(3)]
    assert outcomes[-1].ip_locked_for == 120  # the second lockout doubles
    assert [o.account_attacked for o in outcomes] == [True, False, False]  # the fourth account failure
    assert outcomes[-1].account_failures == 6
    clock.now += 3600
    assert guard.failed("198.51.100.9", "kim@corp.example", **options).account_attacked is False  # 1 in the hour
    guard.succeeded("198.51.100.9")
    assert guard.failed("198.51.100.9", None, **options).ip_locked_for == 0


def test_auth_guard_memory_is_bounded():
    clock = Clock()
    guard = AuthGuard(clock=clock, max_tracked=50)
    for n in range(500):
        clock.now += 1
        guard.failed(
            f"10.0.{n // 250}.{n % 250}", f"user{n}@corp.example", ip_failures=1, lockout=0.5, account_failures=1
        )
    assert len(guard._ip_failures) <= 50 and len(guard._account_failures) <= 50 and len(guard._lockouts) <= 50
