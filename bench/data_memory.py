#!/usr/bin/env python3
"""Memory of `mailmoat serve` while clients send big messages of empty lines at once (issue 13, item 3).

    .venv/bin/python bench/data_memory.py [--clients 20] [--megabytes 24]

Starts `mailmoat serve` on a fresh database (upstream: a closed loopback port, so nothing is delivered),
sends CLIENTS messages of MEGABYTES of empty lines concurrently, one per connection, and prints the
gateway's peak resident memory (VmHWM from /proc/PID/status) and the replies. Measurement only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTENING = re.compile(r"mailmoat: listening on (\S+):(\d+)")


def memory_kib(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmHWM", "VmRSS"):
            fields[name] = int(value.split()[0])
    return fields


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cli(db: Path, *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args], check=True, capture_output=True, cwd=ROOT, timeout=60
    )


async def send_one(host: str, port: int, body_size: int) -> str:
    reader, writer = await asyncio.open_connection(host, port)
    try:

        async def reply() -> str:
            lines = []
            while True:
                line = (await asyncio.wait_for(reader.readline(), 600)).decode(errors="replace").rstrip()
                lines.append(line)
                if line[3:4] != "-":
                    return lines[-1]

        await reply()
        for command in (
            b"EHLO client.example",
            b"MAIL FROM:<alice@other.example>",
            b"RCPT TO:<bob@corp.example>",
            b"DATA",
        ):
            writer.write(command + b"\r\n")
            await reply()
        block = b"\r\n" * 32768
        sent = 0
        while sent < body_size:
            writer.write(block)
            sent += len(block)
            await writer.drain()
        writer.write(b".\r\n")
        final = await reply()
        writer.write(b"QUIT\r\n")
        return final
    finally:
        writer.close()


async def run(clients: int, megabytes: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "memory.db"
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
        try:
            deadline = time.monotonic() + 30
            while not (match := LISTENING.search(out.read_text(errors="replace"))):
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit(f"serve did not start: {out.read_text(errors='replace')}")
                await asyncio.sleep(0.05)
            host, port = match[1], int(match[2])
            before = memory_kib(proc.pid)
            started = time.monotonic()
            replies = await asyncio.gather(
                *(send_one(host, port, megabytes << 20) for _ in range(clients)), return_exceptions=True
            )
            elapsed = time.monotonic() - started
            after = memory_kib(proc.pid)
            print(f"{clients} x {megabytes} MB of empty lines in {elapsed:.1f} s")
            print(
                f"gateway RSS before {before['VmRSS'] / 1024:.0f} MB, peak (VmHWM) {after['VmHWM'] / 1024:.0f} MB,"
                f" after {after['VmRSS'] / 1024:.0f} MB"
            )
            counts: dict[str, int] = {}
            for reply in replies:
                key = reply[:12] if isinstance(reply, str) else type(reply).__name__
                counts[key] = counts.get(key, 0) + 1
            print("replies:", counts)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--megabytes", type=int, default=24)
    args = parser.parse_args()
    os.chdir(ROOT)
    asyncio.run(run(args.clients, args.megabytes))


if __name__ == "__main__":
    main()
