"""`mailmoat block` and `allow`: the block and allow lists, their imports and exports."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Awaitable, Callable

from ..admin import lists
from ..private_files import write_private
from ..safe_text import visible
from ..store.database import Store
from ..usage import UsageError
from .common import admin_for, dry_run_arguments, when
from .preview import print_preview


def add_parsers(commands) -> None:
    for list_name, what in (("block", "refuse mail from"), ("allow", "always accept mail from")):
        parser_ = commands.add_parser(list_name, help=f"{what} an IP or network, address, domain or user name")
        parser_.add_argument(
            "action",
            choices=["add", "remove", "list", "import", "export", "monitor", "enforce"],
            help="monitor KIND VALUE: only log what the entry would do; enforce: act again",
        )
        parser_.add_argument("kind", nargs="?", help="ip | email | domain | user (for import: the file)")
        parser_.add_argument(
            "value", nargs="?", help="the entry; a domain written .example.com also covers its subdomains"
        )
        parser_.add_argument("--scope", help="a local domain or one recipient address (default: the whole gateway)")
        if list_name == "block":
            parser_.add_argument(
                "--action",
                dest="list_action",
                choices=["reject", "disconnect"],
                default="reject",
                help="disconnect refuses the connection at the greeting (ip entries only)",
            )
        parser_.add_argument("--expires", help="e.g. 7d, 12h")
        parser_.add_argument("--comment", default="")
        parser_.add_argument(
            "--monitor",
            action="store_true",
            help="add it in monitor mode: it logs what it would have done and does not act",
        )
        dry_run_arguments(parser_)
        parser_.add_argument(
            "--kind",
            dest="import_kind",
            choices=["ip", "email", "domain", "user"],
            help="for import of a plain list: the kind of every line (default: guessed)",
        )


async def cmd_list(store: Store, args: argparse.Namespace) -> int:
    list_name = args.command
    admin = admin_for(store)
    if args.action == "list":
        _print_entries(await lists.entries(admin, list_name, args.kind), list_name)
        return 0
    if args.action in ("import", "export"):
        return await _import_export(admin, args)
    if not args.kind or not args.value:
        raise UsageError(f"mailmoat {list_name} {args.action}: need KIND VALUE (kind: ip, email, domain, user)")
    fields = {
        "kind": args.kind,
        "value": args.value,
        "scope": args.scope or "",
        "comment": args.comment,
        "action": getattr(args, "list_action", "reject"),
        "expires": args.expires or "",
    }
    mode = "monitor" if args.monitor else "enforce"
    if args.dry_run and args.action in ("add", "remove"):
        preview = await lists.preview(
            admin, list_name, fields, mode=mode, remove=args.action == "remove", hours=args.hours
        )
        print_preview(preview, args.hours)
        return 0
    if args.action == "add":
        done = await lists.add(admin, list_name, fields, mode)
    elif args.action in ("monitor", "enforce"):
        done = await lists.set_mode(admin, list_name, fields, args.action)
    else:
        done = await lists.remove(admin, list_name, fields)
    print(done.summary)
    return 0


def _print_entries(entries, list_name: str) -> None:
    now = time.time()
    for e in entries:
        if e.expires is not None and e.expires <= now:
            continue
        value = ("." + e.value) if e.kind == "domain" and e.subdomains else e.value
        scope = e.scope.split(":", 1)[1] if e.scope else "(whole gateway)"
        expires = f" expires {when(e.expires)}" if e.expires else ""
        last = f", last {when(e.last_hit)}" if e.last_hit else ""
        mode = " MONITOR" if e.mode == "monitor" else ""
        print(
            f"{e.kind:<6} {visible(value):<40} {visible(scope):<28} {e.action:<10}{mode} hits {e.hits}{last}"
            f"{expires}  {visible(e.comment)}"
        )
    if not entries:
        print(f"{list_name} list is empty")


async def _import_export(admin, args: argparse.Namespace) -> int:
    list_name = args.command
    path = args.kind or args.value
    if not path:
        raise UsageError(f"mailmoat {list_name} {args.action}: missing FILE")
    if args.action == "export":
        text = await lists.export_text(admin, list_name)
        try:
            sys.stdout.write(text) if path == "-" else write_private(path, text)
        except OSError as exc:
            raise UsageError(f"mailmoat {list_name} export: {path}: {exc.strerror}") from None
        return 0
    try:
        text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8", errors="replace").read()
    except OSError as exc:
        raise UsageError(f"mailmoat {list_name} import: {path}: {exc.strerror}") from None
    done = await lists.import_text(admin, list_name, text, args.import_kind)
    for warning in done.warnings:
        print(warning, file=sys.stderr)
    print(done.summary)
    return 0


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"block": cmd_list, "allow": cmd_list}
