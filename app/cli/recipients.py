"""`mailmoat recipients`: the recipient list, and which method says whether an address exists."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from ..policy.loader import load_snapshot
from ..policy.names import validate_domain
from ..recipients.verifier import RecipientVerifier
from ..safe_text import visible
from ..store import recipients as recipients_store
from ..store.database import Store
from ..usage import UsageError
from ..admin import recipients
from .common import admin_for


def add_parsers(commands) -> None:
    recipients = commands.add_parser("recipients", help="recipient validation: which addresses exist")
    recipients.add_argument(
        "action",
        choices=["import", "list", "add", "remove", "check"],
        help="import FILE (CSV or one a line); check ADDRESS says which method answered",
    )
    recipients.add_argument("value", nargs="?", help="the file, or the address (@domain: a catch-all)")
    recipients.add_argument("--domain", help="import: the domain of bare names; list: only this domain")


async def cmd_recipients(store: Store, args: argparse.Namespace) -> int:
    domain = None
    if args.domain:
        try:
            domain = validate_domain(args.domain)
        except ValueError as exc:
            raise UsageError(f"mailmoat recipients: --domain: {exc}") from None
    if args.action == "list":
        rows = await recipients_store.list_recipients(store, domain)
        for address, source in rows:
            print(f"{address:<40} {source}")
        if not rows:
            print("the recipient list is empty")
        return 0
    if not args.value:
        raise UsageError(
            f"mailmoat recipients {args.action}: missing {'FILE' if args.action == 'import' else 'ADDRESS'}"
        )
    admin = admin_for(store)
    if args.action == "import":
        try:
            with open(args.value, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        except OSError as exc:
            raise UsageError(f"mailmoat recipients import: {args.value}: {exc.strerror}") from None
        print((await recipients.import_text(admin, text, domain, f"import:{args.value}")).summary)
        return 0
    if args.action == "add":
        print((await recipients.add(admin, args.value, domain)).summary)
        return 0
    if args.action == "remove":
        print((await recipients.remove(admin, args.value, domain)).summary)
        return 0
    return await _check(store, recipients.recipient(args.value, domain))


async def _check(store: Store, address: str) -> int:
    """Exit 0: the address exists (or the domain is not validated); 1: unknown; 3: no answer."""
    if address.startswith("@"):
        raise UsageError("mailmoat recipients check: give an address, not a catch-all")
    policy = await load_snapshot(store)
    domain = address.rpartition("@")[2]
    settings = policy.settings
    if policy.is_local_domain(domain):
        method, nexthop = settings.for_domain("recipients.method", domain), None
    elif policy.relay_nexthop(domain) is not None and settings.validate_relay_domains:
        method, nexthop = settings.for_domain("recipients.method", domain), policy.relay_nexthop(domain)
    else:
        print(f"{address}: {domain} is not a local domain validated here; the gateway would not ask")
        return 0
    if method == "none":
        print(f"{address}: {domain} has no validation (mailmoat set recipients.method.{domain} callout|list|ldap)")
        return 0
    verifier = RecipientVerifier()
    verifier.configure(settings)
    try:
        verdict = await verifier.verify(policy, address, domain, method, nexthop)
    finally:
        await verifier.close()
    print(f"{address}: {verdict.status} (method {method}: {visible(verdict.detail)})")
    return {"found": 0, "unknown": 1}.get(verdict.status, 3)


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"recipients": cmd_recipients}
