"""The store's PostgreSQL statements are bounded (app/store/postgres.py): the backend serving its connection frozen
(SIGSTOP) fails a statement with a TimeoutError, which log_failure reports as an outage; the transaction it was in is
gone, not half-committed; and the next statement connects anew while the old backend is still frozen."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal

import pytest

from app.store.database import Store, log_failure
from app.store.postgres import STATEMENT_TIMEOUT_ENVIRONMENT
from tests.conftest import db_execute, db_rows
from tests.support.postgres import postgres_server, postgres_url  # noqa: F401 (fixtures)


@contextlib.contextmanager
def stopped(pid: int):
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


async def test_a_frozen_backend_times_out_rolls_back_and_the_store_connects_anew(postgres_url, monkeypatch, caplog):
    monkeypatch.setenv(STATEMENT_TIMEOUT_ENVIRONMENT, "2")
    store = await Store.open(postgres_url)
    try:
        await db_execute(store, "CREATE TABLE frozen_probe (n INTEGER)")
        backend = (await db_rows(store, "SELECT pg_backend_pid()"))[0][0]
        try:
            with pytest.raises(asyncio.TimeoutError) as failure:
                async with store.transaction() as conn:
                    await conn.execute("INSERT INTO frozen_probe(n) VALUES(?)", (1,))
                    os.kill(backend, signal.SIGSTOP)  # frozen with the transaction's first row in it
                    await conn.execute("INSERT INTO frozen_probe(n) VALUES(?)", (9,))
            log_failure(logging.getLogger("probe"), "write failed", exc=failure.value)
            # a new backend answers while the old one is still stopped
            await db_execute(store, "INSERT INTO frozen_probe(n) VALUES(?)", (2,))
            again = (await db_rows(store, "SELECT pg_backend_pid()"))[0][0]
        finally:
            os.kill(backend, signal.SIGCONT)
        assert again != backend
        assert [row[0] for row in await db_rows(store, "SELECT n FROM frozen_probe")] == [2]
        assert (
            "write failed: the database is unreachable (TimeoutError: no answer from the database server in 2 s)"
            in (caplog.text)
        )
        assert "Traceback" not in caplog.text
    finally:
        await store.close()


async def test_a_statement_timed_out_inside_a_transaction_does_not_reconnect_under_it(postgres_url, monkeypatch):
    """The transaction's first statements were on the dropped connection: what follows must fail with it, never run
    on a new connection outside any transaction."""
    monkeypatch.setenv(STATEMENT_TIMEOUT_ENVIRONMENT, "2")
    store = await Store.open(postgres_url)
    try:
        await db_execute(store, "CREATE TABLE frozen_probe (n INTEGER)")
        backend = (await db_rows(store, "SELECT pg_backend_pid()"))[0][0]
        with pytest.raises(Exception) as failure:
            async with store.transaction() as conn:
                await conn.execute("INSERT INTO frozen_probe(n) VALUES(?)", (1,))
                with stopped(backend):
                    with pytest.raises(asyncio.TimeoutError):
                        await conn.execute_guarded("INSERT INTO frozen_probe(n) VALUES(?)", (2,))
                await conn.execute("INSERT INTO frozen_probe(n) VALUES(?)", (3,))  # the caller went on
        assert "closed" in str(failure.value)
        assert await db_rows(store, "SELECT n FROM frozen_probe") == []
    finally:
        await store.close()


async def test_a_commit_that_times_out_ends_the_transaction_and_reads_go_on(postgres_url, monkeypatch):
    """The COMMIT meets the frozen server: the transaction is over either way, so the next read (a dashboard only
    reads) connects anew instead of failing on the dropped connection as if still inside the transaction."""
    monkeypatch.setenv(STATEMENT_TIMEOUT_ENVIRONMENT, "2")
    store = await Store.open(postgres_url)
    try:
        await db_execute(store, "CREATE TABLE frozen_probe (n INTEGER)")
        backend = (await db_rows(store, "SELECT pg_backend_pid()"))[0][0]
        try:
            with pytest.raises(asyncio.TimeoutError):
                async with store.transaction() as conn:
                    await conn.execute("INSERT INTO frozen_probe(n) VALUES(?)", (1,))
                    os.kill(backend, signal.SIGSTOP)  # the COMMIT is the statement that meets it
            assert await db_rows(store, "SELECT n FROM frozen_probe") == []  # not committed where it could be seen
            assert (await db_rows(store, "SELECT pg_backend_pid()"))[0][0] != backend
        finally:
            os.kill(backend, signal.SIGCONT)
    finally:
        await store.close()
