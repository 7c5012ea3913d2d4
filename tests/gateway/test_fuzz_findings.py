"""Regressions for what the protocol fuzzer (tests/gateway/test_protocol_fuzz.py) found, each as a plain test."""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
import struct

import pytest

from tests.conftest import db_rows, message, wait_for
from tests.gateway.test_gateway_smtp import raw_session


def _tracebacks(caplog) -> list[str]:
    return [
        f"{r.name}: {r.getMessage()}"
        for r in caplog.records
        if r.exc_info and (r.name.startswith("app.") or r.name.startswith("mail.log"))
    ]


def _starttls_then(port: int, then: bytes | None) -> None:
    """EHLO, STARTTLS, and instead of a TLS handshake: `then`, or (None) a TCP reset."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        replies = sock.makefile("rb")
        replies.readline()
        sock.sendall(b"EHLO client.example\r\n")
        while replies.readline()[3:4] == b"-":
            pass
        sock.sendall(b"STARTTLS\r\n")
        assert replies.readline().startswith(b"220")
        if then is None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        sock.sendall(then)
        if not then:
            sock.shutdown(socket.SHUT_WR)
        while sock.recv(4096):  # until the gateway hangs up
            pass


@pytest.mark.parametrize(
    "then",
    [b"EHLO not-tls.example\r\n", b"\x16\x03\x00\x00\x05hello", b"", None],
    ids=["plaintext", "bad-record", "eof", "reset"],
)
async def test_a_failed_tls_handshake_is_an_event_not_a_traceback(gateway, sink, caplog, then):
    caplog.set_level(logging.INFO)
    await asyncio.to_thread(_starttls_then, gateway.port, then)

    async def failed_handshakes():
        await gateway.gateway.writer.flush()
        return await db_rows(
            gateway.store,
            "SELECT verdict, rule FROM events WHERE kind = 'starttls' AND reason = 'tls_handshake_failed'",
        )

    rows = await wait_for(failed_handshakes)
    assert [row["verdict"] for row in rows] == ["disconnect"]
    assert not _tracebacks(caplog)
    assert await asyncio.to_thread(gateway.send, "a@other.example", ["bob@corp.example"], message("after")) == {}
    await wait_for(lambda: sink.messages)


def _starttls_twice(port: int) -> list[bytes]:
    """A TLS session that says STARTTLS again and goes on with a broken handshake record, then NOOP."""
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    with socket.create_connection(("127.0.0.1", port), timeout=10) as plain:
        replies = plain.makefile("rb")
        replies.readline()
        plain.sendall(b"EHLO client.example\r\nSTARTTLS\r\n")
        while replies.readline()[3:4] == b"-":
            pass
        assert replies.readline().startswith(b"220")
        with context.wrap_socket(plain, server_hostname="mx.corp.example") as tls:
            tls_replies = tls.makefile("rb")
            tls.sendall(b"STARTTLS\r\n")
            second = tls_replies.readline()
            tls.sendall(b"\x16\x03\x00\x00\x05hello\r\nNOOP\r\n")
            return [second] + [tls_replies.readline() for _ in range(2)]


async def test_starttls_inside_tls_is_refused(gateway, caplog):
    """RFC 3207 4.2: once TLS is up, STARTTLS is not offered, and a second one is refused. A second handshake
    on top of the first also hit a CPython 3.11 sslproto bug that logged 'Fatal error on SSL protocol'."""
    caplog.set_level(logging.INFO)
    second, garbage, noop = await asyncio.to_thread(_starttls_twice, gateway.port)
    assert second == b"554 5.5.1 TLS already active\r\n"
    assert garbage.startswith(b"500 5.5.") and noop == b"250 2.0.0 OK\r\n"
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


async def test_help_lists_the_commands_and_their_syntax(gateway):
    """Each command method is wrapped for wire_text (app.smtp.server); the wrapper lost aiosmtpd's HELP syntax,
    so HELP listed no command at all and HELP MAIL was a 501."""
    replies = await asyncio.to_thread(
        raw_session, gateway.port, [b"HELP", b"EHLO client.example", b"HELP MAIL", b"HELP STARTTLS", b"HELP NOSUCH"]
    )
    supported = replies[1].split(": ", 1)[1].split()
    assert replies[1].startswith("250 ") and {"EHLO", "MAIL", "RCPT", "DATA", "STARTTLS", "AUTH"} <= set(supported)
    assert replies[-3].startswith("250 Syntax: MAIL FROM: <address>")
    assert replies[-2] == "250 Syntax: STARTTLS"
    assert replies[-1].startswith("501 5.5.4 Supported commands: ")


_TEN_ERRORS = b"RCPT TO:<bob@corp.example>\r\n" * 10  # before EHLO: 503 each, and smtp.error_limit is 10
_A_MESSAGE = (
    b"EHLO client.example\r\nMAIL FROM:<a@other.example>\r\nRCPT TO:<bob@corp.example>\r\nDATA\r\n"
    b"Subject: after the 421\r\n\r\nhello\r\n.\r\nQUIT\r\n"
)


def _pipelined(port: int, tls: bool, payload: bytes = _TEN_ERRORS + _A_MESSAGE) -> list[bytes]:
    """The payload in one write (by default ten errors and then a whole transaction); every reply line until the
    gateway hangs up."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        replies = sock.makefile("rb")
        replies.readline()
        if tls:
            sock.sendall(b"EHLO client.example\r\nSTARTTLS\r\n")
            while replies.readline()[3:4] == b"-":
                pass
            assert replies.readline().startswith(b"220")
            context = ssl.create_default_context()
            context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
            sock = context.wrap_socket(sock, server_hostname="mx.corp.example")
            replies = sock.makefile("rb")
        sock.sendall(payload)
        lines = []
        try:
            while line := replies.readline():
                lines.append(line)
        except (ssl.SSLError, ConnectionError):
            pass
        return lines


