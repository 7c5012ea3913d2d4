"""`mailmoat queue`: the outgoing queue; hold, release and delete by message, sender, domain or client."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from ..admin import queue
from ..safe_text import visible, visible_lines
from ..store.database import Store
from ..usage import UsageError
from .common import admin_for, when


def add_parsers(commands) -> None:
    queue = commands.add_parser("queue", help="the outgoing queue")
    queue.add_argument(
        "action",
        choices=["list", "show", "flush", "hold", "release", "delete", "hold-sender", "release-sender"],
        help="hold-sender/release-sender ADDRESS: stop or restart all mail from one sender",
    )
    queue.add_argument("id", nargs="?")
    scope = queue.add_mutually_exclusive_group()
    scope.add_argument(
        "--sender",
        metavar="ADDRESS",
        help="hold, release or delete every queued message from this sender (instead of one ID)",
    )
    scope.add_argument("--domain", metavar="DOMAIN", help="... from every sender at this domain")
    scope.add_argument("--client", metavar="IP", help="... that this client address sent")


async def cmd_queue(store: Store, args: argparse.Namespace) -> int:
    admin = admin_for(store)
    if args.action == "list":
        rows = await queue.messages(admin)
        if not rows:
            print("queue is empty")
        for row in rows:
            state = "held" if row["held"] else row["state"]
            print(
                f"{row['id']}  {when(row['created'])}  {row['size']:>8}  <{visible(row['sender'])}> -> "
                f"<{visible(row['recipient'])}>  {state} tries={row['attempts']} {visible(row['last_error'])}"
            )
        return 0
    if args.action == "flush":
        print((await queue.flush(admin)).summary)
        return 0
    if args.action in ("hold-sender", "release-sender"):
        if not args.id:
            raise UsageError(f"mailmoat queue {args.action}: missing sender address")
        change = queue.hold_sender if args.action == "hold-sender" else queue.release_sender
        print(visible((await change(admin, args.id)).summary))
        return 0
    scope = next(
        (
            queue.scope(kind, value)
            for kind, value in (("sender", args.sender), ("domain", args.domain), ("client", args.client))
            if value is not None
        ),
        None,
    )
    if scope is not None:
        if args.action not in ("hold", "release", "delete") or args.id:
            raise UsageError(
                f"mailmoat queue {args.action}: --sender, --domain and --client go with hold, release "
                "or delete, instead of a message ID"
            )
        if args.action == "delete":
            done = await queue.delete_scope(admin, scope)
        else:
            done = await queue.hold_scope(admin, scope, args.action == "hold")
        print(visible(done.summary))
        return 0
    if not args.id:
        raise UsageError(f"mailmoat queue {args.action}: missing message ID (see 'mailmoat queue list')")
    if args.action == "show":
        _show(await queue.message(admin, args.id))
        return 0
    if args.action == "delete":
        done = await queue.delete(admin, args.id)
    else:
        done = await queue.set_held(admin, args.id, args.action == "hold")
    print(done.summary)
    return 0


def _show(message: dict) -> None:
    print(
        f"id: {visible(message['id'])}\narrived: {when(message['created'])}\n"
        f"client: [{visible(message['client_ip'])}] helo {visible(message['helo'])}\n"
        f"sender: <{visible(message['sender'])}>\nheld: {'yes' if message['held'] else 'no'}"
    )
    for rcpt in message["recipients"]:
        print(
            f"recipient: <{visible(rcpt['recipient'])}> via {visible(rcpt['route'])}: {rcpt['state']}, "
            f"tries {rcpt['attempts']}, next {when(rcpt['next_attempt'])} {visible(rcpt['last_error'])}"
        )
    print()
    print(visible_lines(message["content"].decode("utf-8", "replace")))


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"queue": cmd_queue}
