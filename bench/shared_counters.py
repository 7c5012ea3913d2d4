"""Counters shared by the workers of `serve --workers`: through the database, or through a shared-memory table?

Two worker processes count events (a connection from a network, say) against one limit at once, the way the
flood limits, the harvest guard and the login lockout do on every connection or command. Three designs:

- `db-full`: one SQLite transaction per event on the gateway's database settings (WAL, synchronous=FULL);
- `db-normal`: the same with synchronous=NORMAL (a count may be lost in a power cut, never corrupt);
- `shm`: app/guards/shared_table.py, an mmap'd hash table under an flock;
- `pg-take`: two nodes of a cluster on a private PostgreSQL (durable, as bench/pg_drivers.py starts it), each with
  app/guards/pg_counters.py: a take and its flush, as the connection rate costs each connection (one round trip);
- `pg-read`: the same, with a refresh before (what the harvest guard and the outbound check cost: two round trips).

Each process takes (check-and-count, like a rate limit) `--events` times over 500 keys; prints microseconds
per event (wall time of the two processes together divided by all events) and events per second.

    .venv/bin/python bench/shared_counters.py [--events 2000] [--no-postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.guards.pg_counters import PostgresCounters  # noqa: E402
from app.guards.shared_table import SharedTable  # noqa: E402
from app.store.database import Store  # noqa: E402
from tests.support.postgres import run_postgres  # noqa: E402

KEYS = 500
LIMIT = 1_000_000


def _db_worker(path: str, synchronous: str, events: int, start, done) -> None:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("PRAGMA busy_timeout = 30000")
    start.wait()
    began = time.perf_counter()
    for number in range(events):
        key, minute = f"192.0.2.{number % KEYS}", int(time.time() // 60)
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute("SELECT count FROM counters WHERE key = ? AND minute = ?", (key, minute)).fetchone()
        if row is None or row[0] < LIMIT:
            conn.execute(
                "INSERT INTO counters(key, minute, count) VALUES(?, ?, 1) "
                "ON CONFLICT(key, minute) DO UPDATE SET count = count + 1",
                (key, minute),
            )
        conn.execute("COMMIT")
    done.put(time.perf_counter() - began)
    conn.close()


def _shm_worker(path: str, worker: int, events: int, start, done) -> None:
    table = SharedTable(path, worker)
    start.wait()
    began = time.perf_counter()
    for number in range(events):
        table.take("rate", f"192.0.2.{number % KEYS}", 60.0, LIMIT)
    done.put(time.perf_counter() - began)
    table.close()


def _pg_worker(url: str, refresh: bool, events: int, start, done) -> None:
    async def count() -> None:
        counters = PostgresCounters(url)
        window = counters.window("rate", 60.0)
        await counters.refresh((window, "warm-up"))  # the connection made before the clock starts
        start.wait()
        began = time.perf_counter()
        for number in range(events):
            key = f"192.0.2.{number % KEYS}"
            if refresh:
                await counters.refresh((window, key))
            window.take(key, LIMIT)
            await counters.flush()
        done.put(time.perf_counter() - began)
        await counters.close()

    asyncio.run(count())


def run(design: str, events: int, scratch: str, url: str = "") -> tuple[float, float]:
    context = multiprocessing.get_context("spawn")
    start, done = context.Event(), context.Queue()
    if design.startswith("pg-"):
        targets = [(_pg_worker, (url, design == "pg-read", events, start, done)) for _ in range(2)]
    elif design == "shm":
        path = os.path.join(scratch, "counters")
        SharedTable.create(path)
        targets = [(_shm_worker, (path, worker, events, start, done)) for worker in range(2)]
    else:
        path = os.path.join(scratch, f"{design}.db")
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("CREATE TABLE counters (key TEXT, minute INTEGER, count INTEGER, PRIMARY KEY (key, minute))")
        synchronous = "FULL" if design == "db-full" else "NORMAL"
        targets = [(_db_worker, (path, synchronous, events, start, done)) for _ in range(2)]
    processes = [context.Process(target=target, args=args) for target, args in targets]
    for process in processes:
        process.start()
    time.sleep(1.0)  # both have started and opened their files
    began = time.perf_counter()
    start.set()
    for _ in processes:
        done.get(timeout=600)
    wall = time.perf_counter() - began
    for process in processes:
        process.join()
    total = 2 * events
    return wall / total * 1e6, total / wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=2000, help="events per process for the database designs")
    parser.add_argument("--shm-events", type=int, default=50_000, help="events per process for the shared table")
    parser.add_argument("--no-postgres", action="store_true", help="leave out the PostgreSQL designs")
    args = parser.parse_args()
    print(f"2 processes; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"{'design':<10} {'events':>8} {'µs/event':>10} {'events/s':>10}")
    with tempfile.TemporaryDirectory() as scratch:
        for design in ("db-full", "db-normal", "shm"):
            events = args.shm_events if design == "shm" else args.events
            micros, rate = run(design, events, scratch)
            print(f"{design:<10} {2 * events:>8} {micros:>10.1f} {rate:>10.0f}", flush=True)
        if not args.no_postgres:
            with run_postgres(durable=True) as server:
                url = server.url(server.create_database())
                asyncio.run(_migrate(url))
                for design in ("pg-take", "pg-read"):
                    micros, rate = run(design, args.events, scratch, url)
                    print(f"{design:<10} {2 * args.events:>8} {micros:>10.1f} {rate:>10.0f}", flush=True)
    return 0


async def _migrate(url: str) -> None:
    store = await Store.open(url)
    await store.close()


if __name__ == "__main__":
    raise SystemExit(main())
