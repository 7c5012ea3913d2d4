"""A stranger's bytes: they must never blind the log, and never reach the operator's terminal.

Issue 12, item 3: an invalid byte on the wire is made valid text once, where commands enter
(app.safe_text.wire_text in the SMTP subclass); and every batched writer stores the rows behind a
row the database refuses (app.store.rows).
Item 4: what the CLI prints from the wire or the database shows control characters as text
(app.safe_text.visible), so an escape sequence in a HELO, a sender or a subject does nothing.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import socket
import sqlite3
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.monitor.bus import EventBus
from app.monitor.events import Event
from app.monitor.writer import EventWriter
from app.policy.loader import PolicyHolder
from app.safe_text import REPLACEMENT, visible, visible_lines, wire_text
from app.store.database import Store
from app.store.events import recent_events, write_events
from app.store.rows import executemany_isolated

from tests.support.postgres import database, postgres_server, postgres_url  # noqa: F401 (fixtures)

from tests.conftest import db_execute, db_rows, wait_for
from tests.support.processes import ServeProcess, closed_port, mailmoat


# --- the one decoding -------------------------------------------------------------------------------


@given(st.binary())
def test_wire_text_of_any_bytes_is_storable_utf8(data):
    escaped = data.decode("utf-8", "surrogateescape")  # what aiosmtpd hands over for a command argument
    text = wire_text(escaped)
    text.encode("utf-8")  # never raises: no lone surrogate is left
    assert (REPLACEMENT in text) == (REPLACEMENT in data.decode("utf-8", "replace"))
    assert wire_text(data) == data.decode("utf-8", "replace")


@given(st.text().filter(lambda t: not any("\ud800" <= c <= "\udfff" for c in t)))
def test_wire_text_keeps_valid_text(text):
    assert wire_text(text) == text


def test_wire_text_marks_each_bad_byte_and_keeps_korean():
    assert wire_text(b"\xff\xfe@partner.example".decode("utf-8", "surrogateescape")) == "\ufffd\ufffd@partner.example"
    assert wire_text("김철수\udcff") == "김철수\ufffd"
    assert wire_text("\ud800x") == "\ufffdx"  # a lone surrogate from anywhere, not only surrogateescape
    assert wire_text(None) is None


def test_an_address_that_was_not_utf8_on_the_wire_is_refused():
    from app.mail.addresses import AddressError, parse_forward_path, parse_reverse_path

    for bad in ("<\ufffd\ufffd@partner.example>", "<bob@\ufffd.example>"):
        for parse in (parse_reverse_path, parse_forward_path):
            with pytest.raises(AddressError) as refused:
                parse(bad, smtputf8=True)
            assert refused.value.kind == "syntax" and refused.value.detail == "invalid UTF-8"
    assert parse_reverse_path("<김철수@회사.example>", smtputf8=True).local == "김철수"


_8BIT = st.binary(min_size=1, max_size=40).filter(lambda b: b"\r" not in b and b"\n" not in b and b'"' not in b)


@given(_8BIT, _8BIT, _8BIT)
def test_header_values_and_file_names_come_out_of_the_decoder_as_storable_text(subject, other, name):
    """The message decoder is where header values and file names become text: never a lone surrogate."""
    from app.mail.decode import decode_message

    raw = (
        b"Subject: "
        + subject
        + b"\r\nX-Other: =?utf-8?b?"
        + base64.b64encode(other)
        + b"?= "
        + other
        + b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: application/octet-stream; name*=utf-8''%"
        + name.hex("%").encode()
        + b'\r\nContent-Disposition: attachment; filename="'
        + name
        + b'"\r\n\r\nAAAA\r\n--b--\r\n'
    )
    decoded = decode_message(raw)
    for text in [decoded.subject, *(v for _, v in decoded.headers), *(a.filename or "" for a in decoded.attachments)]:
        text.encode("utf-8")


def test_visible_shows_controls_and_keeps_korean():
    assert visible("\x1b]0;pwned\x07") == "\\x1b]0;pwned\\x07"
    assert visible("a\tb\r\nc\x00\x7f\x9b\u202e\udcff") == "a\\tb\\r\\nc\\x00\\x7f\\x9b\\u202e\\udcff"
    assert visible("김철수 <kim@회사.example> 見積") == "김철수 <kim@회사.example> 見積"
    assert visible("견적서\u3000회신\xa0요청\u2028") == "견적서\u3000회신\xa0요청\\u2028"  # spaces kept
    assert visible(42) == "42"
    assert visible_lines("Subject: \x1b[31mred\r\n\tfolded") == "Subject: \\x1b[31mred\n\\tfolded"


@given(st.text())
def test_visible_output_is_printable_text_only(text):
    shown = visible(text)
    assert all(char.isprintable() or unicodedata.category(char) == "Zs" for char in shown)
    if text.isprintable():
        assert shown == text


# --- the writers ------------------------------------------------------------------------------------


@pytest.fixture
async def store(tmp_path):
    opened = await Store.open(tmp_path / "rows.db")
    yield opened
    await opened.close()


@pytest.fixture
async def any_store(database):
    """On SQLite, then on PostgreSQL (which refuses a NUL or a lone surrogate in text too)."""
    opened = await Store.open(database)
    yield opened
    await opened.close()


async def test_event_writer_stores_the_events_behind_one_the_database_refuses(any_store, caplog):
    store = any_store
    bus = EventBus()
    writer = EventWriter(store, bus, await PolicyHolder.load(store))
    bus.publish(Event(session="s1", kind="connect", client_ip="192.0.2.1"))
    # injected past the SMTP edge on purpose: SQLite refuses to encode a lone surrogate
    bus.publish(Event(session="s2", kind="mail", verdict="reject", sender="\udcff\udcfe@partner.example"))
    bus.publish(Event(session=None, kind="mail"))  # NOT NULL: refused, and nothing to repair
    bus.publish(Event(session="s3", kind="connect", client_ip="192.0.2.3"))
    with caplog.at_level(logging.WARNING):
        await writer.flush()
    assert not writer.pending
    stored = {e["session"]: e for e in await recent_events(store, 10)}
    assert set(stored) == {"s1", "s2", "s3"}
    assert stored["s2"]["sender"] == "\ufffd\ufffd@partner.example"
    warning = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("events: 2 row(s) refused" in m and "1 stored repaired, 1 dropped" in m for m in warning), warning
    assert not any(r.exc_info for r in caplog.records)

    bus.publish(Event(session="s4", kind="connect"))  # and the writer goes on as before
    await writer.flush()
    assert (await recent_events(store, 1))[0]["session"] == "s4"
    writer.close()


async def test_a_nul_in_text_is_stored_on_both_backends(any_store):
    """SQLite keeps a NUL in text; PostgreSQL refuses it, and then the row is stored repaired."""
    await write_events(any_store, [Event(session="n1", kind="helo", helo="a\x00b").row()])
    stored = await recent_events(any_store, 1)
    assert stored[0]["helo"] == ("a\x00b" if any_store.dialect == "sqlite" else f"a{REPLACEMENT}b")


async def test_a_database_that_fails_keeps_the_batch_for_the_next_try(store, tmp_path):
    """Not a row's fault (the database is read-only now): nothing is dropped, the batch waits."""
    bus = EventBus()
    writer = EventWriter(store, bus, await PolicyHolder.load(store))
    bus.publish(Event(session="kept", kind="connect"))
    await store.conn.execute("PRAGMA query_only = ON")
    await writer.flush()
    assert [e.session for e in writer.pending] == ["kept"]
    await store.conn.execute("PRAGMA query_only = OFF")
    await writer.flush()
    assert not writer.pending
    assert (await recent_events(store, 1))[0]["session"] == "kept"
    writer.close()


