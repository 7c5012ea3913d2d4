"""`mailmoat explain`: every check a session would meet, in the server's order, with the rule that decided."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from ..decision_trace import explain_now
from ..policy.loader import load_snapshot
from ..policy.names import parse_ip
from ..safe_text import visible
from ..store.database import Store
from ..usage import UsageError


def add_parsers(commands) -> None:
    parser = commands.add_parser("explain", help="why a session would be accepted or refused, check by check")
    parser.add_argument("--ip", required=True, help="the client's address")
    parser.add_argument("--helo", default="client.example", help="the name the client gives (default client.example)")
    parser.add_argument("--from", dest="sender", default="", help="the envelope sender (empty: the null sender)")
    parser.add_argument("--to", action="append", default=[], metavar="ADDRESS", help="a recipient (repeatable)")
    parser.add_argument("--message", metavar="FILE.eml", help="the message, to run the DATA checks too")
    parser.add_argument("--auth", metavar="ACCOUNT", help="as if the client had logged in as this account")


async def cmd_explain(store: Store, args: argparse.Namespace) -> int:
    """Exit 0 when the message (or the recipients) would be accepted, 1 when not."""
    if parse_ip(args.ip) is None:
        raise UsageError(f"mailmoat explain: --ip {args.ip!r} is not an IP address")
    if not args.to:
        raise UsageError("mailmoat explain: give at least one --to ADDRESS")
    message = None
    if args.message:
        try:
            with open(args.message, "rb") as handle:
                message = handle.read()
        except OSError as exc:
            raise UsageError(f"mailmoat explain: {args.message}: {exc.strerror}") from None
    policy = await load_snapshot(store)
    account = policy.accounts.find(args.auth) if args.auth else None
    if args.auth and account is None:
        raise UsageError(f"mailmoat explain: no account {args.auth}")
    trace = await explain_now(
        policy, str(parse_ip(args.ip)), args.helo, args.sender, args.to, message, account.address if account else None
    )
    for step in trace.steps:
        print(
            f"{step.stage:<7} {step.check:<16} {_cut(step.input, 32):<32} {step.verdict:<10} "
            f"{step.reason:<24} {visible(step.rule)}"
        )
        if step.detail and step.detail != step.input:
            print(f"{'':<58}{_cut(step.detail, 100)}")
        if step.reply:
            print(f"{'':<8}-> {visible(step.reply)}")
    print(f"verdict: {trace.verdict}\nreply:   {visible(trace.reply)}")
    return 0 if trace.verdict.startswith(("delivered", "tagged", "accepted")) else 1


def _cut(text: str, width: int) -> str:
    text = visible(text)  # a HELO, a sender or a subject: what a stranger would send
    return text if len(text) <= width else text[: width - 1] + "…"


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"explain": cmd_explain}
