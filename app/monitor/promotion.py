"""Automatic promotion: a block entry or content rule in monitor mode for `monitor.promote_after` whose
would-have hits never touched a correspondent of the office (an address the office has written to) starts
to act. One that did stays in monitor mode: its hits are probably legitimate mail, the operator decides.
"""
from __future__ import annotations

import asyncio
import logging
import time

from ..policy.settings import Settings
from ..store import settings as settings_store
from ..store.database import Store

log = logging.getLogger(__name__)
ACTOR = "mailmoat (promoted after clean days in monitor mode)"


async def correspondents(store: Store, local_domains: set[str]) -> set[str]:
    """Every address mail from a local domain was queued for, within the events' retention."""
    rows = await store.fetchall("SELECT sender, recipient FROM events WHERE kind = 'queued'")
    found = set()
    for sender, recipients in rows:
        if sender.rpartition("@")[2].lower() in local_domains:
            found.update(r.strip().lower() for r in recipients.split(",") if r.strip())
    return found


async def promote_due(store: Store, now: float | None = None) -> list[str]:
    """Promotes what is due; returns what was promoted. Writes through `store` as ACTOR (journaled)."""
    now = time.time() if now is None else now
    settings = Settings.from_rows(await settings_store.all_settings(store))
    after = settings.promote_after
    if not after:
        return []
    local = {r[0] for r in await store.fetchall("SELECT name FROM local_domains")}
    known = await correspondents(store, local)
    promoted = []
    entries = await store.fetchall("SELECT id, list, kind, value, scope FROM list_entries WHERE list = 'block' "
                                   "AND mode = 'monitor' AND mode_since IS NOT NULL AND mode_since <= ?",
                                   (now - after,))
    for entry_id, list_name, kind, value, scope in entries:
        senders = await store.fetchall("SELECT DISTINCT sender FROM events WHERE rule LIKE ?",
                                       (f"monitor:%#{entry_id}",))
        if any(s[0].lower() in known for s in senders):
            continue
        await store.execute("UPDATE list_entries SET mode = 'enforce', mode_since = NULL WHERE id = ?", (entry_id,))
        await store.execute("INSERT INTO settings(key, value) VALUES('internal.lists_version', '1') ON CONFLICT(key) "
                            "DO UPDATE SET value = CAST(value AS INTEGER) + 1")
        promoted.append(f"{list_name} {kind} {value}" + (f" for {scope.split(':', 1)[1]}" if scope else ""))
    rules = await store.fetchall("SELECT name FROM content_rules WHERE mode = 'monitor' AND enabled = 1 "
                                 "AND mode_since IS NOT NULL AND mode_since <= ?", (now - after,))
    for (name,) in rules:
        senders = await store.fetchall("SELECT DISTINCT sender FROM events WHERE check_name = 'content' AND rule "
                                       "LIKE ?", (f"%monitor:%{name}(+%",))
        if any(s[0].lower() in known for s in senders):
            continue
        await store.execute("UPDATE content_rules SET mode = 'enforce', mode_since = NULL WHERE name = ?", (name,))
        promoted.append(f"content rule {name}")
    return promoted


async def run_periodically(path: str, policy, interval: float = 3600.0) -> None:
    """Hourly, on a connection of its own so the promotions are journaled under ACTOR."""
    while True:
        await asyncio.sleep(interval)
        if not policy.current.settings.promote_after:
            continue
        try:
            store = await Store.open(path, create=False)
            store.journal_actor = ACTOR
            try:
                promoted = await promote_due(store)
            finally:
                await store.close()
            if promoted:
                log.info("promoted to enforce: %s", "; ".join(promoted))
                await policy.reload()
        except Exception:
            log.exception("monitor-mode promotion failed")
