"""`mailmoat migrate`'s copy of an SQLite site into PostgreSQL: seconds for a database of N connection events
(plus a queue of 1,000 messages of 20 kB each), through the store's copy (app/store/transfer.py).

    .venv/bin/python bench/migrate_postgres.py [--events 100000] [--messages 1000]

PostgreSQL is a private durable server (fsync on: tests/support/postgres.py, durable=True) on this box over
loopback; the source an SQLite file in a temporary directory.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.store import events as events_store  # noqa: E402
from app.store.database import Store  # noqa: E402
from app.store.queue import NewMessage, enqueue_statements  # noqa: E402
from app.store.transfer import copy_to_postgres  # noqa: E402
from tests.support.postgres import run_postgres  # noqa: E402


async def build_site(path: str, events: int, messages: int) -> None:
    store = await Store.open(path)
    try:
        now = time.time()
        blank = ("",) * (len(events_store.EVENT_COLUMNS) - 4)
        rows = [(now + n, f"S{n}", "connect", *blank, f"세션 {n}") for n in range(events)]
        for start in range(0, events, 10_000):
            await events_store.write_events(store, rows[start : start + 10_000])
        content = ("Subject: 회의\r\n\r\n" + "본문 " * 4000).encode()
        for n in range(messages):
            message = NewMessage(f"M{n}", now, "a@x.example", "192.0.2.1", "h", content, [("b@corp.example", "up")])
            await store.commit_batched(enqueue_statements(message))
    finally:
        await store.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()
    with run_postgres(durable=True) as server, tempfile.TemporaryDirectory() as scratch:
        path = os.path.join(scratch, "site.db")
        await build_site(path, args.events, args.messages)
        source = await Store.open(path, create=False)
        target = await Store.open(server.url(server.create_database()))
        try:
            started = time.perf_counter()
            counts = await copy_to_postgres(source, target)
            elapsed = time.perf_counter() - started
        finally:
            await source.close()
            await target.close()
    rows = sum(count.target for count in counts)
    print(f"{args.events} events, {args.messages} queued messages: {rows} rows copied and verified in {elapsed:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
