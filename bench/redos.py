"""Catastrophic operator regexes (issue 13, item 7): how long the event loop is blocked, before and after.

    .venv/bin/python bench/redos.py [--before-up-to 26]

Before: content rules were compiled with `re` and searched on the event loop, so the loop was blocked for
as long as `re` searched. That time is measured here on `aaaa…!` bodies up to --before-up-to bytes (each
byte doubles it; longer ones are extrapolated from the measured doubling, not run: 42 bytes is days).

After: a real gateway (in this process, on a temporary database, delivering nowhere) holding the rule
planted straight into the database; an attack message is sent while a bystander client sends NOOPs and a
ticker on the gateway's loop measures its worst lag. Prints the attack's reply time, the bystander's worst
NOOP round trip, the loop's worst lag, and whether the rule ended up disabled. The first case, `zzz`, is a
harmless rule: the same figures with nothing slow to run (this machine's noise).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import re
import smtplib
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.install import initialise  # noqa: E402
from app.policy.content_rules import ContentRule  # noqa: E402
from app.runtime import Gateway  # noqa: E402
from app.store import content_rules as rules_store  # noqa: E402
from app.store import relay as relay_store  # noqa: E402
from app.store import settings as settings_store  # noqa: E402
from app.store.database import Store  # noqa: E402

CASES = [(r"zzz", 42), (r"(a+)+$", 30), (r"(a+)+$", 42), (r"(a|aa)+$", 30), (r"(a|aa)+$", 42), (r"(a+)+$", 3000)]


def before(pattern: str, up_to: int) -> dict[int, float]:
    compiled = re.compile(pattern, re.MULTILINE)
    times = {}
    for n in range(max(10, up_to - 8), up_to + 1, 2):
        started = time.perf_counter()
        compiled.search("a" * (n - 1) + "!")
        times[n] = time.perf_counter() - started
    return times


def extrapolate(times: dict[int, float], n: int) -> float:
    """Least squares on log(time) over the measured lengths: the growth per byte, carried on to n."""
    xs, ys = list(times), [math.log(t) for t in times.values()]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum((x - mean_x) ** 2 for x in xs)
    return math.exp(mean_y + slope * (n - mean_x))


def message(body: str) -> bytes:
    return (f"From: <kim@other.example>\r\nTo: <bob@bench.example>\r\nSubject: attack\r\n\r\n{body}\r\n").encode()


def attack(port: int, body: str) -> tuple[float, str]:
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=600) as client:
        client.ehlo("attacker.example")
        client.mail("kim@other.example")
        client.rcpt("bob@bench.example")
        code, text = client.data(message(body))
    return time.perf_counter() - started, f"{code} {text.decode()[:40]}"


def bystander(port: int, stop: threading.Event) -> float:
    worst = 0.0
    with smtplib.SMTP("127.0.0.1", port, timeout=600) as client:
        client.ehlo("bystander.example")
        while not stop.is_set():
            started = time.perf_counter()
            client.noop()
            worst = max(worst, time.perf_counter() - started)
            time.sleep(0.002)
    return worst


async def after(pattern: str, length: int, workdir: Path, index: int) -> dict:
    db = str(workdir / f"bench{index}.db")
    store = await Store.open(db)
    await initialise(store, "mx.bench.example")
    for key, value in (
        ("upstream", "127.0.0.1:9"),
        ("relay.selftest", "no"),
        ("bayes.enabled", "no"),
        ("smtp.tarpit_after", "1000"),
    ):
        await settings_store.set_setting(store, key, value)
    await relay_store.add_local_domain(store, "bench.example")
    await rules_store.save_rule(store, ContentRule(None, "redos", "body", pattern, True, "custom", 5, None))
    await store.close()
    gateway = await Gateway.open(db)
    _host, port = await gateway.start("127.0.0.1:0")
    worst_lag = 0.0
    running = True

    async def ticker() -> None:
        nonlocal worst_lag
        while running:
            started = time.perf_counter()
            await asyncio.sleep(0.005)
            worst_lag = max(worst_lag, time.perf_counter() - started - 0.005)

    tick = asyncio.create_task(ticker())
    stop = threading.Event()
    try:
        watcher = asyncio.create_task(asyncio.to_thread(bystander, port, stop))
        await asyncio.sleep(0.1)
        took, reply = await asyncio.to_thread(attack, port, "a" * (length - 1) + "!")
        await asyncio.sleep(0.5)  # the rule guard's write and reload
        stop.set()
        worst_noop = await watcher
        row = await rules_store.find_rule(gateway.store, "redos")
    finally:
        running = False
        await tick
        await gateway.stop(grace=1)
    return {
        "reply_s": took,
        "reply": reply,
        "worst_noop_s": worst_noop,
        "worst_loop_lag_s": worst_lag,
        "disabled": not row.enabled,
        "reason": row.disabled_reason,
    }


async def thread_versus_loop(seconds: float = 0.5) -> tuple[float, float]:
    """The loop's worst lag while `(a|aa)+$` searches for `seconds` (its timeout): on the loop, as a search
    without a worker thread would, and on a worker thread with the GIL released, as the content stage does."""
    import regex

    compiled = regex.compile(r"(a|aa)+$", regex.MULTILINE)

    def search() -> None:
        try:
            compiled.search("a" * 41 + "!", timeout=seconds, concurrent=True)
        except TimeoutError:
            pass

    lags = []

    async def ticker() -> None:
        while True:
            started = time.perf_counter()
            await asyncio.sleep(0.005)
            lags.append(time.perf_counter() - started - 0.005)

    results = []
    for on_thread in (False, True):
        lags.clear()
        tick = asyncio.create_task(ticker())
        await asyncio.sleep(0.05)
        if on_thread:
            await asyncio.to_thread(search)
        else:
            search()
        await asyncio.sleep(0.05)
        tick.cancel()
        results.append(max(lags))
    return results[0], results[1]


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--before-up-to",
        type=int,
        default=26,
        help="longest body timed with re for (a+)+$; (a|aa)+$, slower to grow, gets 6 bytes more",
    )
    args = parser.parse_args()
    print("before (re, on the event loop): loop blocked for")
    for pattern in sorted({p for p, _n in CASES} - {"zzz"}):
        times = before(pattern, args.before_up_to + (6 if "|" in pattern else 0))
        measured = ", ".join(f"{n} B {t:.3g} s" for n, t in times.items())
        print(f"  {pattern:10} measured: {measured}")
        for n in sorted({n for p, n in CASES if p == pattern and n <= 100}):
            if n in times:
                print(f"  {pattern:10} {n:>5} B: {times[n]:.3g} s (measured)")
            else:
                print(f"  {pattern:10} {n:>5} B: ~{extrapolate(times, n):.3g} s (extrapolated)")
    on_loop, on_thread = await thread_versus_loop()
    print(
        f"a 500 ms regex search: worst loop lag {on_loop * 1000:.0f} ms on the loop, "
        f"{on_thread * 1000:.0f} ms on a worker thread"
    )
    print("after (regex with limits, on a worker thread), live gateway:")
    with tempfile.TemporaryDirectory() as workdir:
        for index, (pattern, length) in enumerate(CASES):
            r = await after(pattern, length, Path(workdir), index)
            print(
                f"  {pattern:10} {length:>5} B: reply {r['reply_s'] * 1000:7.1f} ms ({r['reply']}), worst NOOP "
                f"{r['worst_noop_s'] * 1000:6.1f} ms, worst loop lag {r['worst_loop_lag_s'] * 1000:6.1f} ms, "
                f"rule {'disabled: ' + r['reason'] if r['disabled'] else 'still on'}"
            )


if __name__ == "__main__":
    asyncio.run(main())
