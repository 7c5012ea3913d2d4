"""`--dry-run`: what a relay or list change would have done to the stored history, and nothing saved."""
from __future__ import annotations

import datetime
import time
from collections.abc import Callable

from .monitor.promotion import correspondents
from .pipeline.replay import Preview, preview, transactions_from_events
from .policy.loader import load_snapshot
from .policy.snapshot import PolicySnapshot
from .store.database import Store
from .store.events import transaction_rows

SHOWN = 10


async def preview_change(store: Store, make_draft: Callable[[PolicySnapshot], PolicySnapshot],
                         hours: float = 24.0) -> Preview:
    current = await load_snapshot(store)
    draft = make_draft(current)
    transactions = transactions_from_events(await transaction_rows(store, time.time() - hours * 3600))
    return await preview(current, draft, transactions, await correspondents(store, set(current.local_domains)))


def print_preview(result: Preview, hours: float) -> None:
    print(f"dry run, nothing saved. Over the last {hours:g} hours ({result.transactions} transactions, "
          f"{result.units} recipients judged again by the server's own checks):")
    print(f"  {len(result.to_refused)} would now be refused, {len(result.to_accepted)} would now be accepted")
    if result.correspondents_hit:
        print(f"  WARNING: {result.correspondents_hit} of those refused come from senders the office has written to;"
              " they are probably legitimate")
    for word, flips in (("refused", result.to_refused), ("accepted", result.to_accepted)):
        for flip in flips[:SHOWN]:
            mark = " [correspondent]" if flip.correspondent else ""
            print(f"  now {word}: {_when(flip.ts)} [{flip.client_ip}] <{flip.sender}> -> "
                  f"<{flip.recipient or '(at MAIL)'}>  was {flip.before.reason}, now {flip.after.reason} "
                  f"{flip.after.rule}{mark}")
        if len(flips) > SHOWN:
            print(f"  ... and {len(flips) - SHOWN} more now {word}")


def _when(ts: float) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%m-%d %H:%M")
