"""Delivery under a hostile or broken world: a slow next hop, a full disk, a destination that never answers.

Each test looks at what the next hop receives: one copy of each message, and healthy destinations served
while another one hangs.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time

from app.store import queue as queue_store
from app.store import relay as relay_store
from app.store.queue import NewMessage, enqueue_statements, new_queue_id

from tests.conftest import Sink, message, wait_for


class SlowSink(Sink):
    """Takes `delay` seconds to answer the end of the data, as a filtering Exchange under load does."""

    delay = 3.0

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


async def test_a_slow_final_reply_is_waited_for_and_the_message_sent_once(gateway, tmp_path):
    slow = await SlowSink().start()
    try:
        await gateway.configure(upstream=slow.address)
        gateway.gateway.runner.pool.timeout = 1.0  # delivery.timeout, which the pool reads at start
        await asyncio.to_thread(gateway.send, "alice@other.example", ["bob@corp.example"], message("slow"))
        await wait_for(lambda: slow.messages, timeout=30)
        await wait_for(lambda: _queue_empty(gateway), timeout=30)
        # A resend on a fresh connection would arrive one delay later.
        await asyncio.sleep(SlowSink.delay + 1)
        assert len(slow.messages) == 1
    finally:
        await slow.stop()


async def test_an_outcome_that_cannot_be_recorded_is_not_delivered_again(gateway, sink):
    """The disk fills while the upstream is up: the delivered message is neither sent again nor forgotten."""
    store = gateway.store
    real_commit = store.commit_batched
    failures = 0
    full_until = time.monotonic() + 3.0

    async def disk_full_for_queue_records(statements):
        nonlocal failures
        statements = list(statements)
        if time.monotonic() < full_until and any("DELETE FROM queue_recipients" in sql for sql, _ in statements):
            failures += 1
            raise sqlite3.OperationalError("database or disk is full")
        return await real_commit(statements)

    store.commit_batched = disk_full_for_queue_records
    try:
        await asyncio.to_thread(gateway.send, "alice@other.example", ["bob@corp.example"], message("full"))
        await wait_for(lambda: sink.messages)
        await wait_for(lambda: failures > 0)
        await wait_for(lambda: _queue_empty(gateway), timeout=30)
    finally:
        store.commit_batched = real_commit
    assert len(sink.messages) == 1
    assert failures <= 3  # retried every few seconds, not a storm


async def test_a_destination_that_never_answers_does_not_starve_the_others(gateway, sink):
    silent = await asyncio.start_server(_never_greet, "127.0.0.1", 0)
    silent_port = silent.sockets[0].getsockname()[1]
    try:
        await gateway.configure(upstream=f"127.0.0.1:{silent_port}")
        gateway.gateway.runner.pool.timeout = 3.0  # delivery.timeout, which the pool reads at start
        now = time.time()
        statements = []
        for number in range(400):
            stuck = NewMessage(
                new_queue_id(),
                now,
                "alice@other.example",
                "127.0.0.1",
                "client.example",
                message(f"stuck {number}"),
                [("bob@corp.example", "upstream")],
            )
            statements += enqueue_statements(stuck, now)
        await gateway.store.commit_batched(statements)
        await relay_store.set_relay_route(gateway.store, "partner.example", sink.address)
        await gateway.gateway.policy.reload()
        gateway.gateway.runner.wake()
        await asyncio.sleep(0.5)  # the stuck messages are picked first
        healthy = NewMessage(
            new_queue_id(),
            time.time(),
            "alice@corp.example",
            "127.0.0.1",
            "client.example",
            message("healthy", to="carol@partner.example"),
            [("carol@partner.example", "relay")],
        )
        await gateway.store.commit_batched(enqueue_statements(healthy, time.time()))
        gateway.gateway.runner.wake()
        # 400 messages at 10 connections and 3 s or more each hold the upstream for minutes.
        await wait_for(lambda: sink.messages)
        assert sink.messages[0].recipients == ["carol@partner.example"]
    finally:
        silent.close()


async def _never_greet(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        await reader.read()
    finally:
        writer.close()


async def _queue_empty(gateway) -> bool:
    return not await queue_store.list_queue(gateway.store)
