"""Whether a gateway runs, for an attached dashboard: read from the workers' own heartbeats.

Every gateway process (`serve`, `run`, each worker of `serve --workers`) beats its own row of
`gateway_workers` (store/workers.py); the status is derived from those rows, so no two processes write one row.
"""

from __future__ import annotations

from dataclasses import dataclass

from .database import Store


@dataclass(frozen=True)
class GatewayStatus:
    pid: int  # of the process that beat last
    listen: str
    started: float  # the earliest start among the processes
    heartbeat: float  # the latest heartbeat of any of them


async def current(store: Store) -> GatewayStatus | None:
    """The gateway as its freshest process describes it; None when no process has a row."""
    row = await store._fetchone(
        "SELECT pid, listen, (SELECT MIN(started) FROM gateway_workers), heartbeat FROM gateway_workers "
        "ORDER BY heartbeat DESC LIMIT 1"
    )
    return GatewayStatus(*row) if row else None
