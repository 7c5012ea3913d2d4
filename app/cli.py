"""Argument parsing for `mailmoat`; each command hands over to the room that owns the work."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import getpass
import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable
from typing import NoReturn

from .install import initialise
from .policy.settings import SPECS, SettingError, check_order, spec_for, validate
from .policy.list_files import entry_from_row, export_csv, parse_entries
from .policy.drafts import with_list_entry, with_relay_change, without_list_entry
from .policy.names import validate_domain, validate_network
from .private_files import write_private
from .safe_text import terminal_guard, visible, visible_lines
from .store import dnsbl as dnsbl_store
from .store import lists as lists_store
from .store import queue as queue_store
from .store import relay as relay_store
from .store import selftests as selftests_store
from .store import settings as settings_store
from .store.database import DATABASE_ERRORS, Store, StoreError, describe_database_error
from .store.events import recent_events
from .usage import UsageError
from . import (
    cli_accounts,
    cli_content,
    cli_dkim,
    cli_explain,
    cli_journal,
    cli_learn,
    cli_lint,
    cli_recipients,
    cli_report,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, never the whole usage text
        raise UsageError(f"{self.prog}: {' '.join(message.split())}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mailmoat", description="Mailmoat mail-security gateway")
    parser.add_argument(
        "--db",
        default=os.environ.get("MAILMOAT_DB", "mailmoat.db"),
        help="database file or postgresql:// URL (default: $MAILMOAT_DB, then ./mailmoat.db)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help="create or upgrade the database (idempotent)")
    init.add_argument("--hostname")
    serve = commands.add_parser("serve", help="run the gateway headless (SIGTERM drains)")
    serve.add_argument("--listen", metavar="HOST:PORT")
    serve.add_argument(
        "--workers",
        metavar="N|auto",
        default="1",
        help="gateway processes sharing the port and the database (auto: one per core; default 1)",
    )
    serve.add_argument("--worker", type=int, help=argparse.SUPPRESS)  # set by the supervisor for its workers
    serve.add_argument("--ready-fd", type=int, help=argparse.SUPPRESS)
    run = commands.add_parser("run", help="run the gateway with its dashboard (the default command)")
    run.add_argument("--listen", metavar="HOST:PORT")
    run.add_argument("--demo", action="store_true", help="also start a demo upstream and demo traffic")
    commands.add_parser("tui", help="the dashboard alone, attached to a gateway running from the same database")

    setting = commands.add_parser("set", help="change a setting")
    setting.add_argument("key")
    setting.add_argument("value")
    setting.add_argument(
        "--dry-run",
        action="store_true",
        help="content.*_score only: how the last day's messages would have fared; saves nothing",
    )
    commands.add_parser("get", help="show one setting").add_argument("key")
    commands.add_parser("settings", help="show every setting")

    domain = commands.add_parser("domain", help="local domains: mail for them goes to the upstream")
    domain.add_argument("action", choices=["add", "remove", "list"])
    domain.add_argument("name", nargs="?")
    _dry_run(domain)

    relay = commands.add_parser("relay", help="who may relay to foreign domains")
    relay.add_argument("action", choices=["allow-net", "remove-net", "allow-domain", "remove-domain", "list"])
    relay.add_argument("value", nargs="?")
    relay.add_argument("--comment", default="")
    _dry_run(relay)

    route = commands.add_parser("route", help="relay domains (backup MX) and their next hop")
    route.add_argument("action", choices=["add", "remove", "list"])
    route.add_argument("domain", nargs="?")
    route.add_argument("nexthop", nargs="?", metavar="HOST:PORT")

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
        _dry_run(parser_)
        parser_.add_argument(
            "--kind",
            dest="import_kind",
            choices=["ip", "email", "domain", "user"],
            help="for import of a plain list: the kind of every line (default: guessed)",
        )

    dnsbl = commands.add_parser(
        "dnsbl", help="DNS blocklists: client addresses (DNSBL), sender domains (RHSBL) and link domains (URIBL)"
    )
    dnsbl.add_argument(
        "action",
        choices=["add", "remove", "list", "check"],
        help="check [IP]: is this address (default: the public_ip setting) listed?",
    )
    dnsbl.add_argument("zone", nargs="?")
    dnsbl.add_argument("--weight", default="1.0", help="score a listing adds (default 1.0; see dnsbl.threshold)")
    dnsbl.add_argument(
        "--kind",
        choices=["ip", "domain", "uri"],
        default="ip",
        help="ip: the client's address (default); domain: the sender's domain (RHSBL); uri: the "
        "domains of the message's links (URIBL: a listing adds weight x uribl.score)",
    )
    dnsbl.add_argument(
        "--codes",
        default="",
        help="return codes that count, e.g. 127.0.0.2,127.0.0.3 (default: any 127.0.0.0/8 answer)",
    )

    log = commands.add_parser("log", help="recent connection log")
    log.add_argument("-n", "--lines", type=int, default=50)

    cli_content.add_parsers(commands)
    cli_accounts.add_parsers(commands)
    cli_recipients.add_parsers(commands)
    cli_explain.add_parsers(commands)
    cli_journal.add_parsers(commands)
    cli_lint.add_parsers(commands)
    cli_report.add_parsers(commands)
    cli_dkim.add_parsers(commands)
    cli_learn.add_parsers(commands)

    relaytest = commands.add_parser("relaytest", help="run open-relay probes against a server")
    relaytest.add_argument("target", metavar="HOST:PORT")
    relaytest.add_argument("--domain")
    return parser


def _dry_run(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="show what the change would have done to the stored history, and save nothing",
    )
    parser.add_argument("--hours", type=float, default=24.0, help="how much history a dry run replays (default 24)")


async def _dry_run_of(store: Store, args: argparse.Namespace, make_draft) -> int:
    from .cli_preview import print_preview
    from .monitor.preview import preview_change

    if args.hours <= 0:
        raise UsageError(f"mailmoat {args.command}: --hours must be positive")
    print_preview(await preview_change(store, make_draft, args.hours), args.hours)
    return 0


def main(argv: list[str] | None = None) -> int:
    db_path = "the database"
    try:
        args = build_parser().parse_args(argv)
        db_path = args.db
        if args.command is None:
            args.command, args.listen, args.demo = "run", None, False
        if args.command == "relaytest":
            from .relaytest import relaytest_command

            with terminal_guard():
                return relaytest_command(args.target, args.domain)
        if args.command == "serve":
            from .runtime import event_loop_runner, serve
            from .supervisor import worker_count

            try:
                workers = worker_count(args.workers)
            except ValueError as exc:
                raise UsageError(f"mailmoat serve: {exc}") from None
            with terminal_guard(), event_loop_runner() as runner:  # the log quotes what strangers sent
                logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
                logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every command line
                if args.worker is not None:  # one of serve --workers: the supervisor has checked the database
                    return runner.run(serve(args.db, args.listen, worker=args.worker, ready_fd=args.ready_fd))
                if workers > 1:
                    return runner.run(_with_init(args.db, lambda: _supervise(args.db, args.listen, workers)))
                return runner.run(_with_init(args.db, lambda: serve(args.db, args.listen)))
        if args.command in ("run", "tui"):
            _log_beside_the_screen(args)
            from .runtime import event_loop_runner
            from .ui.run import attach_dashboard, run_with_dashboard

            if args.command == "run" and args.demo:
                _seed_demo(args.db)
            with event_loop_runner() as runner:
                if args.command == "tui":
                    return runner.run(attach_dashboard(args.db))
                return runner.run(
                    _with_init(
                        args.db, lambda: run_with_dashboard(args.db, args.listen, demo=args.demo), create=args.demo
                    )
                )
        with terminal_guard():  # behind the printers' own visible(): no stranger's bytes reach the terminal
            return asyncio.run(_run_command(args))
    except UsageError as exc:
        print(visible(exc), file=sys.stderr)
        return 2
    except (StoreError, RuntimeError) as exc:
        print(f"mailmoat: {visible(exc)}", file=sys.stderr)
        return 2
    except DATABASE_ERRORS as exc:  # a damaged page found by a query after a good open, a server gone
        print(f"mailmoat: {describe_database_error(db_path, exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `mailmoat log | head`: the reader has gone, and that is fine
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _log_beside_the_screen(args: argparse.Namespace) -> None:
    """The terminal belongs to the dashboard, so `run` and `tui` log to a file: $MAILMOAT_LOG, else for `run`
    <database>-run.log next to the database (made at the first warning), else nowhere."""
    path = os.environ.get("MAILMOAT_LOG")
    if path is None and args.command == "run":
        beside = os.path.splitext(os.path.abspath(args.db))[0] + "-run.log"
        path = beside if os.access(os.path.dirname(beside), os.W_OK) else None
    handler = logging.FileHandler(path or os.devnull, delay=True, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])


def _seed_demo(db: str) -> None:
    """A demo on a database that does not exist yet starts from a copy of the shipped sample.db."""
    from .demo import seed_demo_db

    try:
        seed_demo_db(db)
    except OSError as exc:
        raise RuntimeError(f"cannot copy the sample database to {db}: {exc.strerror or exc}") from None


async def _with_init(db: str, body: Callable[[], Awaitable[int]], *, create: bool = False) -> int:
    """Upgrades the database and reads every page of it before the gateway starts on it."""
    store = await Store.open(db, create=create)  # applies migrations
    try:
        await store.check_integrity()
    finally:
        await store.close()
    return await body()


async def _supervise(db: str, listen: str | None, workers: int) -> int:
    if listen is None:
        store = await Store.open(db, create=False)
        try:
            listen_spec = spec_for("listen")
            assert listen_spec is not None
            listen = await settings_store.get_setting(store, "listen") or listen_spec.default
        finally:
            await store.close()
    from .supervisor import supervise

    return await supervise(db, listen, workers)


async def _run_command(args: argparse.Namespace) -> int:
    store = await Store.open(args.db, create=args.command == "init")
    store.journal_actor = f"{getpass.getuser()} (mailmoat {args.command})"
    store.journal_group = True  # everything this command changes is one change
    try:
        return await COMMANDS[args.command](store, args)
    finally:
        await store.close()


async def cmd_init(store: Store, args: argparse.Namespace) -> int:
    try:
        for line in await initialise(store, args.hostname):
            print(line)
    except SettingError as exc:
        raise UsageError(f"mailmoat init: {exc}") from None
    return 0


async def cmd_set(store: Store, args: argparse.Namespace) -> int:
    try:
        value = validate(args.key, args.value)
        check_order(await settings_store.all_settings(store), args.key, value)
    except SettingError as exc:
        raise UsageError(f"mailmoat set: {exc}") from None
    if args.dry_run:
        from .monitor.preview import preview_thresholds

        try:
            print("dry run, nothing saved. " + await preview_thresholds(store, args.key, float(value)))
        except ValueError:
            raise UsageError("mailmoat set --dry-run: only the content.*_score thresholds have a preview") from None
        return 0
    await settings_store.set_setting(store, args.key, value)
    spec = spec_for(args.key)
    print(f"{args.key} = {'********' if spec is not None and spec.secret and value else value}")
    return 0


async def cmd_get(store: Store, args: argparse.Namespace) -> int:
    spec = spec_for(args.key)
    if spec is None:
        raise UsageError(f"mailmoat get: unknown setting {args.key!r} (see 'mailmoat settings')")
    value = await settings_store.get_setting(store, args.key)
    if spec.secret and value:
        raise UsageError(f"mailmoat get: {args.key} is a secret and is not shown")
    print(value if value is not None else spec.default)
    return 0


async def cmd_settings(store: Store, args: argparse.Namespace) -> int:
    stored = await settings_store.all_settings(store)
    width = max(len(key) for key in SPECS)
    unusable = False
    for key, spec in SPECS.items():
        value = stored.get(key, spec.default)
        marker = " " if key in stored else "*"
        if key in stored and not _usable(spec, value, key):
            marker, unusable = "!", True
        if spec.secret and value:
            value = "********"
        print(f"{key:<{width}}  {marker} {value or '-':<24} {spec.help}")
    for key in sorted(k for k in stored if k not in SPECS and spec_for(k) is not None):
        marker = " " if _usable(spec_for(key), stored[key], key) else "!"
        unusable = unusable or marker == "!"
        print(f"{key:<{width}}  {marker} {stored[key]:<24} (override for one domain)")
    print(
        "(* = default"
        + (
            "; ! = stored before today's checks and refused by them: the default applies, set it again"
            if unusable
            else ""
        )
        + ")"
    )
    return 0


def _usable(spec, value: str, key: str) -> bool:
    try:
        spec.value(value, key)
    except SettingError:
        return False
    return True


async def cmd_domain(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        for name in (await relay_store.load_relay_rows(store)).local_domains:
            print(name)
        return 0
    name = _domain_arg(args.name, "domain " + args.action)
    if args.dry_run:
        return await _dry_run_of(
            store, args, lambda policy: with_relay_change(policy, "local_domain", name, remove=args.action == "remove")
        )
    if args.action == "add":
        added = await relay_store.add_local_domain(store, name)
        print(f"local domain {name} {'added' if added else 'already present'}")
    else:
        if not await relay_store.remove_local_domain(store, name):
            raise UsageError(f"mailmoat domain remove: {name} is not a local domain")
        print(f"local domain {name} removed")
    return 0


async def cmd_relay(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = await relay_store.load_relay_rows(store)
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
        runs = await selftests_store.history(store, 5)
        print("relay self-tests after relay changes (newest first):")
        for run in runs:
            print(f"  {_when(run.ts)}  {run.outcome:<8} {run.trigger}: {visible(run.accepted or run.detail)}")
        if not runs:
            print("  (none yet: they run in the gateway after each relay change)")
        return 0
    if not args.value:
        raise UsageError(f"mailmoat relay {args.action}: missing argument")
    if args.action in ("allow-net", "remove-net"):
        try:
            cidr = validate_network(args.value)
        except ValueError as exc:
            raise UsageError(f"mailmoat relay {args.action}: {exc}") from None
        if args.dry_run:
            return await _dry_run_of(
                store,
                args,
                lambda policy: with_relay_change(policy, "network", cidr, remove=args.action == "remove-net"),
            )
        if args.action == "allow-net":
            await relay_store.add_trusted_network(store, cidr, args.comment)
            print(f"trusted network {cidr} may relay")
        elif not await relay_store.remove_trusted_network(store, cidr):
            raise UsageError(f"mailmoat relay remove-net: {cidr} is not a trusted network")
        else:
            print(f"trusted network {cidr} removed")
        return 0
    domain = _domain_arg(args.value, f"relay {args.action}")
    if args.dry_run:
        return await _dry_run_of(
            store,
            args,
            lambda policy: with_relay_change(policy, "sender_exception", domain, remove=args.action == "remove-domain"),
        )
    if args.action == "allow-domain":
        await relay_store.add_sender_exception(store, domain)
        print(
            f"WARNING: senders @{domain} may now relay from anywhere. Sender addresses are trivially forged;"
            " prefer 'relay allow-net' or authenticated accounts."
        )
    elif not await relay_store.remove_sender_exception(store, domain):
        raise UsageError(f"mailmoat relay remove-domain: {domain} is not a sender exception")
    else:
        print(f"sender exception {domain} removed")
    return 0


async def cmd_route(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        for domain, nexthop in (await relay_store.load_relay_rows(store)).relay_routes:
            print(f"{domain:<40} -> {nexthop}")
        return 0
    domain = _domain_arg(args.domain, "route " + args.action)
    if args.action == "add":
        if not args.nexthop:
            raise UsageError("mailmoat route add: missing HOST:PORT of the next hop")
        try:
            nexthop = validate("upstream", args.nexthop)
        except SettingError as exc:
            raise UsageError(f"mailmoat route add: {exc}") from None
        await relay_store.set_relay_route(store, domain, nexthop)
        print(f"relay domain {domain} -> {nexthop}")
    elif not await relay_store.remove_relay_route(store, domain):
        raise UsageError(f"mailmoat route remove: {domain} is not a relay domain")
    else:
        print(f"relay domain {domain} removed")
    return 0


async def cmd_queue(store: Store, args: argparse.Namespace) -> int:
    if args.action == "list":
        rows = await queue_store.list_queue(store)
        if not rows:
            print("queue is empty")
        for row in rows:
            state = "held" if row["held"] else row["state"]
            print(
                f"{row['id']}  {_when(row['created'])}  {row['size']:>8}  <{visible(row['sender'])}> -> "
                f"<{visible(row['recipient'])}>  {state} tries={row['attempts']} {visible(row['last_error'])}"
            )
        return 0
    if args.action == "flush":
        print(f"{await queue_store.flush(store, time.time())} recipient(s) due now")
        return 0
    if args.action in ("hold-sender", "release-sender"):
        if not args.id:
            raise UsageError(f"mailmoat queue {args.action}: missing sender address")
        sender = args.id.strip().strip("<>")
        if args.action == "hold-sender":
            count = await queue_store.hold_sender(store, sender, "held by the operator", time.time())
            print(f"mail from <{sender}> is held ({count} queued message(s) now held)")
        else:
            count = await queue_store.release_sender(store, sender)
            print(f"mail from <{sender}> flows again ({count} message(s) released)")
        return 0
    scope = _queue_scope(args)
    if scope is not None:
        if args.action not in ("hold", "release", "delete") or args.id:
            raise UsageError(
                f"mailmoat queue {args.action}: --sender, --domain and --client go with hold, release "
                "or delete, instead of a message ID"
            )
        if args.action == "delete":
            count = await queue_store.delete_scope(store, scope)
        else:
            count = await queue_store.hold_scope(store, scope, args.action == "hold")
        done = {"hold": "held", "release": "released", "delete": "deleted"}[args.action]
        print(f"{count} message(s) {visible(scope.describe())} {done}")
        return 0
    if not args.id:
        raise UsageError(f"mailmoat queue {args.action}: missing message ID (see 'mailmoat queue list')")
    if args.action == "show":
        message = await queue_store.get_message(store, args.id)
        if message is None:
            raise UsageError(f"mailmoat queue show: no message {args.id}")
        print(
            f"id: {visible(message['id'])}\narrived: {_when(message['created'])}\n"
            f"client: [{visible(message['client_ip'])}] helo {visible(message['helo'])}\n"
            f"sender: <{visible(message['sender'])}>\nheld: {'yes' if message['held'] else 'no'}"
        )
        for rcpt in message["recipients"]:
            print(
                f"recipient: <{visible(rcpt['recipient'])}> via {visible(rcpt['route'])}: {rcpt['state']}, "
                f"tries {rcpt['attempts']}, next {_when(rcpt['next_attempt'])} {visible(rcpt['last_error'])}"
            )
        print()
        print(visible_lines(message["content"].decode("utf-8", "replace")))
        return 0
    action = {
        "hold": lambda: queue_store.set_held(store, args.id, True),
        "release": lambda: queue_store.set_held(store, args.id, False),
        "delete": lambda: queue_store.delete_message(store, args.id),
    }[args.action]
    if not await action():
        raise UsageError(f"mailmoat queue {args.action}: no message {args.id}")
    print(f"message {args.id}: {args.action} done")
    return 0


def _queue_scope(args: argparse.Namespace) -> queue_store.QueueScope | None:
    from .policy.names import parse_ip, validate_domain

    if args.sender is not None:
        sender = args.sender.strip().strip("<>")
        if "@" not in sender:
            raise UsageError(f"mailmoat queue {args.action}: --sender needs an address (local@domain)")
        return queue_store.QueueScope("sender", sender)
    if args.domain is not None:
        domain = args.domain.strip().lstrip("@").lower().rstrip(".")
        try:
            validate_domain(domain)
        except ValueError:
            raise UsageError(
                f"mailmoat queue {args.action}: --domain needs a domain name, not {args.domain!r}"
            ) from None
        return queue_store.QueueScope("domain", domain)  # as typed: the store asks its other IDNA form too
    if args.client is not None:
        address = parse_ip(args.client.strip().strip("[]"))
        if address is None:
            raise UsageError(f"mailmoat queue {args.action}: --client needs an IP address, not {args.client!r}")
        return queue_store.QueueScope("client", str(address))
    return None


async def cmd_log(store: Store, args: argparse.Namespace) -> int:
    for event in await recent_events(store, args.lines):
        parts = [
            _when(event["ts"]),
            event["session"] or "-",
            event["client_ip"] or "-",
            event["kind"],
            event["verdict"],
            event["sender"] and f"<{event['sender']}>",
            event["recipient"] and f"<{event['recipient']}>",
            event["reply"],
            event["rule"] and f"[{event['rule']}]",
        ]
        print("  ".join(visible(p) for p in parts if p))
    return 0


async def cmd_list(store: Store, args: argparse.Namespace) -> int:
    list_name = args.command
    now = time.time()
    if args.action == "list":
        entries = await lists_store.load_entries(store, list_name, args.kind)
        for e in entries:
            if e.expires is not None and e.expires <= now:
                continue
            value = ("." + e.value) if e.kind == "domain" and e.subdomains else e.value
            scope = e.scope.split(":", 1)[1] if e.scope else "(whole gateway)"
            expires = f" expires {_when(e.expires)}" if e.expires else ""
            last = f", last {_when(e.last_hit)}" if e.last_hit else ""
            mode = " MONITOR" if e.mode == "monitor" else ""
            print(
                f"{e.kind:<6} {visible(value):<40} {visible(scope):<28} {e.action:<10}{mode} hits {e.hits}{last}"
                f"{expires}  {visible(e.comment)}"
            )
        if not entries:
            print(f"{list_name} list is empty")
        return 0
    if args.action in ("import", "export"):
        path = args.kind or args.value
        if not path:
            raise UsageError(f"mailmoat {list_name} {args.action}: missing FILE")
        if args.action == "export":
            text = export_csv(await lists_store.load_entries(store, list_name), now)
            try:
                sys.stdout.write(text) if path == "-" else write_private(path, text)
            except OSError as exc:
                raise UsageError(f"mailmoat {list_name} export: {path}: {exc.strerror}") from None
            return 0
        try:
            text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8", errors="replace").read()
        except OSError as exc:
            raise UsageError(f"mailmoat {list_name} import: {path}: {exc.strerror}") from None
        parsed, errors = parse_entries(text, list_name, kind=args.import_kind, now=now)
        for error in errors[:20]:
            print(f"skipped {error}", file=sys.stderr)
        written = await lists_store.add_entries(store, parsed) if parsed else 0
        print(f"{written} {list_name} entries imported" + (f", {len(errors)} lines skipped" if errors else ""))
        return 0
    if not args.kind or not args.value:
        raise UsageError(f"mailmoat {list_name} {args.action}: need KIND VALUE (kind: ip, email, domain, user)")
    row = {
        "kind": args.kind,
        "value": args.value,
        "scope": args.scope or "",
        "comment": args.comment,
        "action": getattr(args, "list_action", "reject"),
        "expires": args.expires or "",
    }
    try:
        entry = entry_from_row(row, list_name, None, now)
    except ValueError as exc:
        raise UsageError(f"mailmoat {list_name} {args.action}: {exc}") from None
    if args.dry_run and args.action in ("add", "remove"):
        if args.action == "add":
            return await _dry_run_of(
                store,
                args,
                lambda policy: with_list_entry(
                    policy, {**entry, "list": list_name, "mode": "monitor" if args.monitor else "enforce"}
                ),
            )
        stored = [
            e
            for e in await lists_store.load_entries(store, list_name, entry["kind"])
            if e.value == entry["value"] and e.scope == entry["scope"]
        ]
        if not stored:
            raise UsageError(f"mailmoat {list_name} remove: no such entry ({args.kind} {args.value})")
        return await _dry_run_of(store, args, lambda policy: without_list_entry(policy, stored[0].id))
    if args.action == "add":
        entry["mode"] = "monitor" if args.monitor else "enforce"
        await lists_store.add_entries(store, [entry])
        where = entry["scope"].split(":", 1)[1] if entry["scope"] else "the whole gateway"
        print(
            f"{list_name}: {entry['kind']} {args.value.strip()} for {where}"
            + (f" until {_when(entry['expires'])}" if entry["expires"] else "")
            + (" (monitor only: it logs, it does not act)" if args.monitor else "")
        )
        return 0
    if args.action in ("monitor", "enforce"):
        if not await lists_store.set_mode(store, list_name, entry["kind"], entry["value"], entry["scope"], args.action):
            raise UsageError(f"mailmoat {list_name} {args.action}: no such entry ({args.kind} {args.value})")
        print(
            f"{list_name}: {args.kind} {args.value.strip()} now "
            + ("only logs what it would do" if args.action == "monitor" else "acts")
        )
        return 0
    if not await lists_store.remove_entry(store, list_name, entry["kind"], entry["value"], entry["scope"]):
        raise UsageError(f"mailmoat {list_name} remove: no such entry ({args.kind} {args.value})")
    print(f"{list_name}: {args.kind} {args.value.strip()} removed")
    return 0


async def cmd_dnsbl(store: Store, args: argparse.Namespace) -> int:
    from .policy.dnsbl import parse_codes, parse_weight, validate_zone

    if args.action == "list":
        zones = await dnsbl_store.load_zones(store)
        for z in zones:
            print(f"{z.kind:<6} {z.zone:<40} weight {z.weight:<6g} codes {z.codes or 'any 127.0.0.0/8'}")
        if not zones:
            print("no DNS blocklists")
        return 0
    if args.action == "check":
        return await _dnsbl_check(store, args.zone)
    if not args.zone:
        raise UsageError(f"mailmoat dnsbl {args.action}: missing ZONE")
    try:
        zone = validate_zone(args.zone)
        weight = parse_weight(args.weight)
        codes = ",".join(sorted(parse_codes(args.codes)))
    except ValueError as exc:
        raise UsageError(f"mailmoat dnsbl {args.action}: {exc}") from None
    if args.action == "add":
        await dnsbl_store.set_zone(store, zone, args.kind, weight, codes)
        what = {"ip": "client addresses", "domain": "sender domains", "uri": "link domains"}[args.kind]
        print(f"dnsbl {zone}: {what}, weight {weight:g}, codes {codes or 'any 127.0.0.0/8'}")
    elif not await dnsbl_store.remove_zone(store, zone):
        raise UsageError(f"mailmoat dnsbl remove: {zone} is not a configured zone")
    else:
        print(f"dnsbl {zone} removed")
    return 0


async def _dnsbl_check(store: Store, ip: str | None) -> int:
    """Exit 1 when the address is listed (for cron and monitoring), 0 when not, 2 when it cannot be asked."""
    from .delivery.mx import make_resolver
    from .monitor.selfcheck import check_own_address, describe
    from .policy.dnsbl import DnsblChecker
    from .policy.loader import load_snapshot
    from .policy.names import parse_ip

    policy = await load_snapshot(store)
    ip = ip or policy.settings.public_ip
    if not ip or parse_ip(ip) is None:
        raise UsageError("mailmoat dnsbl check: give an IP address, or set one: mailmoat set public_ip ADDRESS")
    if not any(z.kind == "ip" for z in policy.dnsbl_zones):
        raise UsageError("mailmoat dnsbl check: no DNSBL zones (mailmoat dnsbl add ZONE)")
    try:
        resolver = make_resolver(policy.settings.dns_nameservers)
    except ValueError as exc:
        raise UsageError(f"mailmoat dnsbl check: dns.nameservers: {exc}") from None
    verdict = await check_own_address(DnsblChecker(resolver), policy, ip)
    if verdict is None:  # checked above: there is an address and an IP zone
        raise UsageError("mailmoat dnsbl check: no address or no DNSBL zone to check")
    print(describe(verdict, ip))
    for hit in verdict.hits:
        print(f"  {hit.zone}: weight {hit.weight:g}")
    for zone in verdict.unanswered:
        print(f"  {zone}: no answer")
    return 1 if verdict.hits else 0


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {
    "init": cmd_init,
    "set": cmd_set,
    "get": cmd_get,
    "settings": cmd_settings,
    "domain": cmd_domain,
    "relay": cmd_relay,
    "route": cmd_route,
    "queue": cmd_queue,
    "log": cmd_log,
    "block": cmd_list,
    "allow": cmd_list,
    "dnsbl": cmd_dnsbl,
    **cli_content.COMMANDS,
    **cli_accounts.COMMANDS,
    **cli_recipients.COMMANDS,
    **cli_explain.COMMANDS,
    **cli_journal.COMMANDS,
    **cli_lint.COMMANDS,
    **cli_report.COMMANDS,
    **cli_dkim.COMMANDS,
    **cli_learn.COMMANDS,
}


def _domain_arg(value: str | None, command: str) -> str:
    if not value:
        raise UsageError(f"mailmoat {command}: missing domain name")
    try:
        return validate_domain(value)
    except ValueError as exc:
        raise UsageError(f"mailmoat {command}: {exc}") from None


def _when(ts: float) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S")
