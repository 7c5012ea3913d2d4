"""asyncpg against psycopg 3 (async) on a private, durable PostgreSQL (fsync on): the store's three shapes.

    .venv/bin/pip install "psycopg[binary]"   # only the benchmark needs psycopg
    .venv/bin/python bench/pg_drivers.py [--rounds 5] [--n 300]

1. a single-row INSERT and its COMMIT (a queued message's shape: one durable write per 250),
2. 100 rows by executemany in one transaction (group commit's shape),
3. a SELECT of one row by its primary key (the policy lookups).

Both drivers run alternately in each round on the same server and table; the median over the rounds is printed
in microseconds per operation (per transaction for 2.). psycopg runs with its default server-side binding
(prepared after 5 executions, prepare_threshold); asyncpg prepares and caches every statement.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import asyncpg  # noqa: E402
import psycopg  # noqa: E402

from tests.support.postgres import run_postgres  # noqa: E402

TABLE = "CREATE TABLE IF NOT EXISTS bench (id TEXT PRIMARY KEY, ts DOUBLE PRECISION NOT NULL, body BYTEA NOT NULL)"
BODY = b"x" * 2048


async def asyncpg_round(url: str, n: int, tag: str) -> dict[str, float]:
    conn = await asyncpg.connect(url)
    try:
        insert = "INSERT INTO bench(id, ts, body) VALUES($1, $2, $3)"
        start = time.perf_counter()
        for i in range(n):
            async with conn.transaction():
                await conn.execute(insert, f"{tag}a{i}", time.time(), BODY)
        single = (time.perf_counter() - start) / n
        start = time.perf_counter()
        batches = max(n // 10, 1)
        for b in range(batches):
            async with conn.transaction():
                await conn.executemany(insert, [(f"{tag}b{b}.{i}", time.time(), BODY) for i in range(100)])
        many = (time.perf_counter() - start) / batches
        start = time.perf_counter()
        for i in range(n):
            await conn.fetchrow("SELECT id, ts, body FROM bench WHERE id = $1", f"{tag}a{i}")
        select = (time.perf_counter() - start) / n
    finally:
        await conn.close()
    return {"insert+commit": single, "executemany 100": many, "select by key": select}


async def psycopg_round(url: str, n: int, tag: str) -> dict[str, float]:
    conn = await psycopg.AsyncConnection.connect(url, autocommit=True)
    try:
        insert = "INSERT INTO bench(id, ts, body) VALUES(%s, %s, %s)"
        start = time.perf_counter()
        for i in range(n):
            async with conn.transaction():
                await conn.execute(insert, (f"{tag}a{i}", time.time(), BODY))
        single = (time.perf_counter() - start) / n
        start = time.perf_counter()
        batches = max(n // 10, 1)
        for b in range(batches):
            async with conn.transaction():
                async with conn.cursor() as cursor:
                    await cursor.executemany(insert, [(f"{tag}b{b}.{i}", time.time(), BODY) for i in range(100)])
        many = (time.perf_counter() - start) / batches
        start = time.perf_counter()
        for i in range(n):
            cursor = await conn.execute("SELECT id, ts, body FROM bench WHERE id = %s", (f"{tag}a{i}",))
            await cursor.fetchone()
        select = (time.perf_counter() - start) / n
    finally:
        await conn.close()
    return {"insert+commit": single, "executemany 100": many, "select by key": select}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--n", type=int, default=300, help="single inserts and selects per round and driver")
    args = parser.parse_args()
    with run_postgres(durable=True) as server:
        url = server.url()
        setup = await asyncpg.connect(url)
        await setup.execute(TABLE)
        await setup.close()
        results: dict[str, list[dict[str, float]]] = {"asyncpg": [], "psycopg": []}
        for r in range(args.rounds):
            order = [("asyncpg", asyncpg_round), ("psycopg", psycopg_round)]
            for name, run in order if r % 2 == 0 else order[::-1]:
                results[name].append(await run(url, args.n, f"{name}{r}"))
    print(f"{'operation':<18}{'asyncpg µs':>12}{'psycopg µs':>12}")
    for operation in results["asyncpg"][0]:
        figures = [statistics.median(x[operation] for x in results[name]) * 1e6 for name in ("asyncpg", "psycopg")]
        print(f"{operation:<18}{figures[0]:>12.0f}{figures[1]:>12.0f}")


if __name__ == "__main__":
    asyncio.run(main())
