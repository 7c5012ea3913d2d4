"""Idle connections: hold 10,000 SMTP sessions open against `mailmoat serve` and measure its memory.

    .venv/bin/python bench/idle.py [--connections 10000] [--workers N]

Clients connect from many loopback source addresses (127.0.x.y, 40 per address), read the greeting and
then stay silent. Prints the gateway's RSS before and after, per connection, and how long the next
client (a full SMTP transaction) takes while they are held, against the same transaction with no idle
connections, measured in the same run. Target: under 300 MB RSS for the whole process; with `--workers N`,
the memory of the supervisor and its workers together (each process's PSS, so pages they share are not counted
twice; the plain RSS sum is printed beside it).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import resource
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import DnsStub  # noqa: E402  (the NXDOMAIN-at-once resolver: no session waits on a DNS timeout)

MAILMOAT = [sys.executable, "-m", "app"]
LISTENING = re.compile(r"mailmoat: listening on (\S+):(\d+)")


def _kb(path: str, field: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass  # the process has just gone
    return 0


def rss_mb(pid: int) -> float:
    return _kb(f"/proc/{pid}/status", "VmRSS:") / 1024


def process_tree(pid: int) -> list[int]:
    """The process and every descendant (serve --workers: the supervisor and its workers)."""
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                todo.extend(int(child) for child in (task / "children").read_text().split())
            except OSError:
                pass
    return tree


def tree_memory_mb(pid: int) -> tuple[float, float, int]:
    """(PSS sum, RSS sum, processes) over the process tree."""
    pids = process_tree(pid)
    pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids) / 1024
    rss = sum(rss_mb(p) for p in pids)
    return pss, rss, len(pids)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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
    parser.add_argument("--workers", default="1", help="serve --workers (a number or auto; default: one process)")
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, args.connections + 1000), hard))
    workdir = Path(tempfile.mkdtemp(prefix="mailmoat-idle-"))
    db = workdir / "idle.db"
    server = None
    dns = DnsStub()
    try:
        for command in (
            ["init", "--hostname", "mx.bench.example"],
            ["domain", "add", "bench.example"],
            ["set", "upstream", "127.0.0.1:9"],
            ["set", "dns.nameservers", dns.address],
            ["set", "smtp.max_connections_per_ip", "0"],  # every client is on 127.0.0.0/8, one network
            ["set", "smtp.max_connections", str(args.connections + 100)],
            ["set", "smtp.connection_rate_per_ip", "0"],
            ["set", "smtp.timeout", "10m"],
        ):
            subprocess.run(MAILMOAT + ["--db", str(db)] + command, cwd=ROOT, check=True, capture_output=True)
        out = open(workdir / "serve.out", "wb")
        port = free_port()  # workers share one port (SO_REUSEPORT), so it is chosen here rather than by the kernel
        server = subprocess.Popen(
            MAILMOAT + ["--db", str(db), "serve", "--listen", f"127.0.0.1:{port}", "--workers", args.workers],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard)),
        )
        deadline = time.monotonic() + 20
        while not LISTENING.search((workdir / "serve.out").read_text(errors="replace")):
            if time.monotonic() > deadline or server.poll() is not None:
                print("serve did not start:", (workdir / "serve.out").read_text()[-500:])
                return 1
            time.sleep(0.05)
        baseline_tx = min(transaction_seconds(port) for _ in range(3))
        before = tree_memory_mb(server.pid)

        async def run() -> tuple[int, tuple[float, float, int], float]:
            writers = await hold(args.connections, port)
            after = tree_memory_mb(server.pid)
            tx = min([await asyncio.to_thread(transaction_seconds, port) for _ in range(3)])
            for writer in writers:
                writer.close()
            return len(writers), after, tx

        held, after, loaded_tx = asyncio.run(run())
        print(f"idle connections held: {held:,}")
        print(
            f"gateway memory ({after[2]} processes, PSS): {before[0]:.0f} MB before, {after[0]:.0f} MB with them "
            f"({(after[0] - before[0]) * 1024 / max(held, 1):.1f} KB each; RSS summed {after[1]:.0f} MB); "
            f"target < 300 MB: {'met' if after[0] < 300 else 'NOT met'}"
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
        dns.close()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
