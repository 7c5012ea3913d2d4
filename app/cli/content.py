"""`mailmoat rule`, `mailmoat check` and `mailmoat quarantine`: argument parsing and printing only."""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Awaitable, Callable

from ..pipeline.offline import check_message
from ..safe_text import visible, visible_lines
from ..pipeline.result import decided
from ..policy.content_rules import ACTIONS, CATEGORIES
from ..policy.loader import load_snapshot
from ..scan.clamd import ClamdClient
from ..smtp.replies import reply_for_result
from ..store import content_rules as rules_store
from ..store.database import Store
from ..usage import UsageError
from ..admin import quarantine, rules
from .common import admin_for, show


def add_parsers(commands) -> None:
    rule = commands.add_parser(
        "rule", help="content rules: keywords and patterns on subject, headers, body, attachments"
    )
    rule.add_argument("action", choices=["add", "remove", "list", "enable", "disable", "monitor", "enforce"])
    rule.add_argument("name", nargs="?", help="the rule (for remove, enable, disable, monitor, enforce)")
    rule.add_argument(
        "--field", help="subject | body | hidden | attachment | header:NAME (hidden: HTML text the reader does not see)"
    )
    rule.add_argument("--pattern", help="a keyword (matched however it is spaced, encoded or split) or a regex")
    rule.add_argument("--regex", action="store_true", help="the pattern is a regular expression")
    rule.add_argument(
        "--word",
        action="store_true",
        help="the keyword matches whole words only (Korean: a particle such as 은/는/이/가 may follow)",
    )
    rule.add_argument("--category", choices=CATEGORIES, default="custom")
    rule.add_argument("--score", default="5", help="added to the message's score when the rule matches")
    rule.add_argument(
        "--action", dest="rule_action", choices=ACTIONS, help="act whatever the score: tag, quarantine or reject"
    )
    rule.add_argument("--rule-name", "--name", dest="rule_name", help="name for a new rule (default: made up)")
    rule.add_argument("--monitor", action="store_true", help="log what the rule would do, without acting")
    rule.add_argument("--comment", default="")

    check = commands.add_parser("check", help="run the content checks on a message file (.eml) and say the verdict")
    check.add_argument("file", help="the message, as it would arrive (- for stdin)")
    check.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a recipient (per-domain thresholds apply; default: postmaster of the first local domain)",
    )

    quarantine = commands.add_parser("quarantine", help="mail held back by the content rules")
    quarantine.add_argument(
        "action",
        choices=["list", "show", "release", "delete", "allow"],
        help="allow: release and add the sender to the allow list",
    )
    quarantine.add_argument("id", nargs="?")


