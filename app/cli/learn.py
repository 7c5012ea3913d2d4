"""`mailmoat learn`: teach the statistical filter spam and ham; rebuild it from the starter model."""

from __future__ import annotations

import argparse
import datetime
from collections.abc import Awaitable, Callable

from ..store import bayes as bayes_store
from ..store.database import Store
from ..usage import UsageError
from ..admin import AdminError, NotFound, learn
from .common import admin_for

MAX_FILE = 50 * 1024 * 1024


def add_parsers(commands) -> None:
    learn_ = commands.add_parser(
        "learn",
        help="teach the statistical filter: learn spam|ham FILE.eml|--queue ID|"
        "--quarantine ID; --list, --forget ID, --rebuild",
    )
    learn_.add_argument("label", nargs="?", choices=["spam", "ham"])
    learn_.add_argument("files", nargs="*", metavar="FILE.eml")
    learn_.add_argument("--queue", metavar="ID", help="a message in the queue")
    learn_.add_argument("--quarantine", metavar="ID", help="a quarantined message")
    learn_.add_argument("--list", action="store_true", help="the latest trainings")
    learn_.add_argument("--forget", type=int, metavar="TRAINING", help="unlearn one training (see --list)")
    learn_.add_argument(
        "--rebuild",
        action="store_true",
        help="counts = the starter model (or --corpus DIR's train/) plus every training on record",
    )
    learn_.add_argument("--corpus", metavar="DIR", help="with --rebuild: build the starter counts from DIR/train")


async def cmd_learn(store: Store, args: argparse.Namespace) -> int:
    if args.rebuild:
        return await _rebuild(store, args.corpus)
    if args.list:
        rows = await bayes_store.trainings(store)
        for t in rows:
            when = datetime.datetime.fromtimestamp(t.ts).strftime("%Y-%m-%d %H:%M:%S")
            print(f"{t.id:>6}  {when}  {t.label:<4}  {t.tokens:>5} tokens  {t.source[:40]:<40}  {t.subject[:50]}")
        model = await bayes_store.load_model(store)
        print(
            f"model: {model.nspam} spam, {model.nham} ham, {len(model.counts)} tokens"
            + ("" if rows else "; nothing learned on site yet")
        )
        return 0
    admin = admin_for(store)
    if args.forget is not None:
        try:
            print((await learn.forget(admin, args.forget)).summary)
        except NotFound as exc:
            raise UsageError(f"mailmoat learn --forget: {exc} (see 'mailmoat learn --list')") from None
        return 0
    if args.label is None:
        raise UsageError("mailmoat learn: say spam or ham, then FILE.eml, --queue ID or --quarantine ID")
    messages = [(f"file {name}", _read(name)) for name in args.files]
    for where, message_id in (("queue", args.queue), ("quarantine", args.quarantine)):
        if message_id:
            raw = await learn.stored_message(admin, message_id, where)
            if raw is None:
                raise UsageError(f"mailmoat learn: no message {message_id} in the {where}")
            messages.append((f"{where} {message_id}", raw))
    if not messages:
        raise UsageError(f"mailmoat learn {args.label}: give FILE.eml, --queue ID or --quarantine ID")
    failed = 0
    for source, raw in messages:
        try:
            print((await learn.message(admin, raw, args.label, source)).summary)
        except AdminError as exc:
            print(f"{source}: not learned: {exc}")
            failed += 1
    return 1 if failed else 0


def _read(name: str) -> bytes:
    try:
        with open(name, "rb") as handle:
            data = handle.read(MAX_FILE + 1)
    except OSError as exc:
        raise UsageError(f"mailmoat learn: {name}: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE:
        raise UsageError(f"mailmoat learn: {name}: larger than {MAX_FILE // (1024 * 1024)} MB")
    return data


async def _rebuild(store: Store, corpus: str | None) -> int:
    try:
        print((await learn.rebuild(admin_for(store), corpus)).summary)
    except AdminError as exc:
        raise UsageError(f"mailmoat learn --rebuild: {exc}") from None
    return 0


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"learn": cmd_learn}
