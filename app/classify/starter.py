"""The starter model: token counts learned from the repository's training corpus (corpus/train), shipped
in the package as starter_model.json.gz so that a new installation filters from the first message.

Rebuild it with `make model` (python -m app.classify.starter corpus/train); `mailmoat init` loads it into
a new database and `mailmoat learn --rebuild` into an existing one (keeping what was learned on site).
Beside it, starter_weights.json.gz holds the logistic model trained on the same messages (app.classify.logistic):
read from the package, not the database (what is learned on site moves the counts, the starter's weights stay),
and a file of its own so that reading it never parses the counts (16 MB at the peak, and the memory stays with
the process: each `serve` worker reads the weights at the first message it scores).
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
import math
import sys
import zlib
from collections import Counter
from importlib import resources
from pathlib import Path

from .learning import tokens_of
from .logistic import LogisticModel, train

STARTER_FILE = "starter_model.json.gz"
WEIGHTS_FILE = "starter_weights.json.gz"
log = logging.getLogger("mailmoat.classify")
FORMAT = 1


class StarterError(Exception):
    """The starter model cannot be read or built."""


def build(train_dir: Path) -> dict:
    """Counts of every .eml under train_dir/spam and train_dir/ham."""
    counts: dict[str, list[int]] = {}
    totals: Counter[str] = Counter()
    messages: list[tuple[frozenset[str], bool]] = []
    for column, label in enumerate(("spam", "ham")):
        for path in sorted((train_dir / label).glob("*.eml")):
            tokens, _subject = tokens_of(path.read_bytes())
            totals[label] += 1
            messages.append((tokens, label == "spam"))
            for token in tokens:
                counts.setdefault(token, [0, 0])[column] += 1
    if not totals["spam"] or not totals["ham"]:
        raise StarterError(f"{train_dir}: need .eml files under both spam/ and ham/")
    logistic = train(messages)
    return {
        "format": FORMAT,
        "built_from": str(train_dir),
        "nspam": totals["spam"],
        "nham": totals["ham"],
        "tokens": dict(sorted(counts.items())),
        "logistic": {"bias": logistic.bias, "weights": dict(logistic.weights)},
    }


def write(model: dict, path: Path) -> None:
    """The counts to `path`, the logistic weights (when the model has them) to WEIGHTS_FILE beside it."""
    counts = {key: value for key, value in model.items() if key != "logistic"}
    _write_gzip_json(counts, path)
    if "logistic" in model:
        _write_gzip_json({"format": FORMAT, **model["logistic"]}, path.with_name(WEIGHTS_FILE))


def _write_gzip_json(value: dict, path: Path) -> None:
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    with gzip.GzipFile(path, "wb", mtime=0) as handle:  # mtime 0: the same corpus gives the same file
        handle.write(data)


def parse(data: bytes) -> tuple[dict[str, tuple[int, int]], int, int]:
    """(counts, nspam, nham) of a gzipped starter file. Raises StarterError when it is not one."""
    try:
        model = json.loads(gzip.decompress(data))
        if model.get("format") != FORMAT:
            raise StarterError(f"unknown starter model format {model.get('format')!r}")
        counts = {str(t): (int(c[0]), int(c[1])) for t, c in model["tokens"].items()}
        return counts, int(model["nspam"]), int(model["nham"])
    except StarterError:
        raise
    except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise StarterError(f"not a starter model: {exc}") from None


def parse_logistic(data: bytes) -> LogisticModel:
    """The logistic model of a gzipped weights file. Raises StarterError when it is not one."""
    try:
        model = json.loads(gzip.decompress(data))
        if model.get("format") != FORMAT:
            raise StarterError(f"unknown weights format {model.get('format')!r}")
        weights = {str(t): float(w) for t, w in model["weights"].items()}
        bias = float(model["bias"])
    except StarterError:
        raise
    except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StarterError(f"not a weights file: {exc}") from None
    if not math.isfinite(bias) or not all(map(math.isfinite, weights.values())):
        raise StarterError("not a weights file: a weight that is not a finite number")  # NaN would read as sure spam
    return LogisticModel(weights, bias)


@functools.cache
def shipped_logistic() -> LogisticModel | None:
    """The starter's logistic model in the package (read once per process), None when this build has none
    or its file cannot be read (the filter then judges by the counts alone)."""
    try:
        data = resources.files(__package__).joinpath(WEIGHTS_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        return None  # a build without weights: the counts alone
    try:
        return parse_logistic(data)
    except Exception as exc:  # whatever is wrong with the file, the gateway starts and filters by the counts
        log.warning(
            "the starter model's weights cannot be read (%s): the statistical filter uses its counts alone", exc
        )
        return None


def shipped() -> tuple[dict[str, tuple[int, int]], int, int] | None:
    """The starter model in the package, None when this build has none."""
    try:
        data = resources.files(__package__).joinpath(STARTER_FILE).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return parse(data)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m app.classify.starter TRAIN_DIR OUTPUT.json.gz", file=sys.stderr)
        return 2
    try:
        model = build(Path(argv[0]))
    except StarterError as exc:
        print(f"starter model: {exc}", file=sys.stderr)
        return 1
    write(model, Path(argv[1]))
    print(
        f"starter model: {model['nspam']} spam, {model['nham']} ham, {len(model['tokens'])} tokens -> {argv[1]}; "
        f"{len(model['logistic']['weights'])} weights -> {Path(argv[1]).with_name(WEIGHTS_FILE)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
