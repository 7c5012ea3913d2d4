"""Block and allow list entries: IP or network, email address, domain, user name; with scope and expiry."""

from __future__ import annotations

import time
from dataclasses import dataclass

from .database import Store
from .rows import executemany_isolated


@dataclass(frozen=True)
class ListEntry:
    id: int
    list: str  # block | allow
    kind: str  # ip | email | domain | user
    value: str
    subdomains: bool
    scope: str  # "" (whole gateway), "domain:corp.example" or "rcpt:bob@corp.example"
    action: str  # reject | disconnect
    comment: str
    created: float
    expires: float | None
    hits: int
    last_hit: float | None
    mode: str = "enforce"  # enforce | monitor (logs what it would have done, does not act)
    mode_since: float | None = None


_COLUMNS = (
    "id, list, kind, value, subdomains, scope, action, comment, created, expires, hits, last_hit, mode, mode_since"
)


def _entry(row) -> ListEntry:
    return ListEntry(
        row[0],
        row[1],
        row[2],
        row[3],
        bool(row[4]),
        row[5],
        row[6],
        row[7],
        row[8],
        row[9],
        row[10],
        row[11],
        row[12],
        row[13],
    )


async def load_entries(store: Store, list_name: str | None = None, kind: str | None = None) -> list[ListEntry]:
    clauses, params = [], []
    if list_name:
        clauses.append("list = ?")
        params.append(list_name)
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = await store._fetchall(
        f"SELECT {_COLUMNS} FROM list_entries {where} ORDER BY list, kind, value, scope", params
    )
    return [_entry(row) for row in rows]


def _upsert_params(entry: dict) -> tuple:
    mode = entry.get("mode", "enforce")
    created = entry.get("created", time.time())
    return (
        entry["list"],
        entry["kind"],
        entry["value"],
        int(entry.get("subdomains", False)),
        entry.get("scope", ""),
        entry.get("action", "reject"),
        entry.get("comment", ""),
        created,
        entry.get("expires"),
        mode,
        created if mode == "monitor" else None,
    )


_UPSERT = (
    "INSERT INTO list_entries(list, kind, value, subdomains, scope, action, comment, created, expires, mode, "
    "mode_since) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(list, kind, value, scope) DO UPDATE SET "
    "subdomains = excluded.subdomains, action = excluded.action, comment = excluded.comment, "
    "expires = excluded.expires, mode = excluded.mode, mode_since = excluded.mode_since"
)


# Every change to the entries bumps this counter in the same transaction, so a gateway holding a million
# compiled entries recompiles them only when they changed (hit counts do not count as a change).
_BUMP_VERSION = (
    "INSERT INTO settings(key, value) VALUES('internal.lists_version', '1') "
    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
)


async def add_entries(store: Store, entries: list[dict]) -> int:
    """Adds (or updates) entries, a big import in chunks (Store.write_in_chunks); returns how many were written.

    The version that makes a gateway recompile its lists moves with the last chunk only: recompiling a growing
    million entries after every chunk would cost the gateway more than the import itself. An import cut short
    takes effect at the next change of the lists or the next start."""
    await store.write_in_chunks(_UPSERT, [_upsert_params(e) for e in entries], last=[(_BUMP_VERSION, ())])
    return len(entries)


async def set_mode(
    store: Store, list_name: str, kind: str, value: str, scope: str, mode: str, now: float | None = None
) -> bool:
    """monitor: the entry only logs what it would have done, from now on; enforce: it acts again."""
    async with store.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE list_entries SET mode = ?, mode_since = ? WHERE list = ? AND kind = ? AND value = ? AND scope = ?",
            (mode, (now or time.time()) if mode == "monitor" else None, list_name, kind, value, scope),
        )
        await conn.execute(_BUMP_VERSION)
        return bool(cursor.rowcount)


async def monitored_since(store: Store, list_name: str, before: float) -> list[ListEntry]:
    """The entries of `list_name` in monitor mode since `before` or earlier."""
    rows = await store._fetchall(
        f"SELECT {_COLUMNS} FROM list_entries WHERE list = ? AND mode = 'monitor' "
        "AND mode_since IS NOT NULL AND mode_since <= ? ORDER BY id",
        (list_name, before),
    )
    return [_entry(row) for row in rows]


async def remove_entry(store: Store, list_name: str, kind: str, value: str, scope: str = "") -> bool:
    async with store.transaction() as conn:
        cursor = await conn.execute(
            "DELETE FROM list_entries WHERE list = ? AND kind = ? AND value = ? AND scope = ?",
            (list_name, kind, value, scope),
        )
        await conn.execute(_BUMP_VERSION)
        return bool(cursor.rowcount)


async def remove_expired(store: Store, now: float) -> int:
    async with store.transaction() as conn:
        cursor = await conn.execute("DELETE FROM list_entries WHERE expires IS NOT NULL AND expires <= ?", (now,))
        await conn.execute(_BUMP_VERSION)
        return cursor.rowcount


async def lists_version(store: Store) -> int:
    row = await store._fetchone("SELECT value FROM settings WHERE key = 'internal.lists_version'")
    return int(row["value"]) if row else 0


async def load_entry_rows(store: Store) -> list[tuple]:
    """Every entry as a plain tuple in ListEntry's field order (cheap to build for a million rows)."""
    async with store.lock:
        cursor = await store.conn.execute(f"SELECT {_COLUMNS} FROM list_entries")
        try:
            return [tuple(row) for row in await cursor.fetchall()]
        finally:
            await cursor.close()


async def record_hits(store: Store, hits: dict[int, tuple[int, float]]) -> None:
    """hits: entry id -> (how many, when last)."""
    await executemany_isolated(
        store,
        "UPDATE list_entries SET hits = hits + ?, last_hit = ? WHERE id = ?",
        [(count, last, entry_id) for entry_id, (count, last) in hits.items()],
        "list hits",
    )
