"""Argument parsing for `mailmoat`; each command hands over to the room that owns the work."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from typing import NoReturn, TypeVar

from ..admin import AdminError
from ..policy.settings import spec_for
from ..safe_text import terminal_guard, visible
from ..store import settings as settings_store
from ..store.database import DATABASE_ERRORS, Store, StoreError, describe_database_error
from ..store.workers import NODE_ENVIRONMENT, set_node
from ..usage import UsageError
from . import (
    accounts as cli_accounts,
    content as cli_content,
    dnsbl as cli_dnsbl,
    dkim as cli_dkim,
    explain as cli_explain,
    journal as cli_journal,
    learn as cli_learn,
    lists as cli_lists,
    log as cli_log,
    migrate as cli_migrate,
    lint as cli_lint,
    queue as cli_queue,
    recipients as cli_recipients,
    relay as cli_relay,
    report as cli_report,
    settings as cli_settings,
)

T = TypeVar("T")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, never the whole usage text
        raise UsageError(f"{self.prog}: {' '.join(message.split())}")


NODE_HELP = (
    f"the node (gateway box) this process belongs to, told apart on a shared PostgreSQL "
    f"(default: ${NODE_ENVIRONMENT}, then the host name)"
)


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
        default="auto",
        help="gateway processes sharing the port and the database (default auto: one per core; 1: one process)",
    )
    serve.add_argument("--node", metavar="NAME", help=NODE_HELP)
    serve.add_argument("--worker", type=int, help=argparse.SUPPRESS)  # set by the supervisor for its workers
    serve.add_argument("--ready-fd", type=int, help=argparse.SUPPRESS)
    run = commands.add_parser("run", help="run the gateway with its dashboard (the default command)")
    run.add_argument("--listen", metavar="HOST:PORT")
    run.add_argument("--demo", action="store_true", help="also start a demo upstream and demo traffic")
    run.add_argument("--node", metavar="NAME", help=NODE_HELP)
    commands.add_parser("tui", help="the dashboard alone, attached to a gateway running from the same database")

    cli_settings.add_parsers(commands)
    cli_dnsbl.add_parsers(commands)
    cli_log.add_parsers(commands)
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
    cli_migrate.add_parsers(commands)

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
        if args.command in ("serve", "run"):
            _name_the_node(args)
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
                    listen = runner.run(_with_init(args.db, lambda: _listen_of(args.db, args.listen)))
                else:
                    return runner.run(_with_init(args.db, lambda: serve(args.db, args.listen)))
            from ..supervisor import handover

            handover(args.db, listen, workers)  # does not return
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
            if args.command == "migrate":  # two databases, neither of them --db
                return asyncio.run(cli_migrate.run(args))
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


def _name_the_node(args: argparse.Namespace) -> None:
    """The node this gateway belongs to (its worker ids, events and heartbeats carry it), checked before anything
    starts."""
    try:
        set_node(getattr(args, "node", None))
    except ValueError as exc:
        raise UsageError(f"mailmoat {args.command}: --node or ${NODE_ENVIRONMENT}: {exc}") from None


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


async def _with_init(db: str, body: Callable[[], Awaitable[T]], *, create: bool = False) -> T:
    """Upgrades the database and reads every page of it before the gateway starts on it."""
    store = await Store.open(db, create=create)  # applies migrations
    try:
        await store.check_integrity()
    finally:
        await store.close()
    return await body()


async def _listen_of(db: str, listen: str | None) -> str:
    """`--listen` as given, else the database's setting."""
    if listen is not None:
        return listen
    store = await Store.open(db, create=False)
    try:
        listen_spec = spec_for("listen")
        assert listen_spec is not None
        return await settings_store.get_setting(store, "listen") or listen_spec.default
    finally:
        await store.close()


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


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {
    **cli_settings.COMMANDS,
    **cli_dnsbl.COMMANDS,
    **cli_log.COMMANDS,
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
