"""DKIM cost per message: signing (outbound) and verification (inbound) of one 20 KB Korean message.

    .venv/bin/python bench/mailauth.py [--runs 500]

The message is tests/support/corpus.py `korean_multipart_20k`, with CRLF line ends as SMTP carries it. Prints the
median of:

- sign: `app.mailauth.signing.signature_header` (dkimpy canonicalisation, OpenSSL signature), RSA-2048 and
  Ed25519; beside it dkimpy's own `dkim.sign` (pure-Python RSA) for reference;
- verify: `dkim.DKIM.verify` as the gateway calls it on its thread, the key record already fetched (DNS
  excluded), for both key types (the gateway signs c=relaxed/simple; a relaxed/relaxed one is measured too);
- loop: the pipeline's `verify_dkim` + DMARC evaluation + Authentication-Results as one coroutine, with a
  TXT lookup answered from memory (the cost the event loop and its thread pay per message);
- loop stall: the longest the event loop went without running while 100 RSA signatures were made on
  threads (OpenSSL releases the GIL; dkimpy's canonicalisation does not).
Target (issue 18): signing plus verification under 0.5 ms per 20 KB message, DNS excluded.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dkim  # noqa: E402

from app.mailauth import keys  # noqa: E402
from app.mailauth.dmarc import evaluate, find_record  # noqa: E402
from app.mailauth.results import authentication_results  # noqa: E402
from app.mailauth.signing import signature_header  # noqa: E402
from app.mailauth.verify import verify_dkim  # noqa: E402
from tests.support.corpus import korean_multipart_20k  # noqa: E402


def median_ms(work, runs: int) -> float:
    """The median CPU time of one call (process time: a shared, busy machine does not inflate it)."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return statistics.median(times) * 1000


async def loop_cost(message: bytes, key: keys.DkimKey, runs: int) -> float:
    records = {key.dns_name: (key.txt_value,), f"_dmarc.{key.domain}": ("v=DMARC1; p=reject",)}

    async def lookup(name: str):
        return records.get(name, ())

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        results, found = await asyncio.gather(verify_dkim(message, lookup), find_record(key.domain, lookup))
        verdict = evaluate(key.domain, found, results, "none", "")
        authentication_results("mx.corp.example", results, None, verdict)
        times.append(time.perf_counter() - started)
    assert results[0].result == "pass" and verdict.result == "pass", (results, verdict)
    return statistics.median(times) * 1000


async def loop_stall(message: bytes, key: keys.DkimKey) -> float:
    longest, running = 0.0, True

    async def ticker():
        nonlocal longest
        last = time.perf_counter()
        while running:
            await asyncio.sleep(0)
            now = time.perf_counter()
            longest, last = max(longest, now - last), now

    task = asyncio.ensure_future(ticker())
    await asyncio.gather(*(asyncio.to_thread(signature_header, message, key) for _ in range(100)))
    running = False
    await task
    return longest * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=500)
    runs = parser.parse_args().runs
    raw = korean_multipart_20k()
    message = raw if b"\nfrom:" in b"\n" + raw.split(b"\r\n\r\n")[0].lower() else b"From: a@corp.test\r\n" + raw
    message = re.sub(rb"\r?\n", b"\r\n", message)  # as it is on the wire and in the queue: CRLF lines
    print(f"message: {len(message)} bytes, {runs} runs, medians")
    for algorithm in ("rsa", "ed25519"):
        key = keys.generate("corp.test", "s1", algorithm)
        record = key.txt_value.encode()
        signed = signature_header(message, key) + message
        sign = median_ms(lambda: signature_header(message, key), runs)
        verify = median_ms(lambda: dkim.DKIM(signed, minkey=1024).verify(dnsfunc=lambda n, timeout=5: record), runs)
        whole = asyncio.run(loop_cost(signed, key, runs))
        label = "rsa-2048" if algorithm == "rsa" else "ed25519"
        print(
            f"{label:<9} sign {sign:6.3f} ms   verify {verify:6.3f} ms   sign+verify {sign + verify:6.3f} ms   "
            f"inbound coroutine (verify+DMARC+header) {whole:6.3f} ms"
        )
        if algorithm == "rsa":
            relaxed = (
                dkim.sign(message, b"s1", b"corp.test", key.private.encode(), canonicalize=(b"relaxed", b"relaxed"))
                + message
            )
            verify_rr = median_ms(
                lambda: dkim.DKIM(relaxed, minkey=1024).verify(dnsfunc=lambda n, timeout=5: record), runs
            )
            print(f"          verify of a c=relaxed/relaxed signature (what Gmail sends): {verify_rr:6.3f} ms")
            pure = median_ms(lambda: dkim.sign(message, b"s1", b"corp.test", key.private.encode()), max(runs // 10, 5))
            stall = asyncio.run(loop_stall(message, key))
            print(
                f"          dkimpy's own pure-Python RSA sign: {pure:6.3f} ms; longest loop stall while 100 "
                f"signatures ran on threads: {stall:6.3f} ms"
            )


if __name__ == "__main__":
    main()
