"""`mailmoat dnsbl`: DNS blocklists, and whether our own address is listed."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from ..store.database import Store
from ..usage import UsageError
from ..admin import dnsbl
from .common import admin_for


def add_parsers(commands) -> None:
    dnsbl = commands.add_parser(
        "dnsbl", help="DNS blocklists: client addresses (DNSBL), sender domains (RHSBL) and link domains (URIBL)"
    )
    dnsbl.add_argument(
        "action",
        choices=["add", "remove", "list", "check"],
        help="check [IP]: is this address (default: the public_ip setting) listed?",
    )
    dnsbl.add_argument("zone", nargs="?")
    dnsbl.add_argument("--weight", default="1.0", help="score a listing adds (default 1.0; see dnsbl.threshold)")
    dnsbl.add_argument(
        "--kind",
        choices=["ip", "domain", "uri"],
        default="ip",
        help="ip: the client's address (default); domain: the sender's domain (RHSBL); uri: the "
        "domains of the message's links (URIBL: a listing adds weight x uribl.score)",
    )
    dnsbl.add_argument(
        "--codes",
        default="",
        help="return codes that count, e.g. 127.0.0.2,127.0.0.3 (default: any 127.0.0.0/8 answer)",
    )


async def cmd_dnsbl(store: Store, args: argparse.Namespace) -> int:
    admin = admin_for(store)
    if args.action == "list":
        zones = await dnsbl.zones(admin)
        for z in zones:
            print(f"{z.kind:<6} {z.zone:<40} weight {z.weight:<6g} codes {z.codes or 'any 127.0.0.0/8'}")
        if not zones:
            print("no DNS blocklists")
        return 0
    if args.action == "check":
        return await _dnsbl_check(store, args.zone)
    if args.action == "add":
        print((await dnsbl.add(admin, args.zone, args.kind, args.weight, args.codes)).summary)
    else:
        print((await dnsbl.remove(admin, args.zone)).summary)
    return 0


async def _dnsbl_check(store: Store, ip: str | None) -> int:
    """Exit 1 when the address is listed (for cron and monitoring), 0 when not, 2 when it cannot be asked."""
    from ..delivery.mx import make_resolver
    from ..monitor.selfcheck import check_own_address, describe
    from ..policy.dnsbl import DnsblChecker
    from ..policy.loader import load_snapshot
    from ..policy.names import parse_ip

    policy = await load_snapshot(store)
    ip = ip or policy.settings.public_ip
    if not ip or parse_ip(ip) is None:
        raise UsageError("mailmoat dnsbl check: give an IP address, or set one: mailmoat set public_ip ADDRESS")
    if not any(z.kind == "ip" for z in policy.dnsbl_zones):
        raise UsageError("mailmoat dnsbl check: no DNSBL zones (mailmoat dnsbl add ZONE)")
    try:
        resolver = make_resolver(policy.settings.dns_nameservers)
    except ValueError as exc:
        raise UsageError(f"mailmoat dnsbl check: dns.nameservers: {exc}") from None
    verdict = await check_own_address(DnsblChecker(resolver), policy, ip)
    if verdict is None:  # checked above: there is an address and an IP zone
        raise UsageError("mailmoat dnsbl check: no address or no DNSBL zone to check")
    print(describe(verdict, ip))
    for hit in verdict.hits:
        print(f"  {hit.zone}: weight {hit.weight:g}")
    for zone in verdict.unanswered:
        print(f"  {zone}: no answer")
    return 1 if verdict.hits else 0


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"dnsbl": cmd_dnsbl}
