"""Private test servers die with the pytest session that started them, even when it is SIGKILLed, and what a
killed session left in the temporary directory is swept by the next (tests/support/reaper.py)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import wait_for
from tests.support.clamd import run_clamd  # noqa: F401 (skips when clamd is missing, as the child would fail)
from tests.support.postgres import postgres_bindir
from tests.support.reaper import process_runs, sweep_stale_workdirs
from tests.support.slapd import run_slapd  # noqa: F401

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A stand-in for a pytest session: starts the servers the suite starts, says their pids, and waits to be killed.
SESSION = """
import contextlib, sys, time
from pathlib import Path
from tests.support.clamd import run_clamd
from tests.support.postgres import run_postgres
from tests.support.slapd import run_slapd
from tests.support.processes import ServeProcess
work = Path(sys.argv[1])
with contextlib.ExitStack() as stack:
    postgres = stack.enter_context(run_postgres())
    clamd = stack.enter_context(run_clamd(work / "clamd"))
    slapd = stack.enter_context(run_slapd(work / "slapd", tls=False))
    serve = ServeProcess(work / "gateway.db", work, "serve", args=())
    print(postgres.workdir, postgres.process.pid, clamd.process.pid, slapd.process.pid, serve.proc.pid, flush=True)
    time.sleep(600)
"""


@pytest.mark.skipif(postgres_bindir() is None, reason="PostgreSQL is not installed")
async def test_servers_die_with_a_killed_session_and_its_leftovers_are_swept(tmp_path):
    for name in ("clamd", "slapd"):
        (tmp_path / name).mkdir()
    init = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(tmp_path / "gateway.db"), "init", "--hostname", "mx.corp.example"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    session = subprocess.Popen(
        [sys.executable, "-c", SESSION, str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    try:
        line = await asyncio.to_thread(session.stdout.readline)
        assert line, "the stand-in session did not start its servers"
        workdir, *pids = line.split()
        servers = [int(pid) for pid in pids]
        assert all(process_runs(pid) for pid in servers)
        session.send_signal(signal.SIGKILL)
        await asyncio.to_thread(session.wait, 30)
        await wait_for(lambda: not any(process_runs(pid) for pid in servers), timeout=60)
        assert Path(workdir).is_dir()  # nobody cleaned up after the killed session
        assert Path(workdir) in sweep_stale_workdirs("mailmoat-pg-")
        assert not Path(workdir).exists()
    finally:
        if session.poll() is None:
            session.kill()
            session.wait(30)
