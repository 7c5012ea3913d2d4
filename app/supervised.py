"""A worker of `serve --workers` never outlives its supervisor.

The supervisor passes its pid in the environment; the worker asks Linux for SIGTERM when its parent dies
(PR_SET_PDEATHSIG), then checks that its parent is still that pid: a supervisor that died before the call
sends nothing, and the orphan is adopted by PID 1 or by the nearest subreaper (systemd --user, a container's
init, tini), so "my parent is PID 1" does not tell.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

SUPERVISOR_PID = "MAILMOAT_SUPERVISOR_PID"  # the environment variable a worker finds its supervisor's pid in
_PR_SET_PDEATHSIG = 1


def supervisor_environment() -> dict[str, str]:
    """The environment the supervisor starts its workers with."""
    return {**os.environ, SUPERVISOR_PID: str(os.getpid())}


def supervisor_pid() -> int | None:
    """The pid the supervisor put in this worker's environment (None: none, or not a pid)."""
    text = os.environ.get(SUPERVISOR_PID, "")
    return int(text) if text.isdigit() and int(text) > 1 else None


def die_with_parent(supervisor: int | None = None) -> None:
    """SIGTERM to this process (which then drains) when its supervisor dies, even by SIGKILL; at once if the
    supervisor is gone already. `supervisor`: its pid (default: from the environment; without one, the
    parent at the time of the call)."""
    expected = supervisor if supervisor is not None else supervisor_pid()
    if expected is None:
        expected = os.getppid()
    with contextlib.suppress(Exception):  # no prctl (not Linux): the supervisor's SIGTERM still reaches us
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != expected:  # the supervisor died before the call: no death signal will come
        os.kill(os.getpid(), signal.SIGTERM)


def say(line: str) -> None:
    """A line on stdout, if it can still be written. A terminal that hung up (EIO) must not stop a drain; stdout
    then goes to /dev/null, so that neither a later line nor the interpreter's last flush fails again."""
    try:
        print(line, flush=True)
    except (OSError, ValueError):
        with contextlib.suppress(OSError, ValueError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)
