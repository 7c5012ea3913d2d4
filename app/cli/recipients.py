"""`mailmoat recipients`: the recipient list, and which method says whether an address exists."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from ..policy.loader import load_snapshot
from ..policy.names import validate_domain
from ..recipients.import_file import parse_recipient_file
from ..recipients.verifier import RecipientVerifier
from ..safe_text import visible
from ..store import recipients as recipients_store
from ..store.database import Store
from ..usage import UsageError


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
    if args.action == "import":
        try:
            with open(args.value, encoding="utf-8", errors="replace") as handle:
                parsed = parse_recipient_file(handle.read(), domain)
        except OSError as exc:
            raise UsageError(f"mailmoat recipients import: {args.value}: {exc.strerror}") from None
        added = await recipients_store.add_recipients(store, sorted(parsed.addresses), f"import:{args.value}")
        print(
            f"{len(parsed.addresses)} address(es) read, {added} new"
            + (f"; {len(parsed.skipped)} skipped (e.g. {parsed.skipped[0]!r})" if parsed.skipped else "")
        )
        return 0
    address = _one(args.value, args.action, domain)
    if args.action == "add":
        added = await recipients_store.add_recipients(store, [address], "cli")
        print(f"{address} {'added' if added else 'was already listed'}")
        return 0
    if args.action == "remove":
        if not await recipients_store.remove_recipient(store, address):
            raise UsageError(f"mailmoat recipients remove: {address} is not in the list")
        print(f"{address} removed")
        return 0
    return await _check(store, address)


def _one(text: str, action: str, domain: str | None) -> str:
    parsed = parse_recipient_file(text, domain)
    if len(parsed.addresses) != 1 or parsed.skipped:
        raise UsageError(f"mailmoat recipients {action}: {text!r} is not an address")
    return next(iter(parsed.addresses))


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
