#!/usr/bin/env python3
"""Slow-drip attack on `mailmoat serve` (issue 13, item 4): how many normal transactions get through.

    .venv/bin/python bench/slowloris.py [--addresses 10] [--per-address 50] [--every 5] [--seconds 40]

ADDRESSES loopback addresses, each in its own /24 (127.0.N.1), open PER_ADDRESS connections each and send
one byte every EVERY seconds, never a whole command; a connection the gateway drops is opened again at
once. Meanwhile a normal client (127.0.200.1) tries one whole transaction a second for SECONDS seconds.
Prints how many were served and how long they took. Measurement only.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import resource
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTENING = re.compile(r"mailmoat: listening on (\S+):(\d+)")


def cli(db: Path, *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args], check=True, capture_output=True, cwd=ROOT, timeout=60
    )


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def hold(host: str, port: int, address: str, every: float, counts: dict) -> None:
    while True:
        try:
            reader, writer = await asyncio.open_connection(host, port, local_addr=(address, 0))
        except OSError:
            await asyncio.sleep(every)
            continue
        banner = b""
        try:
            banner = await reader.readline()
            counts["banner " + banner[:9].decode(errors="replace")] = (
                counts.get("banner " + banner[:9].decode(errors="replace"), 0) + 1
            )
            if banner.startswith(b"220"):
                while True:
                    writer.write(b"E")
                    await writer.drain()
                    with contextlib.suppress(asyncio.TimeoutError):
                        line = await asyncio.wait_for(reader.readline(), every)
                        key = "dropped " + (line[:9].decode(errors="replace") or "(closed)")
                        counts[key] = counts.get(key, 0) + 1
                        break
        except ConnectionError:
            pass
        finally:
            writer.close()
        if not banner.startswith(b"220"):
            await asyncio.sleep(every)


def transaction(host: str, port: int, n: int) -> float | str:
    started = time.monotonic()
    try:
        with smtplib.SMTP(host, port, source_address=("127.0.200.1", 0), timeout=10) as client:
            client.ehlo("client.example")
            client.sendmail("neighbour@other.example", ["bob@corp.example"], f"Subject: normal {n}\r\n\r\nhi\r\n")
        return time.monotonic() - started
    except (smtplib.SMTPException, OSError) as exc:
        return f"{type(exc).__name__}: {exc}"[:60]


async def run(args) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 8192)), hard))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "slow.db"
        cli(db, "init", "--hostname", "mx.corp.example")
        cli(db, "set", "upstream", f"127.0.0.1:{closed_port()}")
        cli(db, "set", "relay.selftest", "no")
        cli(db, "domain", "add", "corp.example")
        out = Path(tmp) / "serve.out"
        with open(out, "wb") as stdout:
            proc = subprocess.Popen(
                [sys.executable, "-m", "app", "--db", str(db), "serve", "--listen", "127.0.0.1:0", "--workers", "1"],
                stdout=stdout,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
            )
        tasks = []
        try:
            deadline = time.monotonic() + 30
            while not (match := LISTENING.search(out.read_text(errors="replace"))):
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit(f"serve did not start: {out.read_text(errors='replace')}")
                await asyncio.sleep(0.05)
            host, port = match[1], int(match[2])
            counts: dict[str, int] = {}
            tasks = [
                asyncio.ensure_future(hold(host, port, f"127.0.{n}.1", args.every, counts))
                for n in range(11, 11 + args.addresses)
                for _ in range(args.per_address)
            ]
            await asyncio.sleep(5)  # the attacker takes its hold
            results = []
            started = time.monotonic()
            n = 0
            while time.monotonic() - started < args.seconds:
                n += 1
                results.append(await asyncio.to_thread(transaction, host, port, n))
                await asyncio.sleep(max(0.0, n - (time.monotonic() - started)))
            served = [r for r in results if isinstance(r, float)]
            failed = [r for r in results if isinstance(r, str)]
            print(
                f"attack: {args.addresses} addresses (one /24 each) x {args.per_address} connections, "
                f"one byte every {args.every:g} s"
            )
            print(f"normal transactions served: {len(served)} of {len(results)} in {args.seconds:g} s")
            if served:
                print(f"  time: median {statistics.median(served):.2f} s, max {max(served):.2f} s")
            if failed:
                print(f"  failures, e.g.: {failed[0]}")
            print("attacker connections:", dict(sorted(counts.items())))
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--addresses", type=int, default=10)
    parser.add_argument("--per-address", type=int, default=50)
    parser.add_argument("--every", type=float, default=5.0)
    parser.add_argument("--seconds", type=float, default=40.0)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
