"""Argument parsing for `mailmoat`; each command hands over to the room that owns the work."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import getpass
import logging
import os
import sqlite3
import sys
from collections.abc import Awaitable, Callable
from typing import NoReturn

from ..admin import AdminError
from ..install import initialise
from ..policy.settings import SPECS, SettingError, check_order, spec_for, validate
from ..policy.names import validate_domain
from ..safe_text import terminal_guard, visible
from ..store import dnsbl as dnsbl_store
from ..store import settings as settings_store
from ..store.database import Store, StoreError, describe_database_error
from ..store.events import recent_events
from ..usage import UsageError
from . import (
    accounts as cli_accounts,
    content as cli_content,
    dkim as cli_dkim,
    explain as cli_explain,
    journal as cli_journal,
    learn as cli_learn,
    lists as cli_lists,
    lint as cli_lint,
    queue as cli_queue,
    recipients as cli_recipients,
    relay as cli_relay,
    report as cli_report,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, never the whole usage text
        raise UsageError(f"{self.prog}: {' '.join(message.split())}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mailmoat", description="Mailmoat mail-security gateway")
    parser.add_argument(
        "--db",
        default=os.environ.get("MAILMOAT_DB", "mailmoat.db"),
        help="database file (default: $MAILMOAT_DB, then ./mailmoat.db)",
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

    cli_relay.add_parsers(commands)
    cli_queue.add_parsers(commands)
    cli_lists.add_parsers(commands)
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


def main(argv: list[str] | None = None) -> int:
    db_path = "the database"
    try:
        args = build_parser().parse_args(argv)
        db_path = args.db
        if args.command is None:
            args.command, args.listen, args.demo = "run", None, False
        if args.command == "relaytest":
            from ..relaytest import relaytest_command

            with terminal_guard():
                return relaytest_command(args.target, args.domain)
        if args.command == "serve":
            from ..runtime import event_loop_runner, serve
            from ..supervisor import worker_count

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
            from ..runtime import event_loop_runner
            from ..ui.run import attach_dashboard, run_with_dashboard

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
    except sqlite3.Error as exc:  # a damaged page found by a query, after the open went well
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
    from ..demo import seed_demo_db

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
    from ..supervisor import supervise

    return await supervise(db, listen, workers)


async def _run_command(args: argparse.Namespace) -> int:
    store = await Store.open(args.db, create=args.command == "init")
    store.journal_actor = f"{getpass.getuser()} (mailmoat {args.command})"
    store.journal_group = True  # everything this command changes is one change
    try:
        return await COMMANDS[args.command](store, args)
    except AdminError as exc:  # the admin layer's refusal, said as the command that was typed
        action = getattr(args, "action", None)
        raise UsageError(f"mailmoat {args.command}{f' {action}' if isinstance(action, str) else ''}: {exc}") from None
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
        from ..monitor.preview import preview_thresholds

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


async def cmd_dnsbl(store: Store, args: argparse.Namespace) -> int:
    from ..policy.dnsbl import parse_codes, parse_weight, validate_zone

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
    from ..delivery.mx import make_resolver
    from ..monitor.selfcheck import check_own_address, describe
    from ..policy.dnsbl import DnsblChecker
    from ..policy.loader import load_snapshot
    from ..policy.names import parse_ip

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
    "log": cmd_log,
    "dnsbl": cmd_dnsbl,
    **cli_relay.COMMANDS,
    **cli_queue.COMMANDS,
    **cli_lists.COMMANDS,
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
