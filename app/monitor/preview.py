"""Previews of policy changes over the stored history: the transactions of the last hours judged again by
the server's own stages under the current policy and under a draft (app.pipeline.replay)."""
from __future__ import annotations

import time
from collections.abc import Callable

from ..pipeline.replay import Preview, preview, transactions_from_events
from ..policy.loader import load_snapshot
from ..policy.snapshot import PolicySnapshot
from ..store.database import Store
from ..store.events import transaction_rows
from .promotion import correspondents


async def preview_change(store: Store, make_draft: Callable[[PolicySnapshot], PolicySnapshot],
                         hours: float = 24.0) -> Preview:
    current = await load_snapshot(store)
    draft = make_draft(current)
    transactions = transactions_from_events(await transaction_rows(store, time.time() - hours * 3600))
    return await preview(current, draft, transactions, await correspondents(store, set(current.local_domains)))


def summary(result: Preview, hours: float) -> str:
    text = (f"In the last {hours:g} hours ({result.units} recipients judged again): {len(result.to_refused)} would "
            f"now be refused, {len(result.to_accepted)} would now be accepted.")
    if result.correspondents_hit:
        text += (f" WARNING: {result.correspondents_hit} of the refused come from senders the office has written "
                 "to; they are probably legitimate.")
    return text
