"""State that monitors keep across restarts (the outbound monitor's per-sender baselines), as JSON text."""

from __future__ import annotations

from .database import Store


async def load_state(store: Store, name: str) -> str | None:
    row = await store._fetchone("SELECT value FROM monitor_state WHERE name = ?", (name,))
    return row[0] if row else None


async def save_state(store: Store, name: str, value: str) -> None:
    await store._execute(
        "INSERT INTO monitor_state(name, value) VALUES(?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )
