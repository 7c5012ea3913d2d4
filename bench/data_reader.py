#!/usr/bin/env python3
"""The DATA reader alone: aiosmtpd's per-line loop against app.smtp.data_reader, on the same bytes.

    .venv/bin/python bench/data_reader.py [--runs 300]

Each run feeds one dot-stuffed message plus its end line into an asyncio StreamReader in 64 KB pieces (as a
socket would) and reads it back as message content; prints the median time per message and the Python
memory the reading allocated at its peak (tracemalloc). Messages: 2 KB of text, the 20 KB Korean multipart
message (tests/support/corpus.py), 1 MB of base64 lines, 4 MB of empty lines. Measurement only.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.smtp.data_reader import read_data  # noqa: E402
from tests.support.corpus import korean_multipart_20k  # noqa: E402

LINE_LIMIT = 8192


async def line_loop(reader: asyncio.StreamReader, limit: int) -> bytes:
    """aiosmtpd 1.4's smtp_DATA reading loop (nominal path), as it runs for our gateway."""
    data: list[bytearray] = []
    num_bytes = 0
    while True:
        line = await reader.readuntil(b"\r\n")
        if line == b".\r\n":
            break
        num_bytes += len(line)
        if num_bytes > limit:
            raise ValueError("too much")
        data.append(bytearray(line))
    for text in data:
        if text.startswith(b"."):
            del text[0]
    return b"".join(data)


async def chunked(reader: asyncio.StreamReader, limit: int) -> bytes:
    return (await read_data(reader, limit, LINE_LIMIT)).content()


def stuffed(message: bytes) -> bytes:
    message = message.replace(b"\r\n.", b"\r\n..")
    return (b"." + message if message.startswith(b".") else message) + b".\r\n"


async def once(read, wire: bytes) -> tuple[float, bytes]:
    reader = asyncio.StreamReader(limit=LINE_LIMIT)
    for start in range(0, len(wire), 65536):
        reader.feed_data(wire[start : start + 65536])
    started = time.perf_counter()
    content = await read(reader, 50 << 20)
    return time.perf_counter() - started, content


async def measure(name: str, message: bytes, runs: int) -> None:
    wire = stuffed(message)
    results = {}
    for label, read in (("line loop", line_loop), ("chunked", chunked)):
        times = []
        for _ in range(runs):
            seconds, content = await once(read, wire)
            times.append(seconds)
        assert content == message, label
        tracemalloc.start()
        await once(read, wire)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        results[label] = (statistics.median(times), peak)
    (old, old_peak), (new, new_peak) = results["line loop"], results["chunked"]
    print(
        f"{name:28} line loop {old * 1e6:9.0f} µs {old_peak / 1e6:8.1f} MB | chunked {new * 1e6:8.0f} µs "
        f"{new_peak / 1e6:7.1f} MB | {old / new:5.1f}x faster"
    )


async def main(runs: int) -> None:
    text = ("Hello, this is an ordinary line of a plain text message.\r\n" * 40)[:2000].encode() + b"\r\n"
    await measure("2 KB text", b"Subject: hi\r\n\r\n" + text, runs)
    korean = korean_multipart_20k().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")  # as sent: CRLF lines
    await measure("20 KB Korean multipart", korean, runs)
    base64_lines = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n" * 13500
    await measure("1 MB base64 lines", b"Subject: b\r\n\r\n" + base64_lines, max(3, runs // 30))
    await measure("4 MB empty lines", b"\r\n" * (2 << 20), 3)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    asyncio.run(main(parser.parse_args().runs))
