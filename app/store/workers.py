"""Gateway processes on one database (`serve --workers`, several nodes on PostgreSQL): who each is, and whether
it is still alive.

A worker's id names its node, its pid and a random token, so that a restarted process with a reused pid is
a different worker: "node:pid:token". A node is a gateway box (`serve --node NAME`, `$MAILMOAT_NODE`, by default
the host name); when its name is not the host name the id carries the host too, "node@host:pid:token", so that
only a process of this very node on this very host is ever judged by its pid. Claims on queued recipients
(store/queue.py) and events carry this id; heartbeats let the dashboard show every worker of every node.
"""

from __future__ import annotations

import os
import secrets
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..safe_text import visible

if TYPE_CHECKING:  # the supervisor imports this module and never a database
    from .database import Store

NODE_ENVIRONMENT = "MAILMOAT_NODE"
NODE_NAME_MAX = 64  # characters
FORGOTTEN_AFTER = 7 * 86400.0  # seconds without a heartbeat after which a worker's row goes, whatever its node

_identity: tuple[int, str] | None = None  # (pid, id): a forked child gets its own id
_node: str | None = None  # set by `serve --node`; else $MAILMOAT_NODE, else the host name


def node_name(text: str) -> str:
    """A node name as given (`--node`, $MAILMOAT_NODE), checked: printable text (Korean welcome), at most 64
    characters, no spaces at either end. Raises ValueError worded for the operator."""
    if not text or text != text.strip():
        raise ValueError(f"node name {visible(text)!r}: empty, or spaces at either end")
    if len(text) > NODE_NAME_MAX:
        raise ValueError(f"node name {visible(text[:20])}...: longer than {NODE_NAME_MAX} characters")
    if not text.isprintable():
        raise ValueError(f"node name {visible(text)!r}: control or format characters")
    return text


def set_node(name: str | None) -> str:
    """This process's node from now on (`serve --node`); None: $MAILMOAT_NODE, else the host name. Raises
    ValueError for a bad name. Call it before the first worker id is made."""
    global _node, _identity
    _node = node_name(name if name is not None else os.environ.get(NODE_ENVIRONMENT) or socket.gethostname())
    _identity = None
    return _node


def this_node() -> str:
    """This process's node. `serve` and `run` refuse a bad $MAILMOAT_NODE up front; any other command that needs
    a worker id (a queue flush's claims) takes the host name rather than fail on it."""
    if _node is not None:
        return _node
    try:
        return set_node(None)
    except ValueError:
        return set_node(socket.gethostname())


def this_worker() -> str:
    """This process's worker id: "node:pid:token", or "node@host:pid:token" when the node is not the host."""
    global _identity
    pid = os.getpid()
    if _identity is None or _identity[0] != pid:
        node, host = this_node(), socket.gethostname()
        place = node if node == host else f"{node}@{host}"
        _identity = (pid, f"{place}:{pid}:{secrets.token_hex(4)}")
    return _identity[1]


def pid_of(worker: str) -> int | None:
    parts = worker.rsplit(":", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    return int(parts[1])


def node_and_host(worker: str) -> tuple[str, str]:
    """The node and the host a worker id names ("" for an id no worker writes, such as an old event's "")."""
    place = worker.rsplit(":", 2)[0] if pid_of(worker) is not None else ""
    node, at, host = place.rpartition("@")  # a host name has no "@"; a node name may
    return (node, host) if at else (place, place)


def node_of(worker: str) -> str:
    return node_and_host(worker)[0]


def is_alive(worker: str) -> bool:
    """False only when the worker surely has gone: a pid of this node on this host that runs no process, or
    this very pid under another token (an earlier life of this process). A worker of another node (another
    host, or another node on this box) is taken as alive: its claims then end when their lease runs out, and the
    dashboard tells from its heartbeat whether the node has gone."""
    if worker == this_worker():
        return True
    pid = pid_of(worker)
    if pid is None:
        return False  # not an id any worker writes
    if node_and_host(worker) != (this_node(), socket.gethostname()):
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

    @property
    def node(self) -> str:
        return node_of(self.worker)


async def beat(store: Store, worker: str, listen: str, started: float, now: float) -> None:
    await store._execute(
        "INSERT INTO gateway_workers(worker, pid, listen, started, heartbeat) VALUES(?, ?, ?, ?, ?) "
        "ON CONFLICT(worker) DO UPDATE SET listen = excluded.listen, heartbeat = excluded.heartbeat",
        (worker, pid_of(worker) or 0, listen, started, now),
    )


async def forget(store: Store, worker: str) -> None:
    await store._execute("DELETE FROM gateway_workers WHERE worker = ?", (worker,))


async def forget_dead(store: Store, now: float | None = None) -> int:
    """Drops the rows of workers that have surely gone (a SIGKILL leaves its row behind), and of those silent for
    a week: a node taken out of service leaves the dashboard's header then (until then it is shown GONE)."""
    silent_since = (time.time() if now is None else now) - FORGOTTEN_AFTER
    rows = await store._fetchall("SELECT worker, heartbeat FROM gateway_workers")
    dead = [row[0] for row in rows if row[1] < silent_since or not is_alive(row[0])]
    for worker in dead:
        await forget(store, worker)
    return len(dead)


async def all_workers(store: Store) -> list[WorkerStatus]:
    rows = await store._fetchall(
        "SELECT worker, pid, listen, started, heartbeat FROM gateway_workers ORDER BY started, worker"
    )
    return [WorkerStatus(*row) for row in rows]
