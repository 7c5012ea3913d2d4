"""Block lists at scale: load a million entries, then time one check.

    .venv/bin/python bench/lists.py [--entries 1000000] [--checks 200000]

Prints the time to write the entries to a fresh database, to load and compile them (what a gateway
does at start and after every edit), the cost of one check in microseconds, and its ratio to a bare
Python dict lookup of one key measured in the same run (the floor for any hash-table design).
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.policy.lists import Lists  # noqa: E402
from app.store import lists as lists_store  # noqa: E402
from app.store.database import Store  # noqa: E402


def make_entries(count: int, rng: random.Random) -> list[dict]:
    entries = []
    for i in range(count):
        kind = ("ip", "ip", "domain", "email", "user")[i % 5]
        if kind == "ip":
            prefix = rng.choice((32, 32, 32, 24, 16))
            network = ipaddress.ip_network((rng.getrandbits(32), prefix), strict=False)
            value, subdomains = str(network), False
        elif kind == "domain":
            value, subdomains = f"spam{i}.example", bool(i % 2)
        elif kind == "email":
            value, subdomains = f"user{i}@spam{i % 9973}.example", False
        else:
            value, subdomains = f"name{i}", False
        entries.append({"list": "block", "kind": kind, "value": value, "subdomains": subdomains, "created": 0.0})
    return entries


async def main(entries_count: int, checks: int) -> None:
    rng = random.Random(7)
    entries = make_entries(entries_count, rng)
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "lists.db")
        try:
            t0 = time.perf_counter()
            await lists_store.add_entries(store, entries)
            t1 = time.perf_counter()
            rows = await lists_store.load_entry_rows(store)
            t2 = time.perf_counter()
            lists = Lists.compile(rows)
            t3 = time.perf_counter()
        finally:
            await store.close()
    print(f"entries: {len(rows):,}")
    print(f"write:   {t1 - t0:6.2f} s   (one transaction)")
    print(f"load:    {t2 - t1:6.2f} s   (read from SQLite)")
    print(f"compile: {t3 - t2:6.2f} s   (hash tables per prefix length and per name)")

    probes = []
    for i in range(checks):
        ip = ipaddress.ip_address(rng.getrandbits(32))
        n = rng.randrange(entries_count)
        probes.append((ip, f"user{n}@spam{n % 9973}.example", f"mail.spam{n}.example", f"name{n}"))
    block = lists.block
    t0 = time.perf_counter()
    hits = sum(1 for ip, sender, domain, user in probes if block.matches(ip, sender, domain, user))
    per_check = (time.perf_counter() - t0) / checks * 1e6

    table = {f"name{i}": i for i in range(entries_count)}
    keys = [p[3] for p in probes]
    t0 = time.perf_counter()
    found = sum(1 for key in keys if key in table)
    per_dict = (time.perf_counter() - t0) / checks * 1e6
    print(
        f"check:   {per_check:6.2f} µs per connection (ip + address + domain with parents + user; "
        f"{hits:,} of {checks:,} matched)"
    )
    print(f"floor:   {per_dict:6.3f} µs for one dict lookup ({found:,} found)")
    print(
        f"ratio:   x{per_check / per_dict:.0f} of a single dict lookup, for {len(block.v4.prefixes)} IPv4 "
        f"prefix lengths and up to 4 name probes"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--checks", type=int, default=200_000)
    args = parser.parse_args()
    asyncio.run(main(args.entries, args.checks))
