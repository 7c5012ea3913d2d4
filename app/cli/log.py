"""`mailmoat log`: the recent connection log."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from ..store.database import Store
from ..safe_text import visible
from ..store.events import recent_events
from .common import when


def add_parsers(commands) -> None:
    log = commands.add_parser("log", help="recent connection log")
    log.add_argument("-n", "--lines", type=int, default=50)


async def cmd_log(store: Store, args: argparse.Namespace) -> int:
    for event in await recent_events(store, args.lines):
        parts = [
            when(event["ts"]),
            event["session"] or "-",
            event["client_ip"] or "-",
            event["kind"],
            event["verdict"],
            event["sender"] and f"<{event['sender']}>",
            event["recipient"] and f"<{event['recipient']}>",
            event["reply"],
            event["rule"] and f"[{event['rule']}]",
        ]
        print("  ".join(visible(p) for p in parts if p))
    return 0


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"log": cmd_log}
