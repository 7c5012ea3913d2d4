"""The counters `serve --workers` shares between its workers: unit tests with an injected clock (two tables on
one file play two workers), and the per-network connection rate held across two real workers."""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import smtplib
import sqlite3
import tempfile
from dataclasses import astuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.guards.shared_guards import SharedAuthGuard, SharedHarvestGuard, SharedRateLimiter
from app.guards.auth_guard import AuthGuard
from app.guards.outbound import Limits, RateLimiter
from app.guards.shared_table import SharedTable
from app.smtp.limits import ConnectionLimiter
from app.supervisor import worker_count
from app.smtp.limits import Limits as ConnectionLimits

from tests.conftest import wait_for
from tests.support.processes import ServeProcess, mailmoat

T0 = 1_800_000_000.0


@pytest.fixture
def two_workers(tmp_path):
    path = str(tmp_path / "db-counters")
    SharedTable.create(path, slots=512)
    first, second = SharedTable(path, 0), SharedTable(path, 1)
    yield first, second
    first.close()
    second.close()


def test_a_windowed_count_is_shared_and_slides(two_workers):
    first, second = two_workers
    assert [first.add("rate", "192.0.2.0/24", 60, T0 + i) for i in range(3)] == [1, 2, 3]
    assert second.add("rate", "192.0.2.0/24", 60, T0 + 3) == 4
    assert first.count("rate", "192.0.2.0/24", 60, T0 + 30) == 4
    assert first.count("rate", "198.51.100.0/24", 60, T0 + 30) == 0
    assert second.count("rate", "192.0.2.0/24", 60, T0 + 61.5) == 2  # the first two have left the window
    assert second.count("rate", "192.0.2.0/24", 60, T0 + 64) == 0
    assert first.count("rate", "192.0.2.0/24", 3600, T0 + 5) == 0  # another window is another count


def test_take_never_lets_two_workers_both_have_the_last_place(two_workers):
    first, second = two_workers
    taken = [table.take("rate", "net", 60, 5, T0 + i / 10) for i, table in enumerate([first, second] * 4)]
    assert taken == [True] * 5 + [False] * 3


def _take_many(path: str, worker: int, tries: int, out) -> None:
    table = SharedTable(path, worker)
    out.put(sum(table.take("rate", "net", 3600, 1000, T0) for _ in range(tries)))
    table.close()


