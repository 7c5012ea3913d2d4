"""The outbound monitor's state under `serve --workers`: each worker saves what it learnt as its own part; a
process that starts takes over the parts of processes that have gone and adds them up."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import smtplib
import socket
import sqlite3
import contextlib
import time

from app.guards.outbound import OutboundMonitor
from app.store import monitor_state, workers
from app.store.database import Store

from tests.conftest import message, wait_for
from tests.support.processes import ServeProcess, mailmoat
from tests.unit.store.test_delivery_claims import gone_worker

T0 = 1_800_000_000.0
KEY = ("sender", "alice@corp.example")


def learnt(count: int, first_domain: int, now: float = T0) -> OutboundMonitor:
    monitor = OutboundMonitor(lambda: now)
    for index in range(count):
        monitor.message_sent(KEY, [f"shop{first_domain + index}.example"], now=now + index)
    return monitor


async def test_a_restarted_gateway_adds_up_the_parts_of_the_workers_that_have_gone(tmp_path):
    store = await Store.open(str(tmp_path / "parts.db"))
    try:
        first, second = gone_worker(), gone_worker()
        await monitor_state.save_state(store, "outbound", json.dumps(learnt(3, 0).snapshot()), worker=first)
        await monitor_state.save_state(store, "outbound", json.dumps(learnt(2, 2).snapshot()), worker=second)
        assert len(await monitor_state.all_parts(store, "outbound")) == 2  # neither overwrote the other

        restarted = f"{socket.gethostname()}:{os.getpid()}:now"
        saved = await monitor_state.load_state(store, "outbound", worker=restarted)
        monitor = OutboundMonitor(lambda: T0 + 10)
        monitor.restore(json.loads(saved))
        baseline = monitor.baselines.baseline(KEY)
        assert baseline["today"] == 5 and baseline["known_domains"] == 4  # shop2 went through both
        assert monitor.rates.counts(KEY, T0 + 10)["minute"] == (5, 5)

        # it saves what it took over as its one part: nothing is counted twice
        await monitor_state.save_state(store, "outbound", json.dumps(monitor.snapshot()), worker=restarted)
        assert len(await monitor_state.all_parts(store, "outbound")) == 1
        again = OutboundMonitor(lambda: T0 + 10)
        again.restore(json.loads(await monitor_state.load_state(store, "outbound", worker=restarted)))
        assert again.baselines.baseline(KEY)["today"] == 5
    finally:
        await store.close()


async def test_a_live_workers_part_stays_its_own(tmp_path):
    store = await Store.open(str(tmp_path / "live.db"))
    try:
        live = f"{socket.gethostname()}:{os.getppid()}:live"  # a running process
        await monitor_state.save_state(store, "outbound", json.dumps(learnt(3, 0).snapshot()), worker=live)
        await monitor_state.save_state(store, "outbound", "{not json", worker=gone_worker())
        starting = f"{socket.gethostname()}:{os.getpid()}:starting"
        assert await monitor_state.load_state(store, "outbound", worker=starting) == "[]"  # the damaged one left out
        assert len(await monitor_state.all_parts(store, "outbound")) == 2
        assert json.loads(await monitor_state.load_state(store, "outbound", worker=live))[0]["baselines"]
    finally:
        await store.close()


async def test_the_part_of_a_node_on_another_host_is_taken_over_once_its_heartbeat_is_silent(tmp_path):
    store = await Store.open(str(tmp_path / "nodes.db"))
    try:
        beating, silent = "node-b.corp.example:4101:live", "node-c.corp.example:4102:gone"
        await monitor_state.save_state(store, "outbound", json.dumps(learnt(3, 0).snapshot()), worker=beating)
        await monitor_state.save_state(store, "outbound", json.dumps(learnt(2, 2).snapshot()), worker=silent)
        await workers.beat(store, beating, "192.0.2.2:25", T0, time.time())
        await workers.beat(store, silent, "192.0.2.3:25", T0, time.time() - monitor_state.SILENT_AFTER - 60)
        starting = f"{socket.gethostname()}:{os.getpid()}:starting"
        taken = json.loads(await monitor_state.load_state(store, "outbound", worker=starting))
        assert [part["baselines"]["senders"][0]["day_count"] for part in taken] == [2]  # only the silent node's
        assert len(await monitor_state.all_parts(store, "outbound")) == 2  # the live node's part stays its own
    finally:
        await store.close()


def _workers_that_connected(db) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)) as conn:
        return {row[0] for row in conn.execute("SELECT DISTINCT worker FROM events WHERE kind = 'connect'")}


async def test_a_senders_baseline_reflects_the_mail_through_both_workers(tmp_path):
    db = tmp_path / "baselines.db"
    for args in (
        ("init", "--hostname", "mx.corp.example"),
        ("domain", "add", "corp.example"),
        ("relay", "allow-net", "127.0.0.0/8"),
        ("set", "outbound.per_minute", "0"),
    ):
        result = mailmoat(*args, db=db)
        assert result.returncode == 0, result.stderr
    service = ServeProcess(db, tmp_path, "baselines", wait=False, args=("--workers", "2"))
    sent = 0
    try:
        await asyncio.to_thread(service.wait_ready, 90)

        def send(index: int) -> None:
            recipient = f"buyer@shop{index}.example"
            with smtplib.SMTP(service.host, service.port, timeout=30) as client:
                client.sendmail("alice@corp.example", [recipient], message(sender="alice@corp.example", to=recipient))

        while sent < 40 and (sent < 6 or len(_workers_that_connected(db)) < 2):
            await asyncio.to_thread(send, sent)
            sent += 1
        # SO_REUSEPORT spread the mail over both; a worker's events reach the database with its group commit, a
        # moment after its sessions (the loop above may have read the table before the second worker's commit)
        await wait_for(lambda: len(_workers_that_connected(db)) == 2, timeout=30, interval=0.1)
        service.proc.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(service.proc.wait, 90) == 0
    finally:
        service.kill()

    store = await Store.open(str(db))
    try:
        parts = await monitor_state.all_parts(store, "outbound")
        assert len(parts) == 2  # one per worker
        each = [json.loads(part)["baselines"]["senders"] for part in parts]
        assert all(len(senders) == 1 for senders in each) and sum(s[0]["day_count"] for s in each) == sent
        saved = await monitor_state.load_state(store, "outbound")  # as the next start does
        monitor = OutboundMonitor()
        monitor.restore(json.loads(saved))
        assert monitor.baselines.baseline(KEY)["today"] == sent
        assert monitor.baselines.baseline(KEY)["known_domains"] == sent
    finally:
        await store.close()
