"""Idle connections: hold 10,000 SMTP sessions open against `mailmoat serve` and measure its memory.

    .venv/bin/python bench/idle.py [--connections 10000]

Clients connect from many loopback source addresses (127.0.x.y, 40 per address), read the greeting and
then stay silent. Prints the gateway's RSS before and after, per connection, and how long the next
client (a full SMTP transaction) takes while they are held, against the same transaction with no idle
connections, measured in the same run. Target: under 300 MB RSS for the whole process.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import resource
import shutil
import smtplib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAILMOAT = [sys.executable, "-m", "app"]
LISTENING = re.compile(r"mailmoat: listening on (\S+):(\d+)")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def transaction_seconds(port: int) -> float:
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30, source_address=("127.0.0.2", 0)) as client:
        client.sendmail("a@other.example", ["bob@bench.example"], b"Subject: probe\r\n\r\nprobe\r\n")
    return time.perf_counter() - started


async def hold(count: int, port: int) -> list:
    writers, failures = [], 0

    async def one(n: int) -> None:
        nonlocal failures
        source = f"127.0.{10 + n // 40 // 250}.{1 + (n // 40) % 250}"
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
            line = await asyncio.wait_for(reader.readline(), 30)
            if line.startswith(b"220"):
                writers.append(writer)
            else:
                failures += 1
                writer.close()
        except (OSError, asyncio.TimeoutError):
            failures += 1

    for start in range(0, count, 500):  # in waves, so the listen backlog is never the limit being measured
        await asyncio.gather(*(one(n) for n in range(start, min(count, start + 500))))
    if failures:
        print(f"  {failures} connections failed", flush=True)
    return writers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=10_000)
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, args.connections + 1000), hard))
    workdir = Path(tempfile.mkdtemp(prefix="mailmoat-idle-"))
    db = workdir / "idle.db"
    server = None
    try:
        for command in (
            ["init", "--hostname", "mx.bench.example"],
            ["domain", "add", "bench.example"],
            ["set", "upstream", "127.0.0.1:9"],
            ["set", "dns.nameservers", "127.0.0.1:9"],
            ["set", "smtp.max_connections", str(args.connections + 100)],
            ["set", "smtp.connection_rate_per_ip", "0"],
            ["set", "smtp.timeout", "10m"],
        ):
            subprocess.run(MAILMOAT + ["--db", str(db)] + command, cwd=ROOT, check=True, capture_output=True)
        out = open(workdir / "serve.out", "wb")
        server = subprocess.Popen(
            MAILMOAT + ["--db", str(db), "serve", "--listen", "127.0.0.1:0"],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard)),
        )
        deadline = time.monotonic() + 20
        while not (match := LISTENING.search((workdir / "serve.out").read_text(errors="replace"))):
            if time.monotonic() > deadline or server.poll() is not None:
                print("serve did not start:", (workdir / "serve.out").read_text()[-500:])
                return 1
            time.sleep(0.05)
        port = int(match[2])
        baseline_tx = min(transaction_seconds(port) for _ in range(3))
        before = rss_mb(server.pid)

        async def run() -> tuple[int, float, float]:
            writers = await hold(args.connections, port)
            after = rss_mb(server.pid)
            tx = min([await asyncio.to_thread(transaction_seconds, port) for _ in range(3)])
            for writer in writers:
                writer.close()
            return len(writers), after, tx

        held, after, loaded_tx = asyncio.run(run())
        print(f"idle connections held: {held:,}")
        print(
            f"gateway RSS: {before:.0f} MB before, {after:.0f} MB with them "
            f"({(after - before) * 1024 / max(held, 1):.1f} KB each); target < 300 MB: "
            f"{'met' if after < 300 else 'NOT met'}"
        )
        print(
            f"next client's full transaction: {loaded_tx * 1000:.1f} ms with them, "
            f"{baseline_tx * 1000:.1f} ms without (x{loaded_tx / baseline_tx:.2f})"
        )
        return 0
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
