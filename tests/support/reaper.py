"""Private test servers (PostgreSQL, clamd, slapd, `mailmoat serve`) die with the test session that started them,
even when pytest itself is SIGKILLed (a timeout, a lost terminal, an impatient operator): `spawn` starts them with
Linux's parent-death signal, and `sweep_stale_workdirs` removes at the next start what a killed session left on
disk.

Linux sends the parent-death signal when the *thread* that forked the child ends, not the process: a server
started from a short-lived thread (asyncio.to_thread in a test) would die with that thread. So every child is
forked by one thread that lives as long as the session.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

_PR_SET_PDEATHSIG = 1
_prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here: the child between fork and exec takes no locks
_spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-server-spawner")
OWNER_FILE = "session.pid"  # in a server's working directory: the pid of the session that owns it


def _die_with_parent(parent: int, death_signal: int) -> None:
    """In the child, between fork and exec (after any change of user, which would clear the setting)."""
    if _prctl(_PR_SET_PDEATHSIG, death_signal) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG)")
    if os.getppid() != parent:  # the session died before the call: no signal will come
        os.kill(os.getpid(), death_signal)


def spawn(argv: list[str], *, death_signal: int = signal.SIGTERM, **popen: Any) -> subprocess.Popen:
    """subprocess.Popen(argv, **popen) for a child that gets `death_signal` when this process dies."""
    parent = os.getpid()
    preexec = lambda: _die_with_parent(parent, death_signal)  # noqa: E731 (one line, read where it is used)
    return _spawner.submit(subprocess.Popen, argv, preexec_fn=preexec, **popen).result()


def claim_workdir(workdir: Path) -> None:
    """Marks `workdir` as this session's, for `sweep_stale_workdirs` of a later session."""
    (workdir / OWNER_FILE).write_text(str(os.getpid()))


def process_runs(pid: int) -> bool:
    """True while `pid` is a process that has not ended (a zombie nobody reaped has ended)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def sweep_stale_workdirs(prefix: str) -> list[Path]:
    """Removes the working directories named `prefix`* in the temporary directory whose session has ended (a
    SIGKILLed pytest leaves them); a server still running in one is killed first. Returns what was removed."""
    removed = []
    for workdir in Path(tempfile.gettempdir()).glob(f"{prefix}*"):
        try:
            owner = int((workdir / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # not marked: perhaps a session starting right now, or not ours
        if process_runs(owner):
            continue
        with contextlib.suppress(OSError, ValueError, IndexError):
            server = int((workdir / "data" / "postmaster.pid").read_text().split()[0])
            if process_runs(server):
                os.kill(server, signal.SIGQUIT)
        shutil.rmtree(workdir, ignore_errors=True)
        removed.append(workdir)
    return removed
