"""`mailmoat learn`: teach the statistical filter spam and ham; rebuild it from the starter model."""

from __future__ import annotations

import argparse
import datetime
from collections.abc import Awaitable, Callable
from pathlib import Path

from ..classify import starter
from ..classify.learning import describe_learned, learn
from ..install import STARTER_MODEL_LOADED
from ..store import bayes as bayes_store
from ..store import quarantine as quarantine_store
from ..store import queue as queue_store
from ..store import settings as settings_store
from ..store.database import Store
from ..usage import UsageError

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
    if args.forget is not None:
        if not await bayes_store.forget(store, args.forget):
            raise UsageError(f"mailmoat learn --forget: no training {args.forget} (see 'mailmoat learn --list')")
        print(f"training {args.forget} unlearned")
        return 0
    if args.label is None:
        raise UsageError("mailmoat learn: say spam or ham, then FILE.eml, --queue ID or --quarantine ID")
    messages = [(f"file {name}", _read(name)) for name in args.files]
    if args.queue:
        found = await queue_store.get_message(store, args.queue)
        if found is None:
            raise UsageError(f"mailmoat learn: no message {args.queue} in the queue")
        messages.append((f"queue {args.queue}", found["content"]))
    if args.quarantine:
        held = await quarantine_store.get(store, args.quarantine)
        if held is None:
            raise UsageError(f"mailmoat learn: no message {args.quarantine} in the quarantine")
        messages.append((f"quarantine {args.quarantine}", held[1]))
    if not messages:
        raise UsageError(f"mailmoat learn {args.label}: give FILE.eml, --queue ID or --quarantine ID")
    failed = 0
    for source, raw in messages:
        try:
            learned = await learn(store, raw, args.label, source)
        except ValueError as exc:
            print(f"{source}: not learned: {exc}")
            failed += 1
            continue
        print(f"{source}: {describe_learned(learned, args.label)}")
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
        if corpus:
            built = starter.build(Path(corpus) / "train")
            base: tuple[dict[str, tuple[int, int]], int, int] | None = (
                {t: (c[0], c[1]) for t, c in built["tokens"].items()},
                built["nspam"],
                built["nham"],
            )
            origin = f"{corpus}/train"
        else:
            base = starter.shipped()
            origin = "the starter model"
    except starter.StarterError as exc:
        raise UsageError(f"mailmoat learn --rebuild: {exc}") from None
    if base is None:
        base, origin = ({}, 0, 0), "no starter model (this build has none)"
    await bayes_store.replace_base(store, *base)
    await settings_store.set_setting(store, STARTER_MODEL_LOADED, "1")
    model = await bayes_store.load_model(store)
    print(
        f"rebuilt from {origin} plus {len(await bayes_store.trainings(store, 10**9))} training(s): "
        f"{model.nspam} spam, {model.nham} ham, {len(model.counts)} tokens"
    )
    return 0


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {"learn": cmd_learn}
