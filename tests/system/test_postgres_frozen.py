"""PostgreSQL frozen (issue 19): a server that stops answering without closing its connections, as when it hangs or
the network drops without a reset. The gateway's statements are bounded (app/store/postgres.py): a session gets a
4xx, never a hang, the sessions behind it are not stuck either, and once the server answers again the gateway takes
mail and delivers everything it answered 250 to. The whole private server (postmaster and every child) is stopped
with SIGSTOP, so the reconnect the gateway tries hangs too.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

from app.store.postgres import STATEMENT_TIMEOUT_ENVIRONMENT
from tests.conftest import wait_for
from tests.support.postgres import PostgresServer
from tests.support.processes import ServeProcess, closed_port
from tests.system.test_postgres_down import (
    accepted_before_the_outage,
    delivers_what_it_accepted,
    gateway_on_its_own_server,
    send,
    takes_mail_again,
)

BOUND = 5  # seconds: the gateway's statement timeout in this test


def server_processes(server: PostgresServer) -> list[int]:
    """The postmaster and its children (the backends, checkpointer, walwriter...)."""
    assert server.process is not None
    postmaster = server.process.pid
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                children.append(int(stat.parent.name))
    return [postmaster, *children]


@contextlib.contextmanager
def frozen(server: PostgresServer) -> Iterator[None]:
    """Every process of the server stopped (SIGSTOP), and continued afterwards whatever happens."""
    stopped: list[int] = []
    try:
        for pid in server_processes(server):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGSTOP)
                stopped.append(pid)
        yield
    finally:
        for pid in stopped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)


def timed_send(serve: ServeProcess, mid: str) -> tuple[str, int, str, float]:
    started = time.monotonic()
    stage, code, text = send(serve, mid)
    return stage, code, text, time.monotonic() - started


async def test_a_frozen_postgres_gets_a_451_not_a_hang_and_loses_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(STATEMENT_TIMEOUT_ENVIRONMENT, str(BOUND))  # the gateway's and the CLI's
    upstream_port = closed_port()
    async with gateway_on_its_own_server(tmp_path, upstream_port) as (server, url, serve):
        accepted = await accepted_before_the_outage(serve)

        with frozen(server):
            answers = await asyncio.gather(
                *(asyncio.to_thread(timed_send, serve, f"during-{number}") for number in range(3))
            )
            print(f"\nwhile PostgreSQL is frozen ({BOUND} s bound): {[(s, c, round(t, 1)) for s, c, _, t in answers]}")
            # a socket timeout in `send` (60 s) would be the hang
            for stage, code, text, _seconds in answers:
                assert 400 <= code < 500, (stage, code, text)
            await wait_for(lambda: "the database is unreachable (TimeoutError" in serve.errors(), 60)
            assert serve.proc.poll() is None

        await takes_mail_again(serve, accepted)
        await delivers_what_it_accepted(url, upstream_port, accepted)
        assert serve.terminate() == 0
        assert "Traceback" not in serve.errors()