def test_take_holds_across_processes_racing(tmp_path):
    path = str(tmp_path / "db-counters")
    SharedTable.create(path, slots=512)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    processes = [context.Process(target=_take_many, args=(path, worker, 700, out)) for worker in range(2)]
    for process in processes:
        process.start()
    counted = [out.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(60)
    assert sum(counted) == 1000 and all(counted)


def test_gauges_sum_over_workers_and_a_restarted_worker_drops_its_own(two_workers):
    first, second = two_workers
    assert first.gauge_add("live", "net", 1) == 1
    assert second.gauge_add("live", "net", 1) == 2
    assert second.gauge_add("live", "net", 1) == 3
    assert first.gauge("live", "net") == 3
    second.reset_worker()  # worker 1 was killed and starts again: its two connections are gone
    assert first.gauge("live", "net") == 1
    assert first.gauge_add("live", "net", -1) == 0
    assert first.gauge_add("live", "net", -1) == 0  # never below zero


def test_values_expire(two_workers):
    first, second = two_workers
    first.set_value("auth-locked", "192.0.2.7", T0 + 300, T0 + 300)
    assert second.value("auth-locked", "192.0.2.7", T0 + 299) == T0 + 300
    assert second.value("auth-locked", "192.0.2.7", T0 + 300) == 0.0


def test_a_full_table_forgets_the_stalest_key_and_keeps_answering(two_workers):
    first, _second = two_workers
    for number in range(3000):  # far more keys than the 512 slots
        assert first.add("harvest", f"10.0.{number // 250}.{number % 250}", 600, T0 + number) == 1
    assert first.count("harvest", "10.0.11.249", 600, T0 + 3000) == 1  # the newest are kept


def test_a_file_that_is_not_a_table_is_refused(tmp_path):
    path = tmp_path / "junk"
    path.write_bytes(b"\x00" * 4096)
    with pytest.raises(ValueError, match="not a Mailmoat counter table"):
        SharedTable(str(path))


def test_the_connection_limits_hold_for_two_workers_together(two_workers):
    first, second = two_workers
    limiters = [ConnectionLimiter(shared=first), ConnectionLimiter(shared=second)]
    limits = ConnectionLimits(max_connections=100, per_ip=3, rate_per_minute=1000)
    assert [limiters[i % 2].admit("192.0.2.0/24", limits) for i in range(4)] == [None, None, None, "too_many_from_ip"]
    limiters[0].release("192.0.2.0/24")
    assert limiters[1].admit("192.0.2.0/24", limits) is None


def test_stress_mode_counts_every_workers_connections(two_workers):
    first, second = two_workers
    limiters = [ConnectionLimiter(shared=first), ConnectionLimiter(shared=second)]
    limits = ConnectionLimits(max_connections=10, per_ip=0, rate_per_minute=0)
    for i in range(7):
        assert limiters[i % 2].admit(f"198.51.100.{i}/32", limits) is None
    # each worker holds 3 or 4 of them; the gateway's table is 70% full
    assert limiters[0].stressed(10, 70) and limiters[1].stressed(10, 70)
    limiters[0].release("198.51.100.0/32")
    assert not limiters[0].stressed(10, 70) and not limiters[1].stressed(10, 70)


def _admit_many(path: str, worker: int, tries: int, out) -> None:
    table = SharedTable(path, worker)
    out.put(sum(table.gauge_admit("live", "net", 0, "*", 500) is None for _ in range(tries)))
    table.close()


def test_the_connection_cap_holds_for_processes_racing(tmp_path):
    path = str(tmp_path / "db-counters")
    SharedTable.create(path, slots=512)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    processes = [context.Process(target=_admit_many, args=(path, worker, 400, out)) for worker in range(2)]
    for process in processes:
        process.start()
    admitted = [out.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(60)
    assert sum(admitted) == 500 and all(admitted)


def test_harvest_and_login_lockout_count_across_workers(two_workers):
    first, second = two_workers
    now = [T0]
    harvest = [SharedHarvestGuard(first, lambda: now[0]), SharedHarvestGuard(second, lambda: now[0])]
    assert [harvest[i % 2].unknown("192.0.2.9", 600) for i in range(4)] == [1, 2, 3, 4]
    assert harvest[1].count("192.0.2.9", 600) == 4
    assert harvest[0].should_alert("192.0.2.9") and not harvest[1].should_alert("192.0.2.9")

    guards = [SharedAuthGuard(first, lambda: now[0]), SharedAuthGuard(second, lambda: now[0])]
    options = dict(ip_failures=3, lockout=60.0, account_failures=4)
    outcomes = [guards[i % 2].failed("192.0.2.9", "kim@corp.example", **options) for i in range(3)]
    assert [o.ip_locked_for for o in outcomes] == [0.0, 0.0, 60.0]
    assert guards[0].locked_for("192.0.2.9") == 60.0 and guards[1].locked_for("192.0.2.9") == 60.0
    now[0] += 61
    assert guards[1].locked_for("192.0.2.9") == 0.0
    outcomes = [guards[i % 2].failed("192.0.2.9", "kim@corp.example", **options) for i in range(3)]
    assert outcomes[-1].ip_locked_for == 120.0  # the second lockout is twice as long, whichever worker saw it
    assert [o.account_attacked for o in outcomes] == [True, False, False]  # the 4th failure, reported once


def test_outbound_rate_limits_count_across_workers(two_workers):
    first, second = two_workers
    rates = [SharedRateLimiter(first, lambda: T0), SharedRateLimiter(second, lambda: T0)]
    for limiter in rates:
        limiter.default = Limits(per_minute=3)
    key = ("account", "kim@corp.example")
    for i in range(3):
        assert rates[i % 2].check(key).ok
        rates[i % 2].record(key, ["other.example"])
    verdict = rates[1].check(key)
    assert not verdict.ok and (verdict.window, verdict.count, verdict.limit) == ("minute", 3, 3)
    assert rates[0].counts(key)["minute"] == (3, 3)


def test_a_shared_limit_says_when_the_oldest_message_leaves_the_window(two_workers):
    """As in one process: the wait is until enough of the counted messages have left the minute, not a minute."""
    first, second = two_workers
    now = [T0]
    rates = [SharedRateLimiter(first, lambda: now[0]), SharedRateLimiter(second, lambda: now[0])]
    memory = RateLimiter(lambda: now[0])
    key = ("account", "kim@corp.example")
    for limiter in [*rates, memory]:
        limiter.default = Limits(per_minute=3)
    for i in range(3):
        now[0] = T0 + 20 * i
        rates[i % 2].record(key, ["other.example"])
        memory.record(key, ["other.example"])
    now[0] = T0 + 45
    verdicts = [rates[0].check(key), rates[1].check(key), memory.check(key)]
    assert [(v.ok, v.count) for v in verdicts] == [(False, 3)] * 3
    assert [v.retry_after for v in verdicts] == [15.0] * 3  # the first leaves at T0 + 60 (it was the window's)


def test_one_guard_logic_in_memory_and_across_workers(two_workers):
    """The guards take their windows from the table or from memory; the same failures give the same outcomes."""
    first, second = two_workers
    now = [T0]
    options = dict(ip_failures=2, lockout=30.0, account_failures=3)
    memory = AuthGuard(lambda: now[0])
    shared = [SharedAuthGuard(first, lambda: now[0]), SharedAuthGuard(second, lambda: now[0])]
    seen: list[list[tuple]] = [[], []]
    for round_ in range(3):
        for i in range(2):
            seen[0].append(astuple(memory.failed("192.0.2.7", "lee@corp.example", **options)))
            seen[1].append(astuple(shared[i % 2].failed("192.0.2.7", "lee@corp.example", **options)))
        assert memory.locked_for("192.0.2.7") == shared[round_ % 2].locked_for("192.0.2.7") > 0
        now[0] += 300
    assert seen[0] == seen[1]
    assert [locked for locked, _attacked, _count in seen[0]] == [0.0, 30.0, 0.0, 60.0, 0.0, 120.0]


def _workers_that_connected(db) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)) as conn:
        return {row[0] for row in conn.execute("SELECT DISTINCT worker FROM events WHERE kind = 'connect'")}


