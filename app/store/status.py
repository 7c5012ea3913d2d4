"""The running gateway announces itself, so an attached dashboard can tell whether it is alive."""

from __future__ import annotations

from dataclasses import dataclass

from .database import Store


@dataclass(frozen=True)
class GatewayStatus:
    pid: int
    listen: str
    started: float
    heartbeat: float


async def beat(store: Store, pid: int, listen: str, started: float, now: float) -> None:
    await store._execute(
        "INSERT INTO gateway_status(id, pid, listen, started, heartbeat) VALUES(1, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET pid = excluded.pid, listen = excluded.listen, "
        "started = excluded.started, heartbeat = excluded.heartbeat",
        (pid, listen, started, now),
    )


async def clear(store: Store, pid: int) -> None:
    await store._execute("DELETE FROM gateway_status WHERE pid = ?", (pid,))


async def clear_all(store: Store) -> None:
    await store._execute("DELETE FROM gateway_status")


async def current(store: Store) -> GatewayStatus | None:
    row = await store._fetchone("SELECT pid, listen, started, heartbeat FROM gateway_status WHERE id = 1")
    return GatewayStatus(*row) if row else None
