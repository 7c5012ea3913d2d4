"""The guards' counters on PostgreSQL (guards/pg_counters.py over store/guard_counts.py): two `PostgresCounters` on one
private database play two nodes, on an injected clock. The windows' contract (hit, count, take, retry_after, reset,
expiry, the sweep), takes that race for the last place, values, the guards across nodes, failing open when the
server does not answer, and the greylist, which was in the database already."""

from __future__ import annotations

import asyncio
import logging
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.guards.auth_guard import AuthGuard
from app.guards.harvest_guard import HarvestGuard
from app.guards.keyed_window import KeyedWindow
from app.guards.outbound import Limits, RateLimiter, account_key
from app.guards.pg_counters import PostgresCounters
from app.policy.greylist import Greylist
from app.smtp.limits import ConnectionLimiter
from app.smtp.limits import Limits as ConnectionLimits
from app.store.database import Store
from app.store.guard_counts import GuardCounts
from tests.support.postgres import postgres_server, postgres_url  # noqa: F401 (fixtures)

from tests.conftest import db_rows
from tests.support.processes import closed_port

T0 = 1_800_000_000.0


@pytest.fixture
async def store(postgres_url):
    store = await Store.open(postgres_url)  # migrated: guard_counts, guard_values, guard_apply
    yield store
    await store.close()


@pytest.fixture
async def nodes(store):
    now = [T0]
    pair = [PostgresCounters(store.path, lambda: now[0]) for _ in range(2)]
    yield pair, now
    for counters in pair:
        await counters.close()


async def test_hits_of_two_nodes_make_one_count_and_expire_with_the_window(nodes):
    (a, b), now = nodes
    windows = [a.window("harvest", 600.0), b.window("harvest", 600.0)]
    for turn in range(6):
        counters, window = (a, windows[0]) if turn % 2 == 0 else (b, windows[1])
        await counters.refresh((window, "192.0.2.7"))
        window.hit("192.0.2.7")
        await counters.flush()
    await b.refresh((windows[1], "192.0.2.7"))
    assert windows[1].count("192.0.2.7") == 6
    assert windows[1].count("192.0.2.99") == 0
    now[0] += 300.0
    windows[0].hit("192.0.2.7", amount=4)
    await a.flush()
    await b.refresh((windows[1], "192.0.2.7"))
    assert windows[1].count("192.0.2.7") == 10
    # the first six leave the window 600 s after their bucket (a bucket is 1/60 of the window: 10 s)
    assert windows[1].retry_after("192.0.2.7", 4) == pytest.approx(300.0, abs=10.0)
    now[0] += 301.0
    await b.refresh((windows[1], "192.0.2.7"))
    assert windows[1].count("192.0.2.7") == 4
    now[0] += 300.0
    await b.refresh((windows[1], "192.0.2.7"))
    assert windows[1].count("192.0.2.7") == 0


async def test_a_take_holds_the_limit_across_nodes_and_a_race_for_the_last_place_has_one_winner(nodes):
    (a, b), _now = nodes
    rate_a, rate_b = a.window("rate", 60.0), b.window("rate", 60.0)
    taken = []
    for turn in range(4):  # alternately through both nodes, limit 3: the cache of each knows only its own hits
        counters, window = (a, rate_a) if turn % 2 == 0 else (b, rate_b)
        ok = window.take("198.51.100.0/24", 3)
        lost = await counters.flush()
        taken.append(ok and ("rate", "198.51.100.0/24") not in lost)
    assert taken == [True, True, True, False]
    # both caches think one place is left for another network: only one node gets it in the database
    assert rate_a.take("203.0.113.0/24", 1) and rate_b.take("203.0.113.0/24", 1)
    assert await a.flush() == set()
    assert await b.flush() == {("rate", "203.0.113.0/24")}
    await a.refresh((rate_a, "203.0.113.0/24"))
    assert rate_a.count("203.0.113.0/24") == 1


