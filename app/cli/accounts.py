"""`mailmoat account`, `audit`, `limits` and `alerts`: argument parsing and printing only."""

from __future__ import annotations

import argparse
import datetime
import getpass
import ipaddress
import json
import sys
import time
from collections.abc import Awaitable, Callable

from ..accounts.passwords import hash_password
from ..accounts.roles import account_findings
from ..accounts.stored_findings import dump_findings, load_findings
from ..accounts.weakness import password_findings
from ..monitor import hygiene
from ..safe_text import visible
from ..policy.settings import SettingError, parse_duration, validate
from ..mail.addresses import AddressError, parse_forward_path
from ..store import accounts as accounts_store
from ..store import alerts as alerts_store
from ..store import queue as queue_store
from ..store import settings as settings_store
from ..store.database import Store
from ..usage import UsageError


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
    if not text:
        raise UsageError(f"mailmoat {what}: missing address")
    try:
        mailbox = parse_forward_path(f"<{text.strip()}>", smtputf8=True)
    except AddressError as exc:
        raise UsageError(f"mailmoat {what}: {text!r} is not an address ({exc.kind.replace('_', ' ')})") from None
    if mailbox.literal is not None or not mailbox.domain:
        raise UsageError(f"mailmoat {what}: {text!r} is not an address at a domain")
    return f"{mailbox.local}@{mailbox.ascii_domain}".lower()


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


def _weakness(address: str, password: str, allow_weak: bool, what: str) -> str:
    findings = password_findings(address, password)
    if findings and not allow_weak:
        worst = findings[0]
        raise UsageError(f"mailmoat {what}: weak password: {worst.explanation} (--allow-weak to keep it anyway)")
    return dump_findings(findings)


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
    address = _address(args.address, f"account {args.action}")
    if args.action == "add":
        return await _add(store, args, address)
    if args.action == "passwd":
        if await accounts_store.get_account(store, address) is None:
            raise UsageError(f"mailmoat account passwd: no account {address}")
        password = _password(args, "account passwd")
        stored_findings = _weakness(address, password, args.allow_weak, "account passwd")
        await accounts_store.set_password(store, address, hash_password(password), stored_findings, args.allow_weak)
        print(f"account {address}: password changed" + (" (weak, flagged)" if stored_findings != "[]" else ""))
        return 0
    done = {
        "disable": lambda: accounts_store.set_enabled(store, address, False),
        "enable": lambda: accounts_store.set_enabled(store, address, True),
        "remove": lambda: accounts_store.remove_account(store, address),
    }[args.action]
    if not await done():
        raise UsageError(f"mailmoat account {args.action}: no account {address}")
    print(f"account {address}: {args.action}d" if args.action != "remove" else f"account {address} removed")
    return 0


async def _add(store: Store, args: argparse.Namespace, address: str) -> int:
    aliases = []
    for alias in args.alias:
        aliases.append(alias.strip().lower() if alias.strip().startswith("@") else _address(alias, "account add"))
    networks = []
    for cidr in filter(None, (c.strip() for c in args.networks.split(","))):
        try:
            networks.append(str(ipaddress.ip_network(cidr, strict=False)))
        except ValueError:
            raise UsageError(f"mailmoat account add: {cidr!r} is not a network") from None
    expires = None
    if args.expires:
        try:
            expires = time.time() + parse_duration(args.expires)
        except SettingError as exc:
            raise UsageError(f"mailmoat account add: --expires: {exc}") from None
    password = _password(args, "account add")
    findings = _weakness(address, password, args.allow_weak, "account add")
    try:
        await accounts_store.add_account(
            store,
            address,
            hash_password(password),
            findings,
            allow_weak=args.allow_weak,
            aliases=aliases,
            networks=",".join(networks),
            expires=expires,
        )
    except ValueError as exc:
        raise UsageError(f"mailmoat account add: {exc}") from None
    print(f"account {address} added" + (" (weak password, flagged)" if findings != "[]" else ""))
    for finding in account_findings(address):
        print(f"warning: {finding.explanation}", file=sys.stderr)
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
        defaults = [
            await settings_store.get_setting(store, f"outbound.{w}") for w in ("per_minute", "per_hour", "per_day")
        ]
        from ..policy.settings import SPECS

        shown = [
            d if d is not None else SPECS[f"outbound.{w}"].default
            for d, w in zip(defaults, ("per_minute", "per_hour", "per_day"))
        ]
        print(f"{'everyone (settings outbound.*)':<40} {shown[0]:>6}/min {shown[1]:>6}/hour {shown[2]:>6}/day")
        for key, (m, h, d) in sorted((await accounts_store.load_sender_limits(store)).items()):
            print(f"{key:<40} {_n(m, shown[0]):>6}/min {_n(h, shown[1]):>6}/hour {_n(d, shown[2]):>6}/day")
        return 0
    if args.action == "set" and (args.per_minute, args.per_hour, args.per_day) == (None, None, None):
        raise UsageError("mailmoat limits set: give --per-minute, --per-hour or --per-day (0: no limit)")
    if args.dry_run and args.action == "set":
        from ..guards.outbound import Limits
        from ..monitor.preview import preview_limits
        from ..policy.loader import load_snapshot

        current = (await load_snapshot(store)).settings
        limits = Limits(
            args.per_minute if args.per_minute is not None else current.outbound_per_minute or None,
            args.per_hour if args.per_hour is not None else current.outbound_per_hour or None,
            args.per_day if args.per_day is not None else current.outbound_per_day or None,
        )
        who = _address(args.sender or args.account, "limits") if (args.sender or args.account) else None
        print("dry run, nothing saved. " + await preview_limits(store, limits, who))
        return 0
    if args.sender or args.account:
        key = (
            f"sender:{_address(args.sender, 'limits')}"
            if args.sender
            else f"account:{_address(args.account, 'limits')}"
        )
        if args.action == "remove":
            if not await accounts_store.remove_sender_limits(store, key):
                raise UsageError(f"mailmoat limits remove: no limits for {key}")
            print(f"{key}: back to the defaults")
            return 0
        await accounts_store.set_sender_limits(store, key, args.per_minute, args.per_hour, args.per_day)
        print(f"{key}: {_n(args.per_minute)}/min {_n(args.per_hour)}/hour {_n(args.per_day)}/day")
        return 0
    if args.action == "remove":
        raise UsageError("mailmoat limits remove: give --sender or --account")
    for window, value in (("per_minute", args.per_minute), ("per_hour", args.per_hour), ("per_day", args.per_day)):
        if value is not None:
            await settings_store.set_setting(store, f"outbound.{window}", validate(f"outbound.{window}", str(value)))
    print("default limits set (0 means no limit)")
    return 0


async def cmd_alerts(store: Store, args: argparse.Namespace) -> int:
    if args.action == "ack":
        if args.id is None:
            raise UsageError("mailmoat alerts ack: missing alert ID (see 'mailmoat alerts list')")
        alert = await alerts_store.get_alert(store, args.id)
        if alert is None:
            raise UsageError(f"mailmoat alerts ack: no alert {args.id}")
        if not await alerts_store.ack(store, args.id, time.time()):
            print(f"alert {args.id} was already acknowledged")
            return 0
        print(f"alert {args.id} acknowledged")
        sender = alert.subject.partition(":")[2]
        if sender and sender in await queue_store.load_held_senders(store):
            print(f"{sender}'s mail is still held: mailmoat queue release-sender {sender}")
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
