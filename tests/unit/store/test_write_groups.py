"""Store.write_groups: one write transaction in one hand-over to SQLite's thread (the group commit's and the event
writer's), atomic, and safe beside another connection writing the same file, as serve --workers has."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from app.store.database import BUSY_TIMEOUT_MS, Store

INSERT = "INSERT INTO settings(key, value) VALUES(?, ?)"


async def _keys(store: Store, prefix: str) -> set[str]:
    rows = await store._fetchall("SELECT key FROM settings WHERE key LIKE ?", (f"{prefix}%",))
    return {row[0] for row in rows}


async def test_every_group_is_written_in_one_transaction_or_none_is(tmp_path):
    store = await Store.open(str(tmp_path / "m.db"))
    try:
        await store.write_groups([(INSERT, [("t.a", "1"), ("t.b", "2")]), (INSERT, [("t.c", "3")])])
        assert await _keys(store, "t.") == {"t.a", "t.b", "t.c"}
        with pytest.raises(sqlite3.IntegrityError):  # t.a exists: the whole transaction is rolled back
            await store.write_groups([(INSERT, [("u.a", "1")]), (INSERT, [("t.a", "again")])])
        assert await _keys(store, "u.") == set()
        await store.write_groups([(INSERT, [("u.b", "1")])])  # the connection is usable after the failure
        assert await _keys(store, "u.") == {"u.b"}
    finally:
        await store.close()


async def test_a_read_left_open_on_the_connection_does_not_lose_the_write(tmp_path):
    store = await Store.open(str(tmp_path / "m.db"))
    try:
        await store.write_groups([(INSERT, [(f"r.{i}", str(i)) for i in range(5)])])
        await store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # its row never read: a statement left open
        await store.write_groups([(INSERT, [("r.new", "x")])])
        assert "r.new" in await _keys(store, "r.")
    finally:
        await store.close()


async def test_two_connections_writing_one_file_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "m.db")
    first, second = await Store.open(path), await Store.open(path)
    try:

        async def write(store: Store, name: str) -> None:
            for batch in range(40):
                await store.write_groups([(INSERT, [(f"w.{name}.{batch}.{i}", "v") for i in range(5)])])

        await asyncio.gather(write(first, "one"), write(second, "two"))
        assert len(await _keys(first, "w.")) == 2 * 40 * 5
    finally:
        await first.close()
        await second.close()


async def test_a_read_held_open_through_the_write_fails_it_without_wedging_the_database(tmp_path):
    path = str(tmp_path / "m.db")
    store, other = await Store.open(path), await Store.open(path)
    try:
        held = await store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # unread and still referenced
        try:
            await store.write_groups([(INSERT, [("h.a", "1")])])
        except sqlite3.OperationalError:
            pass  # refused while the read is open: an error the group commit retries, never a transaction left open
        assert not store.conn._conn.in_transaction
        await other.write_groups([(INSERT, [("h.other", "1")])])  # the write lock was given back
        await held.close()
        await store.write_groups([(INSERT, [("h.b", "1")])])
        assert {"h.other", "h.b"} <= await _keys(store, "h.")
    finally:
        await store.close()
        await other.close()


async def test_the_thread_path_is_there_and_the_busy_timeout_is_given_back(tmp_path):
    store = await Store.open(str(tmp_path / "m.db"))
    try:
        assert callable(getattr(store.conn, "_execute", None)), "aiosqlite changed: write_groups lost its fast path"
        await store.write_groups([(INSERT, [("b.a", "1")])])
        assert (await store._fetchall("PRAGMA busy_timeout"))[0][0] == BUSY_TIMEOUT_MS
    finally:
        await store.close()


async def test_a_task_cancelled_while_its_begin_waits_leaves_no_transaction_open(tmp_path):
    store = await Store.open(str(tmp_path / "m.db"))
    try:
        for _ in range(20):  # the cancel lands at BEGIN, or just after it, whichever the thread reaches first

            async def write() -> None:
                async with store.transaction() as conn:
                    await conn.execute(INSERT, ("c.never", "x"))

            task = asyncio.create_task(write())
            await asyncio.sleep(0)  # the task is now waiting for its BEGIN on the SQLite thread
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await store.write_groups([(INSERT, [(f"c.{_}", "1")])])  # a heartbeat's next beat, say
        assert not store.conn._conn.in_transaction
        assert len(await _keys(store, "c.")) == 20 and "c.never" not in await _keys(store, "c.")
    finally:
        await store.close()
