"""A PostgreSQL connection (asyncpg) behind the face of aiosqlite's that the table modules use.

`execute`, `executemany`, `execute_fetchall` and a cursor with `fetchone`, `fetchall`, `rowcount` and
`lastrowid`; every statement goes through dialect.to_postgres. Rows are asyncpg Records: by index and by name,
as sqlite3.Row. A failed statement aborts PostgreSQL's whole transaction, where SQLite's goes on: the store's
callers that go on after a refused row (rows.py) use `execute_guarded`, which runs it under a savepoint.
Every statement is bounded (`statement_timeout`): a server that froze, or a network that dropped without a reset,
fails it as a lost server would, where it would otherwise wait minutes for the TCP timeout, and every session
behind it. The store's own raw calls (migrations, transfer.py's bulk copy) are not bounded.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, TypeVar

import asyncpg

from .dialect import returns_new_id, to_postgres

_RETURNS_ROWS = re.compile(r"^\s*(SELECT|WITH|VALUES|SHOW)\b|\bRETURNING\b", re.I | re.S)

STATEMENT_TIMEOUT = 30.0  # seconds a statement (or a reconnect) may wait on the server
STATEMENT_TIMEOUT_ENVIRONMENT = "MAILMOAT_PG_STATEMENT_TIMEOUT"  # another bound, in seconds (the tests' is short)
CONNECT_TIMEOUT = 30.0  # seconds for the other connects (Store.open, the policy notices' listener)

T = TypeVar("T")


def statement_timeout() -> float:
    """STATEMENT_TIMEOUT, or the positive number of seconds the environment gives instead."""
    try:
        seconds = float(os.environ.get(STATEMENT_TIMEOUT_ENVIRONMENT) or STATEMENT_TIMEOUT)
    except ValueError:
        return STATEMENT_TIMEOUT
    return seconds if seconds > 0 else STATEMENT_TIMEOUT


def unreachable(exc: BaseException) -> bool:
    """The database server is down, restarting or cut off: the statement failed and nothing of its transaction
    was committed. An outage, for one line in the log, not a fault, for a traceback."""
    if isinstance(exc, asyncpg.InterfaceError):
        return "closed" in str(exc)  # "connection is closed"; the others are mistakes of ours
    return isinstance(
        exc,
        (OSError, asyncio.TimeoutError, asyncpg.PostgresConnectionError, asyncpg.exceptions.OperatorInterventionError),
    )


class PgCursor:
    def __init__(self, rows: list[asyncpg.Record], rowcount: int, lastrowid: int | None):
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    async def fetchone(self) -> asyncpg.Record | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    async def fetchall(self) -> list[asyncpg.Record]:
        rows, self._next = self._rows[self._next :], len(self._rows)
        return rows

    async def close(self) -> None:
        self._rows = []


def _count(status: str) -> int:
    """Rows a command changed, from its status ("INSERT 0 1", "UPDATE 3"); -1 when it says none."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else -1


async def connect(url: str, timeout: float = CONNECT_TIMEOUT) -> asyncpg.Connection:
    conn = await asyncpg.connect(url, timeout=timeout)
    try:
        await conn.execute("SET client_min_messages = warning", timeout=timeout)
    except BaseException:
        conn.terminate()
        raise
    return conn