async def test_a_per_network_connection_rate_refuses_at_n_plus_one_through_two_workers(tmp_path):
    db = tmp_path / "rate.db"
    rate = 20
    for args in (("init", "--hostname", "mx.corp.example"), ("set", "smtp.connection_rate_per_ip", str(rate))):
        assert mailmoat(*args, db=db).returncode == 0
    service = ServeProcess(db, tmp_path, "rate", wait=False, args=("--workers", "2"))
    try:
        await asyncio.to_thread(service.wait_ready, 90)

        def greeting() -> int:
            try:
                with smtplib.SMTP(service.host, service.port, timeout=10) as client:
                    return client.noop()[0]
            except smtplib.SMTPConnectError as exc:
                return exc.smtp_code

        codes = [await asyncio.to_thread(greeting) for _ in range(rate + 1)]
        assert codes == [250] * rate + [421]
        # SO_REUSEPORT spread the connections: both workers counted toward the one limit
        await wait_for(lambda: len(_workers_that_connected(db)) == 2, timeout=30, interval=0.1)
    finally:
        service.kill()


@given(st.text(max_size=12))
def test_any_worker_count_text_is_a_number_in_range_or_a_clear_error(text):
    try:
        count = worker_count(text)
    except ValueError as exc:
        assert str(exc).startswith("--workers: ")
    else:
        assert 1 <= count <= 64


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=30))
def test_any_keys_korean_and_odd_ones_included_are_counted_apart(keys):
    with tempfile.TemporaryDirectory() as scratch:
        path = os.path.join(scratch, "counters")
        SharedTable.create(path, slots=512)
        first, second = SharedTable(path, 0), SharedTable(path, 1)
        try:
            for number, key in enumerate(keys):
                (first if number % 2 else second).add("harvest", key, 600, T0)
            for key in set(keys):
                assert first.count("harvest", key, 600, T0) == keys.count(key)
        finally:
            first.close()
            second.close()


def test_auto_counts_the_cores_this_process_may_run_on(monkeypatch):
    monkeypatch.setattr("os.sched_getaffinity", lambda _pid: {3})  # `taskset -c 3`, or a container's cpuset
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert worker_count("auto") == 1
