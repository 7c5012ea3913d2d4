"""Is a Korean morphological analyser affordable for word matching? Times kiwipiepy (not a dependency:
`pip install kiwipiepy` into the venv first) on the body of the bench/content.py message.

    .venv/bin/python bench/kiwi.py [--runs 20]

Prints the load time, the median time to tokenise the 7.6 K characters of text of the 20 KB message, and,
for comparison, the whole content evaluation budget (1.5 ms).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.mail.decode import decode_message
from tests.support.corpus import korean_multipart_20k


def main(runs: int) -> None:
    try:
        from kiwipiepy import Kiwi
    except ImportError:
        sys.exit("kiwipiepy is not installed (pip install kiwipiepy)")
    text = decode_message(korean_multipart_20k()).text
    t0 = time.perf_counter()
    kiwi = Kiwi(num_workers=0)
    kiwi.tokenize("준비")
    load = time.perf_counter() - t0
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        tokens = kiwi.tokenize(text)
        times.append(time.perf_counter() - t0)
    median = statistics.median(times) * 1000
    print(
        f"kiwipiepy: load {load:.2f} s; tokenize {len(text):,} characters: {median:.1f} ms median of {runs} "
        f"({len(tokens):,} tokens); the whole content evaluation budget is 1.5 ms"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    main(parser.parse_args().runs)
