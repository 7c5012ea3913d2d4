"""PostgreSQL itself down (issue 19): a running `serve` answers 4xx, never 250, never a traceback or a hang; it stays
up, and when the server is back it takes mail again, reloads policy again, and delivers everything it answered 250
to, before the outage and after. Each test has a private server of its own (tests/support/postgres.py): it stops it.
"""

from __future__ import annotations

import asyncio
import contextlib
import smtplib
from collections.abc import AsyncIterator
from pathlib import Path

from app.store.database import Store
from app.store.notices import PolicyNotices
from tests.conftest import Sink, db_rows, wait_for
from tests.support.postgres import run_postgres
from tests.support.processes import ServeProcess, closed_port, mailmoat
from tests.system.test_crash import MESSAGE_ID, make_message
from tests.system.test_postgres_cluster import prepare_gateway
from tests.system.test_postgres_reload import _block, _refused


def send(serve: ServeProcess, mid: str) -> tuple[str, int, str]:
    with smtplib.SMTP(serve.host, serve.port, timeout=60) as client:
        steps = (
            ("EHLO", lambda: client.ehlo("client.example")),
            ("MAIL", lambda: client.mail("alice@other.example")),
            ("RCPT", lambda: client.rcpt("bob@corp.example")),
            ("DATA", lambda: client.data(make_message(mid, 3))),
        )
        for stage, step in steps:
            code, text = step()
            if code != 250:
                return stage, code, text.decode(errors="replace")
        return "DATA", 250, text.decode(errors="replace")


@contextlib.asynccontextmanager
async def gateway_on_its_own_server(tmp_path: Path, upstream_port: int) -> AsyncIterator[tuple]:
    """A private PostgreSQL server, a gateway database on it and `serve` running on that: (server, url, serve)."""
    with run_postgres() as server:
        url = server.url(server.create_database())
        await prepare_gateway(url, tmp_path, upstream_port)
        serve = await asyncio.to_thread(ServeProcess, url, tmp_path)
        try:
            yield server, url, serve
        finally:
            serve.kill()


async def accepted_before_the_outage(serve: ServeProcess) -> list[str]:
    """Three messages answered 250 while the server is up (queued: the upstream is down)."""
    accepted = []
    for number in range(3):
        stage, code, text = await asyncio.to_thread(send, serve, f"before-{number}")
        assert (stage, code) == ("DATA", 250), text
        accepted.append(f"before-{number}")
    return accepted


async def takes_mail_again(serve: ServeProcess, accepted: list[str]) -> None:
    """Waits for the gateway to answer 250 again after an outage; the message it took joins `accepted`."""

    async def accepts() -> bool:
        _stage, code, _text = await asyncio.to_thread(send, serve, f"after-{len(accepted)}")
        if code == 250:
            accepted.append(f"after-{len(accepted)}")
        return code == 250

    await wait_for(accepts, timeout=60, interval=0.5)


async def delivers_what_it_accepted(url: str, upstream_port: int, accepted: list[str]) -> None:
    """The upstream listens and the queue is flushed: every message in `accepted` arrives once, and no other."""
    sink = await Sink().start("127.0.0.1", upstream_port)
    try:

        def delivered() -> list[str]:
            return [MESSAGE_ID.search(m.content)[1].decode().removesuffix("@crash.test") for m in sink.messages]

        # Flushed again every few seconds: an attempt that was under way when the sink started fails and sets its
        # retry a minute on, after a single flush (a race of the test, which an operator would meet by flushing).
        for _attempt in range(40):
            assert (await asyncio.to_thread(mailmoat, "queue", "flush", db=url)).returncode == 0
            with contextlib.suppress(AssertionError):
                await wait_for(lambda: set(accepted) <= set(delivered()), timeout=3, interval=0.2)
                break
        assert set(accepted) <= set(delivered()), sorted(set(accepted) - set(delivered()))
        assert sorted(delivered()) == sorted(accepted)  # once each, and none of the refused ones
    finally:
        await sink.stop()


async def test_serve_answers_451_while_postgres_is_down_and_loses_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    upstream_port = closed_port()
    async with gateway_on_its_own_server(tmp_path, upstream_port) as (server, url, serve):
        accepted = await accepted_before_the_outage(serve)
        await asyncio.to_thread(server.stop)
        answers = [await asyncio.to_thread(send, serve, f"during-{number}") for number in range(3)]
        print(f"\nwhile PostgreSQL is down: {answers}")
        # the chores meet the outage too: each says so in a line, without a traceback
        await wait_for(lambda: "queue run failed; retrying: the database is unreachable" in serve.errors(), 60)
        await wait_for(lambda: "could not write" in serve.errors(), 60)
        for stage, code, text in answers:
            assert 400 <= code < 500, (stage, code, text)
        assert serve.proc.poll() is None
        assert "Traceback" not in serve.errors()

        await asyncio.to_thread(server.start, durable=False)

        await takes_mail_again(serve, accepted)
        # the policy watcher listens again: a change made now reaches the gateway
        blocked = await asyncio.to_thread(mailmoat, "block", "add", "email", "pest@other.example", db=url)
        assert blocked.returncode == 0, blocked.stderr
        await wait_for(lambda: _refused(serve, "pest@other.example"), timeout=60)

        await delivers_what_it_accepted(url, upstream_port, accepted)
        assert serve.terminate() == 0
        assert "Traceback" not in serve.errors()


async def test_notices_begin_while_the_server_is_down_and_listen_once_it_is_up():
    """A gateway whose database goes away between its start and its policy watcher's: the watcher waits for the
    server instead of ending, and reloads once it listens."""
    with run_postgres() as server:
        url = server.url(server.create_database())
        gateway, writer = await Store.open(url), await Store.open(url)
        try:
            await asyncio.to_thread(server.stop)
            notices = PolicyNotices(gateway)
            async with notices:
                assert not notices.changed.is_set()
                await asyncio.to_thread(server.start, durable=False)
                await wait_for(notices.changed.is_set, timeout=60)  # listening: what it missed is reloaded
                notices.changed.clear()
                await _block(writer, "late@other.example")
                await wait_for(notices.changed.is_set, timeout=30)
                assert await db_rows(writer, "SELECT value FROM list_entries WHERE value = ?", ("late@other.example",))
        finally:
            await gateway.close()
            await writer.close()


async def test_a_greylisting_rcpt_while_postgres_is_down_is_451(tmp_path, monkeypatch):
    """Greylisting reads and writes the database at RCPT: with the server down that is a 4xx there, not a 5xx."""
    monkeypatch.chdir(tmp_path)
    with run_postgres() as server:
        url = server.url(server.create_database())
        await prepare_gateway(url, tmp_path, closed_port())
        assert (await asyncio.to_thread(mailmoat, "set", "greylist.domains", "corp.example", db=url)).returncode == 0
        serve = await asyncio.to_thread(ServeProcess, url, tmp_path)
        try:
            stage, code, text = await asyncio.to_thread(send, serve, "greylisted-first")
            assert (stage, code) == ("RCPT", 451), text  # greylisted, the server up
            await asyncio.to_thread(server.stop)
            stage, code, text = await asyncio.to_thread(send, serve, "greylisted-down")
            print(f"\ngreylisting while PostgreSQL is down: {stage} {code} {text}")
            assert stage == "RCPT" and 400 <= code < 500, (stage, code, text)
            assert serve.proc.poll() is None
            assert "Traceback" not in serve.errors()
        finally:
            serve.kill()
