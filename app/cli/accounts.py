"""`mailmoat account`, `audit`, `limits` and `alerts`: argument parsing and printing only."""

from __future__ import annotations

import argparse
import datetime
import getpass
import json
import sys
import time
from collections.abc import Awaitable, Callable

from ..accounts.stored_findings import load_findings
from ..monitor import hygiene
from ..safe_text import visible
from ..store import accounts as accounts_store
from ..store import alerts as alerts_store
from ..store.database import Store
from ..usage import UsageError
from ..admin import AdminError, accounts, alerts, limits
from .common import admin_for


def add_parsers(commands) -> None:
    account = commands.add_parser("account", help="SMTP AUTH accounts (road warriors, scanners, applications)")
    account.add_argument("action", choices=["add", "list", "passwd", "disable", "enable", "remove"])
    account.add_argument("address", nargs="?")
    account.add_argument("--password", help="the password (visible in the process list: prefer --password-stdin)")
    account.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    account.add_argument("--allow-weak", action="store_true", help="accept a weak password (it is then flagged)")
    account.add_argument(
        "--alias",
        action="append",
        default=[],
        metavar="ADDR",
        help="another sender address the account may use (or @domain for all of a domain)",
    )
    account.add_argument("--networks", default="", metavar="CIDR,...", help="log in only from these networks")
    account.add_argument("--expires", help="the account stops working after this long, e.g. 90d")

    audit = commands.add_parser(
        "audit", help="hygiene findings: weak or default accounts, risky relay settings; exit 1 if any is critical"
    )
    audit.add_argument("--json", action="store_true")

    limits = commands.add_parser("limits", help="outgoing mail per sender per minute, hour and day")
    limits.add_argument("action", choices=["set", "list", "remove"])
    who = limits.add_mutually_exclusive_group()
    who.add_argument("--sender", metavar="ADDR", help="an envelope sender relayed from a trusted network")
    who.add_argument("--account", metavar="ADDR", help="an SMTP AUTH account")
    limits.add_argument("--per-minute", type=_limit)
    limits.add_argument("--per-hour", type=_limit)
    limits.add_argument("--per-day", type=_limit)
    limits.add_argument(
        "--dry-run",
        action="store_true",
        help="how many of the last day's outgoing messages these limits would have deferred",
    )

    alerts = commands.add_parser("alerts", help="what the gateway wants the operator to see")
    alerts.add_argument("action", choices=["list", "ack"])
    alerts.add_argument("id", nargs="?", type=int)
    alerts.add_argument("--all", action="store_true", help="acknowledged ones too")


def _limit(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}")
    return int(text)


def _address(text: str | None, what: str) -> str:
    try:
        return accounts.address(text)
    except AdminError as exc:
        raise UsageError(f"mailmoat {what}: {exc}") from None


def _password(args: argparse.Namespace, what: str) -> str:
    if args.password is not None and args.password_stdin:
        raise UsageError(f"mailmoat {what}: give --password or --password-stdin, not both")
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif args.password is not None:
        password = args.password
    elif sys.stdin.isatty():
        password = getpass.getpass("New password: ")
        if getpass.getpass("Again: ") != password:
            raise UsageError(f"mailmoat {what}: the passwords differ")
    else:
        raise UsageError(f"mailmoat {what}: give --password-stdin (no terminal to ask on)")
    if not password:
        raise UsageError(f"mailmoat {what}: the password is empty")
    return password


