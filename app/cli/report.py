"""`mailmoat report`: the daily report, printed or mailed now."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from ..monitor.report import build_report, queue_report, route_for
from ..policy.loader import load_snapshot
from ..safe_text import visible_lines
from ..store.database import Store
from ..usage import UsageError


def add_parsers(commands) -> None:
    report = commands.add_parser("report", help="what was blocked and why, quarantine, alerts, findings")
    report.add_argument("--hours", type=float, default=24.0, help="the period covered (default 24)")
    report.add_argument("--html", action="store_true", help="print the HTML version")
    report.add_argument("--send", action="store_true", help="queue it for the report.to address now")


async def cmd_report(store: Store, args: argparse.Namespace) -> int:
    if args.hours <= 0:
        raise UsageError("mailmoat report: --hours must be positive")
    report = await build_report(store, hours=args.hours)
    if args.send:
        policy = await load_snapshot(store)
        to = policy.settings.report_to
        if not to:
            raise UsageError("mailmoat report --send: set the address first: mailmoat set report.to ADDRESS")
        queue_id = await queue_report(store, report, to, policy.settings.hostname, route_for(policy, to))
        print(f"report queued as {queue_id} for {to} (a running gateway delivers it)")
        return 0
    print(visible_lines(report.html if args.html else report.text))
    return 0


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"report": cmd_report}
