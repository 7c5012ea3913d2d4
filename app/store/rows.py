"""One row the database refuses never holds back the rows behind it.

A row is refused for what it holds (text with a lone surrogate, an integer past 64 bits, a value of a type
SQLite cannot bind, a constraint it breaks), not because the database is unwell. Such a row is repaired
once (text made valid Unicode by app.safe_text.wire_text, other odd values stored as their text) and, if
the repaired row is refused too, dropped and counted. Errors of the database itself (locked, full,
read-only, corrupt) are not a row's fault: they propagate, and the caller keeps its rows for a retry.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import asyncpg

from ..safe_text import REPLACEMENT, wire_text

if TYPE_CHECKING:
    import aiosqlite

    from .database import Store

log = logging.getLogger(__name__)

# What binding or inserting one bad row raises (UnicodeEncodeError is a ValueError).
ROW_ERRORS = (
    ValueError,
    TypeError,
    OverflowError,
    sqlite3.InterfaceError,
    sqlite3.ProgrammingError,
    sqlite3.IntegrityError,
    sqlite3.DataError,
    asyncpg.DataError,  # PostgreSQL: a value of the wrong type or encoding (class 22)
    asyncpg.IntegrityConstraintViolationError,  # class 23
)
_INT64 = range(-(2**63), 2**63)


@dataclass
class RowsWritten:
    stored: int = 0
    repaired: int = 0
    dropped: int = 0


def repaired(params: Sequence[Any]) -> tuple | None:
    """The parameters with every value SQLite may refuse made storable; None when nothing needed it."""
    fixed: list[Any] = []
    changed = False
    for value in params:
        if value is None or isinstance(value, (float, bytes)) or (isinstance(value, int) and value in _INT64):
            fixed.append(value)
            continue
        text = wire_text(value) if isinstance(value, str) else wire_text(str(value))
        text = text.replace("\x00", REPLACEMENT)  # PostgreSQL's text holds no NUL (SQLite's does)
        changed = changed or text != value
        fixed.append(text)
    return tuple(fixed) if changed else None


async def _execute_alone(conn: "aiosqlite.Connection", sql: str, params: Sequence[Any]) -> Any:
    """One statement whose failure leaves the transaction as it was: SQLite's way; on PostgreSQL, where a failed
    statement aborts the transaction, under a savepoint (PgConnection.execute_guarded)."""
    return await getattr(conn, "execute_guarded", conn.execute)(sql, params)


async def execute_repaired(conn: "aiosqlite.Connection", sql: str, params: Sequence[Any]) -> "aiosqlite.Cursor":
    """One statement; a row refused for its values is repaired and tried once more (else the error stands)."""
    try:
        return await _execute_alone(conn, sql, params)
    except ROW_ERRORS as exc:
        fixed = repaired(params)
        if fixed is None:
            raise
        cursor = await _execute_alone(conn, sql, fixed)
        log.warning("a row refused by the database (%s) was stored repaired: %s", type(exc).__name__, sql[:60])
        return cursor


async def executemany_isolated(store: "Store", sql: str, rows: Sequence[Sequence[Any]], what: str) -> RowsWritten:
    """The rows in one transaction; if one is refused, row by row in one transaction, where a refused row
    is repaired or else dropped, and the rest are stored. Logs one warning with the counts."""
    try:
        await store.write_groups([(sql, rows)])
        return RowsWritten(stored=len(rows))
    except ROW_ERRORS:
        pass
    written = RowsWritten()
    async with store.transaction() as conn:
        for row in rows:
            try:
                await _execute_alone(conn, sql, row)
                written.stored += 1
            except ROW_ERRORS:
                if await _stored_repaired(conn, sql, row):
                    written.repaired += 1
                else:
                    written.dropped += 1
    if written.repaired or written.dropped:
        log.warning(
            "%s: %d row(s) refused by the database: %d stored repaired, %d dropped; %d stored as they were",
            what,
            written.repaired + written.dropped,
            written.repaired,
            written.dropped,
            written.stored,
        )
    return written


async def _stored_repaired(conn: "aiosqlite.Connection", sql: str, row: Sequence[Any]) -> bool:
    fixed = repaired(row)
    if fixed is None:
        return False
    try:
        await _execute_alone(conn, sql, fixed)
    except ROW_ERRORS:
        return False
    return True
