"""The SMTP edge over real sockets: extensions, limits, relay decisions, delivery upstream."""

from __future__ import annotations

import asyncio
import smtplib
import socket

import pytest

from app.store import relay as relay_store
from app.store.events import recent_events

from tests.conftest import message, wait_for


def raw_session(port: int, lines: list[bytes], source_ip: str = "127.0.0.1") -> list[str]:
    """Sends command lines one at a time and returns every reply line (for exact protocol checks)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10, source_address=(source_ip, 0)) as sock:
        stream = sock.makefile("rb")
        replies = [stream.readline().decode().rstrip()]
        for line in lines:
            sock.sendall(line + b"\r\n")
            while True:
                reply = stream.readline().decode().rstrip()
                if not reply:
                    return replies
                replies.append(reply)
                if reply[3:4] != "-":
                    break
        return replies


async def test_ehlo_advertises_the_extensions(gateway):
    def ehlo():
        with gateway.smtp() as client:
            return client.esmtp_features

    features = await asyncio.to_thread(ehlo)
    for extension in ("size", "8bitmime", "smtputf8", "enhancedstatuscodes", "starttls", "pipelining"):
        assert extension in features, extension
    assert features["size"] == str(25 * 1024 * 1024)
    assert "auth" not in features  # no accounts yet: AUTH is not offered


async def test_inbound_mail_for_a_local_domain_reaches_the_upstream(gateway, sink):
    refused = await asyncio.to_thread(gateway.send, "alice@other.example", ["Bob@CORP.example"], message("inbound"))
    assert refused == {}
    await wait_for(lambda: sink.messages)
    delivered = sink.messages[0]
    assert delivered.sender == "alice@other.example"
    assert delivered.recipients == ["Bob@corp.example"]
    headers = delivered.content.split(b"\r\n\r\n")[0]
    assert headers.startswith(
        b"Received: from client.example ([127.0.0.1])\r\n\tby mx.corp.example (Mailmoat) with ESMTP id "
    )
    assert b"Subject: inbound" in headers


async def test_fresh_database_trusts_no_network_not_even_loopback(gateway):
    def attempt():
        with gateway.smtp() as client:
            client.mail("alice@corp.example")
            return client.rcpt("carol@other.example")

    code, text = await asyncio.to_thread(attempt)
    assert (code, text.decode()) == (550, "5.7.1 Relaying to <carol@other.example> is not allowed")


async def test_trusted_network_relays_outbound_through_the_smarthost(gateway, tmp_path):
    from tests.conftest import Sink

    smarthost = await Sink().start("127.0.0.3")
    try:
        await gateway.configure(smarthost=smarthost.address)
        await gateway.trust("127.0.0.2/32")
        refused = await asyncio.to_thread(
            gateway.send, "alice@corp.example", ["carol@other.example"], message("outbound"), "127.0.0.2"
        )
        assert refused == {}
        await wait_for(lambda: smarthost.messages)
        assert smarthost.messages[0].recipients == ["carol@other.example"]

        # the same client from another address is refused
        def other():
            with gateway.smtp("127.0.0.4") as client:
                client.mail("alice@corp.example")
                return client.rcpt("carol@other.example")

        assert (await asyncio.to_thread(other))[0] == 550
    finally:
        await smarthost.stop()


async def test_relay_domain_is_accepted_and_forwarded_to_its_next_hop(gateway):
    from tests.conftest import Sink

    backup = await Sink().start("127.0.0.5")
    try:
        await relay_store.set_relay_route(gateway.store, "partner.example", backup.address)
        await gateway.gateway.policy.reload()
        refused = await asyncio.to_thread(gateway.send, "x@other.example", ["dave@partner.example"], message("backup"))
        assert refused == {}
        await wait_for(lambda: backup.messages)
        assert backup.messages[0].recipients == ["dave@partner.example"]
    finally:
        await backup.stop()


async def test_sender_domain_exception_relays_but_is_logged_as_weak(gateway):
    await relay_store.add_sender_exception(gateway.store, "corp.example")
    await gateway.gateway.policy.reload()

    def attempt():
        with gateway.smtp() as client:
            client.mail("alice@corp.example")
            return client.rcpt("carol@other.example")

    assert (await asyncio.to_thread(attempt))[0] == 250
    await gateway.gateway.writer.flush()
    events = await recent_events(gateway.store, 20)
    rcpt = [e for e in events if e["kind"] == "rcpt"][-1]
    assert rcpt["verdict"] == "accept-weak"
    assert rcpt["rule"] == "sender_exception:corp.example"


@pytest.mark.parametrize(
    "sender, reply",
    [
        (b"<alice>", "550 5.1.1 Sender address is missing a domain"),
        (b"<a@b@corp.example>", "553 5.1.3 Invalid address syntax"),
        (b"alice@other.example", "553 5.1.3 Invalid address syntax"),
        (
            b"<@corp.example:alice@other.example>",
            "553 5.7.1 Source-routed address <@corp.example:alice@other.example> is not accepted",
        ),
    ],
)
async def test_bad_senders_get_explained_refusals(gateway, sender, reply):
    replies = await asyncio.to_thread(
        raw_session, gateway.port, [b"EHLO client.example", b"MAIL FROM:" + sender, b"QUIT"]
    )
    assert reply in replies


@pytest.mark.parametrize(
    "rcpt, reply",
    [
        (
            b"<user%other.example@corp.example>",
            "553 5.7.1 Address <user%other.example@corp.example> uses the % relay hack",
        ),
        (b"<other.example!user@corp.example>", "553 5.7.1 Address <other.example!user@corp.example> is a bang path"),
        (b'<"user@other.example"@corp.example>', '553 5.7.1 Address <"user@other.example"@corp.example> hides routing'),
        (b"<user@[192.0.2.7]>", "550 5.7.1 Relaying to address literal <user@[192.0.2.7]> is not allowed"),
        (b"<user@corp.example.>", "553 5.1.3 Invalid address syntax"),
    ],
)
async def test_relay_tricks_aimed_at_the_local_domain_are_refused(gateway, rcpt, reply):
    replies = await asyncio.to_thread(
        raw_session, gateway.port, [b"EHLO client.example", b"MAIL FROM:<a@other.example>", b"RCPT TO:" + rcpt]
    )
    assert any(r.startswith(reply) for r in replies), replies


async def test_postmaster_without_domain_is_delivered_to_the_first_local_domain(gateway, sink):
    refused = await asyncio.to_thread(gateway.send, "a@other.example", ["Postmaster"], message("pm"))
    assert refused == {}
    await wait_for(lambda: sink.messages)
    assert sink.messages[0].recipients == ["Postmaster@corp.example"]


async def test_size_limits_are_enforced_before_and_after_data(gateway):
    await gateway.configure(smtp__max_size="2K")
    gateway.gateway.handler.load_tls()
    replies = await asyncio.to_thread(
        raw_session, gateway.port, [b"EHLO client.example", b"MAIL FROM:<a@other.example> SIZE=999999"]
    )
    assert replies[-1].startswith("552 5.3.4")

    def too_big():
        with gateway.smtp() as client:
            del client.esmtp_features["size"]  # a client that ignores SIZE is caught after DATA
            return client.sendmail("a@other.example", ["bob@corp.example"], message(body="x" * 70 + "\r\n") * 40)

    with pytest.raises(smtplib.SMTPDataError) as refused:
        await asyncio.to_thread(too_big)
    assert refused.value.smtp_code == 552


async def test_too_many_recipients_get_a_temporary_refusal(gateway):
    await gateway.configure(smtp__max_recipients="2")
    lines = [b"EHLO c.example", b"MAIL FROM:<a@other.example>"] + [b"RCPT TO:<u%d@corp.example>" % i for i in range(3)]
    replies = await asyncio.to_thread(raw_session, gateway.port, lines)
    assert replies[-1] == "452 4.5.3 Too many recipients"


async def test_a_trusted_server_sending_to_120_recipients_gets_100_delivered_and_retries_the_rest(gateway, sink):
    """RFC 5321 4.5.3.1.8: 452 for recipients past the limit is no error, so neither the tarpit nor the error
    limit hangs up on Exchange expanding a long distribution list."""
    await gateway.configure(smtp__tarpit_after="5", smtp__error_limit="10")
    await gateway.trust("127.0.0.0/8")
    recipients = [f"user{i}@partner.example" for i in range(120)]

    def send_like_exchange():
        with gateway.smtp() as client:
            assert client.mail("hr@corp.example")[0] == 250
            codes = [client.rcpt(r)[0] for r in recipients]
            accepted = [r for r, code in zip(recipients, codes) if code == 250]
            assert client.data(message(to="list@partner.example"))[0] == 250
            return codes, accepted

    await relay_store.set_relay_route(gateway.store, "partner.example", sink.address)
    await gateway.gateway.policy.reload()
    codes, accepted = await asyncio.to_thread(send_like_exchange)
    assert codes == [250] * 100 + [452] * 20
    await wait_for(lambda: sum(len(m.recipients) for m in sink.messages) == 100)
    assert sorted(r for m in sink.messages for r in m.recipients) == sorted(accepted)


async def test_command_line_too_long_and_error_limit_disconnects(gateway):
    await gateway.configure(smtp__error_limit="3")
    replies = await asyncio.to_thread(
        raw_session,
        gateway.port,
        [b"EHLO c.example", b"MAIL FROM:<" + b"a" * 600 + b"@other.example>", b"NOOP x", b"BOGUS", b"BOGUS", b"NOOP"],
    )
    assert replies[replies.index("250 HELP") + 1] == "500 5.5.6 Command line too long"
    assert "421 4.7.0 Too many errors, closing connection" in replies
    assert replies[-1].startswith("421")


async def test_mail_loop_is_refused_by_hop_count(gateway):
    await gateway.configure(smtp__max_hops="5")
    looped = b"".join(b"Received: from hop%d by hop%d; Thu, 1 Jan 2026 00:00:00 +0000\r\n" % (i, i) for i in range(5))

    def send():
        with gateway.smtp() as client:
            return client.sendmail("a@other.example", ["bob@corp.example"], looped + message())

    with pytest.raises(smtplib.SMTPDataError) as refused:
        await asyncio.to_thread(send)
    assert refused.value.smtp_code == 554 and b"5.4.6" in refused.value.smtp_error


async def test_8bit_korean_mail_passes_byte_for_byte(gateway, sink):
    body = "안녕하세요, 회의 자료 보내드립니다.\r\n".encode("euc-kr")
    content = (
        b"From: a@other.example\r\nTo: bob@corp.example\r\nSubject: =?EUC-KR?B?yLjAxyDA2rfh?=\r\n"
        b"Content-Type: text/plain; charset=euc-kr\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body
    )

    def send():
        with gateway.smtp() as client:
            return client.sendmail("a@other.example", ["bob@corp.example"], content, mail_options=["BODY=8BITMIME"])

    assert await asyncio.to_thread(send) == {}
    await wait_for(lambda: sink.messages)
    assert sink.messages[0].content.endswith(content)


async def test_smtputf8_addresses_are_accepted_and_delivered(gateway, sink):
    def send():
        with gateway.smtp() as client:
            return client.sendmail(
                "김철수@other.example",
                ["홍길동@corp.example"],
                "Subject: 안녕\r\n\r\n본문\r\n".encode(),
                mail_options=["SMTPUTF8", "BODY=8BITMIME"],
            )

    assert await asyncio.to_thread(send) == {}
    await wait_for(lambda: sink.messages)
    assert sink.messages[0].recipients == ["홍길동@corp.example"]


async def test_every_decision_is_an_event_naming_stage_rule_and_reply(gateway):
    await asyncio.to_thread(
        raw_session,
        gateway.port,
        [b"EHLO c.example", b"MAIL FROM:<a@other.example>", b"RCPT TO:<x@other.example>", b"QUIT"],
    )
    await wait_for(lambda: len(gateway.gateway.writer.pending) >= 5)
    await gateway.gateway.writer.flush()
    events = await recent_events(gateway.store, 20)
    rcpt = [e for e in events if e["kind"] == "rcpt"][-1]
    assert rcpt["stage"] == "rcpt" and rcpt["check_name"] == "relay"
    assert rcpt["verdict"] == "reject" and rcpt["rule"] == "default:deny"
    assert rcpt["reply"] == "550 5.7.1 Relaying to <x@other.example> is not allowed"
    assert {e["kind"] for e in events} >= {"connect", "helo", "mail", "rcpt", "disconnect"}


async def test_a_stranger_claiming_our_name_in_helo_is_refused_but_a_trusted_client_is_not(gateway):
    replies = await asyncio.to_thread(
        raw_session, gateway.port, [b"EHLO mx.corp.example", b"EHLO MX.Corp.Example."], "127.0.0.40"
    )
    assert replies.count("550 5.7.1 Client host rejected: HELO mx.corp.example claims to be this server") == 1
    assert "550 5.7.1 Client host rejected: HELO MX.Corp.Example. claims to be this server" in replies
    await gateway.trust("127.0.0.41/32")
    replies = await asyncio.to_thread(raw_session, gateway.port, [b"EHLO mx.corp.example"], "127.0.0.41")
    assert replies[-1] == "250 HELP"


async def test_helo_with_our_public_address_literal_is_refused():
    from app.pipeline import helo
    from app.pipeline.context import SessionContext
    from app.policy.settings import Settings
    from app.policy.snapshot import PolicySnapshot

    policy = PolicySnapshot(settings=Settings.from_rows({"hostname": "mx.corp.example"}))
    ctx = SessionContext(session_id="t", client_ip="198.51.100.7", local_ip="192.0.2.10", policy=policy)
    assert (await helo.check(ctx, "[192.0.2.10]"))[0].reason == "helo_claims_us"
    assert (await helo.check(ctx, "[192.0.2.11]"))[0].reason == "helo_ok"
    assert (await helo.check(ctx, "client.example"))[0].reason == "helo_ok"
