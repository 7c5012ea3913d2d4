"""The database: migrations, file mode, group commit, retention; the store-level tests run on SQLite and on
PostgreSQL (tests/support/postgres.py's `database` fixture)."""

from __future__ import annotations

import asyncio
import os
import stat
import time

import pytest

from app.store.database import Store, StoreError
from app.store.events import prune_events, recent_events, write_events
from app.store.migrations import MIGRATIONS
from app.store.queue import NewMessage, enqueue_statements, list_queue, new_queue_id
from app.monitor.events import Event
from tests.support.postgres import database, postgres_server, postgres_url  # noqa: F401 (fixtures)
from tests.conftest import db_execute, db_rows


async def test_new_database_is_private_and_fully_migrated(tmp_path):
    path = tmp_path / "m.db"
    store = await Store.open(path)
    try:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        (version,) = await (await store.conn.execute("PRAGMA user_version")).fetchone()
        assert version == len(MIGRATIONS)
        (mode,) = await (await store.conn.execute("PRAGMA journal_mode")).fetchone()
        assert mode == "wal"
    finally:
        await store.close()
    reopened = await Store.open(path)  # idempotent
    assert await reopened.migrate() == len(MIGRATIONS)
    await reopened.close()


async def test_refuses_a_database_from_a_newer_mailmoat_and_a_non_database(tmp_path):
    path = tmp_path / "new.db"
    store = await Store.open(path)
    await store.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    await store.close()
    with pytest.raises(StoreError, match="newer"):
        await Store.open(path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        await Store.open(junk)
    with pytest.raises(StoreError, match="mailmoat init"):
        await Store.open(tmp_path / "missing.db", create=False)


def _message(i: int, recipients=(("bob@corp.example", "upstream"),)) -> NewMessage:
    return NewMessage(
        id=new_queue_id(),
        created=time.time(),
        sender=f"s{i}@x.example",
        client_ip="127.0.0.1",
        helo="h",
        content=b"Subject: %d\r\n\r\nbody\r\n" % i,
        recipients=list(recipients),
    )


async def test_group_commit_folds_concurrent_writers_and_isolates_a_bad_one(database):
    store = await Store.open(database)
    try:
        good = [_message(i) for i in range(50)]
        duplicate = _message(99)
        await store.commit_batched(enqueue_statements(duplicate))
        results = await asyncio.gather(
            *(store.commit_batched(enqueue_statements(m)) for m in good),
            store.commit_batched(enqueue_statements(duplicate)),
            return_exceptions=True,
        )
        assert all(r is None for r in results[:-1])
        assert isinstance(results[-1], Exception)  # primary key clash: only that writer fails
        assert len({row["id"] for row in await list_queue(store)}) == 51
    finally:
        await store.close()


async def test_queue_ids_sort_by_arrival_and_are_unique():
    ids = [new_queue_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    prefixes = [i[:10] for i in ids]
    assert prefixes == sorted(prefixes)


async def test_event_retention_by_age_and_by_rows(database):
    store = await Store.open(database)
    try:
        now = time.time()
        rows = [Event(session="s", kind="connect", ts=now - 40 * 86400).row()] + [
            Event(session="s", kind="rcpt", recipient=str(i), ts=now - 10 + i).row() for i in range(10)
        ]
        await write_events(store, rows)
        await prune_events(store, older_than=now - 30 * 86400, keep_rows=5)
        kept = await recent_events(store, 100)
        assert len(kept) == 5 and all(e["kind"] == "rcpt" for e in kept)
        assert [e["recipient"] for e in kept] == ["5", "6", "7", "8", "9"]  # the newest survive
    finally:
        await store.close()


async def test_postgres_database_is_migrated_once_and_refused_when_newer_or_foreign(postgres_server):
    url = postgres_server.url(postgres_server.create_database())
    store = await Store.open(url)
    try:
        assert await store.migrate() == len(MIGRATIONS)
        assert await db_rows(store, "SELECT version FROM schema_version") == [(len(MIGRATIONS),)]
    finally:
        await store.close()
    reopened = await Store.open(url, create=False)  # idempotent
    await db_execute(reopened, "UPDATE schema_version SET version = ?", (len(MIGRATIONS) + 1,))
    await reopened.close()
    with pytest.raises(StoreError, match="newer"):
        await Store.open(url)
    foreign = postgres_server.create_database()
    postgres_server.sql("CREATE TABLE invoices (id int)", foreign)
    with pytest.raises(StoreError, match="something else"):
        await Store.open(postgres_server.url(foreign))
    with pytest.raises(StoreError, match="not a Mailmoat database"):
        await Store.open(postgres_server.url(postgres_server.create_database()), create=False)
    with pytest.raises(StoreError, match="cannot connect"):
        await Store.open(f"postgresql://nobody:secret@127.0.0.1:{postgres_server.port}/none")