async def test_reset_and_values_reach_the_other_node_and_expired_rows_are_swept(nodes, store):
    (a, b), now = nodes
    failures_a, failures_b = a.window("auth-ip", 3600.0), b.window("auth-ip", 3600.0)
    locked_a, locked_b = a.values("auth-locked"), b.values("auth-locked")
    failures_a.hit("192.0.2.1", amount=3)
    locked_a.set("192.0.2.1", T0 + 900.0, T0 + 900.0, T0)
    await a.flush()
    await b.refresh((failures_b, "192.0.2.1"), (locked_b, "192.0.2.1"))
    assert failures_b.count("192.0.2.1") == 3
    assert locked_b.get("192.0.2.1", T0) == T0 + 900.0
    failures_b.reset("192.0.2.1")
    await b.flush()
    await a.refresh((failures_a, "192.0.2.1"))
    assert failures_a.count("192.0.2.1") == 0
    failures_a.hit("192.0.2.2")
    await a.flush()
    assert len(await db_rows(store, "SELECT * FROM guard_counts")) == 1
    assert await a.sweep() == 0  # nothing expired yet
    now[0] += 3600.0 + 120.0
    await b.refresh((locked_b, "192.0.2.1"))
    assert await a.sweep() == 2  # the bucket and the lockout
    assert await db_rows(store, "SELECT * FROM guard_counts") == []
    assert await db_rows(store, "SELECT * FROM guard_values") == []


async def test_auth_failures_split_across_nodes_lock_the_address_out_on_both(nodes):
    (a, b), now = nodes
    guards = [AuthGuard(lambda: now[0], counters=a), AuthGuard(lambda: now[0], counters=b)]
    outcomes = []
    for turn in range(5):
        guard = guards[turn % 2]
        await guard.refresh("192.0.2.50", "kim@corp.example")
        outcomes.append(guard.failed("192.0.2.50", "kim@corp.example", ip_failures=5, lockout=600, account_failures=4))
        await guard.settle()
    assert [o.ip_locked_for for o in outcomes] == [0, 0, 0, 0, 600]
    assert [o.account_attacked for o in outcomes] == [False, False, False, True, False]  # reported once
    for guard in guards:
        await guard.refresh("192.0.2.50")
        assert guard.locked_for("192.0.2.50") == 600
    # two nodes see the failure that makes another account "under attack" at once: one of them reports it
    both = [g.failed("192.0.2.51", "lee@corp.example", ip_failures=5, lockout=600, account_failures=1) for g in guards]
    assert [outcome.account_attacked for outcome in both] == [True, True]  # each cache thought itself first
    assert [await guards[0].settle(), await guards[1].settle()] == [False, True]  # the second learns it was not


async def test_harvest_and_outbound_counts_add_up_across_nodes(nodes):
    (a, b), now = nodes
    harvest = [HarvestGuard(lambda: now[0], counters=a), HarvestGuard(lambda: now[0], counters=b)]
    for turn in range(7):
        guard = harvest[turn % 2]
        await guard.refresh("192.0.2.9", 3600.0)
        guard.unknown("192.0.2.9", 3600.0)
        await guard.settle()
    await harvest[0].refresh("192.0.2.9", 3600.0)
    assert harvest[0].count("192.0.2.9", 3600.0) == 7
    assert harvest[0].should_alert("192.0.2.9") and harvest[1].should_alert("192.0.2.9")
    assert [await harvest[0].settle(), await harvest[1].settle()] == [False, True]  # one alert for the cluster

    sender = account_key("kim@corp.example")
    rates = [RateLimiter(lambda: now[0], counters=a), RateLimiter(lambda: now[0], counters=b)]
    for limiter in rates:
        limiter.default = Limits(per_hour=4)
    for turn in range(4):
        limiter = rates[turn % 2]
        await limiter.refresh(sender)
        assert limiter.check(sender).ok
        limiter.record(sender, ["other.example"])
        await limiter.settle()
    for limiter in rates:
        await limiter.refresh(sender)
        verdict = limiter.check(sender)
        assert not verdict.ok and verdict.window == "hour" and verdict.count == 4


async def test_a_connection_admitted_by_the_cache_is_undone_when_another_node_took_the_last_place(nodes):
    (a, b), _now = nodes
    limiters = [ConnectionLimiter(counters=a), ConnectionLimiter(counters=b)]
    limits = ConnectionLimits(max_connections=100, per_ip=0, rate_per_minute=1)
    assert limiters[0].admit("192.0.2.0/24", limits) is None
    assert limiters[1].admit("192.0.2.0/24", limits) is None  # its cache has not seen node A's
    assert await limiters[0].settle("192.0.2.0/24", None) is None
    assert await limiters[1].settle("192.0.2.0/24", None) == "rate_from_ip"
    assert limiters[1].total == 0 and not limiters[1].active  # the admission was undone
    assert limiters[1].admit("192.0.2.0/24", limits) == "rate_from_ip"  # the cache knows it now


