"""`mailmoat journal`: who changed what policy, when, before and after; undo and redo on the dashboard's stacks."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from ..admin import journal
from ..admin.journal import UndoConflict
from ..store.database import Store
from ..usage import UsageError
from .common import admin_for, when


def add_parsers(commands) -> None:
    journal_ = commands.add_parser(
        "journal",
        help="every policy change, from the CLI or the dashboard; undo steps back and redo forward, "
        "on the dashboard's own undo and redo stacks (ctrl+z, ctrl+y)",
    )
    journal_.add_argument("action", choices=["list", "show", "undo", "redo"])
    journal_.add_argument(
        "change",
        nargs="?",
        help="a change number from 'journal list', or 'last'; undo without one (or 'last') steps back once",
    )
    journal_.add_argument("-n", "--lines", type=int, default=20)
    journal_.add_argument("--force", action="store_true", help="undo even rows that were changed again since")


async def cmd_journal(store: Store, args: argparse.Namespace) -> int:
    admin = admin_for(store)
    if args.action == "list":
        changes = await journal.changes(admin, args.lines)
        for c in changes:
            print(f"{c.change}  {when(c.ts)}  {c.actor:<36} {c.rows:>5} row(s)  {c.first[:100]}")
        if not changes:
            print("the journal is empty")
        return 0
    try:
        if args.action == "redo" or (args.action == "undo" and args.change in (None, "last")):
            if args.action == "redo" and args.change is not None:
                raise UsageError("mailmoat journal redo: takes no change number (it reverses the latest undo)")
            print((await journal.step(admin, redo=args.action == "redo", force=args.force)).summary)
            return 0
        change = await _change(admin, args)
        if args.action == "show":
            found = await journal.entries(admin, change)
            print(f"change {change} by {found[0].actor} at {when(found[0].ts)}")
            for entry in found:
                print(f"  {entry.describe()}")
            return 0
        print((await journal.undo(admin, change, force=args.force)).summary)
    except UndoConflict as exc:
        raise UsageError(f"mailmoat journal {args.action}: {exc} (--force)") from None
    return 0


async def _change(admin, args: argparse.Namespace) -> int:
    if not args.change:
        raise UsageError(f"mailmoat journal {args.action}: missing change number (see 'mailmoat journal list')")
    if args.change == "last":
        return await journal.last_change(admin)
    if not args.change.isdigit():
        raise UsageError(f"mailmoat journal {args.action}: {args.change!r} is not a change number")
    return int(args.change)


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"journal": cmd_journal}
