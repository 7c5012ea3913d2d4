"""`mailmoat dkim`: DKIM keys for the office's own domains, the DNS records to publish, and a check."""

from __future__ import annotations

import argparse
import time
from collections.abc import Awaitable, Callable

from ..mailauth.keys import DkimKey
from ..mailauth.keys import zone_record
from ..policy.names import validate_domain
from ..store import dkim_keys as keys_store
from ..store.database import Store
from ..usage import UsageError
from ..admin import AdminError, dkim
from .common import admin_for


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
    domain = _domain(args, required=True)
    assert domain is not None  # _domain raised UsageError
    admin = admin_for(store)
    algorithm = "ed25519" if args.ed25519 else "rsa"
    try:
        if args.action == "keygen":
            done = await dkim.keygen(admin, domain, args.selector, algorithm, args.bits)
        elif args.action == "rotate" and args.finish:
            done = await dkim.finish_rotation(admin, domain, force=args.force)
        elif args.action == "rotate":
            done = await dkim.rotate(admin, domain, args.selector, algorithm, args.bits)
        elif args.action == "remove":
            done = await dkim.remove(admin, domain, args.selector)
        else:
            return await _check(store, domain)
    except AdminError as exc:
        finish = " --finish" if args.action == "rotate" and args.finish else ""
        raise UsageError(f"mailmoat dkim {args.action}{finish}: {exc}") from None
    print(done.summary)
    return 0


def _domain(args: argparse.Namespace, *, required: bool) -> str | None:
    if not args.domain:
        if required:
            raise UsageError(f"mailmoat dkim {args.action}: missing DOMAIN")
        return None
    try:
        return validate_domain(args.domain)
    except ValueError as exc:
        raise UsageError(f"mailmoat dkim {args.action}: {exc}") from None


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
    try:
        return await dkim.compare(admin_for(store), key)
    except AdminError as exc:
        raise UsageError(f"mailmoat dkim check: {exc}") from None


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"dkim": cmd_dkim}
