"""What the command modules share: the admin layer for this command's store, dry-run options, times."""

from __future__ import annotations

import argparse
import datetime

from ..admin import Admin, Done
from ..store.database import Store


def admin_for(store: Store) -> Admin:
    """The admin layer acting as this command: a gateway on the same database notices the change itself."""
    return Admin(store, operator=store.journal_actor or "mailmoat")


def dry_run_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="show what the change would have done to the stored history, and save nothing",
    )
    parser.add_argument("--hours", type=float, default=24.0, help="how much history a dry run replays (default 24)")


def when(ts: float) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S")


def show(done: Done) -> None:
    """An action's result: its summary, then each warning on a line of its own."""
    print(done.summary)
    for warning in done.warnings:
        print(f"WARNING: {warning}")
