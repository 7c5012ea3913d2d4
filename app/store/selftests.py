"""The relay self-test's history: after every relay change, was the gateway still closed?"""

from __future__ import annotations

from dataclasses import dataclass

from .database import Store


@dataclass(frozen=True)
class SelfTestRow:
    id: int
    ts: float
    trigger: str
    outcome: str  # closed | OPEN | skipped | failed
    accepted: str  # the probes that got through, comma separated
    detail: str


async def record(store: Store, ts: float, trigger: str, outcome: str, accepted: str, detail: str) -> int:
    async with store.transaction() as conn:
        cursor = await conn.execute(
            "INSERT INTO relay_selftests(ts, trigger, outcome, accepted, detail) VALUES(?, ?, ?, ?, ?)",
            (ts, trigger, outcome, accepted, detail[:2000]),
        )
        return int(cursor.lastrowid or 0)


async def history(store: Store, limit: int = 50) -> list[SelfTestRow]:
    rows = await store._fetchall(
        "SELECT id, ts, trigger, outcome, accepted, detail FROM relay_selftests ORDER BY id DESC LIMIT ?", (limit,)
    )
    return [SelfTestRow(*r) for r in rows]
