"""The one database, an SQLite file or a PostgreSQL URL: connection, migrations, transactions and group commit."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiosqlite
import asyncpg

from .dialect import POSTGRES, SQLITE, file_beside, is_postgres_url
from .migrations import MIGRATIONS, POSTGRES_MIGRATIONS
from .notices import PolicyNotices
from .postgres import PgConnection, unreachable
from .postgres import connect as connect_postgres
from .rows import execute_repaired

Statement = tuple[str, Sequence[Any]]
IMPORT_CHUNK = 5000  # rows per transaction of a bulk import
IMPORT_PAUSE = 0.05  # seconds between two chunks: longer than SQLite's busy-handler naps, so a waiting writer gets in
BUSY_TIMEOUT_MS = 10000
# A one-hop write transaction (Store.write_groups) that finds another process writing asks again after these naps
# rather than through SQLite's busy handler, whose naps grow 1, 2, 5, 10, 15 ms while a one-hop transaction of
# another worker holds the lock for a fraction of a millisecond.
_BEGIN_NAP_FIRST = 0.0002
_BEGIN_NAP_MOST = 0.002

# aiosqlite's DEBUG lines carry every statement's parameters: secret settings, message content, addresses.
logging.getLogger("aiosqlite").setLevel(logging.INFO)


# Settings whose values the journal must never hold. app.policy.settings fills this from its declarations
# (SettingSpec.secret); every open records them in the database, whose journal triggers then leave them out.
SECRET_SETTINGS: set[str] = set()


class StoreError(Exception):
    """The database cannot be opened or is not a Mailmoat database."""


# What a query may raise for the database's own sake (damage, a server gone), after a good open.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, asyncpg.PostgresError, asyncpg.InterfaceError)


def display_target(target: str) -> str:
    """A database path, or a URL without its password."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", target)


def describe_database_error(path: str, exc: Exception) -> str:
    """One line for a database error; a damaged SQLite file gets the way to save what is left."""
    name, what = getattr(exc, "sqlite_errorname", ""), " ".join(str(exc).split())
    if not isinstance(exc, sqlite3.Error):
        return f"{display_target(path)}: {what or type(exc).__name__}"
    recover = f"'sqlite3 {path} .recover | sqlite3 recovered.db'"
    if name.startswith("SQLITE_NOTADB") or "not a database" in what:
        return f"{path}: {what} (if it was a Mailmoat database, its first page is damaged: try {recover})"
    if name.startswith("SQLITE_CORRUPT") or "malformed" in what:
        return f"{path}: {what}: the file is damaged; save what is left with {recover} and use recovered.db"
    return f"{path}: {what}"


def log_failure(logger: logging.Logger, message: str, *args: object, exc: BaseException | None = None) -> None:
    """`exc` (by default the one being handled) in the log: the database server out of reach in one line (a
    PostgreSQL outage repeats it every second: a traceback each time would bury the log), anything else with its
    traceback."""
    exc = exc if exc is not None else sys.exc_info()[1]
    if exc is not None and unreachable(exc):
        logger.error(f"{message}: the database is unreachable (%s: %s)", *args, type(exc).__name__, exc)
    else:
        logger.error(message, *args, exc_info=exc or True)


def _has_content(path: str) -> bool:
    with contextlib.suppress(OSError):
        return os.path.getsize(path) > 0
    return False


