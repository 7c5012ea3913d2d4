"""`mailmoat journal`: who changed what policy, when, before and after; and undo."""

from __future__ import annotations

import argparse
import datetime
from collections.abc import Awaitable, Callable

from ..store import journal as journal_store
from ..store.database import Store
from ..usage import UsageError


def add_parsers(commands) -> None:
    journal = commands.add_parser("journal", help="every policy change, from the CLI or the dashboard; undo")
    journal.add_argument("action", choices=["list", "show", "undo"])
    journal.add_argument("change", nargs="?", help="a change number from 'journal list', or 'last'")
    journal.add_argument("-n", "--lines", type=int, default=20)
    journal.add_argument("--force", action="store_true", help="undo even rows that were changed again since")


async def cmd_journal(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        changes = await journal_store.recent_changes(store, args.lines)
        for c in changes:
            print(f"{c.change}  {_when(c.ts)}  {c.actor:<36} {c.rows:>5} row(s)  {c.first[:100]}")
        if not changes:
            print("the journal is empty")
        return 0
    change = await _change(store, args)
    if args.action == "show":
        found = await journal_store.entries(store, change)
        if not found:
            raise UsageError(f"mailmoat journal show: no change {change}")
        print(f"change {change} by {found[0].actor} at {_when(found[0].ts)}")
        for entry in found:
            print(f"  {entry.describe()}")
        return 0
    try:
        restored = await journal_store.undo(store, change, force=args.force)
    except KeyError:
        raise UsageError(f"mailmoat journal undo: no change {change}") from None
    except journal_store.SecretNotJournaled as exc:
        raise UsageError(f"mailmoat journal undo: {exc}") from None
    except journal_store.JournalConflict as exc:
        raise UsageError(f"mailmoat journal undo: {exc} (--force)") from None
    print(f"change {change} undone: {restored} row(s) restored")
    return 0


async def _change(store: Store, args: argparse.Namespace) -> int:
    if not args.change:
        raise UsageError(f"mailmoat journal {args.action}: missing change number (see 'mailmoat journal list')")
    if args.change == "last":
        last = await journal_store.last_change(store)
        if last is None:
            raise UsageError(f"mailmoat journal {args.action}: the journal is empty")
        return last
    if not args.change.isdigit():
        raise UsageError(f"mailmoat journal {args.action}: {args.change!r} is not a change number")
    return int(args.change)


def _when(ts: float) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S")


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"journal": cmd_journal}
