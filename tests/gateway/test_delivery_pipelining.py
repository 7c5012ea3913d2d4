"""The delivery client's pipelined transaction (RFC 2920), against real loopback next hops: an aiosmtpd sink that
offers PIPELINING, and scripted servers that answer in odd ways (one byte at a time, not at all, garbage)."""

from __future__ import annotations

import asyncio
import contextlib

import aiosmtplib
import pytest

from app.net.smtp_client import ConnectionPool, OutcomeUnknown, send_transaction
from app.smtp.tls import make_self_signed, server_context

from tests.conftest import Sink, message


class PipeliningSink(Sink):
    """The test sink, offering PIPELINING; a sender starting with "refused" gets 550 at MAIL."""

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        return responses[:-1] + ["250-PIPELINING", responses[-1]]

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if address.startswith("refused"):
            return "550 5.7.1 Sender refused"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"


@pytest.fixture
async def pipelining_sink():
    sink = await PipeliningSink().start()
    yield sink
    await sink.stop()


@contextlib.asynccontextmanager
async def session(host: str, port: int, use_tls: bool = False):
    pool = ConnectionPool("gw.test", timeout=5, use_tls=use_tls)
    client = await pool.acquire(host, port)
    try:
        yield client
    finally:
        client.close()


async def test_each_recipient_gets_its_own_reply_and_the_message_arrives_once(pipelining_sink):
    content = message("pipelined", "first line\r\n.starts with a dot\r\n..two dots\r\nend\r\n")
    async with session(pipelining_sink.host, pipelining_sink.port) as client:
        outcome = await send_transaction(
            client,
            "alice@other.example",
            ["bob@corp.example", "reject-x@corp.example", "defer-y@corp.example"],
            content,
        )
        assert client.supports_extension("pipelining")
    assert {r: reply.code for r, reply in outcome.items()} == {
        "bob@corp.example": 250,
        "reject-x@corp.example": 550,
        "defer-y@corp.example": 451,
    }
    assert "OK sink" in outcome["bob@corp.example"].text
    [received] = pipelining_sink.messages
    assert received.recipients == ["bob@corp.example"]
    assert received.content == content  # dot-stuffed on the wire, unstuffed by the sink: as sent


async def test_no_recipient_accepted_sends_no_message_and_the_session_stays_usable(pipelining_sink):
    async with session(pipelining_sink.host, pipelining_sink.port) as client:
        refused = await send_transaction(client, "alice@other.example", ["reject-a@corp.example"], message("no"))
        refused_sender = await send_transaction(
            client, "refused@other.example", ["bob@corp.example", "carol@corp.example"], message("no")
        )
        accepted = await send_transaction(client, "alice@other.example", ["bob@corp.example"], message("yes"))
    assert refused["reject-a@corp.example"].code == 550
    assert {reply.line for reply in refused_sender.values()} == {"550 5.7.1 Sender refused"}
    assert accepted["bob@corp.example"].code == 250
    assert [m.recipients for m in pipelining_sink.messages] == [["bob@corp.example"]]


async def test_pipelined_inside_starttls(tmp_path):
    make_self_signed("tls-sink.test", str(tmp_path / "s.crt"), str(tmp_path / "s.key"))
    sink = await PipeliningSink(tls_context=server_context(str(tmp_path / "s.crt"), str(tmp_path / "s.key"))).start()
    try:
        async with session(sink.host, sink.port, use_tls=True) as client:
            first = await send_transaction(client, "alice@other.example", ["bob@corp.example"], message("one"))
            second = await send_transaction(client, "alice@other.example", ["carol@corp.example"], message("two"))
            assert client.supports_extension("pipelining")
    finally:
        await sink.stop()
    assert (first["bob@corp.example"].code, second["carol@corp.example"].code) == (250, 250)
    assert [(m.recipients, m.tls) for m in sink.messages] == [
        (["bob@corp.example"], True),
        (["carol@corp.example"], True),
    ]