async def test_batched_rows_and_alerts_survive_values_the_database_refuses(store):
    from app.store import alerts as alerts_store

    await db_execute(store, "CREATE TABLE scratch(n INTEGER NOT NULL, label TEXT NOT NULL)")
    written = await executemany_isolated(
        store,
        "INSERT INTO scratch(n, label) VALUES(?, ?)",
        [(1, "a"), (2**70, "big"), (3, "\udcff"), (4, None), (5, "e")],
        "scratch",
    )
    assert (written.stored, written.repaired, written.dropped) == (2, 2, 1)
    rows = await db_rows(store, "SELECT n, label FROM scratch ORDER BY rowid")
    assert [r["label"] for r in rows] == ["a", "big", "\ufffd", "e"]  # the 65-bit number is kept as text

    alert_id = await alerts_store.raise_alert(
        store, time.time(), "sender-over-limit", "\udcff@x.example", "critical", "too much mail from \udcff@x.example"
    )
    assert (await alerts_store.get_alert(store, alert_id)).subject == "\ufffd@x.example"


async def test_a_queue_batch_with_a_refused_value_is_stored_repaired(any_store):
    """commit_batched retries a failed batch alone, and there a refused value is repaired, not fatal."""
    store = any_store
    from app.store.queue import NewMessage, enqueue_statements, get_message

    message = NewMessage(
        id="Q1",
        created=time.time(),
        sender="a\udcff@other.example",
        client_ip="192.0.2.9",
        helo="bad\udcffhelo",
        content=b"Subject: x\r\n\r\nhi\r\n",
        recipients=[("b@corp.example", "")],
    )
    await store.commit_batched(enqueue_statements(message))
    stored = await get_message(store, "Q1")
    assert (stored["sender"], stored["helo"]) == ("a\ufffd@other.example", "bad\ufffdhelo")


async def test_the_report_keeps_one_line_per_refused_sender(store):
    """A value holding a newline cannot forge a line of the report (printed or mailed)."""
    from app.monitor.report import build_report
    from app.store.events import write_events

    forged = Event(
        session="s1",
        kind="mail",
        verdict="reject",
        reason="address_syntax",
        sender="evil@x.example\n  FAKE  ####  99\x1b[2J",
    )
    await write_events(store, [forged.row()])
    report = await build_report(store)
    line = next(line for line in report.text.splitlines() if "evil@x.example" in line)
    assert "\\n  FAKE  ####  99\\x1b[2J" in line
    assert not any(line.strip().startswith("FAKE") for line in report.text.splitlines())


# --- the next hop's words are wire text too ----------------------------------------------------------


async def _next_hop_with_bad_bytes(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """An SMTP server that refuses every recipient with a reply that is not UTF-8."""
    writer.write(b"220 odd.test ESMTP\r\n")
    while line := await reader.readline():
        verb = line[:4].upper()
        if verb == b"RCPT":
            writer.write(b"550 5.1.1 no mailbox \xff\xfe here\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 bye\r\n")
            break
        else:
            writer.write(b"250 odd.test\r\n")
        await writer.drain()
    writer.close()


async def test_a_next_hop_reply_with_bad_bytes_is_logged_as_text(gateway, caplog):
    server = await asyncio.start_server(_next_hop_with_bad_bytes, "127.0.0.1", 0)
    try:
        await gateway.configure(upstream=f"127.0.0.1:{server.sockets[0].getsockname()[1]}")
        with caplog.at_level(logging.WARNING):
            await asyncio.to_thread(gateway.send, "<>", ["bob@corp.example"], b"Subject: x\r\n\r\nhi\r\n")
            bounced = await wait_for(lambda: _bounced(gateway.store))
        assert "no mailbox \ufffd\ufffd here" in bounced[0]["reply"]
        assert "refused by the database" not in caplog.text
    finally:
        server.close()
        await server.wait_closed()


async def _bounced(store: Store) -> list[dict]:
    return [e for e in await recent_events(store, 50) if e["kind"] == "bounced"]


# --- the real gateway: a stranger's bad bytes, then a legitimate session ------------------------------


class RawSession:
    """A client that sends exactly the bytes it is given (smtplib refuses non-ASCII commands)."""

    def __init__(self, host: str, port: int):
        self.sock = socket.create_connection((host, port), timeout=10)
        self.replies = self.sock.makefile("rb")
        self.banner = self.reply()

    def reply(self) -> bytes:
        lines = []
        while True:
            line = self.replies.readline()
            assert line, "connection closed"
            lines.append(line)
            if line[3:4] != b"-":
                return b"".join(lines)

    def command(self, line: bytes) -> bytes:
        self.sock.sendall(line + b"\r\n")
        return self.reply()

    def close(self) -> None:
        try:
            self.command(b"QUIT")
        except (AssertionError, OSError):
            pass
        self.replies.close()
        self.sock.close()


def _bad_helo(s: RawSession) -> list[bytes]:
    return [s.command(b"EHLO bad\xff\xfe.example"), s.command(b"HELO \xc3\x28host")]


def _bad_mail_from(s: RawSession) -> list[bytes]:
    s.command(b"EHLO client.example")
    return [
        s.command(b"MAIL FROM:<\xff\xfe@partner.example>"),
        s.command(b"MAIL FROM:<\xff\xfe@partner.example> SMTPUTF8"),
    ]


def _bad_rcpt_to(s: RawSession) -> list[bytes]:
    s.command(b"EHLO client.example")
    assert s.command(b"MAIL FROM:<alice@other.example> SMTPUTF8").startswith(b"250")
    return [s.command(b"RCPT TO:<\xff\xed\xa0\x80@corp.example>")]


def _bad_auth_identity(s: RawSession) -> list[bytes]:
    s.command(b"EHLO client.example")
    identity = base64.b64encode(b"\0user\xff\xfe@corp.example\0secret\xff")
    return [s.command(b"AUTH PLAIN " + identity), s.command(b"AUTH LOGIN \xff\xfe")]


def _bad_header(s: RawSession) -> list[bytes]:
    s.command(b"EHLO client.example")
    assert s.command(b"MAIL FROM:<alice@other.example>").startswith(b"250")
    assert s.command(b"RCPT TO:<bob@corp.example>").startswith(b"250")
    assert s.command(b"DATA").startswith(b"354")
    body = (
        b"From: \xff\xfe <alice@other.example>\r\nTo: <bob@corp.example>\r\nSubject: caf\xe9 \xff\xfe\r\n"
        b"X-Odd: \xed\xa0\x80\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b\r\nContent-Type: application/octet-stream\r\n"
        b'Content-Disposition: attachment; filename="r\xff\xfe.pdf"\r\n\r\nAAAA\r\n--b--\r\n.'
    )
    return [s.command(body)]


@pytest.fixture
def serve_db(tmp_path) -> Path:
    db = tmp_path / "wire.db"
    for args in (
        ("init", "--hostname", "mx.corp.example"),
        ("domain", "add", "corp.example"),
        ("set", "upstream", f"127.0.0.1:{closed_port()}"),
        ("set", "auth.plaintext_loopback", "yes"),
        ("set", "smtp.tarpit_after", "1000"),
        ("set", "relay.selftest", "no"),
    ):
        result = mailmoat(*args, db=db)
        assert result.returncode == 0, result.stderr
    return db


def _session_logged(db: Path, helo: str) -> bool:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT 1 FROM events WHERE helo = ? AND kind = 'queued'", (helo,)).fetchone() is not None


def _wait_logged(db: Path, helo: str, budget: float) -> None:
    deadline = time.monotonic() + budget
    while not _session_logged(db, helo):
        assert time.monotonic() < deadline, f"the session after the bad bytes ({helo}) not logged within {budget} s"
        time.sleep(0.05)


def test_invalid_utf8_from_a_stranger_never_blinds_the_log(serve_db, tmp_path):
    server = ServeProcess(serve_db, tmp_path)
    try:
        for number, attack in enumerate([_bad_helo, _bad_mail_from, _bad_rcpt_to, _bad_auth_identity, _bad_header]):
            stranger = RawSession(server.host, server.port)
            replies = attack(stranger)
            stranger.close()
            for reply in replies:  # a clear SMTP answer, never the internal-error one
                assert reply[:1] in (b"2", b"5") and not reply.startswith(b"451"), (attack.__name__, reply)
            helo = f"legit{number}.other.example"
            with server.smtp() as client:
                client.ehlo(helo)
                client.sendmail(
                    "carol@other.example", ["bob@corp.example"], f"Subject: after {attack.__name__}\r\n\r\nhello\r\n"
                )
            _wait_logged(serve_db, helo, budget=2.0)  # functional bound: the writer flushes every 0.5 s
        log = mailmoat("log", "-n", "200", db=serve_db)
        assert log.returncode == 0 and "Traceback" not in log.stderr
        queued = [line for line in log.stdout.splitlines() if "<carol@other.example>" in line and " queued " in line]
        assert len(queued) == 5, log.stdout
        assert "\ufffd\ufffd@partner.example" in log.stdout  # the refused sender, its bad bytes marked
        with sqlite3.connect(f"file:{serve_db}?mode=ro", uri=True) as conn:  # the header's sample, kept as text
            samples = conn.execute("SELECT subject, headers, attachments FROM content_samples").fetchall()
        assert any(subject.startswith("caf") and ".pdf" in attachments for subject, _, attachments in samples), samples
    finally:
        server.terminate()
    errors = server.errors()
    assert "Traceback" not in errors and "surrogates not allowed" not in errors, errors[-3000:]
    assert "could not write" not in errors
    assert "refused by the database" not in errors  # made valid at the edge: the writers' repair was not needed


# --- the operator's terminal ------------------------------------------------------------------------

PWNED = "\x1b]0;pwned\x07"  # sets the terminal's title; many more sequences do worse
SHOWN = "\\x1b]0;pwned\\x07"


def _events_with(db: Path, like: str) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT COUNT(*) FROM events WHERE sender LIKE ? OR reply LIKE ?", (like, like)).fetchone()[
            0
        ]


