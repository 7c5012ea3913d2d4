"""`mailmoat dkim`: DKIM keys for the office's own domains, the DNS records to publish, and a check."""

from __future__ import annotations

import argparse
import time
from collections.abc import Awaitable, Callable

from ..mailauth.dns_check import CHECK_BUDGET, check_key, txt_checker
from ..mailauth.keys import DkimKey, DkimKeyError, default_selector, generate, validate_selector
from ..mailauth.keys import zone_record
from ..policy.loader import load_snapshot
from ..policy.names import validate_domain
from ..store import dkim_keys as keys_store
from ..store.database import Store
from ..usage import UsageError


def add_parsers(commands) -> None:
    dkim = commands.add_parser("dkim", help="DKIM signing keys for the local domains: make, list, rotate, check")
    dkim.add_argument(
        "action",
        choices=["keygen", "list", "rotate", "remove", "check"],
        help="keygen DOMAIN prints the DNS record to publish; rotate DOMAIN makes a new key that "
        "signs after `rotate DOMAIN --finish`; check DOMAIN compares the published record",
    )
    dkim.add_argument("domain", nargs="?", help="a local domain")
    dkim.add_argument("--selector", help="the selector (default: mmYYYYMM)")
    kind = dkim.add_mutually_exclusive_group()
    kind.add_argument("--bits", type=int, default=2048, help="RSA key size (default 2048)")
    kind.add_argument("--ed25519", action="store_true", help="an Ed25519 key (RFC 8463) instead of RSA")
    dkim.add_argument(
        "--finish", action="store_true", help="rotate: the new key signs from now on and the old one is deleted"
    )
    dkim.add_argument("--force", action="store_true", help="rotate --finish even if the new record is not published")