class ScriptedServer:
    """A next hop that greets, offers PIPELINING and answers each batch of commands by `answer(data) -> bytes`,
    written one byte at a time when `dribble` (every reply split over many segments)."""

    def __init__(self, answer, dribble: bool = False):
        self.answer = answer
        self.dribble = dribble
        self.received = bytearray()
        self.server: asyncio.Server | None = None

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 scripted.test ESMTP\r\n")
        try:
            while data := await reader.read(65536):
                self.received += data
                if data.upper().startswith(b"EHLO"):
                    reply = b"250-scripted.test\r\n250-PIPELINING\r\n250 SIZE 1000000\r\n"
                else:
                    reply = self.answer(bytes(data))
                if reply is None:
                    writer.close()
                    return
                for i in range(len(reply)) if self.dribble else [None]:
                    writer.write(reply[i : i + 1] if i is not None else reply)
                    await writer.drain()
                    if i is not None:
                        await asyncio.sleep(0.001)
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def __aenter__(self) -> "ScriptedServer":
        self.server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc) -> None:
        self.server.close()
        await self.server.wait_closed()


def answers(data: bytes) -> bytes | None:
    """MAIL/RCPT/DATA pipelined in: one reply each (a multi-line one for RCPT); the data's end: 250."""
    if data.startswith(b"MAIL"):
        replies = [b"250 sender ok\r\n"]
        replies += [b"250-recipient\r\n250 ok\r\n"] * data.count(b"RCPT TO:")
        replies += [b"354 go ahead\r\n"] if b"DATA\r\n" in data else []
        return b"".join(replies)
    if data.endswith(b"\r\n.\r\n"):
        return b"250 2.0.0 queued as 42\r\n"
    return b"250 ok\r\n"


async def test_replies_split_into_single_bytes_are_read_in_order():
    async with ScriptedServer(answers, dribble=True) as hop, session("127.0.0.1", hop.port) as client:
        outcome = await send_transaction(client, "a@x.example", ["b@y.example", "c@y.example"], message("dribble"))
        again = await send_transaction(client, "a@x.example", ["d@y.example"], message("again"))
    assert {reply.line for reply in outcome.values()} == {"250 2.0.0 queued as 42"}
    assert again["d@y.example"].line == "250 2.0.0 queued as 42"
    assert bytes(hop.received).count(b"MAIL FROM:<a@x.example>") == 2


async def test_a_hop_that_hangs_up_after_the_data_leaves_the_outcome_unknown():
    def hang_up_at_the_end(data: bytes) -> bytes | None:
        return None if data.endswith(b"\r\n.\r\n") else answers(data)

    async with ScriptedServer(hang_up_at_the_end) as hop, session("127.0.0.1", hop.port) as client:
        with pytest.raises(OutcomeUnknown):
            await send_transaction(client, "a@x.example", ["b@y.example"], message("lost"))
        assert not client.is_connected


async def test_a_hop_that_hangs_up_before_the_data_is_a_lost_connection_not_an_unknown_outcome():
    def hang_up_at_mail(data: bytes) -> bytes | None:
        return None if data.startswith(b"MAIL") else answers(data)

    async with ScriptedServer(hang_up_at_mail) as hop, session("127.0.0.1", hop.port) as client:
        with pytest.raises(aiosmtplib.SMTPServerDisconnected):
            await send_transaction(client, "a@x.example", ["b@y.example"], message("never sent"))
    assert b"\r\n.\r\n" not in bytes(hop.received)


async def test_a_garbage_reply_is_an_smtp_error_and_the_session_is_not_reused():
    def garbage(data: bytes) -> bytes | None:
        return b"250 sender ok\r\nwhat is this\r\n" if data.startswith(b"MAIL") else answers(data)

    async with ScriptedServer(garbage) as hop, session("127.0.0.1", hop.port) as client:
        with pytest.raises(aiosmtplib.SMTPResponseException):
            await send_transaction(client, "a@x.example", ["b@y.example"], message("garbage"))
        assert not client.is_connected
    assert b"\r\n.\r\n" not in bytes(hop.received)
