"""`mailmoat run` (gateway and dashboard on one loop) and `mailmoat tui` (attached to another process)."""
from __future__ import annotations

import asyncio
import getpass
import signal
import time

from textual import work

from ..runtime import Gateway
from ..store.database import Store
from .app import MailmoatApp
from .backend import Backend
from .feed import BusFeed, DatabaseFeed


async def run_with_dashboard(db_path: str, listen: str | None, *, demo: bool = False) -> int:
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
    demo_handle = None
    host, port = await gateway.start(listen)
    if demo:
        from ..demo import Demo
        try:
            demo_handle = await Demo.start(gateway, host, port)
        except (OSError, ValueError) as exc:
            await gateway.stop(grace=0)
            raise RuntimeError(f"cannot start the demo: {exc}") from None
    feed = BusFeed(gateway.store, gateway.bus)
    # The dashboard writes through a connection of its own, so its changes are journaled as the operator's
    # and never mixed up with the gateway's bookkeeping.
    operator_store = await Store.open(gateway.store.path, create=False)
    operator_store.journal_actor = f"{getpass.getuser()} (dashboard)"
    app = MailmoatApp(Backend(operator_store, gateway.policy, attached=False), feed, in_process=True)
    gateway.policy.listeners.append(lambda _snapshot: app.policy_changed())
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, lambda: app.exit("stop"))
    choice = await app.run_async()
    feed.close()
    await operator_store.close()
    if choice == "keep":
        print(f"mailmoat: dashboard closed; the gateway keeps serving on {host}:{port}. "
              "Stop it with SIGTERM or ctrl+c.", flush=True)
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
    if demo_handle is not None:
        await demo_handle.stop()
    print("mailmoat: draining", flush=True)
    await gateway.stop()
    print("mailmoat: stopped", flush=True)
    return 0


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
        if self._checking:
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