class PgConnection:
    """One connection; lost (the server restarted, the network broke), it is made anew at the next statement
    outside a transaction. The transaction it was lost in fails, so its callers answer 451 and retry. A statement
    the server does not answer within `timeout` seconds counts as lost too: it fails and the connection is dropped."""

    def __init__(self, conn: asyncpg.Connection, url: str, timeout: float | None = None):
        self.raw = conn
        self.url = url
        self.timeout = timeout if timeout is not None else statement_timeout()
        self._terminated: bool | None = None  # dropped after a timeout: whether in a transaction; else None
        self._next_connect = 0.0  # a connect timed out: the next waits until then (time.monotonic())

    def _in_transaction(self) -> bool:
        """asyncpg's answer; a connection we terminated has none, so ours, from when we did."""
        return self._terminated if self._terminated is not None else self.raw.is_in_transaction()

    async def _live(self) -> None:
        """Connected anew if the connection was lost. A server that did not answer the last connect is not asked
        again for `timeout` seconds: the statements meanwhile fail at once, instead of each holding the store
        for the timeout (and every session behind it)."""
        if not self.raw.is_closed():
            return
        if time.monotonic() < self._next_connect:
            raise asyncio.TimeoutError("the database server did not answer the last connect; waiting to try again")
        try:
            self.raw = await connect(self.url, self.timeout)
        except asyncio.TimeoutError:
            self._next_connect = time.monotonic() + self.timeout
            raise asyncio.TimeoutError(f"the database server did not answer a connect in {self.timeout:g} s") from None
        self._terminated = None

    async def _bounded(self, call: Callable[..., Awaitable[T]], *args: Any) -> T:
        """`call(*args)` on the connection within the timeout; past it the connection is dropped (asyncpg would
        otherwise wait on, for the frozen server to take its cancel request), and the next statement outside a
        transaction connects anew."""
        try:
            return await call(*args, timeout=self.timeout)
        except asyncio.TimeoutError:
            self._terminated = self.raw.is_in_transaction()
            self.raw.terminate()
            raise asyncio.TimeoutError(f"no answer from the database server in {self.timeout:g} s") from None

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        if not params and re.fullmatch(r"\s*(BEGIN(\s+\w+)?|COMMIT|ROLLBACK)\s*", sql, re.I):
            if sql.strip().upper() == "ROLLBACK" and self.raw.is_closed():
                if self._terminated:
                    self._terminated = False
                return PgCursor([], -1, None)  # the transaction went with the connection
            begin = sql.strip().upper().startswith("BEGIN")
            if begin:
                await self._live()
            try:
                await self._bounded(self.raw.execute, to_postgres(sql))
            finally:
                if not begin and self._terminated:
                    self._terminated = False  # a COMMIT or ROLLBACK ends the transaction, answered or not
            return PgCursor([], -1, None)
        if not self._in_transaction():
            await self._live()
        return await self._run(*self._prepared(sql, params))

    async def execute_guarded(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        """`execute`, and if the statement fails the transaction is as it was before it (a savepoint)."""
        return await self._guarded(self._run, *self._prepared(sql, params))

    @staticmethod
    def _prepared(sql: str, params: Sequence[Any]) -> tuple[str, tuple, bool]:
        new_id = returns_new_id(sql)
        return to_postgres(sql) + (" RETURNING id" if new_id else ""), tuple(params), new_id

    async def _run(self, statement: str, params: tuple, new_id: bool) -> PgCursor:
        if new_id or _RETURNS_ROWS.search(statement):
            rows = await self._bounded(self.raw.fetch, statement, *params)
            lastrowid = rows[-1][0] if new_id and rows else None
            return PgCursor(rows, len(rows), lastrowid)
        status = await self._bounded(self.raw.execute, statement, *params)
        return PgCursor([], _count(status), None)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(row) for row in rows]
        if not self._in_transaction():
            await self._live()
        if rows:
            await self._bounded(self.raw.executemany, to_postgres(sql), rows)

    async def _guarded(self, run, *args):
        """Inside a transaction, a failing statement is rolled back alone (a savepoint), as in SQLite."""
        if not self._in_transaction():
            await self._live()
            return await run(*args)
        await self._bounded(self.raw.execute, "SAVEPOINT statement")
        try:
            result = await run(*args)
        except BaseException:
            if not self.raw.is_closed():  # else the transaction went with the connection
                await self._bounded(self.raw.execute, "ROLLBACK TO SAVEPOINT statement")
            raise
        await self._bounded(self.raw.execute, "RELEASE SAVEPOINT statement")
        return result

    async def execute_fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[asyncpg.Record]:
        if not self._in_transaction():
            await self._live()
        return await self._bounded(self.raw.fetch, to_postgres(sql), *params)

    async def close(self) -> None:
        await self.raw.close()
