"""HTML to text on hostile markup: unclosed-tag bombs must cost linear time.

    .venv/bin/python bench/html_bombs.py

For each bomb (`<a`, `<img`, `<!--`, `<script`, an unclosed hiding `<div style=display:none>`), converts
75, 150 and 300 KB and prints the time and the ratio of each doubling (linear: about 2; the old
`[^>]*` patterns were quadratic, about 4, and took 34 s on a 273 KB body of `<a`).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.mail.html_text import visible_and_hidden

UNITS = ["<a", "<img", "<!--", "<script", "<div style=display:none>x", "<a href='x", "<font color=#fff>x"]


def best_ms(markup: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        visible_and_hidden(markup)
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def main() -> None:
    t = best_ms("<a" * (273_000 // 2))
    print(f"273 KB of '<a': {t:.1f} ms")
    for unit in UNITS:
        figures = [best_ms(unit * (size // len(unit))) for size in (75_000, 150_000, 300_000)]
        ratios = " ".join(f"x{b / a:.1f}" for a, b in zip(figures, figures[1:]))
        print(f"{unit!r:32} " + " ".join(f"{f:7.1f} ms" for f in figures) + f"   doubling: {ratios}")


if __name__ == "__main__":
    main()