async def cmd_rule(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = await rules_store.load_rules(store)
        for r in rows:
            state = ("on" if r.enabled else "off") + (" monitor" if r.mode == "monitor" else "")
            kind = "regex" if r.is_regex else ("word" if r.word else "keyword")
            print(
                f"{r.name:<28} {state:<11} {r.category:<11} {r.score:>5g} {r.action or '-':<10} {r.field:<12} "
                f"{kind:<7} {r.pattern}  hits={r.hits}" + (f" last={_when(r.last_hit)}" if r.last_hit else "")
            )
            if not r.enabled and r.disabled_reason:
                print(f"{'':<28} disabled by the gateway: {r.disabled_reason}")
        if not rows:
            print("no content rules")
        return 0
    if args.action == "add":
        return await _add_rule(store, args)
    if not args.name:
        raise UsageError(f"mailmoat rule {args.action}: missing rule name (see 'mailmoat rule list')")
    admin = admin_for(store)
    if args.action == "remove":
        done = await rules.remove(admin, args.name)
    elif args.action in ("enable", "disable"):
        done = await rules.set_enabled(admin, args.name, args.action == "enable")
    else:
        done = await rules.set_mode(admin, args.name, args.action)
    print(done.summary)
    return 0


async def _add_rule(store: Store, args: argparse.Namespace) -> int:
    if not args.field or args.pattern is None:
        raise UsageError("mailmoat rule add: --field and --pattern are required")
    if args.word and args.regex:
        raise UsageError("mailmoat rule add: --word is for keywords; a regular expression says its own boundaries")
    admin = admin_for(store)
    fields = {
        "name": args.rule_name or "",
        "field": args.field,
        "pattern": args.pattern,
        "regex": "yes" if args.regex else "no",
        "word": "yes" if args.word else "no",
        "category": args.category,
        "score": args.score,
        "action": args.rule_action or "",
        "mode": "monitor" if args.monitor else "enforce",
        "comment": args.comment,
        "enabled": True,
    }
    # `rule add` with the name of a rule replaces it (the advice below relies on that)
    done = await rules.save(admin, fields, replaces=args.rule_name, advise=True)
    print(done.summary)
    for advice in done.warnings:
        print(f"{advice} (the same command with --word replaces it)")
    return 0


async def cmd_check(store: Store, args: argparse.Namespace) -> int:
    """Exit 0: the message would be delivered (maybe tagged); 1: quarantined, refused or deferred."""
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else open(args.file, "rb").read()
    except OSError as exc:
        raise UsageError(f"mailmoat check: {args.file}: {exc.strerror or exc}") from None
    policy = await load_snapshot(store)
    recipients = args.to or [
        f"postmaster@{min(policy.local_domains)}" if policy.local_domains else "postmaster@localhost"
    ]
    settings = policy.settings
    scanner = ClamdClient(settings.clamd, timeout=settings.virus_timeout) if settings.clamd else None
    try:
        results, outcome = await check_message(policy, raw, recipients, scanner)
    except ValueError as exc:
        raise UsageError(f"mailmoat check: {exc}") from None
    if outcome is not None:
        print(f"subject: {visible(outcome.subject)}")
        for hit in outcome.hits:
            print(f"  {hit.name:<28} {hit.score:<+6g} {hit.category:<11} {hit.field}: {hit.snippet!r}")
        for hit in outcome.monitored:
            print(f"  {hit.name:<28} (monitor, {hit.score:+g}) {hit.field}: {hit.snippet!r}")
        print(f"score: {outcome.score:g}")
    for result in results:
        if result.check in ("virus", "attachment") or not result.accepted:
            print(f"{result.check}: {result.action.value} {visible(result.rule)}")
    verdict = decided(results)
    action = outcome.action if outcome is not None and verdict.accepted else verdict.action.value
    print(f"verdict: {action or 'deliver'}")
    if verdict.action.value in ("reject", "tempfail"):
        print(f"reply: {reply_for_result(verdict, settings.hostname)}")
    return 0 if verdict.accepted else 1


async def cmd_quarantine(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = await quarantine.messages(admin_for(store))
        for m in rows:
            rcpts = ",".join(a for a, _route in m.recipients)
            print(
                f"{m.id}  {_when(m.created)}  score {m.score:<5g} <{visible(m.sender)}> -> {visible(rcpts)}  "
                f"{m.subject!r}  [{visible(m.rules)}]  expires {_when(m.expires)}"
            )
        if not rows:
            print("quarantine is empty")
        return 0
    if not args.id:
        raise UsageError(f"mailmoat quarantine {args.action}: missing message ID (see 'mailmoat quarantine list')")
    if args.action == "show":
        m, content = await quarantine.message(admin_for(store), args.id)
        print(
            f"id: {m.id}\narrived: {_when(m.created)}\nclient: [{visible(m.client_ip)}] helo {visible(m.helo)}\n"
            f"sender: <{visible(m.sender)}>\nrecipients: {visible(', '.join(a for a, _ in m.recipients))}\n"
            f"score: {m.score:g}\nrules: {visible(m.rules)}\nexpires: {_when(m.expires)}\n"
        )
        print(visible_lines(content.decode("utf-8", "replace")))
        return 0
    admin = admin_for(store)
    if args.action == "delete":
        show(await quarantine.delete(admin, args.id))
        return 0
    show(await quarantine.release(admin, args.id, allow_sender=args.action == "allow"))
    return 0


def _when(ts: float | None) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {
    "rule": cmd_rule,
    "check": cmd_check,
    "quarantine": cmd_quarantine,
}
