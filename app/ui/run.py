"""`mailmoat run` (gateway and dashboard on one loop) and `mailmoat tui` (attached to another process)."""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import logging
import os
import signal
import time
import traceback

from ..policy.snapshot import PolicySnapshot
from ..runtime import Gateway, say
from ..store.database import Store
from .app import MailmoatApp
from .backend import Backend
from .feed import BusFeed, DatabaseFeed
from .terminal import release_terminal
from .workers import work

log = logging.getLogger(__name__)
APP_EXIT_GRACE = 5.0  # seconds the dashboard has to close after SIGTERM before the gateway drains without it


async def run_with_dashboard(db_path: str, listen: str | None, *, demo: bool = False) -> int:
    """The gateway with the dashboard on one loop. The dashboard may end (quit with "keep", an error, a lost
    terminal) and the gateway goes on serving headless; only SIGTERM, SIGINT or quit with "stop" end it."""
    if demo:
        from ..demo import prepare_demo_db

        store = await Store.open(db_path, create=False)
        try:
            await prepare_demo_db(store)
        except ValueError as exc:
            raise RuntimeError(str(exc)) from None
        finally:
            await store.close()
    gateway = await Gateway.open(db_path)
    gateway.writer.worker = gateway.runner.worker_id  # a dashboard attached from another node tells its sessions
    demo_handle = None
    host, port = await gateway.start(listen)
    if demo:
        from ..demo import Demo

        try:
            demo_handle = await Demo.start(gateway, host, port)
        except (OSError, ValueError) as exc:
            await gateway.stop(grace=0)
            raise RuntimeError(f"cannot start the demo: {exc}") from None
    try:
        await _dashboard_then_headless(gateway, db_path, f"{host}:{port}")
    finally:
        # Whatever happened above (even a failed print to a dead terminal), the gateway drains and the store
        # closes: a store left open keeps a thread that would hold the process forever.
        if demo_handle is not None:
            with contextlib.suppress(Exception):
                await demo_handle.stop()
        say("mailmoat: draining")
        await gateway.stop()
        say("mailmoat: stopped")
    return 0


