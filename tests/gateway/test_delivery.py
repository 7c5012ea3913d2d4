"""Delivery over real sockets: retries, bounces, expiry, MX routing, connection reuse, STARTTLS."""

from __future__ import annotations

import asyncio
import email
import email.policy
import time

from app.net.dns import make_resolver
from app.smtp.tls import make_self_signed, server_context
from app.store import queue as queue_store
from app.store import relay as relay_store

from tests.conftest import Sink, message, run_dnsmasq, wait_for
from tests.support.processes import closed_port


async def queued(gateway) -> list[dict]:
    return await queue_store.list_queue(gateway.store)


async def test_upstream_down_defers_then_delivers_when_it_returns(gateway, sink):
    port = closed_port()
    await gateway.configure(upstream=f"127.0.0.1:{port}")
    await asyncio.to_thread(gateway.send, "alice@other.example", ["bob@corp.example"], message("retry"))
    rows = await wait_for(lambda: _deferred(gateway))
    assert rows[0]["attempts"] == 1 and "cannot connect" in rows[0]["last_error"]
    assert rows[0]["next_attempt"] > time.time()  # backoff, not a busy loop
    upstream = await Sink().start("127.0.0.1", port)
    try:
        await queue_store.flush(gateway.store, time.time())
        gateway.gateway.runner.wake()
        await wait_for(lambda: upstream.messages)
        await wait_for(lambda: _empty(gateway))
    finally:
        await upstream.stop()


async def _deferred(gateway):
    rows = await queued(gateway)
    return rows if rows and rows[0]["state"] == "deferred" else None


async def _empty(gateway):
    return not await queued(gateway)


async def test_permanent_refusal_bounces_to_the_sender_with_a_dsn(gateway, sink):
    refused = await asyncio.to_thread(
        gateway.send, "alice@corp.example", ["bob@corp.example", "reject-carol@corp.example"], message("half")
    )
    assert refused == {}
    await wait_for(lambda: len(sink.messages) == 2)
    delivered, bounce = sorted(sink.messages, key=lambda m: m.sender == "")
    assert delivered.recipients == ["bob@corp.example"]
    assert bounce.sender == "" and bounce.recipients == ["alice@corp.example"]
    report = email.message_from_bytes(bounce.content, policy=email.policy.default)
    assert report.get_content_type() == "multipart/report"
    status = report.get_payload()[1]
    assert status.get_content_type() == "message/delivery-status"
    text = status.as_string()
    assert "Final-Recipient: rfc822; reject-carol@corp.example" in text
    assert "Status: 5.1.1" in text and "550 5.1.1 User unknown" in text
    await wait_for(lambda: _empty(gateway))


async def test_temporary_refusal_retries_then_bounces_after_the_queue_lifetime(gateway, sink):
    await asyncio.to_thread(gateway.send, "alice@corp.example", ["defer-dan@corp.example"], message("slow"))
    rows = await wait_for(lambda: _deferred(gateway))
    assert rows[0]["last_error"].startswith("451 4.2.0")
    runner = gateway.gateway.runner
    runner.clock = lambda: time.time() + 6 * 86400  # six days later
    await runner.run_once()
    await runner.wait_idle()
    bounce = await wait_for(lambda: [m for m in sink.messages if m.sender == ""])
    assert b"Status: 4.4.7" in bounce[0].content
    assert not await queued(gateway)


async def test_a_bounce_that_cannot_be_delivered_is_not_bounced_again(gateway, sink):
    await asyncio.to_thread(gateway.send, "<>", ["reject-x@corp.example"], message("double"))
    await wait_for(lambda: _empty(gateway))
    assert sink.messages == []


async def test_held_messages_wait_and_release_delivers(gateway, sink):
    await gateway.configure(upstream=f"127.0.0.1:{closed_port()}")
    await asyncio.to_thread(gateway.send, "a@other.example", ["bob@corp.example"], message("held"))
    rows = await wait_for(lambda: _deferred(gateway))
    await queue_store.set_held(gateway.store, rows[0]["id"], True)
    await gateway.configure(upstream=sink.address)
    await queue_store.flush(gateway.store, time.time())
    await gateway.gateway.runner.run_once()
    await gateway.gateway.runner.wait_idle()
    assert sink.messages == []
    await queue_store.set_held(gateway.store, rows[0]["id"], False)
    gateway.gateway.runner.wake()
    await wait_for(lambda: sink.messages)


async def test_connections_to_the_upstream_are_reused(gateway, sink):
    for i in range(6):
        await asyncio.to_thread(gateway.send, "a@other.example", ["bob@corp.example"], message(f"m{i}"))
        await wait_for(lambda i=i: len(sink.messages) == i + 1)
    assert len({m.peer for m in sink.messages}) == 1


async def test_opportunistic_starttls_to_the_next_hop(gateway, tmp_path):
    make_self_signed("tls-sink.test", str(tmp_path / "s.crt"), str(tmp_path / "s.key"))
    tls_sink = Sink(tls_context=server_context(str(tmp_path / "s.crt"), str(tmp_path / "s.key")))
    await tls_sink.start("127.0.0.7")
    try:
        await gateway.configure(upstream=tls_sink.address)
        await asyncio.to_thread(gateway.send, "a@other.example", ["bob@corp.example"], message("tls"))
        await wait_for(lambda: tls_sink.messages)
        assert tls_sink.messages[0].tls
    finally:
        await tls_sink.stop()


async def test_outbound_mail_goes_to_the_mx_in_preference_order(gateway, tmp_path):
    # MX 10 points at 127.0.0.8 where nothing listens; MX 20 at 127.0.0.9 where a sink does.
    backup = await Sink().start("127.0.0.9", 25)
    records = [
        "--mx-host=remote.test,mx1.remote.test,10",
        "--mx-host=remote.test,mx2.remote.test,20",
        "--host-record=mx1.remote.test,127.0.0.8",
        "--host-record=mx2.remote.test,127.0.0.9",
        "--mx-host=nomail.test,.,0",
        "--host-record=nomail.test,127.0.0.10",
    ]
    try:
        with run_dnsmasq(records, "mx1.remote.test", tmp_path) as dns_port:
            gateway.gateway.runner._resolver = make_resolver(f"127.0.0.1:{dns_port}", timeout=2)
            await gateway.trust("127.0.0.0/8")
            refused = await asyncio.to_thread(
                gateway.send, "alice@corp.example", ["zed@remote.test", "nobody@nomail.test"], message("mx")
            )
            assert refused == {}
            await wait_for(lambda: backup.messages)
            assert backup.messages[0].recipients == ["zed@remote.test"]
            # nomail.test publishes a null MX: its recipient bounces back to alice, via the upstream
            await wait_for(lambda: _empty(gateway))
    finally:
        await backup.stop()


async def test_relay_domain_removed_while_queued_waits_instead_of_looping(gateway):
    port = closed_port()
    await relay_store.set_relay_route(gateway.store, "partner.example", f"127.0.0.1:{port}")
    await gateway.gateway.policy.reload()
    await asyncio.to_thread(gateway.send, "a@other.example", ["p@partner.example"], message("route"))
    await wait_for(lambda: _deferred(gateway))
    await relay_store.remove_relay_route(gateway.store, "partner.example")
    await gateway.gateway.policy.reload()
    await queue_store.flush(gateway.store, time.time())
    await gateway.gateway.runner.run_once()
    await gateway.gateway.runner.wait_idle()
    rows = await queued(gateway)
    assert rows and "no relay route for partner.example" in rows[0]["last_error"]
