"""DKIM signing keys: at most one active key per domain, and a pending one while a rotation waits."""

from __future__ import annotations

from ..mailauth.keys import DkimKey
from .database import Store

_COLUMNS = "domain, selector, algorithm, private_key, state, created"


def _key(row) -> DkimKey:
    return DkimKey(row["domain"], row["selector"], row["algorithm"], row["private_key"], row["state"], row["created"])


async def list_keys(store: Store, domain: str | None = None) -> list[DkimKey]:
    if domain is None:
        rows = await store._fetchall(f"SELECT {_COLUMNS} FROM dkim_keys ORDER BY domain, state, created")
    else:
        rows = await store._fetchall(
            f"SELECT {_COLUMNS} FROM dkim_keys WHERE domain = ? ORDER BY state, created", (domain,)
        )
    return [_key(row) for row in rows]


async def load_signing_keys(store: Store) -> dict[str, DkimKey]:
    """The active key of each domain."""
    rows = await store._fetchall(f"SELECT {_COLUMNS} FROM dkim_keys WHERE state = 'active'")
    return {row["domain"]: _key(row) for row in rows}


async def add_key(store: Store, key: DkimKey) -> bool:
    """False if the domain already has a key with this selector, or an active key when this one is active."""
    return bool(
        await store._execute(
            f"INSERT OR IGNORE INTO dkim_keys({_COLUMNS}) VALUES(?, ?, ?, ?, ?, ?)",
            (key.domain, key.selector, key.algorithm, key.private, key.state, key.created),
        )
    )


async def activate(store: Store, domain: str, selector: str) -> None:
    """The pending key signs from now on; the active one it replaces is deleted."""
    async with store.transaction() as db:
        await db.execute("DELETE FROM dkim_keys WHERE domain = ? AND state = 'active'", (domain,))
        await db.execute("UPDATE dkim_keys SET state = 'active' WHERE domain = ? AND selector = ?", (domain, selector))


async def remove_keys(store: Store, domain: str, selector: str | None = None) -> int:
    if selector is None:
        return await store._execute("DELETE FROM dkim_keys WHERE domain = ?", (domain,))
    return await store._execute("DELETE FROM dkim_keys WHERE domain = ? AND selector = ?", (domain, selector))