async def cmd_dkim(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        return await _list(store, _domain(args, required=False))
    domain = _required_domain(args)
    if args.action == "keygen":
        return await _keygen(store, args, domain)
    if args.action == "rotate":
        return await (_finish_rotation(store, args, domain) if args.finish else _rotate(store, args, domain))
    if args.action == "remove":
        selector = _selector(args) if args.selector else None
        removed = await keys_store.remove_keys(store, domain, selector)
        if not removed:
            raise UsageError(f"mailmoat dkim remove: {domain} has no key" + (f" {selector}" if selector else ""))
        print(
            f"{removed} key(s) of {domain} removed; its mail is no longer signed with them. "
            "Remove the TXT record(s) from DNS after a few days."
        )
        return 0
    return await _check(store, domain)


def _required_domain(args: argparse.Namespace) -> str:
    domain = _domain(args, required=True)
    assert domain is not None  # _domain raised UsageError
    return domain


def _domain(args: argparse.Namespace, *, required: bool) -> str | None:
    if not args.domain:
        if required:
            raise UsageError(f"mailmoat dkim {args.action}: missing DOMAIN")
        return None
    try:
        return validate_domain(args.domain)
    except ValueError as exc:
        raise UsageError(f"mailmoat dkim {args.action}: {exc}") from None


def _selector(args: argparse.Namespace) -> str:
    try:
        return validate_selector(args.selector) if args.selector else default_selector(time.time())
    except DkimKeyError as exc:
        raise UsageError(f"mailmoat dkim {args.action}: --selector: {exc}") from None


def _new_key(args: argparse.Namespace, domain: str, selector: str, state: str) -> DkimKey:
    try:
        return generate(domain, selector, "ed25519" if args.ed25519 else "rsa", args.bits, time.time(), state)
    except DkimKeyError as exc:
        raise UsageError(f"mailmoat dkim {args.action}: {exc}") from None


async def _keygen(store: Store, args: argparse.Namespace, domain: str) -> int:
    policy = await load_snapshot(store)
    if not policy.is_local_domain(domain):
        raise UsageError(f"mailmoat dkim keygen: {domain} is not a local domain (mailmoat domain add {domain})")
    existing = await keys_store.list_keys(store, domain)
    if any(k.state == "active" for k in existing):
        raise UsageError(
            f"mailmoat dkim keygen: {domain} has a key already; `mailmoat dkim rotate {domain}` makes a new one"
        )
    if existing:
        raise UsageError(
            f"mailmoat dkim keygen: a new key of {domain} waits for its DNS record: publish it and "
            f"run `mailmoat dkim rotate {domain} --finish`, or remove it (dkim remove {domain})"
        )
    key = _new_key(args, domain, _selector(args), "active")
    await keys_store.add_key(store, key)
    print(
        f"DKIM key made for {domain} ({key.kind}, selector {key.selector}); mail from {domain} is signed "
        f"with it from now on.\nPublish this TXT record in the {domain} zone, then run "
        f"`mailmoat dkim check {domain}`:\n\n{zone_record(key)}"
    )
    return 0


async def _rotate(store: Store, args: argparse.Namespace, domain: str) -> int:
    keys = await keys_store.list_keys(store, domain)
    if not any(k.state == "active" for k in keys):
        raise UsageError(f"mailmoat dkim rotate: {domain} has no key (mailmoat dkim keygen {domain})")
    if any(k.state == "pending" for k in keys):
        raise UsageError(
            f"mailmoat dkim rotate: a new key of {domain} waits already: publish its record, then "
            f"`mailmoat dkim rotate {domain} --finish` (or remove it with dkim remove --selector)"
        )
    selector = _selector(args)
    if any(k.selector == selector for k in keys):
        raise UsageError(f"mailmoat dkim rotate: selector {selector} is in use for {domain}: give --selector")
    key = _new_key(args, domain, selector, "pending")
    await keys_store.add_key(store, key)
    print(
        f"New DKIM key made for {domain} ({key.kind}, selector {selector}); the current key still signs.\n"
        f"Publish this TXT record, then run `mailmoat dkim rotate {domain} --finish`:\n\n{zone_record(key)}"
    )
    return 0


async def _finish_rotation(store: Store, args: argparse.Namespace, domain: str) -> int:
    keys = await keys_store.list_keys(store, domain)
    pending = next((k for k in keys if k.state == "pending"), None)
    if pending is None:
        raise UsageError(f"mailmoat dkim rotate --finish: {domain} has no new key (mailmoat dkim rotate {domain})")
    if not args.force:
        checked = await _compare(store, pending)
        if not checked.ok:
            raise UsageError(
                f"mailmoat dkim rotate --finish: {checked.what}; the old key still signs (--force switches anyway)"
            )
    old = [k.dns_name for k in keys if k.state == "active"]
    await keys_store.activate(store, domain, pending.selector)
    print(
        f"{domain} is signed with selector {pending.selector} from now on."
        + (f" Remove the old record {old[0]} from DNS in a few days." if old else "")
    )
    return 0


async def _list(store: Store, domain: str | None) -> int:
    keys = await keys_store.list_keys(store, domain)
    for key in keys:
        print(
            f"{key.domain:<30} {key.selector:<16} {key.kind:<12} {key.state:<8} "
            f"{time.strftime('%Y-%m-%d', time.localtime(key.created))}\n  {zone_record(key)}"
        )
    if not keys:
        print("no DKIM keys" + (f" for {domain}" if domain else "") + " (mailmoat dkim keygen DOMAIN)")
    return 0


async def _check(store: Store, domain: str) -> int:
    """Exit 0: every key's record matches; 1: one does not; 3: DNS gave no answer."""
    keys = await keys_store.list_keys(store, domain)
    if not keys:
        raise UsageError(f"mailmoat dkim check: {domain} has no key (mailmoat dkim keygen {domain})")
    worst = 0
    for key in keys:
        checked = await _compare(store, key)
        label = "" if key.state == "active" else " (new key, not yet signing)"
        print(("ok    " if checked.ok else "WRONG ") + checked.what + label)
        if not checked.ok:
            worst = max(worst, 3 if checked.state == "no answer" else 1)
    return worst


async def _compare(store: Store, key: DkimKey):
    policy = await load_snapshot(store)
    try:
        checker = txt_checker(policy.settings.dns_nameservers)
    except ValueError as exc:
        raise UsageError(f"mailmoat dkim check: dns.nameservers: {exc}") from None
    return await check_key(checker, key, CHECK_BUDGET)


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"dkim": cmd_dkim}
