"""Gateway processes on one database (`serve --workers`): who each is, and whether it is still alive.

A worker's id names its host, its pid and a random token, so that a restarted process with a reused pid is
a different worker. Claims on queued recipients (store/queue.py) carry this id; heartbeats let the dashboard
show every worker.
"""

from __future__ import annotations

import os
import secrets
import socket
from dataclasses import dataclass

from .database import Store

_identity: tuple[int, str] | None = None  # (pid, id): a forked child gets its own id


def this_worker() -> str:
    """This process's worker id: "host:pid:token"."""
    global _identity
    pid = os.getpid()
    if _identity is None or _identity[0] != pid:
        _identity = (pid, f"{socket.gethostname()}:{pid}:{secrets.token_hex(4)}")
    return _identity[1]


def pid_of(worker: str) -> int | None:
    parts = worker.rsplit(":", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    return int(parts[1])


def is_alive(worker: str) -> bool:
    """False only when the worker surely has gone: a pid on this host that runs no process, or this very pid
    under another token (an earlier life of this process). A worker on another host is taken as alive: its
    claims then end when their lease runs out."""
    if worker == this_worker():
        return True
    host, pid = worker.rsplit(":", 2)[0], pid_of(worker)
    if pid is None:
        return False  # not an id any worker writes
    if host != socket.gethostname():
        return True
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process holds the pid: perhaps ours under another account
    return True


@dataclass(frozen=True)
class WorkerStatus:
    worker: str
    pid: int
    listen: str
    started: float
    heartbeat: float


async def beat(store: Store, worker: str, listen: str, started: float, now: float) -> None:
    await store._execute(
        "INSERT INTO gateway_workers(worker, pid, listen, started, heartbeat) VALUES(?, ?, ?, ?, ?) "
        "ON CONFLICT(worker) DO UPDATE SET listen = excluded.listen, heartbeat = excluded.heartbeat",
        (worker, pid_of(worker) or 0, listen, started, now),
    )


async def forget(store: Store, worker: str) -> None:
    await store._execute("DELETE FROM gateway_workers WHERE worker = ?", (worker,))


async def forget_dead(store: Store) -> int:
    """Drops the rows of workers that have surely gone (a SIGKILL leaves its row behind)."""
    rows = await store._fetchall("SELECT worker FROM gateway_workers")
    dead = [row[0] for row in rows if not is_alive(row[0])]
    for worker in dead:
        await forget(store, worker)
    return len(dead)


async def all_workers(store: Store) -> list[WorkerStatus]:
    rows = await store._fetchall(
        "SELECT worker, pid, listen, started, heartbeat FROM gateway_workers ORDER BY started, worker"
    )
    return [WorkerStatus(*row) for row in rows]
