"""PolicyHolder.reload: overlapping reloads never leave older rows in force."""

from __future__ import annotations

import asyncio
import sqlite3

from app.policy import loader
from app.policy.loader import PolicyHolder
from app.store import lists as lists_store
from app.store.database import Store
from app.install import initialise
from tests.conftest import wait_for


async def test_a_load_begun_before_a_write_cannot_overwrite_the_reload_after_it(tmp_path, monkeypatch):
    store = await Store.open(tmp_path / "policy.db")
    await initialise(store, "mx.corp.example")
    holder = await PolicyHolder.load(store)
    real_load = loader.load_snapshot
    read_old_rows = asyncio.Event()
    release_old_load = asyncio.Event()

    async def first_load_is_slow(store, previous=None):
        snapshot = await real_load(store, previous)
        if not read_old_rows.is_set():  # the watcher's load: it has read the rows before the write below
            read_old_rows.set()
            await release_old_load.wait()
        return snapshot

    monkeypatch.setattr(loader, "load_snapshot", first_load_is_slow)
    watcher_reload = asyncio.create_task(holder.reload())
    await read_old_rows.wait()
    await lists_store.add_entries(store, [{"list": "block", "kind": "ip", "value": "192.0.2.7", "subdomains": False}])
    writer_reload = asyncio.create_task(holder.reload())  # the dashboard's reload after its write
    # give the writer's reload the chance to finish first (unserialised, it would: then the old load lands last)
    await asyncio.wait({writer_reload}, timeout=0.5)
    release_old_load.set()
    await asyncio.gather(watcher_reload, writer_reload)
    assert holder.current.lists.block.size == 1  # the older load finished last, and did not win
    await store.close()


async def test_reloads_asked_while_one_runs_share_the_next_load(tmp_path, monkeypatch):
    store = await Store.open(tmp_path / "policy.db")
    await initialise(store, "mx.corp.example")
    holder = await PolicyHolder.load(store)
    real_load = loader.load_snapshot
    loads = 0
    started = asyncio.Event()
    release = asyncio.Event()

    async def counted(store, previous=None):
        nonlocal loads
        loads += 1
        started.set()
        await release.wait()
        return await real_load(store, previous)

    monkeypatch.setattr(loader, "load_snapshot", counted)
    first = asyncio.create_task(holder.reload())
    await started.wait()
    waiting = [asyncio.create_task(holder.reload()) for _ in range(5)]
    await asyncio.sleep(0)
    release.set()
    await asyncio.gather(first, *waiting)
    assert loads == 2  # the one running, then one for all five that asked meanwhile
    await store.close()


async def test_the_sqlite_watcher_outlives_a_first_read_that_fails(tmp_path, monkeypatch, caplog):
    """The database is locked (or the disk away) as the watcher starts: it tries again, and a change another
    process commits afterwards still reloads the policy."""
    store = await Store.open(tmp_path / "policy.db")
    await initialise(store, "mx.corp.example")
    holder = await PolicyHolder.load(store)
    real_version = store.data_version
    failures = 2

    async def locked_at_first() -> int:
        nonlocal failures
        if failures:
            failures -= 1
            raise sqlite3.OperationalError("database is locked")
        return await real_version()

    monkeypatch.setattr(store, "data_version", locked_at_first)
    watcher = asyncio.create_task(holder.watch(interval=0.01))
    other = await Store.open(tmp_path / "policy.db")
    try:
        await wait_for(lambda: failures == 0)
        await lists_store.add_entries(other, [{"list": "block", "kind": "ip", "value": "192.0.2.7"}])
        await wait_for(lambda: holder.current.lists.block.size == 1)
        assert not watcher.done()
        assert "cannot read the database's change counter" in caplog.text
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        await other.close()
        await store.close()


async def test_a_change_whose_reload_fails_is_loaded_when_the_database_answers_again(tmp_path, monkeypatch, caplog):
    """The watcher saw another process's commit, but loading the policy met a locked database: the change must not
    be dropped until some later commit; it is in force once a load succeeds, and the failure is one log line."""
    store = await Store.open(tmp_path / "policy.db")
    await initialise(store, "mx.corp.example")
    holder = await PolicyHolder.load(store)
    real_load = loader.load_snapshot
    failures = 3

    async def locked_twice(store, previous=None):
        nonlocal failures
        if failures:
            failures -= 1
            raise sqlite3.OperationalError("database is locked")
        return await real_load(store, previous)

    real_version = store.data_version
    reads = 0

    async def counted_version() -> int:
        nonlocal reads
        version = await real_version()
        reads += 1
        return version

    monkeypatch.setattr(store, "data_version", counted_version)
    monkeypatch.setattr(loader, "load_snapshot", locked_twice)  # the first read of the counter loads nothing
    watcher = asyncio.create_task(holder.watch(interval=0.01))
    other = await Store.open(tmp_path / "policy.db")
    try:
        await wait_for(lambda: reads >= 1)  # the watcher holds its first mark of the counter
        await lists_store.add_entries(other, [{"list": "block", "kind": "ip", "value": "192.0.2.7"}])
        await wait_for(lambda: holder.current.lists.block.size == 1)
        assert failures == 0 and not watcher.done()
        assert caplog.text.count("could not load the changed policy") == 1
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        await other.close()
        await store.close()
