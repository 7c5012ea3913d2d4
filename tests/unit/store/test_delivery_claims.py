"""Delivery claims across gateway processes (`serve --workers`): two stores on one database play two
workers; time is an injected number, never a sleep. Every test runs on SQLite and on PostgreSQL (two nodes'
connections to one server: tests/support/postgres.py's `database` fixture)."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys

import pytest

from app.delivery.runner import DeliveryRunner
from app.install import initialise
from app.monitor.bus import EventBus
from app.policy.loader import PolicyHolder
from app.store import queue as queue_store
from app.store import relay as relay_store
from app.store import settings as settings_store
from app.store.database import Store
from app.store.queue import NewMessage, deferred_statements, enqueue_statements
from app.store.workers import is_alive, this_worker

from tests.support.postgres import database, postgres_server, postgres_url  # noqa: F401 (fixtures)

from tests.conftest import db_execute, db_row, db_rows, wait_for

CLAIM_LEASE = 60.0  # delivery.claim_lease's default: the runners of these tests use it

T0 = 1_800_000_000.0
HOST = socket.gethostname()


def gone_worker() -> str:
    """The id of a worker whose process has exited (a real, finished pid on this host)."""
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, timeout=30
    )
    return f"{HOST}:{int(child.stdout)}:dead"


def message(number: int, created: float = T0, recipients=("bob@corp.example",)) -> NewMessage:
    return NewMessage(
        f"M{number:04d}",
        created,
        "alice@other.example",
        "192.0.2.1",
        "client.example",
        f"Subject: {number}\r\n\r\nbody {number}\r\n".encode(),
        [(r, "upstream") for r in recipients],
    )


@pytest.fixture
async def two_stores(database):
    """Two connections on one database, as two worker processes (or two nodes) have."""
    db = database
    first = await Store.open(db)
    await initialise(first, "mx.corp.example")
    second = await Store.open(db)
    yield first, second
    await first.close()
    await second.close()


def keys(items) -> set[tuple[str, str]]:
    return {(i.message_id, i.recipient) for i in items}


async def test_two_workers_claiming_at_once_never_share_a_recipient(two_stores):
    first, second = two_stores
    statements = []
    for number in range(300):
        statements += enqueue_statements(message(number, recipients=("bob@corp.example", "carol@corp.example")))
    await first.commit_batched(statements)
    wanted = sorted(keys(await queue_store.due_recipients(first, T0, 1000, worker="w:1:a")))
    assert len(wanted) == 600

    got_first, got_second = await asyncio.gather(
        queue_store.claim(first, wanted, "w:1:a", T0, T0 + CLAIM_LEASE),
        queue_store.claim(second, list(reversed(wanted)), "w:2:b", T0, T0 + CLAIM_LEASE),
    )

    assert not got_first & got_second
    assert got_first | got_second == set(wanted)
    # Neither sees the other's claims as due; each still sees its own (to take back what it dropped).
    assert keys(await queue_store.due_recipients(first, T0 + 1, 1000, worker="w:1:a")) == got_first
    assert keys(await queue_store.due_recipients(second, T0 + 1, 1000, worker="w:2:b")) == got_second


async def test_a_claim_runs_out_unless_renewed_and_then_another_worker_takes_it(two_stores):
    first, second = two_stores
    await first.commit_batched(enqueue_statements(message(1)) + enqueue_statements(message(2)))
    claimed = await queue_store.claim(
        first, [("M0001", "bob@corp.example"), ("M0002", "bob@corp.example")], "w:1:a", T0, T0 + CLAIM_LEASE
    )
    assert len(claimed) == 2
    later = T0 + CLAIM_LEASE - 1
    await queue_store.renew(first, [("M0001", "bob@corp.example")], "w:1:a", later + CLAIM_LEASE)

    assert await queue_store.due_recipients(second, later, worker="w:2:b") == []
    assert await queue_store.claim(second, sorted(claimed), "w:2:b", later, later + CLAIM_LEASE) == set()

    expired = T0 + CLAIM_LEASE  # M0002's claim ends; M0001's was renewed
    assert keys(await queue_store.due_recipients(second, expired, worker="w:2:b")) == {("M0002", "bob@corp.example")}
    assert await queue_store.claim(second, sorted(claimed), "w:2:b", expired, expired + CLAIM_LEASE) == {
        ("M0002", "bob@corp.example")
    }
    # the first worker can no longer renew what it lost
    await queue_store.renew(first, sorted(claimed), "w:1:a", expired + 2 * CLAIM_LEASE)
    holder = await db_row(first, "SELECT claimed_by, lease_until FROM queue_recipients WHERE message_id = 'M0002'")
    assert tuple(holder) == ("w:2:b", expired + CLAIM_LEASE)


async def test_a_fast_path_lease_is_a_claim_no_other_worker_takes(two_stores):
    first, second = two_stores
    lease_end = T0 + 60
    await first.commit_batched(enqueue_statements(message(1), lease_end, claimed_by="w:1:a"))
    assert await queue_store.due_recipients(first, T0 + 1, worker="w:1:a") == []  # delivered from memory
    assert await queue_store.due_recipients(second, T0 + 59, worker="w:2:b") == []
    assert await queue_store.next_due_time(second, T0 + 1) == lease_end
    await queue_store.renew(first, [("M0001", "bob@corp.example")], "w:1:a", T0 + 100)
    assert await queue_store.due_recipients(second, T0 + 61, worker="w:2:b") == []
    assert await queue_store.next_due_time(second, T0 + 61) == T0 + 100
    assert len(await queue_store.due_recipients(second, T0 + 100, worker="w:2:b")) == 1


async def test_a_deferral_gives_up_the_claim(two_stores):
    first, second = two_stores
    await first.commit_batched(enqueue_statements(message(1)))
    assert await queue_store.claim(first, [("M0001", "bob@corp.example")], "w:1:a", T0, T0 + CLAIM_LEASE)
    await first.commit_batched(deferred_statements("M0001", "bob@corp.example", T0 + 5, "451 busy"))
    assert await queue_store.due_recipients(second, T0 + 4, worker="w:2:b") == []
    assert len(await queue_store.due_recipients(second, T0 + 5, worker="w:2:b")) == 1


async def test_a_held_message_is_not_claimed(two_stores):
    first, _second = two_stores
    await first.commit_batched(enqueue_statements(message(1), held=True))
    assert await queue_store.claim(first, [("M0001", "bob@corp.example")], "w:1:a", T0, T0 + CLAIM_LEASE) == set()


async def test_starting_a_worker_frees_the_claims_of_gone_workers_only(two_stores):
    first, second = two_stores
    dead, live = gone_worker(), this_worker()
    assert not is_alive(dead) and is_alive(live)
    await first.commit_batched(
        enqueue_statements(message(1), T0 + 60, claimed_by=dead)
        + enqueue_statements(message(2), T0 + 60, claimed_by=live)
        + enqueue_statements(message(3), T0 + 60, claimed_by="other-host:1:x")
    )
    freed = await queue_store.release_leases(second, T0 + 1, "w:2:b")
    assert freed == 1
    due = await queue_store.due_recipients(second, T0 + 1, worker="w:2:b")
    assert keys(due) == {("M0001", "bob@corp.example")}  # due at once, not after the dead worker's lease
    assert await queue_store.next_due_time(second, T0 + 1) == T0 + 1


async def test_release_leases_still_frees_an_unclaimed_lease_from_before_claims(two_stores):
    first, second = two_stores
    await first.commit_batched(enqueue_statements(message(1)))
    await db_execute(first, "UPDATE queue_recipients SET next_attempt = ?", (T0 + 60,))  # the old fast-path lease
    assert await queue_store.release_leases(second, T0 + 1, "w:2:b") == 1
    assert len(await queue_store.due_recipients(second, T0 + 1, worker="w:2:b")) == 1


async def test_a_stopping_worker_hands_back_what_it_did_not_finish(two_stores):
    first, second = two_stores
    await first.commit_batched(enqueue_statements(message(1), T0 + 60, claimed_by="w:1:a"))
    assert await queue_store.release_claims(first, "w:1:a", T0 + 2) == 1
    assert [d.next_attempt for d in await queue_store.due_recipients(second, T0 + 2, worker="w:2:b")] == [T0 + 2]


async def test_a_runner_delivers_what_a_dead_worker_claimed_and_leaves_a_live_workers_claims(database, sink):
    """Two runners on one database: one of them holds a live claim, a dead worker holds another. The runner
    delivers the dead worker's message once, and not the live claim's until its lease has run out."""
    db = database
    store = await Store.open(db)
    await initialise(store, "mx.corp.example")
    await settings_store.set_setting(store, "upstream", sink.address)
    await relay_store.add_local_domain(store, "corp.example")
    now = [T0]
    other = await Store.open(db)
    runner = None
    try:
        policy = await PolicyHolder.load(store)
        await store.commit_batched(
            enqueue_statements(message(1), T0 + 60, claimed_by=gone_worker())
            + enqueue_statements(message(2), T0 + 60, claimed_by="w:7:live")
        )
        await queue_store.claim(other, [("M0002", "bob@corp.example")], "w:7:live", T0, T0 + CLAIM_LEASE)
        runner = DeliveryRunner(store, policy, EventBus(), clock=lambda: now[0], poll_interval=0.05, worker_id="w:1:me")
        task = asyncio.get_running_loop().create_task(runner.run())
        await wait_for(lambda: len(sink.messages) >= 1, timeout=15)
        await wait_for(lambda: _queued(store), timeout=15)  # M0001 recorded as delivered
        assert await runner.run_once() == 0  # the live claim is not this runner's to take
        assert [m.content.split(b"\r\n")[0] for m in sink.messages] == [b"Subject: 1"]
        now[0] = T0 + CLAIM_LEASE + 1  # the live worker stopped renewing: its claim runs out
        runner.wake()
        await wait_for(lambda: _queued(store, 0), timeout=15)
        assert sorted(m.content.split(b"\r\n")[0] for m in sink.messages) == [b"Subject: 1", b"Subject: 2"]
        await runner.stop(grace=1)
        await asyncio.wait_for(task, 10)
    finally:
        if runner is not None and not runner._stopping:  # noqa: SLF001
            await runner.stop(grace=1)
        await other.close()
        await store.close()


async def _queued(store: Store, count: int = 1) -> bool:
    return await queue_store.queue_size(store) == count


async def test_a_runner_renews_the_claims_of_what_it_delivers_and_hands_back_the_rest_when_it_stops(two_stores):
    first, second = two_stores
    now = [T0]
    policy = await PolicyHolder.load(first)
    runner = DeliveryRunner(first, policy, EventBus(), clock=lambda: now[0], worker_id="w:1:a")
    await first.commit_batched(enqueue_statements(message(1)) + enqueue_statements(message(2)))
    claimed = await queue_store.claim(
        first, [("M0001", "bob@corp.example"), ("M0002", "bob@corp.example")], "w:1:a", T0, T0 + CLAIM_LEASE
    )
    assert len(claimed) == 2
    runner._inflight.add(("M0001", "bob@corp.example"))  # noqa: SLF001 - being delivered; M0002 is not
    now[0] = T0 + 50
    await runner.keep_claims()
    leases = dict(await db_rows(first, "SELECT message_id, lease_until FROM queue_recipients"))
    assert leases == {"M0001": T0 + 50 + CLAIM_LEASE, "M0002": T0 + CLAIM_LEASE}
    now[0] = T0 + CLAIM_LEASE + 1  # M0002's claim ran out; M0001's holds
    assert keys(await queue_store.due_recipients(second, now[0], worker="w:2:b")) == {("M0002", "bob@corp.example")}

    await runner.stop(grace=1)  # what it held goes back at once
    assert len(await queue_store.due_recipients(second, now[0], worker="w:2:b")) == 2


async def test_the_claim_lease_is_the_setting(two_stores):
    """delivery.claim_lease: renewals extend a claim by it, and a quarter of it passes between them."""
    first, _second = two_stores
    await settings_store.set_setting(first, "delivery.claim_lease", "20s")
    now = [T0]
    policy = await PolicyHolder.load(first)
    runner = DeliveryRunner(first, policy, EventBus(), clock=lambda: now[0], worker_id="w:1:a")
    assert runner.lease == 20.0 and runner.fresh_due_time(T0) == T0 + 20
    await first.commit_batched(enqueue_statements(message(1)))
    assert await queue_store.claim(first, [("M0001", "bob@corp.example")], "w:1:a", T0, T0 + 20)
    runner._inflight.add(("M0001", "bob@corp.example"))  # noqa: SLF001 - being delivered
    await runner.keep_claims()
    now[0] = T0 + 4  # under a quarter of the lease: not renewed again
    await runner.keep_claims()
    assert dict(await db_rows(first, "SELECT message_id, lease_until FROM queue_recipients")) == {"M0001": T0 + 20}
    now[0] = T0 + 5
    await runner.keep_claims()
    assert dict(await db_rows(first, "SELECT message_id, lease_until FROM queue_recipients")) == {"M0001": T0 + 25}
    await runner.stop(grace=1)


async def test_a_runner_with_an_injected_worker_id_delivers_what_that_id_holds(tmp_path, sink):
    """The runner reads the due mail as the worker it was given, not as this process: a claim of its own that
    has not run out is still its to deliver."""
    db = str(tmp_path / "own.db")
    store = await Store.open(db)
    await initialise(store, "mx.corp.example")
    await settings_store.set_setting(store, "upstream", sink.address)
    await relay_store.add_local_domain(store, "corp.example")
    runner = None
    try:
        policy = await PolicyHolder.load(store)
        await store.commit_batched(enqueue_statements(message(1)))
        await queue_store.claim(store, [("M0001", "bob@corp.example")], "w:3:injected", T0, T0 + CLAIM_LEASE)
        runner = DeliveryRunner(store, policy, EventBus(), clock=lambda: T0 + 30, worker_id="w:3:injected")
        assert await runner.run_once() == 1  # its own live claim: due for it, for nobody else
        await wait_for(lambda: _queued(store, 0), timeout=15)
        assert [m.content.split(b"\r\n")[0] for m in sink.messages] == [b"Subject: 1"]
    finally:
        if runner is not None:
            await runner.stop(grace=1)
        await store.close()
