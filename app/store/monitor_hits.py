"""Would-have hits of monitored block entries and content rules, by entry id or rule name and sender: what
monitor-mode promotion reads to see whether a monitored rule touched a correspondent of the office."""

from __future__ import annotations

from .database import Store
from .rows import executemany_isolated

# (time, list entry id or None, content rule name or None, envelope sender)
MonitorHit = tuple[float, int | None, str | None, str]


async def record_monitor_hits(store: Store, hits: list[MonitorHit]) -> None:
    await executemany_isolated(
        store, "INSERT INTO monitor_hits(ts, list_entry, rule_name, sender) VALUES(?, ?, ?, ?)", hits, "monitor hits"
    )


async def senders_hit_by_entry(store: Store, entry_id: int) -> set[str]:
    rows = await store._fetchall("SELECT DISTINCT sender FROM monitor_hits WHERE list_entry = ?", (entry_id,))
    return {row[0] for row in rows}


async def senders_hit_by_rule(store: Store, name: str) -> set[str]:
    rows = await store._fetchall("SELECT DISTINCT sender FROM monitor_hits WHERE rule_name = ?", (name,))
    return {row[0] for row in rows}