async def cmd_account(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = await accounts_store.load_accounts(store)
        for a in rows:
            findings = load_findings(a.findings)
            worst = "CRITICAL" if any(f.severity == "critical" for f in findings) else ("warning" if findings else "ok")
            print(
                f"{a.address:<32} {'enabled' if a.enabled else 'DISABLED':<9} login {_when(a.last_login):<16} "
                f"sent {_when(a.last_send):<16} password {worst}"
                + (f"  aliases {','.join(a.aliases)}" if a.aliases else "")
                + (f"  from {a.networks}" if a.networks else "")
            )
        if not rows:
            print("no accounts")
        return 0
    admin = admin_for(store)
    address = _address(args.address, f"account {args.action}")
    if args.action == "add":
        done = await accounts.add(
            admin,
            address,
            _password(args, "account add"),
            allow_weak=args.allow_weak,
            aliases=args.alias,
            networks=args.networks,
            expires=args.expires,
        )
        print(done.summary)
        for warning in done.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        return 0
    if args.action == "passwd":
        if not await accounts.exists(admin, address):
            raise UsageError(f"mailmoat account passwd: no account {address}")
        done = await accounts.set_password(
            admin, address, _password(args, "account passwd"), allow_weak=args.allow_weak
        )
    elif args.action == "remove":
        done = await accounts.remove(admin, address)
    else:
        done = await accounts.set_enabled(admin, address, args.action == "enable")
    print(done.summary)
    return 0


async def cmd_audit(store: Store, args: argparse.Namespace) -> int:
    now = time.time()
    findings = await hygiene.audit(store, now)
    await hygiene.record(store, findings, now)
    if args.json:
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            print(
                f"{f.severity.upper():<8} {visible(f.subject)}: {visible(f.explanation)}\n"
                f"         fix: {visible(f.fix)}"
            )
        if not findings:
            print("no findings")
    return 1 if any(f.severity == "critical" for f in findings) else 0


async def cmd_limits(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        shown = await limits.defaults(admin_for(store))
        print(f"{'everyone (settings outbound.*)':<40} {shown[0]:>6}/min {shown[1]:>6}/hour {shown[2]:>6}/day")
        for key, (m, h, d) in sorted((await limits.per_sender(admin_for(store))).items()):
            print(f"{key:<40} {_n(m, shown[0]):>6}/min {_n(h, shown[1]):>6}/hour {_n(d, shown[2]):>6}/day")
        return 0
    admin = admin_for(store)
    given = (args.per_minute, args.per_hour, args.per_day)
    if args.action == "set" and given == (None, None, None):
        raise UsageError("mailmoat limits set: give --per-minute, --per-hour or --per-day (0: no limit)")
    who = args.sender or args.account
    if args.dry_run and args.action == "set":
        print(await limits.preview(admin, given, who))
        return 0
    if who:
        key = limits.key_for("sender" if args.sender else "account", who)
        done = await (limits.remove_for(admin, key) if args.action == "remove" else limits.set_for(admin, key, given))
    elif args.action == "remove":
        raise UsageError("mailmoat limits remove: give --sender or --account")
    else:
        done = await limits.set_defaults(admin, given)
    print(done.summary)
    return 0


async def cmd_alerts(store: Store, args: argparse.Namespace) -> int:
    if args.action == "ack":
        if args.id is None:
            raise UsageError("mailmoat alerts ack: missing alert ID (see 'mailmoat alerts list')")
        done = await alerts.ack(admin_for(store), args.id)
        print(done.summary)
        for warning in done.warnings:
            print(f"{warning}: mailmoat queue release-sender releases it")
        return 0
    rows = await alerts_store.list_alerts(store, open_only=not args.all)
    for a in rows:
        state = f"acked {_when(a.acked)}" if a.acked else "OPEN"
        if a.times > 1:
            state += f", raised {a.times} times, last {_when(a.latest)}"
        print(
            f"#{a.id:<5} {_when(a.created)}  {a.severity.upper():<8} {a.kind:<24} {visible(a.subject)}  {state}\n"
            f"       {visible(a.summary)}"
        )
    if not rows:
        print("no open alerts" if not args.all else "no alerts")
    return 0


def _n(value, default: str = "-") -> str:
    return default if value is None else str(value)


def _when(ts: float | None) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "never"


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {
    "account": cmd_account,
    "audit": cmd_audit,
    "limits": cmd_limits,
    "alerts": cmd_alerts,
}
