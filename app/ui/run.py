"""`mailmoat run` (gateway and dashboard on one loop) and `mailmoat tui` (attached to another process)."""
from __future__ import annotations

import asyncio
import contextlib
import signal

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
    try:
        host, port = await gateway.start(listen)
    except (OSError, ValueError) as exc:
        await gateway.store.close()
        raise RuntimeError(f"cannot listen on {listen!r}: {getattr(exc, 'strerror', None) or exc}") from None
    if demo:
        from ..demo import Demo
        try:
            demo_handle = await Demo.start(gateway, host, port)
        except (OSError, ValueError) as exc:
            await gateway.stop(grace=0)
            raise RuntimeError(f"cannot start the demo: {exc}") from None
    feed = BusFeed(gateway.store, gateway.bus)
    app = MailmoatApp(Backend(gateway.store, gateway.policy, attached=False), feed, in_process=True)
    gateway.policy.listeners.append(lambda _snapshot: app.policy_changed())
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, lambda: app.exit("stop"))
    choice = await app.run_async()
    feed.close()
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


async def attach_dashboard(db_path: str) -> int:
    store = await Store.open(db_path, create=False)
    app = MailmoatApp(Backend(store, None, attached=True), DatabaseFeed(store), in_process=False)
    watcher = asyncio.get_running_loop().create_task(_watch_other_processes(store, app))
    try:
        await app.run_async()
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
        await store.close()
    return 0


async def _watch_other_processes(store: Store, app: MailmoatApp) -> None:
    last = await store.data_version()
    while True:
        await asyncio.sleep(1.0)
        with contextlib.suppress(Exception):
            version = await store.data_version()
            if version != last:
                last = version
                app.policy_changed()
