"""Raw key/value settings rows. Types and defaults live in app.policy.settings."""

from __future__ import annotations

from .database import Store


async def all_settings(store: Store) -> dict[str, str]:
    rows = await store._fetchall("SELECT key, value FROM settings ORDER BY key")
    return {row["key"]: row["value"] for row in rows}


async def get_setting(store: Store, key: str) -> str | None:
    row = await store._fetchone("SELECT value FROM settings WHERE key = ?", (key,))
    return row["value"] if row else None


async def set_setting(store: Store, key: str, value: str) -> None:
    await store._execute(
        "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


async def set_default(store: Store, key: str, value: str) -> bool:
    """Sets the key only if it has no value yet; True if it was set."""
    return bool(await store._execute("INSERT OR IGNORE INTO settings(key, value) VALUES(?, ?)", (key, value)))


async def unset_setting(store: Store, key: str) -> bool:
    return bool(await store._execute("DELETE FROM settings WHERE key = ?", (key,)))