def test_escape_sequences_from_the_wire_print_as_text(serve_db, tmp_path):
    assert (
        mailmoat("block", "add", "email", "spam@bad.example", "--comment", PWNED + " \x1b[2J", db=serve_db).returncode
        == 0
    )
    server = ServeProcess(serve_db, tmp_path)
    try:
        stranger = RawSession(server.host, server.port)
        assert stranger.command(b"EHLO " + PWNED.encode()).startswith(b"501")
        assert stranger.command(b"EHLO client.example").startswith(b"250")
        assert stranger.command(b"MAIL FROM:<" + PWNED.encode() + b"@other.example>").startswith(b"553")
        stranger.close()
        with server.smtp() as client:
            client.ehlo("sender.other.example")
            client.mail("carol@other.example")
            client.rcpt("bob@corp.example")
            code, reply = client.data(
                f"From: <carol@other.example>\r\nSubject: {PWNED} \x1b[31mred\r\n\r\nbody {PWNED}\r\n".encode()
            )
        assert code == 250
        queue_id = reply.decode().rsplit(" ", 1)[-1]
        deadline = time.monotonic() + 10
        while _events_with(serve_db, f"%{PWNED}%") < 1 or not _session_logged(serve_db, "sender.other.example"):
            assert time.monotonic() < deadline, "the sessions were not logged"
            time.sleep(0.05)
    finally:
        server.terminate()

    printed = {}
    for args in (
        ("log", "-n", "100"),
        ("report",),
        ("queue", "show", queue_id),
        ("queue", "list"),
        ("block", "list"),
        ("alerts", "list", "--all"),
        ("quarantine", "list"),
    ):
        result = mailmoat(*args, db=serve_db)
        assert result.returncode == 0, (args, result.stderr)
        output = result.stdout + result.stderr
        assert "\x1b" not in output and "\x07" not in output, (args, output)
        printed[args[0] if args[0] != "queue" else " ".join(args[:2])] = result.stdout
    assert f"<{SHOWN}@other.example>" in printed["log"]
    assert f"{SHOWN}@other.example" in printed["report"]  # among the most refused senders
    assert f"Subject: {SHOWN} \\x1b[31mred" in printed["queue show"] and f"body {SHOWN}" in printed["queue show"]
    assert f"{SHOWN} \\x1b[2J" in printed["block"]
