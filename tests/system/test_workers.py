"""`mailmoat serve --workers N`: the supervisor, its workers on one port, restarts and shutdown (real processes)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import socket
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import db_rows, wait_for
from tests.support.processes import ServeProcess, mailmoat

WORKER_PIDS = re.compile(r"mailmoat: listening on \S+ \(2 workers, pids (\d+), (\d+)\)")
RESTARTED = re.compile(r"mailmoat: worker 0 restarted \(pid (\d+)\)")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:  # our own zombie
            return False
    return _state(pid) != "Z"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""


def heartbeats(db: Path) -> dict[int, float]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)) as conn:
        return dict(conn.execute("SELECT pid, heartbeat FROM gateway_workers"))


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "workers.db"
    result = mailmoat("init", "--hostname", "mx.corp.example", db=path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("value", ["0", "-1", "many", "65", ""])
def test_a_bad_worker_count_is_a_usage_error(db, value):
    result = mailmoat("serve", "--workers", value, db=db)
    assert result.returncode == 2
    assert "--workers" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_busy_port_is_refused_before_any_worker_starts(db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = mailmoat("serve", "--workers", "2", "--listen", f"127.0.0.1:{port}", db=db, timeout=60)
    assert result.returncode == 2
    assert f"cannot listen on '127.0.0.1:{port}'" in result.stderr and "Traceback" not in result.stderr
    assert "listening" not in result.stdout


async def test_workers_share_the_port_a_dead_one_is_restarted_and_sigterm_drains_them_all(db, tmp_path):
    service = ServeProcess(db, tmp_path, "workers", wait=False, args=("--workers", "2"))
    try:
        await asyncio.to_thread(service.wait_ready, 90)
        pids = [int(pid) for pid in WORKER_PIDS.search(service.output()).groups()]
        assert all(alive(pid) for pid in pids) and service.proc.pid not in pids
        # each worker listens itself on the one port (SO_REUSEPORT) and announces itself
        await wait_for(lambda: set(heartbeats(db)) == set(pids), timeout=30, interval=0.1)
        for _ in range(4):
            with service.smtp() as client:
                assert client.noop()[0] == 250

        os.kill(pids[0], signal.SIGKILL)
        await wait_for(lambda: RESTARTED.search(service.output()), timeout=90, interval=0.1)
        replacement = int(RESTARTED.search(service.output())[1])
        assert replacement not in pids and alive(replacement) and alive(pids[1])
        await wait_for(lambda: replacement in heartbeats(db), timeout=30, interval=0.1)
        with service.smtp() as client:
            assert client.noop()[0] == 250

        service.proc.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(service.proc.wait, 90) == 0
        output = service.output()
        assert output.rstrip().endswith("mailmoat: stopped")
        assert "worker 1 stopped" in output and "worker 0 stopped" in output
        assert not alive(replacement) and not alive(pids[1])
        assert heartbeats(db) == {}  # a drained worker takes its heartbeat row with it
        assert "Traceback" not in service.errors()
    finally:
        service.kill()


async def test_workers_stop_when_their_supervisor_is_killed(db, tmp_path):
    service = ServeProcess(db, tmp_path, "orphans", wait=False, args=("--workers", "2"))
    try:
        await asyncio.to_thread(service.wait_ready, 90)
        pids = [int(pid) for pid in WORKER_PIDS.search(service.output()).groups()]
        service.proc.send_signal(signal.SIGKILL)
        await asyncio.to_thread(service.proc.wait, 10)
        await wait_for(lambda: not any(alive(pid) for pid in pids), timeout=60, interval=0.1)
        assert "worker 0 stopped" in service.output() and "worker 1 stopped" in service.output()
    finally:
        service.kill()


async def test_an_attached_dashboard_shows_each_worker_alive_or_late(tmp_path):
    from app.install import initialise
    from app.store import workers as workers_store
    from app.store.database import Store
    from app.ui.backend import Backend

    store = await Store.open(str(tmp_path / "tui.db"))
    try:
        await initialise(store, "mx.corp.example")
        now = 1_800_000_000.0
        backend = Backend(store, None, attached=True, clock=lambda: now)
        await workers_store.beat(store, "mx:4101:a", "0.0.0.0:25", now - 100, now - 1)
        single = await backend.header_status()
        assert single.gateway == "attached to gateway pid 4101 on 0.0.0.0:25: alive"  # one process: as before
        await workers_store.beat(store, "mx:4102:b", "0.0.0.0:25", now - 100, now - 30)
        status = await backend.header_status()
        assert status.gateway == "attached to gateway on 0.0.0.0:25: 2 workers: pid 4101 alive, pid 4102 LATE 30s"
        assert status.problem == ""  # one worker still serves
    finally:
        await store.close()


async def test_the_gateway_status_is_the_workers_heartbeats(tmp_path):
    """No row that every worker writes: the status is read from each worker's own heartbeat."""
    from app.store import status as status_store
    from app.store import workers as workers_store
    from app.store.database import Store

    store = await Store.open(str(tmp_path / "status.db"))
    try:
        now = 1_800_000_000.0
        assert await status_store.current(store) is None
        await workers_store.beat(store, "mx:4101:a", "0.0.0.0:25", now - 100, now - 30)
        await workers_store.beat(store, "mx:4102:b", "0.0.0.0:25", now - 50, now - 1)
        status = await status_store.current(store)
        assert status == status_store.GatewayStatus(4102, "0.0.0.0:25", now - 100, now - 1)  # the freshest beat
        await workers_store.forget(store, "mx:4102:b")
        assert (await status_store.current(store)).heartbeat == now - 30  # the other one, late: not running
        await workers_store.forget(store, "mx:4101:a")
        assert await status_store.current(store) is None
        assert not await db_rows(store, "SELECT name FROM sqlite_master WHERE name = 'gateway_status'")
    finally:
        await store.close()