async def test_an_unreachable_server_fails_open_with_a_log_line_and_the_node_counts_alone(caplog):
    url = f"postgresql://mailmoat@127.0.0.1:{closed_port()}/nowhere"
    counters = PostgresCounters(url, lambda: T0, store=GuardCounts(url, timeout=1.0))
    window = counters.window("rate", 60.0)
    with caplog.at_level(logging.WARNING, logger="app.guards.pg_counters"):
        await counters.refresh((window, "192.0.2.0/24"))
        assert window.take("192.0.2.0/24", 2) and window.take("192.0.2.0/24", 2)
        assert await counters.flush() == set()
        assert not window.take("192.0.2.0/24", 2)  # its own count still limits
        assert await counters.sweep() == 0
    assert "PostgreSQL did not read" in caplog.text and "counts alone" in caplog.text
    assert len(caplog.records) == 1  # then it waits before it asks again: no line (nor wait) per connection
    await counters.close()


async def test_the_greylist_already_holds_across_nodes_it_is_in_the_database(store):
    now = [T0]
    other = await Store.open(store.path)  # a second node's connection
    try:
        nodes = [Greylist(store, lambda: now[0]), Greylist(other, lambda: now[0])]
        timing = {"delay": 300.0, "lifetime": 86400.0, "allow_for": 86400.0 * 30}
        first = await nodes[0].check("192.0.2.5", "a@x.example", "bob@corp.example", **timing)
        assert not first.passed and first.reason == "new"
        now[0] += 60.0
        early = await nodes[1].check("192.0.2.5", "a@x.example", "bob@corp.example", **timing)
        assert not early.passed and early.reason == "too_early"  # node B knows node A's first attempt
        now[0] += 300.0
        assert (await nodes[1].check("192.0.2.5", "a@x.example", "bob@corp.example", **timing)).passed
        known = await nodes[0].check("192.0.2.5", "c@y.example", "eve@corp.example", **timing)
        assert known.passed and known.reason == "known_network"  # the network passed on B, so on A too
    finally:
        await other.close()


async def test_sessions_queued_behind_a_server_that_does_not_answer_do_not_each_wait_for_it(caplog):
    accepted = []

    async def silent(reader, writer) -> None:  # takes the connection and never answers, as a hung server would
        accepted.append(writer)

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    url = f"postgresql://mailmoat@127.0.0.1:{port}/hung"
    counters = PostgresCounters(url, lambda: T0, store=GuardCounts(url, timeout=0.5))
    window = counters.window("harvest", 3600.0)
    try:
        with caplog.at_level(logging.WARNING, logger="app.guards.pg_counters"):
            await asyncio.gather(*(counters.refresh((window, f"192.0.2.{n}")) for n in range(5)))
        assert len(accepted) == 1  # the four behind the first did not ask again
        assert len(caplog.records) == 1 and "did not read" in caplog.text
    finally:
        for writer in accepted:
            writer.close()
        server.close()
        await counters.close()


_STEPS = st.lists(
    st.tuples(
        st.integers(0, 1),  # the node
        st.sampled_from(["hit", "take", "reset"]),
        st.sampled_from(["192.0.2.1", "192.0.2.2"]),
        st.integers(1, 3),  # amount (a hit) or limit (a take)
        st.floats(0.0, 40.0),  # seconds that pass before the step
    ),
    max_size=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=_STEPS)
def test_two_nodes_count_as_one_keyed_window_does(postgres_url, steps):
    """Whatever the steps through either node, each read first (refresh) and written after (flush), the count is the
    one a single `KeyedWindow` in the same buckets gives."""

    async def run() -> None:
        store = await Store.open(postgres_url)
        now = [T0]
        nodes = [PostgresCounters(postgres_url, lambda: now[0]) for _ in range(2)]
        kind = f"prop-{uuid.uuid4().hex[:8]}"  # the examples share the database
        windows = [node.window(kind, 120.0, bucket=10.0) for node in nodes]
        reference: KeyedWindow[str] = KeyedWindow(120.0, bucket=10.0, clock=lambda: now[0])
        try:
            for node, step, key, number, seconds in steps:
                now[0] += seconds
                counters, window = nodes[node], windows[node]
                await counters.refresh((window, key))
                if step == "hit":
                    window.hit(key, amount=number)
                    reference.hit(key, amount=number)
                elif step == "take":
                    taken = window.take(key, number) and (kind, key) not in await counters.flush()
                    assert taken == reference.take(key, number)
                else:
                    window.reset(key)
                    reference.reset(key)
                await counters.flush()
                other = windows[1 - node]
                await nodes[1 - node].refresh((other, key))
                assert other.count(key) == reference.count(key)
                assert other.retry_after(key, 2) == reference.retry_after(key, 2)
        finally:
            for node in nodes:
                await node.close()
            await store.close()

    asyncio.run(run())
