"""Policy changes as they commit, on PostgreSQL: LISTEN on dialect.POLICY_CHANNEL (the policy tables' triggers
NOTIFY it) on a connection of its own, the store's own being busy with transactions.

`changed` is set when another connection commits a policy change; the store's own commits are left out, as
SQLite's data_version leaves them out (whoever writes through the store reloads for itself). When the listening
connection is lost, it is made anew every `RETRY` seconds, and `changed` is set once it is back: what was
committed while it was away was not heard.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

import asyncpg

from .dialect import POLICY_CHANNEL
from .postgres import connect

if TYPE_CHECKING:
    from .database import Store

log = logging.getLogger(__name__)
RETRY = 1.0  # seconds between two attempts to listen again
LISTEN_ERRORS = (OSError, asyncio.TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError)


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
        except LISTEN_ERRORS:
            self._lost.set()  # the keeper tries again
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
        listener.add_termination_listener(lambda _conn: self._lost.set())
        await listener.add_listener(POLICY_CHANNEL, self._notified)
        self._listener = listener

    def _notified(self, _conn: Any, pid: int, _channel: str, _table: str) -> None:
        own = self.store.conn.raw
        if own.is_closed() or pid != own.get_server_pid():
            self.changed.set()

    async def _keep_listening(self) -> None:
        while True:
            await self._lost.wait()
            log.warning("policy notices: the connection to the database was lost; listening again")
            while True:
                await asyncio.sleep(RETRY)
                try:
                    await self._listen()
                except LISTEN_ERRORS:
                    continue
                self.changed.set()  # what was committed meanwhile went unheard
                break