async def _dashboard_then_headless(gateway: Gateway, db_path: str, address: str) -> None:
    """The dashboard, then (unless it was told to stop the gateway) headless until SIGTERM or SIGINT."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    app: MailmoatApp | None = None

    def stop_signal() -> None:
        stop.set()
        if app is not None and app.is_running:
            app.exit("stop")

    def hangup() -> None:
        if app is not None and app.is_running:
            app.terminal_lost("SIGHUP: the terminal hung up")
        else:
            log.warning("SIGHUP: the terminal is gone; the gateway keeps serving on %s", address)
            release_terminal()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop_signal)
    loop.add_signal_handler(signal.SIGHUP, hangup)
    try:
        feed = BusFeed(gateway.store, gateway.bus)
        # The dashboard writes through a connection of its own, so its changes are journaled as the
        # operator's and never mixed up with the gateway's bookkeeping.
        operator_store = await Store.open(gateway.store.path, create=False)
        operator_store.journal_actor = f"{getpass.getuser()} (dashboard)"
        app = MailmoatApp(Backend(operator_store, gateway.policy, attached=False), feed, in_process=True)

        def tell_dashboard(_snapshot: PolicySnapshot) -> None:
            if app.is_running:
                app.policy_changed()

        gateway.policy.listeners.append(tell_dashboard)
        try:
            choice = await _run_app(app, stop)
        finally:
            feed.close()
            await operator_store.close()
        if stop.is_set() or choice == "stop":
            return
        if app.lost_terminal:
            release_terminal()
            log.warning(
                "dashboard closed (%s); the gateway keeps serving headless on %s. "
                "Attach a dashboard with `mailmoat --db %s tui`; stop it with SIGTERM.",
                app.lost_terminal,
                address,
                db_path,
            )
        elif app.failure is not None:
            await _report_failure(gateway, app.failure, db_path, address)
        else:
            say(f"mailmoat: dashboard closed; the gateway keeps serving on {address}. Stop it with SIGTERM or ctrl+c.")
        await stop.wait()
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            loop.remove_signal_handler(sig)


async def _run_app(app: MailmoatApp, stop: asyncio.Event) -> str | None:
    """Runs the dashboard until it ends, or until a stop signal and at most APP_EXIT_GRACE seconds more.
    Never raises: an error is recorded in app.failure."""
    task = asyncio.ensure_future(app.run_async())
    stopping = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not task.done():
            app.exit("stop")  # again: the signal may have come before the app was running
            done, _ = await asyncio.wait({task}, timeout=APP_EXIT_GRACE)
            if not done:
                log.error("dashboard: still running %g s after the stop signal; left behind", APP_EXIT_GRACE)
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
                return "stop"
        return task.result()
    except Exception as exc:  # raised outside the app's own handlers, e.g. while starting or restoring the terminal
        if app.failure is None:
            app.failure = exc
            log.error("dashboard: unhandled error, the dashboard closes", exc_info=exc)
        return None
    finally:
        stopping.cancel()


async def _report_failure(gateway: Gateway, failure: BaseException, db_path: str, address: str) -> None:
    """The dashboard died of an error: the operator learns it now (if the terminal is there), in the log, and
    as an open alert that the next dashboard shows."""
    what = f"{type(failure).__name__}: {failure}"
    log_file = run_log_path()
    where = f" (traceback in {log_file})" if log_file else ""
    log.warning(
        "the dashboard failed; the gateway keeps serving headless on %s. Attach a dashboard with "
        "`mailmoat --db %s tui`; stop it with SIGTERM.",
        address,
        db_path,
    )
    with contextlib.suppress(Exception):
        alerts = gateway.handler.alerts  # None only before the gateway serves
        if alerts is not None:
            await alerts.raise_alert(
                "dashboard_failed",
                "dashboard",
                "warning",
                f"The dashboard of mailmoat run (pid {os.getpid()}) stopped on an error, {what[:300]}; the gateway "
                f"kept serving.{where}",
                {"error": what, "traceback": "".join(traceback.format_exception(failure))},
            )
    say(
        f"mailmoat: the dashboard failed: {what}{where}.\n"
        f"mailmoat: the gateway keeps serving on {address}. Attach a dashboard with `mailmoat --db {db_path} tui`; "
        "stop the gateway with SIGTERM or ctrl+c."
    )


def run_log_path() -> str:
    """The file the root logger writes to, if any (see cli: `run` logs next to the database)."""
    for handler in logging.getLogger().handlers:
        name = getattr(handler, "baseFilename", "")
        if name and name != os.path.abspath(os.devnull):
            return name
    return ""


class AttachedDashboard(MailmoatApp):
    """`mailmoat tui`: opens the database on the app's own loop and follows the process that serves it."""

    def __init__(self, db_path: str, *, clock=time.time) -> None:
        super().__init__(None, None, in_process=False, clock=clock)
        self.db_path = db_path
        self.store: Store | None = None
        self._data_version = 0
        self._checking = False

    async def prepare(self) -> None:
        self.store = await Store.open(self.db_path, create=False)
        self.store.journal_actor = f"{getpass.getuser()} (dashboard)"
        self.backend = Backend(self.store, None, attached=True, clock=self.clock)
        self.feed = DatabaseFeed(self.store)
        self._data_version = await self.store.data_version()
        self.set_interval(1.0, self.notice_other_processes)

    @work(group="data-version")
    async def notice_other_processes(self) -> None:
        if self._checking or self.store is None:  # store: None once the dashboard has closed it
            return  # the previous check is still waiting for a busy loop; never cancel it mid-query
        self._checking = True
        try:
            version = await self.store.data_version()
        finally:
            self._checking = False
        if version != self._data_version:
            self._data_version = version
            self.policy_changed()

    async def on_unmount(self) -> None:
        if self.store is not None:
            await self.store.close()
            self.store = None


async def attach_dashboard(db_path: str) -> int:
    await (await Store.open(db_path, create=False)).close()  # a missing database fails here, before the screen
    await AttachedDashboard(db_path).run_async()
    return 0
