"""`mailmoat domain`, `relay` and `route`: local domains, who may relay, relay domains and their next hop."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from ..admin import AdminError, domains, relay, routes
from ..safe_text import visible
from ..store import selftests as selftests_store
from ..store.database import Store
from .common import admin_for, dry_run_arguments, show, when
from .preview import print_preview


def add_parsers(commands) -> None:
    domain = commands.add_parser("domain", help="local domains: mail for them goes to the upstream")
    domain.add_argument("action", choices=["add", "remove", "list"])
    domain.add_argument("name", nargs="?")
    dry_run_arguments(domain)

    relay_ = commands.add_parser("relay", help="who may relay to foreign domains")
    relay_.add_argument("action", choices=["allow-net", "remove-net", "allow-domain", "remove-domain", "list"])
    relay_.add_argument("value", nargs="?")
    relay_.add_argument("--comment", default="")
    dry_run_arguments(relay_)

    route = commands.add_parser("route", help="relay domains (backup MX) and their next hop")
    route.add_argument("action", choices=["add", "remove", "list"])
    route.add_argument("domain", nargs="?")
    route.add_argument("nexthop", nargs="?", metavar="HOST:PORT")


async def cmd_domain(store: Store, args: argparse.Namespace) -> int:
    admin = admin_for(store)
    if args.action == "list":
        for name in await domains.local_domains(admin):
            print(name)
        return 0
    if args.dry_run:
        preview = await relay.preview(
            admin, "local_domain", args.name, remove=args.action == "remove", hours=args.hours
        )
        print_preview(preview, args.hours)
        return 0
    show(await (domains.add if args.action == "add" else domains.remove)(admin, args.name))
    return 0


async def cmd_relay(store: Store, args: argparse.Namespace) -> int:
    admin = admin_for(store)
    if args.action == "list":
        await _list(admin)
        return 0
    if not args.value:
        raise AdminError("missing argument")
    kind = "network" if args.action.endswith("-net") else "sender_exception"
    if args.dry_run:
        preview = await relay.preview(
            admin, kind, args.value, remove=args.action.startswith("remove"), hours=args.hours
        )
        print_preview(preview, args.hours)
        return 0
    if args.action == "allow-net":
        done = await relay.allow_network(admin, args.value, args.comment)
    elif args.action == "remove-net":
        done = await relay.remove_network(admin, args.value)
    elif args.action == "allow-domain":
        done = await relay.allow_sender_domain(admin, args.value)
    else:
        done = await relay.remove_sender_domain(admin, args.value)
    show(done)
    return 0


async def _list(admin) -> None:
    rows = await relay.rows(admin)
    print("trusted networks (may relay anywhere):")
    for cidr, comment in rows.trusted_networks:
        print(f"  {cidr:<40} {comment}")
    if not rows.trusted_networks:
        print("  (none: only local and relay domains are accepted)")
    print("sender-domain relay exceptions (WEAK: any client can forge these senders):")
    for domain in rows.sender_exceptions:
        print(f"  {domain}  [weak]")
    if not rows.sender_exceptions:
        print("  (none)")
    runs = await selftests_store.history(admin.store, 5)
    print("relay self-tests after relay changes (newest first):")
    for run in runs:
        print(f"  {when(run.ts)}  {run.outcome:<8} {run.trigger}: {visible(run.accepted or run.detail)}")
    if not runs:
        print("  (none yet: they run in the gateway after each relay change)")


async def cmd_route(store: Store, args: argparse.Namespace) -> int:
    admin = admin_for(store)
    if args.action == "list":
        for domain, nexthop in await routes.routes(admin):
            print(f"{domain:<40} -> {nexthop}")
        return 0
    show(
        await (
            routes.add(admin, args.domain, args.nexthop) if args.action == "add" else routes.remove(admin, args.domain)
        )
    )
    return 0


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {
    "domain": cmd_domain,
    "relay": cmd_relay,
    "route": cmd_route,
}