@pytest.mark.parametrize("tls", [False, True], ids=["plain", "tls"])
async def test_nothing_pipelined_after_a_421_is_run(gateway, sink, caplog, tls):
    """The error limit's 421 ends the session, as RFC 5321 says: the commands the client pipelined after it are
    not run. They were: a message sent after the 421 was queued and delivered, and over TLS the second hang-up
    broke the TLS transport, so each further reply logged an 'SMTP session error' traceback."""
    caplog.set_level(logging.INFO)
    lines = await asyncio.to_thread(_pipelined, gateway.port, tls)
    assert lines[-1] == b"421 4.7.0 Too many errors, closing connection\r\n"
    assert len(lines) == 11 and all(line.startswith(b"503 ") for line in lines[:10])
    assert not _tracebacks(caplog)
    assert not [r for r in caplog.records if r.name == "asyncio" and r.levelno >= logging.WARNING]
    assert await asyncio.to_thread(gateway.send, "a@other.example", ["bob@corp.example"], message("legit")) == {}
    await wait_for(lambda: sink.messages)
    await gateway.gateway.writer.flush()
    assert [m for m in sink.messages if b"after the 421" in m.content] == []
    senders = await db_rows(gateway.store, "SELECT sender FROM events WHERE kind = 'mail'")
    assert [row["sender"] for row in senders] == ["a@other.example"]  # the legitimate session's only


async def test_commands_after_aiosmtpds_bogus_command_limit_are_not_run_over_tls(gateway, caplog):
    """aiosmtpd hangs up after five unknown commands but went on reading the buffered ones, and over TLS each
    further reply was an 'SMTP session error' traceback (the TLS transport, closed twice, had no protocol)."""
    caplog.set_level(logging.INFO)
    lines = await asyncio.to_thread(_pipelined, gateway.port, True, b"BOGUS\r\n" * 9 + _A_MESSAGE)
    assert lines[-1] == b"502 5.5.1 Too many unrecognized commands, goodbye.\r\n" and len(lines) == 5
    assert not _tracebacks(caplog)
    assert not [r for r in caplog.records if r.name == "asyncio" and r.levelno >= logging.WARNING]
    await gateway.gateway.writer.flush()
    assert await db_rows(gateway.store, "SELECT sender FROM events WHERE kind = 'mail'") == []


async def test_the_same_recipient_twice_is_one_recipient(gateway, sink, caplog):
    """RCPT TO the same address twice (a client merging To and Bcc, say) made the queue write fail on the
    (message, recipient) key: 451 and a traceback at every retry, so the message never got through."""
    replies = await asyncio.to_thread(
        raw_session,
        gateway.port,
        [
            b"EHLO client.example",
            b"MAIL FROM:<a@other.example>",
            b"RCPT TO:<bob@corp.example>",
            b"RCPT TO:<bob@corp.example>",
            b"RCPT TO:<Bob@CORP.example>",
            b"DATA",
            message("twice") + b"\r\n.",
        ],
    )
    assert replies[-5:-2] == ["250 2.1.5 Recipient <bob@corp.example> ok"] * 2 + [
        "250 2.1.5 Recipient <Bob@corp.example> ok"
    ]  # the local part may be case-sensitive (RFC 5321 2.4)
    assert replies[-1].startswith("250 2.0.0 Ok: queued as ")
    await wait_for(lambda: sink.messages)
    assert [m.recipients for m in sink.messages] == [["bob@corp.example", "Bob@corp.example"]]
    assert not _tracebacks(caplog)


async def test_the_received_header_names_utf8smtp_right(gateway, sink):
    """RFC 6531 3.7.4's WITH protocol types are UTF8SMTP, UTF8SMTPS, UTF8SMTPA and UTF8SMTPSA; the trace header
    said UTF8SMTPP."""
    assert await asyncio.to_thread(gateway.send, "김철수@other.example", ["bob@corp.example"], message("utf8")) == {}
    await wait_for(lambda: sink.messages)
    assert b" with UTF8SMTP id " in sink.messages[0].content.split(b"\r\n\r\n")[0]
