"""State that monitors keep across restarts (the outbound monitor's per-sender baselines), as JSON text, in parts.

Each gateway process saves what it learnt as its own part, so that the workers of `serve --workers`, each of
which sees a share of the mail, never overwrite each other; nor do the nodes of a cluster on PostgreSQL. A process
that starts takes over (`load_state`) the parts of processes that have gone, which it then saves as one; the parts
of live processes stay theirs. Gone: on this host, a process that no longer runs; on another host (a node of the
cluster), one without a heartbeat in `gateway_workers` for `SILENT_AFTER`. Every part of a name together is all
that was learnt (`all_parts`), and no mail is counted in two of them.
"""

from __future__ import annotations

import json
import time

from .database import Store
from .workers import is_alive, node_and_host, this_worker

SILENT_AFTER = 120.0  # seconds without a heartbeat after which a process on another host has gone


async def save_state(store: Store, name: str, value: str, *, worker: str | None = None) -> None:
    """`value` is all that this process (`worker`) holds of `name`: its own part and those it took over."""
    worker = worker or this_worker()
    async with store.transaction() as conn:
        await conn.execute("DELETE FROM monitor_parts WHERE name = ? AND owner = ?", (name, worker))
        await conn.execute(
            "INSERT INTO monitor_parts(name, part, owner, value) VALUES(?, ?, ?, ?)", (name, worker, worker, value)
        )


async def load_state(store: Store, name: str, *, worker: str | None = None) -> str | None:
    """This process's parts of `name`, the parts of processes that have gone taken over first, as the JSON list
    of their values (None: no part). Two processes starting at once never take over the same part."""
    worker = worker or this_worker()
    owners = await store._fetchall("SELECT DISTINCT owner FROM monitor_parts WHERE name = ?", (name,))
    beating = {
        row[0]
        for row in await store._fetchall(
            "SELECT worker FROM gateway_workers WHERE heartbeat >= ?", (time.time() - SILENT_AFTER,)
        )
    }
    for (owner,) in owners:
        elsewhere = node_and_host(owner) != node_and_host(worker)  # a process whose pid cannot be checked
        if owner != worker and (not owner or not is_alive(owner) or (elsewhere and owner not in beating)):
            await store._execute(
                "UPDATE monitor_parts SET owner = ? WHERE name = ? AND owner = ?", (worker, name, owner)
            )
    rows = await store._fetchall(
        "SELECT value FROM monitor_parts WHERE name = ? AND owner = ? ORDER BY part", (name, worker)
    )
    return _json_list([row[0] for row in rows]) if rows else None


async def all_parts(store: Store, name: str) -> list[str]:
    """Every process's part of `name`: together, all that was learnt."""
    rows = await store._fetchall("SELECT value FROM monitor_parts WHERE name = ? ORDER BY part", (name,))
    return [row[0] for row in rows]


def _json_list(values: list[str]) -> str:
    parts = []
    for value in values:
        try:
            json.loads(value)
        except ValueError:
            continue  # a damaged part is left out, not the others
        parts.append(value)
    return "[" + ",".join(parts) + "]"
