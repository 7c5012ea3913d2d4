"""Greylisting state: when a (client network, sender, recipient) triplet was first seen, and which
client networks proved to be real mail servers by retrying."""

from __future__ import annotations

from .database import Store


async def first_seen(store: Store, client_net: str, sender: str, recipient: str, now: float) -> float:
    """When this triplet was first seen; records it as seen now if it is new."""
    await store._execute(
        "INSERT OR IGNORE INTO greylist(client_net, sender, recipient, first_seen) VALUES(?, ?, ?, ?)",
        (client_net, sender, recipient, now),
    )
    first = await store._scalar(
        "SELECT first_seen FROM greylist WHERE client_net = ? AND sender = ? AND recipient = ?",
        (client_net, sender, recipient),
    )
    return now if first is None else float(first)  # None: pruned between the two statements


async def restart(store: Store, client_net: str, sender: str, recipient: str, now: float) -> None:
    await store._execute(
        "UPDATE greylist SET first_seen = ? WHERE client_net = ? AND sender = ? AND recipient = ?",
        (now, client_net, sender, recipient),
    )


async def passed_until(store: Store, client_net: str) -> float:
    row = await store._fetchone("SELECT until FROM greylist_passed WHERE client_net = ?", (client_net,))
    return row["until"] if row else 0.0


async def mark_passed(store: Store, client_net: str, until: float) -> None:
    await store._execute(
        "INSERT INTO greylist_passed(client_net, until) VALUES(?, ?) "
        "ON CONFLICT(client_net) DO UPDATE SET until = excluded.until",
        (client_net, until),
    )


async def prune(store: Store, now: float, triplet_lifetime: float) -> int:
    removed = await store._execute("DELETE FROM greylist WHERE first_seen < ?", (now - triplet_lifetime,))
    return removed + await store._execute("DELETE FROM greylist_passed WHERE until < ?", (now,))
