"""`--dry-run`: what a relay or list change would have done to the stored history, and nothing saved."""

from __future__ import annotations

import datetime

from ..pipeline.replay import Preview
from ..safe_text import visible

SHOWN = 10


def print_preview(result: Preview, hours: float) -> None:
    print(
        f"dry run, nothing saved. Over the last {hours:g} hours ({result.transactions} transactions, "
        f"{result.units} recipients judged again by the server's own checks):"
    )
    print(f"  {len(result.to_refused)} would now be refused, {len(result.to_accepted)} would now be accepted")
    if result.correspondents_hit:
        print(
            f"  WARNING: {result.correspondents_hit} of those refused come from senders the office has written to;"
            " they are probably legitimate"
        )
    for word, flips in (("refused", result.to_refused), ("accepted", result.to_accepted)):
        for flip in flips[:SHOWN]:
            mark = " [correspondent]" if flip.correspondent else ""
            print(
                f"  now {word}: {_when(flip.ts)} [{visible(flip.client_ip)}] <{visible(flip.sender)}> -> "
                f"<{visible(flip.recipient or '(at MAIL)')}>  was {flip.before.reason}, now {flip.after.reason} "
                f"{flip.after.rule}{mark}"
            )
        if len(flips) > SHOWN:
            print(f"  ... and {len(flips) - SHOWN} more now {word}")


def _when(ts: float) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%m-%d %H:%M")
