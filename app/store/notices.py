"""Policy changes as they commit, on PostgreSQL: LISTEN on dialect.POLICY_CHANNEL (the policy tables' triggers
NOTIFY it) on a connection of its own, the store's own being busy with transactions.

`changed` is set when another connection commits a policy change; the store's own commits are left out, as
SQLite's data_version leaves them out (whoever writes through the store reloads for itself). When the listening
connection is lost, or cannot be made as the gateway starts, it is tried again after `RETRY` seconds, then
after twice as long each time up to `RETRY_MAX`, and `changed` is set once it is back: what was committed
while it was away was not heard.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import TYPE_CHECKING, Any

import asyncpg

from .dialect import POLICY_CHANNEL
from .postgres import connect

if TYPE_CHECKING:
    from .database import Store

log = logging.getLogger(__name__)
RETRY = 1.0  # seconds before the first attempt to listen again; the wait doubles up to RETRY_MAX
RETRY_MAX = 10.0


class PolicyNotices:
    def __init__(self, store: Store):
        self.store = store
        self.changed = asyncio.Event()
        self._listener: asyncpg.Connection | None = None
        self._lost = asyncio.Event()
        self._keeper: asyncio.Task | None = None

    async def __aenter__(self) -> "PolicyNotices":
        try:
            await self._listen()
        except Exception as exc:  # the server is down as the gateway starts: the keeper tries again
            self._lost.set()
            log.warning("policy notices: cannot listen (%s: %s)", type(exc).__name__, exc)
        self._keeper = asyncio.get_running_loop().create_task(self._keep_listening())
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        if self._keeper is not None:
            self._keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._keeper
        if self._listener is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._listener.close(), timeout=5)

    async def _listen(self) -> None:
        self._lost.clear()
        listener = await connect(self.store.path)
        try:
            listener.add_termination_listener(lambda _conn: self._lost.set())
            await listener.add_listener(POLICY_CHANNEL, self._notified)
        except BaseException:
            listener.terminate()
            raise
        self._listener = listener

    def _notified(self, _conn: Any, pid: int, _channel: str, _table: str) -> None:
        own = self.store.conn.raw
        if own.is_closed() or pid != own.get_server_pid():
            self.changed.set()

    async def _keep_listening(self) -> None:
        while True:
            await self._lost.wait()
            log.warning("policy notices: not listening to the database; trying again")
            wait, since = RETRY, time.monotonic()
            while True:
                await asyncio.sleep(wait)
                try:
                    await self._listen()
                except Exception:
                    wait = min(2 * wait, RETRY_MAX)
                    continue
                log.warning("policy notices: listening again after %.0f s; reloading", time.monotonic() - since)
                self.changed.set()  # what was committed meanwhile went unheard
                break
