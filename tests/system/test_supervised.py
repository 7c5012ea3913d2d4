"""A worker whose supervisor is gone stops, also when a subreaper (not PID 1) adopts it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from app.supervised import SUPERVISOR_PID, supervisor_environment, supervisor_pid

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")

# The worker: waits until its supervisor has exited, then asks to die with it. Exit status 0 means it lived on.
WORKER = textwrap.dedent(
    """
    import os, sys, time
    from app.supervised import die_with_parent
    supervisor = int(sys.argv[1])
    deadline = time.monotonic() + 20
    while os.getppid() == supervisor and time.monotonic() < deadline:
        time.sleep(0.01)
    die_with_parent(supervisor)
    time.sleep(5)
    """
)
# The supervisor: starts the worker, says its pid, exits at once.
SUPERVISOR = textwrap.dedent(
    """
    import os, subprocess, sys
    worker = subprocess.Popen([sys.executable, "-c", sys.argv[1], str(os.getpid())])
    print(worker.pid, flush=True)
    """
)
# A subreaper above both (as systemd --user or a container's init is): the orphaned worker becomes its child.
SUBREAPER = textwrap.dedent(
    """
    import ctypes, os, subprocess, sys
    assert ctypes.CDLL(None, use_errno=True).prctl(36, 1) == 0  # PR_SET_CHILD_SUBREAPER
    supervisor = subprocess.run([sys.executable, "-c", sys.argv[1], sys.argv[2]], capture_output=True, text=True)
    _pid, status = os.waitpid(int(supervisor.stdout), 0)
    print(os.WTERMSIG(status) if os.WIFSIGNALED(status) else -os.WEXITSTATUS(status))
    """
)


def test_an_orphaned_worker_under_a_subreaper_stops():
    result = subprocess.run(
        [sys.executable, "-c", SUBREAPER, SUPERVISOR, WORKER], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == 15  # SIGTERM: it drains and stops (it lived on before: its parent was not PID 1)


def test_a_worker_whose_supervisor_lives_goes_on():
    script = "from app.supervised import die_with_parent; import os; die_with_parent(os.getppid()); print('on')"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "on"


def test_the_supervisor_passes_its_pid(monkeypatch):
    assert supervisor_environment()[SUPERVISOR_PID] == str(os.getpid())
    monkeypatch.setenv(SUPERVISOR_PID, "4242")
    assert supervisor_pid() == 4242
    monkeypatch.setenv(SUPERVISOR_PID, "not a pid")
    assert supervisor_pid() is None
