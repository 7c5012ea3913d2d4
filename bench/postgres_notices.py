"""PostgreSQL's hot reload: milliseconds from a policy change's commit on one connection to its notice on
another (store/notices.py), and to the reloaded policy (PolicyHolder.reload on a starter policy).

    .venv/bin/python bench/postgres_notices.py [--changes 50]

A private durable server (tests/support/postgres.py, durable=True) on this box over loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.install import initialise  # noqa: E402
from app.policy.loader import PolicyHolder  # noqa: E402
from app.store import lists as lists_store  # noqa: E402
from app.store.database import Store  # noqa: E402
from tests.support.postgres import run_postgres  # noqa: E402


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=50)
    args = parser.parse_args()
    with run_postgres(durable=True) as server:
        url = server.url(server.create_database())
        gateway, writer = await Store.open(url), await Store.open(url)
        await initialise(gateway, "mx.corp.example")
        holder = await PolicyHolder.load(gateway)
        notices = gateway.policy_notices()
        assert notices is not None
        heard, reloaded = [], []
        try:
            async with notices:
                for number in range(args.changes):
                    notices.changed.clear()
                    started = time.perf_counter()
                    await lists_store.add_entries(writer, [{"list": "block", "kind": "email", "value": f"b{number}@x"}])
                    await notices.changed.wait()
                    heard.append(time.perf_counter() - started)
                    await holder.reload()
                    reloaded.append(time.perf_counter() - started)
        finally:
            await gateway.close()
            await writer.close()
    for name, times in (("commit to notice", heard), ("commit to reloaded policy", reloaded)):
        ordered = sorted(times)
        print(f"{name}: median {statistics.median(times) * 1000:.1f} ms, max {ordered[-1] * 1000:.1f} ms")


if __name__ == "__main__":
    asyncio.run(main())