@dataclass
class _Batch:
    statements: list[Statement]
    done: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class Store:
    """One writer connection; every transaction holds the lock.

    Durable writes that many sessions make at once (queued messages, delivery
    results) go through `commit_batched`, which folds concurrent callers into a
    single transaction and fsync: group commit.
    """

    def __init__(self, conn: aiosqlite.Connection | PgConnection, path: str):
        self.conn: Any = conn
        self.path = path  # the file, or the postgresql:// URL
        self.dialect = POSTGRES if isinstance(conn, PgConnection) else SQLITE
        self.lock = asyncio.Lock()
        self._pending: list[_Batch] = []
        self._wake = asyncio.Event()
        self._committer: asyncio.Task | None = None
        self._closing = False
        self.journal_actor: str | None = None  # who is changing policy through this connection (CLI, dashboard)
        self.journal_change: int | None = None  # this command's change number, once it has one
        self.journal_group = False  # True: every transaction of this connection is one change (a CLI command)

    @classmethod
    async def open(cls, path: str | os.PathLike, *, create: bool = True) -> "Store":
        path = str(path)
        if is_postgres_url(path):
            return await cls._open_postgres(path, create=create)
        exists = os.path.exists(path)
        if not exists and not create:
            raise StoreError(f"no database at {path} (run 'mailmoat init' first)")
        if not exists:
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            except OSError as exc:
                raise StoreError(f"cannot create {path}: {exc.strerror}") from None
        if os.path.isdir(path):
            raise StoreError(f"{path} is a directory, not a database file")
        if exists and not create and not _has_content(path) and not _has_content(path + "-wal"):
            raise StoreError(
                f"{path} is an empty file, not a Mailmoat database ('mailmoat --db {path} init' makes a new one there)"
            )
        connection = aiosqlite.connect(path, isolation_level=None)
        # A store left open on an error path must not keep the process alive (its thread is not a daemon).
        with contextlib.suppress(AttributeError):
            connection._thread.daemon = True
        try:
            conn = await connection
        except sqlite3.Error as exc:
            raise StoreError(describe_database_error(path, exc)) from None
        store = cls(conn, path)
        try:
            conn.row_factory = sqlite3.Row
            await conn.execute_fetchall(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await conn.execute_fetchall("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = FULL")
            await conn.execute("PRAGMA foreign_keys = ON")
            if await store._schema_version() == 0:
                if await conn.execute_fetchall("SELECT 1 FROM sqlite_master LIMIT 1"):
                    raise StoreError(f"{path} is an SQLite database of something else, not Mailmoat's")
                if not create:
                    raise StoreError(f"{path} is not a Mailmoat database ('mailmoat --db {path} init' makes one)")
            await store.migrate()
            await store._record_secret_settings()
        except (sqlite3.Error, StoreError) as exc:
            await conn.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(describe_database_error(path, exc)) from None
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.chmod(path + suffix, 0o600)
        return store

    @classmethod
    async def _open_postgres(cls, url: str, *, create: bool) -> "Store":
        shown = display_target(url)
        try:
            raw = await connect_postgres(url)
        except (OSError, asyncio.TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
            raise StoreError(f"{shown}: cannot connect: {' '.join(str(exc).split()) or type(exc).__name__}") from None
        store = cls(PgConnection(raw, url), url)
        try:
            if await store._schema_version() == 0:
                tables = await raw.fetchval(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                    "AND table_name != 'schema_version'"
                )
                if tables:
                    raise StoreError(f"{shown} holds tables of something else, not Mailmoat's")
                if not create:
                    raise StoreError(f"{shown} is not a Mailmoat database ('mailmoat --db URL init' makes one)")
            await store.migrate()
            await store._record_secret_settings()
        except (asyncpg.PostgresError, asyncpg.InterfaceError, StoreError) as exc:
            await raw.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"{shown}: {' '.join(str(exc).split())}") from None
        return store

    def file_beside(self, suffix: str) -> str:
        return file_beside(self.path, suffix)

    async def _schema_version(self) -> int:
        if self.dialect == POSTGRES:
            raw = self.conn.raw
            await raw.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
            return await raw.fetchval("SELECT max(version) FROM schema_version") or 0
        return list(await self.conn.execute_fetchall("PRAGMA user_version"))[0][0]

    async def _set_schema_version(self, conn: Any, version: int) -> None:
        if self.dialect == POSTGRES:
            await conn.raw.execute("DELETE FROM schema_version")
            await conn.raw.execute("INSERT INTO schema_version(version) VALUES($1)", version)
        else:
            await conn.execute(f"PRAGMA user_version = {version}")

    async def check_integrity(self) -> None:
        """Reads every page (PRAGMA quick_check: about 0.5 s for 140 MB); raises StoreError if one is damaged.
        PostgreSQL checks its own pages (data checksums, if the cluster has them): nothing to do here."""
        if self.dialect == POSTGRES:
            return
        try:
            rows = await self._fetchall("PRAGMA quick_check(1)")
        except sqlite3.Error as exc:
            raise StoreError(describe_database_error(self.path, exc)) from None
        if rows[0][0] != "ok":
            raise StoreError(
                describe_database_error(
                    self.path, sqlite3.DatabaseError(f"database disk image is malformed ({rows[0][0]})")
                )
            )

    async def migrate(self) -> int:
        version = await self._schema_version()
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{display_target(self.path)} has schema {version}, newer than this Mailmoat ({len(MIGRATIONS)})"
            )
        for number in range(version, len(MIGRATIONS)):
            async with self.transaction() as conn:
                if self.dialect == POSTGRES:  # a whole script at once: its functions' bodies hold semicolons
                    await conn.raw.execute(POSTGRES_MIGRATIONS[number])
                else:
                    for statement in _split_sql(MIGRATIONS[number]):
                        await conn.execute(statement)
                await self._set_schema_version(conn, number + 1)
        return len(MIGRATIONS)

    async def _record_secret_settings(self) -> None:
        """Only ever adds: a process that declares fewer secrets never un-marks one. A newly marked key's
        values are scrubbed from the journal (a trigger), and secure_delete zeroes the bytes they leave."""
        known = {row[0] for row in await self._fetchall("SELECT key FROM secret_settings")}
        if not SECRET_SETTINGS - known:
            return
        rows = [(key,) for key in sorted(SECRET_SETTINGS - known)]
        if self.dialect == POSTGRES:  # old row versions go at the next VACUUM
            async with self.transaction() as conn:
                await conn.executemany("INSERT OR IGNORE INTO secret_settings(key) VALUES(?)", rows)
            return
        await self.conn.execute_fetchall("PRAGMA secure_delete = ON")
        try:
            async with self.transaction() as conn:
                await conn.executemany("INSERT OR IGNORE INTO secret_settings(key) VALUES(?)", rows)
        finally:
            await self.conn.execute_fetchall("PRAGMA secure_delete = OFF")
        await self.conn.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")  # old page images leave the WAL too

    async def close(self) -> None:
        self._closing = True
        self._wake.set()
        if self._committer is not None:
            await self._committer  # never cancelled mid-transaction: waiters were promised durability
            self._committer = None
        await self._flush_pending()
        await self.conn.close()

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Any]:  # aiosqlite.Connection or PgConnection
        """One write transaction. While `journal_actor` is set, the policy changes it makes are journaled
        under that name, as a new change (or, with journal_group, all as the connection's one change)."""
        async with self.lock:
            try:
                # BEGIN and COMMIT inside the try: a task cancelled while either waits on the SQLite thread (the
                # heartbeat at a gateway's stop) rolls back behind it, never leaving the connection in a transaction
                await self.conn.execute("BEGIN IMMEDIATE")
                if self.journal_actor is not None:
                    change = self.journal_change
                    if change is None:
                        await self.conn.execute("UPDATE journal_context SET last_change = last_change + 1")
                        cursor = await self.conn.execute("SELECT last_change FROM journal_context")
                        change = (await cursor.fetchone() or (None,))[0]  # journal_context has its one row
                        if self.journal_group:
                            self.journal_change = change
                    await self.conn.execute(
                        "UPDATE journal_context SET actor = ?, change = ? WHERE id = 1", (self.journal_actor, change)
                    )
                yield self.conn
                if self.journal_actor is not None:
                    await self.conn.execute("UPDATE journal_context SET actor = NULL, change = NULL WHERE id = 1")
                await self.conn.execute("COMMIT")
            except BaseException:
                await self._rollback()
                raise

    async def _rollback(self) -> None:
        """ROLLBACK after a failure. Its own failure never hides the first one: no transaction left (the BEGIN
        failed, or the COMMIT went through before its task was cancelled), or the server gone with it."""
        with contextlib.suppress(Exception):
            await self.conn.execute("ROLLBACK")

    async def write_groups(self, groups: Sequence[tuple[str, Sequence[Sequence[Any]]]]) -> None:
        """One write transaction of `executemany(sql, rows)` for each (sql, rows) of `groups`. On SQLite, begun,
        run and committed on the connection's thread in one hand-over: a transaction made of several awaits
        holds SQLite's write lock while this process's event loop comes back round to it, and with several
        workers on one file (serve --workers) the others wait that long (two workers' BEGIN IMMEDIATE waited
        7-9 ms on average under the 20 KB load, one worker's ~2 ms). Raises what the transaction raised,
        rolled back."""
        run_in_thread = getattr(self.conn, "_execute", None)  # aiosqlite's: a function run on its SQLite thread
        if self.dialect == SQLITE and run_in_thread is not None and self.journal_actor is None:
            async with self.lock:
                work = asyncio.ensure_future(run_in_thread(_write_groups_on_thread, self.conn._conn, groups))
                try:
                    if await asyncio.shield(work):
                        return
                except asyncio.CancelledError:
                    await asyncio.wait(
                        {work}
                    )  # the thread commits or rolls back regardless: the lock is held till then
                    raise
        # PostgreSQL, a journaled change, or a COMMIT refused beside a read left open: the awaited transaction
        async with self.transaction() as conn:
            for sql, rows in groups:
                await conn.executemany(sql, rows)

    async def write_in_chunks(
        self,
        sql: str,
        rows: Sequence[Sequence[Any]],
        *,
        last: Sequence[Statement] = (),
        chunk: int = IMPORT_CHUNK,
        pause: float = IMPORT_PAUSE,
    ) -> None:
        """`sql` for every row of `rows`, in transactions of `chunk` rows with a pause between them, the `last`
        statements in the final one: a bulk import never holds the database for long, so a gateway writing to
        the same file (its queue, its log) waits at most one chunk. With journal_group set, all chunks are one
        change."""
        for start in range(0, max(len(rows), 1), chunk):
            if start:
                await asyncio.sleep(pause)
            async with self.transaction() as conn:
                await conn.executemany(sql, rows[start : start + chunk])
                if start + chunk >= len(rows):
                    for statement, params in last:
                        await conn.execute(statement, params)

    # The raw statements are private to store/: the other rooms call the store's functions (tests/unit/test_rooms.py).
    async def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        async with self.lock:
            return list(await self.conn.execute_fetchall(sql, params))

    async def _fetchone(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        rows = await self._fetchall(sql, params)
        return rows[0] if rows else None

    async def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row; None when there is no row."""
        row = await self._fetchone(sql, params)
        return None if row is None else row[0]

    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """One statement in its own transaction; returns the number of rows changed."""
        async with self.transaction() as conn:
            cursor = await conn.execute(sql, params)
            return cursor.rowcount

    def policy_notices(self) -> PolicyNotices | None:
        """On PostgreSQL, what tells of policy changes as other connections commit them (used as `async with`);
        None on SQLite, where `data_version` is read instead."""
        return PolicyNotices(self) if self.dialect == POSTGRES else None

    async def data_version(self) -> int:
        """Changes when another connection (the CLI, another process) commits. On PostgreSQL: when a journaled
        policy change commits (a gateway listens to `policy_notices` there instead)."""
        if self.dialect == POSTGRES:
            return int(await self._scalar("SELECT last_change FROM journal_context WHERE id = 1") or 0)
        async with self.lock:
            # one call: a cursor left open by a cancelled await would pin an old read snapshot
            rows = list(await self.conn.execute_fetchall("PRAGMA data_version"))
        return rows[0][0]

    async def commit_batched(self, statements: Iterable[Statement]) -> None:
        """Runs the statements in a transaction shared with concurrent callers.

        Statements of different callers must be independent: identical SQL from
        several callers is folded into one executemany, in first-seen order.

        Returns once the transaction is durable (synchronous=FULL), so a caller
        may promise delivery afterwards. Raises if the shared transaction failed.
        """
        if self._committer is None or self._committer.done():
            self._committer = asyncio.get_running_loop().create_task(self._commit_loop())
        batch = _Batch(list(statements))
        self._pending.append(batch)
        self._wake.set()
        await batch.done

    async def _commit_loop(self) -> None:
        while not (self._closing and not self._pending):
            await self._wake.wait()
            self._wake.clear()
            await self._flush_pending()

    async def _flush_pending(self) -> None:
        while self._pending:
            batches, self._pending = self._pending, []
            grouped: dict[str, list[Sequence[Any]]] = {}
            for batch in batches:
                for sql, params in batch.statements:
                    grouped.setdefault(sql, []).append(params)
            try:
                await self.write_groups(list(grouped.items()))
            except Exception:
                # One bad batch must not fail its neighbours: retry each alone.
                for batch in batches:
                    await self._commit_alone(batch)
                continue
            for batch in batches:
                if not batch.done.done():
                    batch.done.set_result(None)

    async def _commit_alone(self, batch: _Batch) -> None:
        try:
            async with self.transaction() as conn:
                for sql, params in batch.statements:
                    await execute_repaired(conn, sql, params)  # a value SQLite refuses is repaired, not fatal
        except Exception as exc:
            if not batch.done.done():
                batch.done.set_exception(exc)
        else:
            if not batch.done.done():
                batch.done.set_result(None)


def _write_groups_on_thread(conn: sqlite3.Connection, groups: Sequence[tuple[str, Sequence[Sequence[Any]]]]) -> bool:
    """True when committed; False when SQLite refused the COMMIT because a statement of an earlier read is
    still open on the connection (rolled back: the caller writes again the awaited way)."""
    try:
        _begin_immediate_with_short_naps(conn)
        for sql, rows in groups:
            conn.executemany(sql, rows)
        conn.execute("COMMIT")
        return True
    except sqlite3.OperationalError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if "statements in progress" in str(exc):
            return False
        raise
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _begin_immediate_with_short_naps(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE on `conn` (on its own thread), asked again after short naps while another connection
    writes, for BUSY_TIMEOUT_MS at most; then "database is locked", as SQLite's own busy handler would raise."""
    conn.execute("PRAGMA busy_timeout = 0").fetchall()  # fetched: a PRAGMA's row left unread holds a statement open
    try:
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        nap = _BEGIN_NAP_FIRST
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11 and later: the extended code
                busy = code & 0xFF == sqlite3.SQLITE_BUSY if code is not None else "database is locked" in str(exc)
                if not busy or time.monotonic() >= deadline:
                    raise
            time.sleep(nap)
            nap = min(nap * 2, _BEGIN_NAP_MOST)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}").fetchall()


def _split_sql(script: str) -> list[str]:
    """Statements of a script; a trigger's BEGIN ... END with its inner semicolons stays one statement."""
    statements, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                statements.append(buffer.strip()[:-1].strip())
            buffer = ""
    if buffer.strip(" \n\t;"):
        statements.append(buffer.strip().rstrip(";"))
    return statements
