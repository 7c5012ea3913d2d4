"""The recipient list: addresses and aliases that exist at a local domain, and catch-alls ("@domain")."""

from __future__ import annotations

import time

from .database import Store

_BUMP_VERSION = (
    "INSERT INTO settings(key, value) VALUES('internal.recipients_version', '1') "
    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
)


async def load_recipients(store: Store) -> frozenset[str]:
    return frozenset(r[0] for r in await store._fetchall("SELECT address FROM recipients"))


async def list_recipients(store: Store, domain: str | None = None) -> list[tuple[str, str]]:
    if domain:
        rows = await store._fetchall(
            "SELECT address, source FROM recipients WHERE domain = ? ORDER BY address", (domain,)
        )
    else:
        rows = await store._fetchall("SELECT address, source FROM recipients ORDER BY domain, address")
    return [(r[0], r[1]) for r in rows]


async def add_recipients(store: Store, addresses: list[str], source: str) -> int:
    """Adds addresses (lower-case; "@domain" is a catch-all); returns how many were new."""
    now = time.time()
    before = await store._scalar("SELECT COUNT(*) FROM recipients")
    await store.write_in_chunks(
        "INSERT OR IGNORE INTO recipients(address, domain, source, created) VALUES(?, ?, ?, ?)",
        [(a, a.rpartition("@")[2], source, now) for a in addresses],
        last=[(_BUMP_VERSION, ())],
    )
    after = await store._scalar("SELECT COUNT(*) FROM recipients")
    return int(after) - int(before)


async def remove_recipient(store: Store, address: str) -> bool:
    async with store.transaction() as conn:
        cursor = await conn.execute("DELETE FROM recipients WHERE address = ?", (address,))
        await conn.execute(_BUMP_VERSION)
        return bool(cursor.rowcount)
