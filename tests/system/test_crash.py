"""The durability promise: a 250 after DATA means the message is on disk, even if the process is killed."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import smtplib
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from tests.conftest import Sink, wait_for
from tests.support.processes import ServeProcess, cli_env, closed_port

MESSAGE_ID = re.compile(rb"^Message-ID: <([^>]+)>\r?$", re.MULTILINE | re.IGNORECASE)
# Our trace header at the very top: "Received: ..." and its folded continuation lines.
OUR_RECEIVED = re.compile(rb"\AReceived: [^\r\n]*\r\n(?:[ \t][^\r\n]*\r\n)*")
# The gateway's own Authentication-Results: header (DKIM/DMARC checked) follows its trace header.
OUR_AUTH_RESULTS = re.compile(rb"Authentication-Results: mx\.corp\.example;[^\r\n]*\r\n(?:[ \t][^\r\n]*\r\n)*")
ACCEPTED_BEFORE_KILL = 30


def cli(db: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args], capture_output=True, text=True, env=cli_env(), timeout=30
    )
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def make_message(mid: str, n: int) -> bytes:
    """Unique Message-ID and Subject; dot-stuffed lines, 8-bit text and a varying size to check byte identity."""
    padding = "".join(f"line {i:04d} of {mid} {'x' * (i % 70)}\r\n" for i in range(n % 40))
    return (
        f"From: Alice <alice@other.example>\r\nTo: <bob@corp.example>\r\nSubject: crash test {mid}\r\n"
        f"Message-ID: <{mid}@crash.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"Grüße from {mid}.\r\n.a line starting with a dot\r\n..two dots\r\n.\tdot tab\r\n{padding}"
        f"-- \r\nend\r\n"
    ).encode()


def _site(db, upstream_port: int) -> None:
    """A fresh site relaying corp.example to `upstream_port`, with the statistical filter off: these tests are
    about durability and compare content byte for byte, and their filler ("line 0012 of t4-m5 xxxx") is no mail
    the filter is judged on (a starter model once tagged it, adding its X-Mailmoat headers)."""
    cli(db, "init", "--hostname", "mx.corp.example")
    cli(db, "set", "upstream", f"127.0.0.1:{upstream_port}")
    cli(db, "domain", "add", "corp.example")
    cli(db, "set", "bayes.enabled", "no")


class Clients:
    """Client threads that keep sending until told to stop; only a 250 after DATA counts as accepted."""

    def __init__(self, host: str, port: int, threads: int = 6, prefix: str = "t"):
        """prefix: what this load's Message-IDs begin with (two loads at once need two)."""
        self.host, self.port, self.prefix = host, port, prefix
        self.lock = threading.Lock()
        self.attempted: dict[str, bytes] = {}  # DATA was sent (the server may or may not have stored it)
        self.accepted: dict[str, bytes] = {}  # 250 after DATA
        self.errors: Counter[str] = Counter()
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(threads)]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def join(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(15)

    def _run(self, n: int) -> None:
        count = 0
        while not self.stop.is_set():
            try:
                with smtplib.SMTP(self.host, self.port, timeout=10) as client:
                    client.ehlo("client.example")
                    for _ in range(1 + count % 3):  # one to three messages per session
                        if self.stop.is_set():
                            return
                        count += 1
                        mid = f"{self.prefix}{n}-m{count}"
                        body = make_message(mid, count + n)
                        if client.mail("alice@other.example")[0] != 250:
                            break
                        if client.rcpt("bob@corp.example")[0] != 250:
                            break
                        with self.lock:
                            self.attempted[mid] = body
                        code, _ = client.data(body)
                        if code == 250:
                            with self.lock:
                                self.accepted[mid] = body
            except (smtplib.SMTPException, OSError) as exc:
                with self.lock:
                    self.errors[type(exc).__name__] += 1
                time.sleep(0.01)


async def test_accepted_messages_survive_sigkill(tmp_path):
    db = tmp_path / "crash.db"
    upstream_port = closed_port()
    await asyncio.to_thread(_site, db, upstream_port)

    first = second = clients = sink = None
    try:
        first = await asyncio.to_thread(ServeProcess(db, tmp_path, "first", wait=False).wait_ready)
        clients = Clients(first.host, first.port)
        clients.start()
        await wait_for(lambda: len(clients.accepted) >= ACCEPTED_BEFORE_KILL, timeout=30, interval=0.005)
        assert all(t.is_alive() for t in clients.threads)  # still sending: the kill lands mid-stream
        first.proc.send_signal(signal.SIGKILL)
        await asyncio.to_thread(first.proc.wait, 10)
        await asyncio.to_thread(clients.join)
        assert not any(t.is_alive() for t in clients.threads)
        with clients.lock:
            accepted, attempted = dict(clients.accepted), dict(clients.attempted)
        assert len(accepted) >= ACCEPTED_BEFORE_KILL

        sink = await Sink().start("127.0.0.1", upstream_port)
        second = await asyncio.to_thread(ServeProcess(db, tmp_path, "second", wait=False).wait_ready)
        await asyncio.to_thread(cli, db, "queue", "flush")

        def delivered_ids() -> Counter[str]:
            ids: Counter[str] = Counter()
            for received in list(sink.messages):
                match = MESSAGE_ID.search(received.content)
                ids[match[1].decode().removesuffix("@crash.test") if match else "?"] += 1
            return ids

        try:
            await wait_for(lambda: set(accepted) <= set(delivered_ids()), timeout=30, interval=0.1)
        except AssertionError:
            missing = sorted(set(accepted) - set(delivered_ids()))
            raise AssertionError(
                f"{len(missing)} of {len(accepted)} messages answered 250 were never delivered: {missing[:20]}"
            ) from None
        # Whatever else the first process had stored (250 sent but not seen by the client) drains as well.
        await wait_for(
            lambda: asyncio.to_thread(lambda: cli(db, "queue", "list").strip() == "queue is empty"),
            timeout=30,
            interval=0.2,
        )

        ids = delivered_ids()
        duplicates = {mid: n for mid, n in ids.items() if n > 1}
        extra = set(ids) - set(accepted)
        print(
            f"\naccepted before SIGKILL: {len(accepted)}, DATA sent: {len(attempted)}, delivered: "
            f"{sum(ids.values())}, duplicates: {len(duplicates)}, stored without a 250 seen: {len(extra)}, "
            f"client errors: {dict(clients.errors)}"
        )
        assert extra <= set(attempted), f"delivered messages nobody sent: {sorted(extra - set(attempted))}"

        for received in sink.messages:
            mid = MESSAGE_ID.search(received.content)[1].decode().removesuffix("@crash.test")
            assert received.sender == "alice@other.example"
            assert received.recipients == ["bob@corp.example"]
            trace = OUR_RECEIVED.match(received.content)
            assert trace is not None, received.content[:200]
            assert b"by mx.corp.example (Mailmoat) with ESMTP id " in trace[0]
            auth_results = OUR_AUTH_RESULTS.match(received.content, trace.end())
            start = auth_results.end() if auth_results else trace.end()
            assert received.content[start:] == attempted[mid], f"content of {mid} changed"

        second.proc.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(second.proc.wait, 15) == 0
        assert "mailmoat: stopped" in second.output()
    finally:
        if clients is not None:
            clients.stop.set()
        for server in (first, second):
            if server is not None:
                server.kill()
        if sink is not None:
            await sink.stop()


def delivered_ids(sink: Sink) -> Counter[str]:
    ids: Counter[str] = Counter()
    for received in list(sink.messages):
        match = MESSAGE_ID.search(received.content)
        ids[match[1].decode().removesuffix("@crash.test") if match else "?"] += 1
    return ids


def queued_per_worker(db: Path) -> dict[str, int]:
    """How many messages each worker queued, from the events the workers wrote (read-only, beside them)."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)) as conn:
        return dict(conn.execute("SELECT worker, COUNT(*) FROM events WHERE kind = 'queued' GROUP BY worker"))


WORKER_PIDS = re.compile(r"mailmoat: listening on \S+ \(2 workers, pids (\d+), (\d+)\)")


async def test_two_workers_lose_nothing_and_deliver_once_after_sigkill(tmp_path):
    """serve --workers 2 with the upstream down: load through both workers, SIGKILL one worker mid-stream (the
    supervisor starts another), then SIGKILL the whole service. Restarted with the upstream up, every message
    answered 250 is delivered exactly once."""
    db = tmp_path / "crash2.db"
    upstream_port = closed_port()
    await asyncio.to_thread(_site, db, upstream_port)

    first = second = clients = sink = None
    try:
        first = ServeProcess(db, tmp_path, "first", wait=False, args=("--workers", "2"))
        await asyncio.to_thread(first.wait_ready, 90)
        pids = [int(pid) for pid in WORKER_PIDS.search(first.output()).groups()]
        clients = Clients(first.host, first.port)
        clients.start()
        # both workers take connections (SO_REUSEPORT spreads them); their events name them
        await wait_for(
            lambda: len(queued_per_worker(db)) >= 2 and len(clients.accepted) >= ACCEPTED_BEFORE_KILL,
            timeout=60,
            interval=0.1,
        )
        os.kill(pids[1], signal.SIGKILL)
        before = len(clients.accepted)
        await wait_for(lambda: "worker 1 restarted" in first.output(), timeout=90, interval=0.1)
        await wait_for(lambda: len(clients.accepted) >= before + 10, timeout=30, interval=0.01)
        assert all(t.is_alive() for t in clients.threads)  # still sending: the second kill lands mid-stream too
        first.kill_all()
        await asyncio.to_thread(clients.join)
        assert not any(t.is_alive() for t in clients.threads)
        with clients.lock:
            accepted, attempted = dict(clients.accepted), dict(clients.attempted)
        assert len(accepted) >= before + 10

        sink = await Sink().start("127.0.0.1", upstream_port)
        second = ServeProcess(db, tmp_path, "second", wait=False, args=("--workers", "2"))
        await asyncio.to_thread(second.wait_ready, 90)
        await asyncio.to_thread(cli, db, "queue", "flush")
        try:
            await wait_for(lambda: set(accepted) <= set(delivered_ids(sink)), timeout=60, interval=0.1)
        except AssertionError:
            missing = sorted(set(accepted) - set(delivered_ids(sink)))
            raise AssertionError(
                f"{len(missing)} of {len(accepted)} messages answered 250 were never delivered: {missing[:20]}"
            ) from None
        await wait_for(
            lambda: asyncio.to_thread(lambda: cli(db, "queue", "list").strip() == "queue is empty"),
            timeout=30,
            interval=0.2,
        )
        ids = delivered_ids(sink)
        duplicates = {mid: n for mid, n in ids.items() if n > 1}
        print(
            f"\n2 workers: accepted {len(accepted)}, DATA sent {len(attempted)}, delivered {sum(ids.values())}, "
            f"duplicates {len(duplicates)}, client errors {dict(clients.errors)}"
        )
        assert not duplicates, f"delivered more than once: {duplicates}"
        assert set(ids) - set(accepted) <= set(attempted)
        for received in sink.messages:
            mid = MESSAGE_ID.search(received.content)[1].decode().removesuffix("@crash.test")
            assert received.content.endswith(attempted[mid]), f"content of {mid} changed"

        second.proc.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(second.proc.wait, 90) == 0
        assert second.output().rstrip().endswith("mailmoat: stopped")
    finally:
        if clients is not None:
            clients.stop.set()
        for server in (first, second):
            if server is not None:
                server.kill()
        if sink is not None:
            await sink.stop()
