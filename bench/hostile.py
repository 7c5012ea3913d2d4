"""Hostile input must cost linear time: HTML tag bombs and normalisation of obfuscation material.

    .venv/bin/python bench/hostile.py

For each HTML bomb (`<a`, `<img`, `<!--`, `<script`, an unclosed hiding `<div style=display:none>` ...)
converts 75, 150 and 300 KB, and for each hostile text (loose jamo with look-alikes, spaced single
syllables, character references ...) normalises 75, 150 and 300 K characters; prints the times and the
ratio of each doubling (linear: about 2, quadratic: about 4; the old `[^>]*` HTML patterns took 34 s on a
273 KB body of `<a`).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.mail.html_text import visible_and_hidden
from app.mail.normalise import match_form, normalise

UNITS = [
    "<a",
    "<img",
    "<!--",
    "<script",
    "<div style=display:none>x",
    "<a href='x",
    "<font color=#fff>x",
    "<p class=h>x",
    "{",
    '<a class="class="',
    "<style>a",
]
CSS = "<style>.h{display:none}</style>"


TEXTS = [
    "ㄱr",
    "ㄱ ",
    "가 ",
    "ㅘ0",
    "0ㅏ2",
    "&#44305;",
    "&#&#51;",
    "a ",
    "가나 ",
    "광\u200b",
    "ㅋㅋ요",
    "관광 고속버스 ",
]


def best_ms(markup: str, runs: int = 3, func=visible_and_hidden) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        func(markup)
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def main() -> None:
    t = best_ms("<a" * (273_000 // 2))
    print(f"273 KB of '<a': {t:.1f} ms")
    for unit in UNITS:
        figures = [best_ms(CSS + unit * (size // len(unit))) for size in (75_000, 150_000, 300_000)]
        ratios = " ".join(f"x{b / a:.1f}" for a, b in zip(figures, figures[1:]))
        print(f"{unit!r:32} " + " ".join(f"{f:7.1f} ms" for f in figures) + f"   doubling: {ratios}")
    for unit in TEXTS:
        for name, func in (("normalise", normalise), ("match_form", match_form)):
            figures = [best_ms(unit * (size // len(unit)), func=func) for size in (75_000, 150_000, 300_000)]
            ratios = " ".join(f"x{b / a:.1f}" for a, b in zip(figures, figures[1:]))
            print(f"{name} {unit!r:22} " + " ".join(f"{f:7.1f} ms" for f in figures) + f"   doubling: {ratios}")


if __name__ == "__main__":
    main()
