"""A gateway and its upstream sink on their own event loop in a background thread.

For tests that drive it from ordinary blocking code, such as hypothesis's @given (which cannot run an async
test): the test thread talks to it over loopback sockets and runs coroutines on its loop with `call`.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent.futures import Future

from app.accounts.passwords import hash_password, make_hasher
from app.install import initialise
from app.runtime import event_loop_runner
from app.store import accounts as accounts_store
from app.store import relay as relay_store
from app.store import settings as settings_store
from app.store.database import Store

from tests.conftest import GatewayUnderTest, Sink, start_gateway

CHEAP = make_hasher(time_cost=1, memory_cost=1024, parallelism=1)


class LiveGateway:
    """A gateway for corp.example forwarding to a sink, with one account, running until `stop`."""

    def __init__(self, db: str, settings: dict[str, str], account: tuple[str, str] | None = None):
        self.db = db
        self.settings = settings
        self.account = account
        self.sink: Sink | None = None
        self.gut: GatewayUnderTest | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready: Future = Future()
        self._done: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name="live-gateway", daemon=True)

    @property
    def port(self) -> int:
        return self.gut.port

    def start(self) -> "LiveGateway":
        self._thread.start()
        self._ready.result(timeout=60)
        return self

    def call(self, coroutine, timeout: float = 30.0):
        """Runs a coroutine on the gateway's loop and returns its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def stop(self) -> None:
        if self._loop is not None and self._done is not None:
            self._loop.call_soon_threadsafe(self._done.set)
        self._thread.join(timeout=60)

    def _run(self) -> None:
        with event_loop_runner() as runner:  # the loop `mailmoat serve` runs on
            runner.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._done = asyncio.Event()
        try:
            self.sink = await Sink().start()
            store = await Store.open(self.db)
            await initialise(store, "mx.corp.example")
            await settings_store.set_setting(store, "upstream", self.sink.address)
            await settings_store.set_setting(store, "smarthost", self.sink.address)
            for key, value in self.settings.items():
                await settings_store.set_setting(store, key, value)
            await relay_store.add_local_domain(store, "corp.example")
            if self.account is not None:
                address, password = self.account
                await accounts_store.add_account(
                    store,
                    address,
                    hash_password(password, hasher=CHEAP),
                    "[]",
                    allow_weak=True,
                    aliases=[],
                    networks="",
                )
            await store.close()
            self.gut = await start_gateway(self.db)
        except BaseException as exc:
            self._ready.set_exception(exc)
            raise
        self._ready.set_result(None)
        await self._done.wait()
        await self.gut.gateway.stop(grace=1)
        await self.sink.stop()


def wait_until(predicate, timeout: float = 30.0, interval: float = 0.02):
    """Blocking wait_for (tests/conftest.py) for the test thread: a condition, never a sleep."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


class ErrorRecords(logging.Handler):
    """Collects every logged traceback and error from the gateway's loggers, whichever thread logs it."""

    WATCHED = ("app", "mail.log", "asyncio")  # ours, aiosmtpd's, and the loop's unhandled-exception reports

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        watched = any(record.name == name or record.name.startswith(name + ".") for name in self.WATCHED)
        # the loop's warnings too: "SSL connection is closed" and the like are writes after a hang-up
        level = logging.WARNING if record.name == "asyncio" else logging.ERROR
        if watched and (record.exc_info or record.levelno >= level):
            self.records.append(record)

    def take(self) -> list[str]:
        """The collected records as text (with their tracebacks), and a clean slate."""
        formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
        texts = [formatter.format(record) for record in self.records]
        self.records.clear()
        return texts
