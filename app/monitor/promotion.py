"""Automatic promotion: a block entry or content rule in monitor mode for `monitor.promote_after` whose
would-have hits never touched a correspondent of the office (an address the office has written to) starts
to act. One that did stays in monitor mode: its hits are probably legitimate mail, the operator decides.
"""

from __future__ import annotations

import asyncio
import logging
import time

from ..policy.settings import Settings
from ..store import content_rules as rules_store
from ..store import events as events_store
from ..store import lists as lists_store
from ..store import monitor_hits
from ..store import relay as relay_store
from ..store import settings as settings_store
from ..store.database import Store, log_failure

log = logging.getLogger(__name__)
ACTOR = "mailmoat (promoted after clean days in monitor mode)"


async def correspondents(store: Store, local_domains: set[str]) -> set[str]:
    """Every address mail from a local domain was queued for, within the events' retention."""
    found: set[str] = set()
    for sender, recipients in await events_store.queued_senders_and_recipients(store):
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
    known = await correspondents(store, await relay_store.local_domain_names(store))
    promoted = []
    for entry in await lists_store.monitored_since(store, "block", now - after):
        if any(s.lower() in known for s in await monitor_hits.senders_hit_by_entry(store, entry.id)):
            continue
        await lists_store.set_mode(store, entry.list, entry.kind, entry.value, entry.scope, "enforce")
        promoted.append(
            f"{entry.list} {entry.kind} {entry.value}" + (f" for {entry.scope.split(':', 1)[1]}" if entry.scope else "")
        )
    for rule in await rules_store.monitored_since(store, now - after):
        if any(s.lower() in known for s in await monitor_hits.senders_hit_by_rule(store, rule.name)):
            continue
        await rules_store.set_mode(store, rule.name, "enforce")
        promoted.append(f"content rule {rule.name}")
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
            log_failure(log, "monitor-mode promotion failed")
