"""A PostgreSQL connection (asyncpg) behind the face of aiosqlite's that the table modules use.

`execute`, `executemany`, `execute_fetchall` and a cursor with `fetchone`, `fetchall`, `rowcount` and
`lastrowid`; every statement goes through dialect.to_postgres. Rows are asyncpg Records: by index and by name,
as sqlite3.Row. A failed statement aborts PostgreSQL's whole transaction, where SQLite's goes on: the store's
callers that go on after a refused row (rows.py) use `execute_guarded`, which runs it under a savepoint.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable, Sequence
from typing import Any

import asyncpg

from .dialect import returns_new_id, to_postgres

_RETURNS_ROWS = re.compile(r"^\s*(SELECT|WITH|VALUES|SHOW)\b|\bRETURNING\b", re.I | re.S)


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


async def connect(url: str) -> asyncpg.Connection:
    conn = await asyncpg.connect(url, timeout=30)
    await conn.execute("SET client_min_messages = warning")
    return conn


class PgConnection:
    """One connection; lost (the server restarted, the network broke), it is made anew at the next statement
    outside a transaction. The transaction it was lost in fails, so its callers answer 451 and retry."""

    def __init__(self, conn: asyncpg.Connection, url: str):
        self.raw = conn
        self.url = url

    async def _live(self) -> None:
        if self.raw.is_closed():
            self.raw = await connect(self.url)

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        if not params and re.fullmatch(r"\s*(BEGIN(\s+\w+)?|COMMIT|ROLLBACK)\s*", sql, re.I):
            if sql.strip().upper() == "ROLLBACK" and self.raw.is_closed():
                return PgCursor([], -1, None)  # the transaction went with the connection
            if sql.strip().upper().startswith("BEGIN"):
                await self._live()
            await self.raw.execute(to_postgres(sql))
            return PgCursor([], -1, None)
        if not self.raw.is_in_transaction():
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
            rows = await self.raw.fetch(statement, *params)
            lastrowid = rows[-1][0] if new_id and rows else None
            return PgCursor(rows, len(rows), lastrowid)
        status = await self.raw.execute(statement, *params) if params else await self.raw.execute(statement)
        return PgCursor([], _count(status), None)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(row) for row in rows]
        if not self.raw.is_in_transaction():
            await self._live()
        if rows:
            await self.raw.executemany(to_postgres(sql), rows)

    async def _guarded(self, run, *args):
        """Inside a transaction, a failing statement is rolled back alone (a savepoint), as in SQLite."""
        if not self.raw.is_in_transaction():
            await self._live()
            return await run(*args)
        await self.raw.execute("SAVEPOINT statement")
        try:
            result = await run(*args)
        except BaseException:
            await self.raw.execute("ROLLBACK TO SAVEPOINT statement")
            raise
        await self.raw.execute("RELEASE SAVEPOINT statement")
        return result

    async def execute_fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[asyncpg.Record]:
        if not self.raw.is_in_transaction():
            await self._live()
        return await self.raw.fetch(to_postgres(sql), *params)

    async def close(self) -> None:
        await self.raw.close()
