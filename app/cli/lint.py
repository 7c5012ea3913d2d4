"""`mailmoat lint`: argument parsing and printing only; the work is app.monitor.lint."""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Awaitable, Callable

from ..monitor import lint
from ..store.database import Store


def add_parsers(commands) -> None:
    parser = commands.add_parser(
        "lint",
        help="policy mistakes: allow entries that shadow blocks, blocks that never "
        "match, rules that hit real mail, open-relay settings, unused rules; "
        "exit 1 if any is critical",
    )
    parser.add_argument("--json", action="store_true")


async def cmd_lint(store: Store, args: argparse.Namespace) -> int:
    findings = await lint.lint(store, time.time())
    if args.json:
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            print(f"{f.severity.upper():<8} {f.subject}: {f.explanation}\n         fix: {f.fix}")
        if findings:
            count = lint.counts(findings)
            print(f"{count['critical']} critical, {count['warning']} warning, {count['info']} info")
        else:
            print("no findings")
    return 1 if any(f.severity == "critical" for f in findings) else 0


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"lint": cmd_lint}
