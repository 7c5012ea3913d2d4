"""A gateway on PostgreSQL whose counters' server stops answering (a hung connection) while its store still works:
the guards fail open with one log line, the node counts alone, and mail goes on; the client sees replies, never a
traceback. (Limits across two nodes: tests/system/test_postgres_counters.py.)"""

from __future__ import annotations

import asyncio
import logging
import smtplib
import socket

from app.install import initialise
from app.store import relay as relay_store
from app.store import settings as settings_store
from app.store.database import Store
from app.store.guard_counts import GuardCounts
from tests.support.postgres import postgres_server, postgres_url  # noqa: F401 (fixtures)

from tests.conftest import message, start_gateway, wait_for


async def test_counters_that_do_not_answer_fail_open_and_the_node_counts_alone(postgres_url, sink, caplog):
    store = await Store.open(postgres_url)
    await initialise(store, "mx.corp.example")
    for key, value in {"upstream": sink.address, "smtp.connection_rate_per_ip": "3", "relay.selftest": "no"}.items():
        await settings_store.set_setting(store, key, value)
    await relay_store.add_local_domain(store, "corp.example")
    await store.close()

    hung = []

    async def never_answers(reader, writer) -> None:
        hung.append(writer)

    server = await asyncio.start_server(never_answers, "127.0.0.1", 0)
    gut = await start_gateway(postgres_url)
    counters = gut.gateway.services.counters
    await counters.close()
    counters.db = GuardCounts(f"postgresql://mailmoat@127.0.0.1:{server.sockets[0].getsockname()[1]}/x", timeout=0.5)
    try:
        with caplog.at_level(logging.WARNING, logger="app.guards.pg_counters"):

            def connect() -> str:
                try:
                    with smtplib.SMTP(gut.host, gut.port, source_address=("127.0.0.61", 0), timeout=30) as client:
                        client.ehlo("client.example")
                        return str(client.sendmail("alice@other.example", ["bob@corp.example"], message()))
                except smtplib.SMTPConnectError as refused:
                    return refused.smtp_error.decode()

            replies = [await asyncio.to_thread(connect) for _ in range(4)]
        assert replies[:3] == ["{}", "{}", "{}"]  # accepted and queued: the counters' silence stops no mail
        assert replies[3].startswith("4.7.0 Connection rate limit exceeded for [127.0.0.61]")  # counted alone
        await wait_for(lambda: len(sink.messages) == 3)
        lines = [r.getMessage() for r in caplog.records]
        assert lines and all("counts alone for 10 s" in line for line in lines)  # one per 10 s, not one a connection
        assert "Traceback" not in caplog.text
    finally:
        await gut.gateway.stop(grace=1)
        for writer in hung:
            writer.close()
        server.close()


async def test_a_client_gone_while_its_connection_is_counted_frees_its_slot(postgres_url):
    """The connection's count waits on the cluster's counters (here a server that never answers, 2 s); a client
    that hangs up meanwhile must not keep its place in the node's table (or the table fills with the departed)."""
    store = await Store.open(postgres_url)
    await initialise(store, "mx.corp.example")
    await store.close()
    hung = []

    async def never_answers(reader, writer) -> None:
        hung.append(writer)

    server = await asyncio.start_server(never_answers, "127.0.0.1", 0)
    gut = await start_gateway(postgres_url)
    counters = gut.gateway.services.counters
    await counters.close()
    counters.db = GuardCounts(f"postgresql://mailmoat@127.0.0.1:{server.sockets[0].getsockname()[1]}/x", timeout=2.0)
    limiter = gut.gateway.handler.connections.limiter
    try:
        client = socket.create_connection((gut.host, gut.port))
        await wait_for(lambda: limiter.total == 1)  # admitted, its count on the way to the cluster
        client.close()
        await wait_for(lambda: limiter.total == 0 and not limiter.active)
    finally:
        await gut.gateway.stop(grace=1)
        for writer in hung:
            writer.close()
        server.close()
