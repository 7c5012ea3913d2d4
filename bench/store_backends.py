"""The queue's durable write on SQLite and on PostgreSQL: messages enqueued per second through the store's
group commit, as the gateway's sessions commit them before their 250.

    .venv/bin/python bench/store_backends.py [--messages 2000] [--sessions 1,20,100] [--rounds 3]

PostgreSQL is a private durable server (fsync on, synchronous_commit on: tests/support/postgres.py, durable=True) on
this box, over loopback; SQLite a file in a temporary directory (WAL, synchronous=FULL). Each round runs every
backend and concurrency in turn, the order alternating; the median over the rounds is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.store.database import Store  # noqa: E402
from app.store.queue import NewMessage, enqueue_statements, new_queue_id  # noqa: E402
from tests.support.postgres import run_postgres  # noqa: E402

BODY = b"Subject: bench\r\n\r\n" + b"x" * 2048 + b"\r\n"


async def enqueue_rate(target: str, messages: int, sessions: int) -> float:
    store = await Store.open(target)
    try:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for number in range(messages):
            queue.put_nowait(number)

        async def session() -> None:
            while not queue.empty():
                number = queue.get_nowait()
                message = NewMessage(
                    new_queue_id(), time.time(), f"s{number}@x.example", "127.0.0.1", "h", BODY,
                    [("bob@corp.example", "upstream")],
                )  # fmt: skip
                await store.commit_batched(enqueue_statements(message))

        start = time.perf_counter()
        await asyncio.gather(*(session() for _ in range(sessions)))
        return messages / (time.perf_counter() - start)
    finally:
        await store.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--sessions", default="1,20,100")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    levels = [int(n) for n in args.sessions.split(",")]
    rates: dict[tuple[str, int], list[float]] = {}
    with run_postgres(durable=True) as server, tempfile.TemporaryDirectory() as scratch:
        for round_number in range(args.rounds):
            backends = ["sqlite", "postgres"] if round_number % 2 == 0 else ["postgres", "sqlite"]
            for backend in backends:
                for sessions in levels:
                    if backend == "sqlite":
                        target = os.path.join(scratch, f"r{round_number}-{sessions}.db")
                    else:
                        target = server.url(server.create_database())
                    messages = args.messages if sessions > 1 else max(args.messages // 10, 50)
                    rate = await enqueue_rate(target, messages, sessions)
                    rates.setdefault((backend, sessions), []).append(rate)
    print(f"{'sessions':>8}{'SQLite msg/s':>14}{'PostgreSQL msg/s':>18}")
    for sessions in levels:
        sqlite_rate = statistics.median(rates[("sqlite", sessions)])
        postgres_rate = statistics.median(rates[("postgres", sessions)])
        print(f"{sessions:>8}{sqlite_rate:>14.0f}{postgres_rate:>18.0f}")


if __name__ == "__main__":
    asyncio.run(main())
