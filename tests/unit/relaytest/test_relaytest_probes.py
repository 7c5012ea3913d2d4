"""Tests for app.relaytest: the abuse.net-style open-relay probes.

The servers are real aiosmtpd SMTP servers (or a tiny raw asyncio server)
listening on 127.0.0.1 on the test's own event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import re

import pytest
from aiosmtpd.smtp import SMTP

from app.relaytest import (
    FOREIGN_DOMAIN,
    Probe,
    ProbeResult,
    build_probes,
    format_table,
    parse_target,
    relaytest_command,
    run_probes,
)

SERVER_NAME = "mx.corp.example"


# --------------------------------------------------------------------------
# Test servers
# --------------------------------------------------------------------------


class RawPathSMTP(SMTP):
    """aiosmtpd SMTP that hands the raw text between <> to the handler.

    aiosmtpd's own parser answers 553 to several of the deliberately
    malformed probe paths; an open relay in the wild would not.
    """

    def _getaddr(self, arg):
        arg = arg.strip()
        if arg.startswith("<") and ">" in arg:
            end = arg.rindex(">")
            inner, rest = arg[1:end], arg[end + 1 :]
        else:
            inner, _, rest = arg.partition(" ")
        # aiosmtpd treats an empty address as a syntax error; keep "<>" visible.
        return (inner or "<>"), rest.strip()

    async def smtp_DATA(self, arg):
        self.event_handler.data_commands += 1
        await super().smtp_DATA(arg)


class OpenRelayHandler:
    def __init__(self) -> None:
        self.mail_froms: list[str] = []
        self.rcpts: list[str] = []
        self.data_commands = 0

    async def handle_MAIL(self, server, session, envelope, address, options):
        self.mail_froms.append(address)
        envelope.mail_from = address
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):
        self.rcpts.append(address)
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK, will relay"


class RefusingHandler(OpenRelayHandler):
    async def handle_RCPT(self, server, session, envelope, address, options):
        self.rcpts.append(address)
        return f"550 5.7.1 Relaying to <{address}> is not allowed"


class HangUpAfterErrorsSMTP(RawPathSMTP):
    """Refuses every RCPT and, like many MTAs with an error limit, silently
    drops the connection when a 4th RCPT arrives on the same connection."""

    error_limit = 3

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.errors = 0

    async def smtp_RCPT(self, arg):
        if self.errors >= self.error_limit:
            self.event_handler.hangups += 1
            assert self.transport is not None
            self.transport.close()
            return
        self.errors += 1
        await super().smtp_RCPT(arg)


class HangUpHandler(RefusingHandler):
    def __init__(self) -> None:
        super().__init__()
        self.hangups = 0


@contextlib.asynccontextmanager
async def smtp_server(handler, smtp_class=RawPathSMTP):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: smtp_class(handler, hostname=SERVER_NAME), "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


@contextlib.asynccontextmanager
async def greeting_refusing_server():
    """Answers every connection with a 554 greeting, 503 to all but QUIT."""
    connections = 0

    async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        nonlocal connections
        connections += 1
        writer.write(b"554 mx.corp.example no SMTP service here\r\n")
        try:
            while line := await reader.readline():
                if line.strip().upper() == b"QUIT":
                    writer.write(b"221 2.0.0 bye\r\n")
                    break
                writer.write(b"503 5.5.1 no service\r\n")
                await writer.drain()
        finally:
            writer.close()

    server = await asyncio.start_server(client, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1], lambda: connections
    finally:
        server.close()
        await server.wait_closed()


# --------------------------------------------------------------------------
# build_probes
# --------------------------------------------------------------------------


def test_build_probes_classic_set():
    probes = build_probes("corp.example", "192.0.2.10")
    assert len(probes) == 17
    assert [p.number for p in probes] == list(range(1, 18))
    assert all(isinstance(p, Probe) for p in probes)
    assert len({(p.mail_from, p.rcpt_to) for p in probes}) == 17
    assert len({p.trick for p in probes}) == 17
    for p in probes:
        assert p.mail_from.startswith("<") and p.mail_from.endswith(">")
        assert p.rcpt_to.startswith("<") and p.rcpt_to.endswith(">")
        # every probe tries to get mail to the foreign (third-party) domain
        assert FOREIGN_DOMAIN in p.rcpt_to


def test_build_probes_cover_all_tricks():
    probes = build_probes("corp.example", "192.0.2.10")
    rcpts = {p.rcpt_to for p in probes}
    senders = {p.mail_from for p in probes}
    f = FOREIGN_DOMAIN

    # sender tricks
    assert "<>" in senders  # null sender
    assert "<spamtest>" in senders  # sender without domain
    assert "<spamtest@corp.example>" in senders  # spoofs the target domain
    assert "<postmaster@corp.example>" in senders
    assert (f"<spamtest@{f}>", f"<relaytest@{f}>") in {
        (p.mail_from, p.rcpt_to) for p in probes
    }  # plain foreign -> foreign
    # recipient tricks
    assert f'<"relaytest@{f}">' in rcpts  # quoted recipient
    assert f"<relaytest%{f}@corp.example>" in rcpts  # percent hack
    assert f"<relaytest%{f}@[192.0.2.10]>" in rcpts  # ... via IP literal
    assert f"<relaytest%{f}>" in rcpts
    assert f'<"relaytest@{f}"@corp.example>' in rcpts  # quoted local part with @
    assert f'<"relaytest%{f}"@corp.example>' in rcpts  # quoted local part with %
    assert f"<relaytest@{f}@corp.example>" in rcpts  # double @
    assert f"<relaytest@{f}@[192.0.2.10]>" in rcpts
    assert f"<@corp.example:relaytest@{f}>" in rcpts  # source route
    assert f"<{f}!relaytest>" in rcpts  # bang paths
    assert f"<{f}!relaytest@corp.example>" in rcpts
    assert f"<{f}!relaytest@[192.0.2.10]>" in rcpts

    tricks = " | ".join(p.trick for p in probes)
    for word in (
        "percent hack",
        "bang path",
        "source route",
        "quoted",
        "double @",
        "IP literal",
        "null sender",
        "without domain",
        "spoofs target domain",
    ):
        assert word in tricks


def test_build_probes_only_example_domains():
    probes = build_probes("corp.example", "192.0.2.10")
    for p in probes:
        for domain in re.findall(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", p.mail_from + p.rcpt_to):
            assert domain.endswith(".example") or domain == "192.0.2.10", domain


def test_build_probes_ipv6_literal():
    probes = build_probes("corp.example", "2001:db8::25")
    assert any("@[IPv6:2001:db8::25]>" in p.rcpt_to for p in probes)


def test_build_probes_custom_foreign_domain():
    probes = build_probes("corp.example", "192.0.2.10", foreign_domain="elsewhere.example")
    assert all("elsewhere.example" in p.rcpt_to for p in probes)
    assert not any(FOREIGN_DOMAIN in p.rcpt_to for p in probes)


# --------------------------------------------------------------------------
# format_table / parse_target
# --------------------------------------------------------------------------


def test_format_table_lists_every_probe():
    probes = build_probes("corp.example", "192.0.2.10")
    results = [
        ProbeResult(
            p, p.number == 7, "rcpt", "250 OK" if p.number == 7 else "550-5.7.1 Relaying denied\n550 5.7.1 Go away"
        )
        for p in probes
    ]
    table = format_table(results)
    lines = table.splitlines()
    assert len(lines) == 2 + 17
    for p in probes:
        assert p.rcpt_to in table
        assert p.mail_from in table
        assert p.trick in table
    assert table.count("ACCEPTED") == 1
    assert table.count("refused") == 16
    assert "550-5.7.1 Relaying denied / 550 5.7.1 Go away" in table
    # aligned: the RCPT TO column starts at the same offset on every row
    col = lines[0].index("RCPT TO")
    for line, p in zip(lines[2:], probes):
        assert line.index(p.rcpt_to) == col


@pytest.mark.parametrize(
    "target, expected",
    [
        ("mx.corp.example:25", ("mx.corp.example", 25)),
        ("127.0.0.1:2525", ("127.0.0.1", 2525)),
        ("[::1]:25", ("::1", 25)),
        ("[2001:db8::1]:587", ("2001:db8::1", 587)),
    ],
)
def test_parse_target(target, expected):
    assert parse_target(target) == expected


@pytest.mark.parametrize("target", ["nonsense", "", "host:", ":25", "host:port", "::1:25", "host:0", "host:70000"])
def test_parse_target_rejects(target):
    with pytest.raises(ValueError):
        parse_target(target)


# --------------------------------------------------------------------------
# run_probes against real servers
# --------------------------------------------------------------------------


async def test_open_relay_all_probes_accepted():
    handler = OpenRelayHandler()
    async with smtp_server(handler) as port:
        results = await run_probes("127.0.0.1", port, timeout=10)

    assert len(results) == 17
    assert all(r.accepted for r in results), format_table(results)
    assert all(r.stage == "rcpt" for r in results)
    assert all(r.reply.startswith("250") for r in results)
    # default target domain = the name from the server's greeting; IP = the host's
    expected = build_probes(SERVER_NAME, "127.0.0.1")
    assert [r.probe for r in results] == expected
    # the paths reached the server verbatim (raw command lines, no re-quoting)
    assert handler.rcpts == [p.rcpt_to[1:-1] for p in expected]
    assert handler.mail_froms == [p.mail_from[1:-1] or "<>" for p in expected]
    assert handler.data_commands == 0  # never DATA


async def test_refusing_server_no_probe_accepted():
    handler = RefusingHandler()
    async with smtp_server(handler) as port:
        results = await run_probes("127.0.0.1", port, domain="corp.example", timeout=10)

    assert len(results) == 17
    assert not any(r.accepted for r in results)
    assert all(r.stage == "rcpt" for r in results)
    assert all(r.reply.startswith("550 5.7.1 Relaying to <") for r in results)
    assert [r.probe for r in results] == build_probes("corp.example", "127.0.0.1")
    assert len(handler.rcpts) == 17
    assert handler.data_commands == 0


async def test_stock_aiosmtpd_rejects_some_at_parse_time():
    """Without the raw-path subclass aiosmtpd answers 553 to malformed paths:
    those are refusals, the rest accepted."""
    async with smtp_server(OpenRelayHandler(), smtp_class=SMTP) as port:
        results = await run_probes("127.0.0.1", port, timeout=10)
    assert len(results) == 17
    refused = [r for r in results if not r.accepted]
    assert refused and all(r.reply.startswith("553") for r in refused)


async def test_server_hanging_up_after_errors_still_gets_all_probes():
    handler = HangUpHandler()
    async with smtp_server(handler, smtp_class=HangUpAfterErrorsSMTP) as port:
        results = await run_probes("127.0.0.1", port, timeout=10)

    assert len(results) == 17
    assert handler.hangups >= 4  # the server really did drop us repeatedly
    assert not any(r.accepted for r in results)
    # every probe was answered by a real RCPT reply after reconnecting
    assert all(r.stage == "rcpt" and r.reply.startswith("550") for r in results)
    assert len(handler.rcpts) == 17


async def test_mail_from_refused_is_stage_mail():
    class NoSenders(RefusingHandler):
        async def handle_MAIL(self, server, session, envelope, address, options):
            return "550 5.7.1 Sender rejected"

    handler = NoSenders()
    async with smtp_server(handler) as port:
        results = await run_probes("127.0.0.1", port, timeout=10)
    assert len(results) == 17
    assert all(not r.accepted and r.stage == "mail" for r in results)
    assert all(r.reply == "550 5.7.1 Sender rejected" for r in results)
    assert handler.rcpts == []  # RCPT is only sent after a 2xx MAIL


async def test_greeting_554_is_refused_at_connect():
    async with greeting_refusing_server() as (port, connections):
        results = await run_probes("127.0.0.1", port, timeout=10)
        assert connections() >= 1
    assert len(results) == 17
    assert all(not r.accepted and r.stage == "connect" for r in results)
    assert all(r.reply.startswith("554 ") for r in results)
    # the domain is still taken from the greeting
    assert results[3].probe.mail_from == f"<spamtest@{SERVER_NAME}>"


# --------------------------------------------------------------------------
# relaytest_command
# --------------------------------------------------------------------------


async def test_command_open_relay_exits_1(capsys):
    async with smtp_server(OpenRelayHandler()) as port:
        rc = await asyncio.to_thread(relaytest_command, f"127.0.0.1:{port}", None)
    assert rc == 1
    out = capsys.readouterr().out
    assert out.count("ACCEPTED") == 17
    assert "OPEN RELAY" in out.splitlines()[-1]
    for p in build_probes(SERVER_NAME, "127.0.0.1"):
        assert p.rcpt_to in out


async def test_command_closed_relay_exits_0(capsys):
    async with smtp_server(RefusingHandler()) as port:
        rc = await asyncio.to_thread(relaytest_command, f"127.0.0.1:{port}", "corp.example")
    assert rc == 0
    out = capsys.readouterr().out
    assert "ACCEPTED" not in out
    assert "<relaytest%relaytest.mailmoat.example@corp.example>" in out
    assert "refused all 17" in out.splitlines()[-1]


def test_command_bad_target_exits_2(capsys):
    assert relaytest_command("nonsense", None) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err


def test_command_connection_refused_exits_2(capsys):
    assert relaytest_command("127.0.0.1:1", None) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "127.0.0.1" in captured.err
    assert "Traceback" not in captured.err


def test_command_bad_domain_exits_2(capsys):
    assert relaytest_command("127.0.0.1:1", "bad domain\r\nRCPT") == 2
    assert "Traceback" not in capsys.readouterr().err
