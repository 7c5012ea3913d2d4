"""Accuracy on the corpus: what Mailmoat out of the box does with every message of corpus/heldout.

    .venv/bin/python bench/accuracy.py [--corpus DIR] [--train] [--no-others]

Builds a fresh database as `mailmoat init` does (starter rules + starter model, corp.example local) and
runs the DATA stage's content checks on every .eml exactly as the gateway does at DATA (decode -> rules
-> statistical filter -> thresholds -> action; `app.pipeline.offline.check_message`). Prints, per
category (the file-name prefix): spam caught (quarantined or refused), spam only tagged, spam passed;
ham passed, ham tagged, ham quarantined or refused (false positives); and totals. The same totals with
the statistical filter off show what it adds. `--train` also reports corpus/train, labelled as such
(the starter model learned from it: that figure is not a measure of accuracy).

In the same run, where installed: stock SpamAssassin (a private `spamd` on loopback, rules as shipped,
network tests off; spam = its default threshold 5, which this bench counts as caught) and stock Rspamd
(a private instance started with ../shared/tools/rspamd-milter, scanned with `rspamc`; reject = caught,
add header / rewrite subject / greylist / soft reject = tagged). Missing tools are skipped with a note,
and so is a missing corpus/.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.install import initialise  # noqa: E402
from app.pipeline.offline import check_message  # noqa: E402
from app.pipeline.result import decisive  # noqa: E402
from app.policy.loader import load_snapshot  # noqa: E402
from app.store import relay as relay_store  # noqa: E402
from app.store import settings as settings_store  # noqa: E402
from app.store.database import Store  # noqa: E402

RECIPIENT = "staff@corp.example"
# ../shared/tools beside the checkout, or two levels up from a git worktree
RSPAMD_MILTER = next(
    (
        base / "shared" / "tools" / "rspamd-milter"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "tools" / "rspamd-milter").exists()
    ),
    ROOT.parent / "shared" / "tools" / "rspamd-milter",
)
_CATEGORY = re.compile(r"^(.*)-\d+$")

Outcome = str  # caught | tagged | passed


def corpus_files(corpus: Path, part: str) -> list[tuple[str, str, Path]]:
    """(label, category, path) of every .eml under corpus/part/{spam,ham}."""
    files = []
    for label in ("spam", "ham"):
        for path in sorted((corpus / part / label).glob("*.eml")):
            match = _CATEGORY.match(path.stem)
            files.append((label, match.group(1) if match else path.stem, path))
    return files


async def mailmoat_outcomes(files, workdir: Path, *, bayes: bool) -> list[Outcome]:
    store = await Store.open(workdir / f"accuracy-{int(bayes)}.db")
    try:
        await initialise(store, "mx.corp.example")
        await relay_store.add_local_domain(store, "corp.example")
        await settings_store.set_setting(store, "bayes.enabled", "yes" if bayes else "no")
        policy = await load_snapshot(store)
    finally:
        await store.close()
    outcomes = []
    for _label, _category, path in files:
        results, outcome = await check_message(policy, path.read_bytes(), [RECIPIENT], None)
        verdict = decisive(results)
        if not verdict.accepted:
            outcomes.append("caught")  # refused, or quarantined (a quarantine is not "accepted" for delivery)
        elif outcome is not None and outcome.action == "quarantine":
            outcomes.append("caught")
        elif outcome is not None and outcome.action == "tag":
            outcomes.append("tagged")
        else:
            outcomes.append("passed")
    return outcomes


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_port(port: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return True
        time.sleep(0.5)
    return False


def spamassassin_outcomes(files, workdir: Path) -> tuple[list[Outcome] | None, str]:
    spamd, spamc = shutil.which("spamd") or "/usr/sbin/spamd", shutil.which("spamc")
    if not os.path.exists(spamd) or spamc is None:
        return None, "SpamAssassin: not installed (apt-get install spamassassin spamc), skipped"
    port = free_port()
    home = workdir / "sa"
    home.mkdir()
    argv = [
        spamd,
        "--listen",
        f"127.0.0.1:{port}",
        "--local",
        "--max-children",
        "2",
        "--nouser-config",
        "--syslog",
        "stderr",
        "--pidfile",
        str(home / "spamd.pid"),
        "--allowed-ips",
        "127.0.0.1",
    ]
    if os.geteuid() == 0:
        argv += ["--username", "nobody", "--helper-home-dir", str(home)]
        os.chmod(home, 0o777)
    with open(home / "spamd.log", "wb") as log:
        daemon = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        if not wait_port(port, 180):
            return None, f"SpamAssassin: spamd did not start (see {home}/spamd.log), skipped"
        outcomes = []
        for _label, _category, path in files:
            done = subprocess.run(
                [spamc, "-d", "127.0.0.1", "-p", str(port), "-c"],
                stdin=open(path, "rb"),
                capture_output=True,
                timeout=120,
            )
            # -c: prints score/threshold; exit 1 when spam
            outcomes.append("caught" if done.returncode == 1 else "passed")
        version = subprocess.run([spamd, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        return outcomes, f"SpamAssassin ({version.strip()}, stock rules, --local: no network tests)"
    finally:
        _stop(daemon)


def rspamd_outcomes(files, workdir: Path) -> tuple[list[Outcome] | None, str]:
    rspamc = shutil.which("rspamc")
    if rspamc is None or shutil.which("rspamd") is None:
        return None, "Rspamd: not installed (apt-get install rspamd), skipped"
    if not RSPAMD_MILTER.exists():
        return None, f"Rspamd: {RSPAMD_MILTER} not found, skipped"
    directory = workdir / "rspamd"
    directory.mkdir()
    os.chmod(directory, 0o755)
    port = free_port()
    started = subprocess.run(
        [sys.executable, str(RSPAMD_MILTER), "start", str(directory), str(port), "--proxies", "1"],
        capture_output=True,
        text=True,
        timeout=400,
    )
    try:
        if started.returncode != 0:
            return None, f"Rspamd: did not start ({(started.stderr or started.stdout).strip()[:200]}), skipped"
        outcomes = []
        for _label, _category, path in files:
            done = subprocess.run(
                [rspamc, "-h", f"127.0.0.1:{port + 1}", "-t", "60", str(path)],
                capture_output=True,
                text=True,
                timeout=120,
            )
            action = re.search(r"^Action: (.+)$", done.stdout, re.MULTILINE)
            action_text = action.group(1).strip().lower() if action else "no action"
            outcomes.append(
                "caught" if action_text == "reject" else "passed" if action_text == "no action" else "tagged"
            )
        return outcomes, "Rspamd (stock rules, network checks off; ../shared/tools/rspamd-milter)"
    finally:
        subprocess.run([sys.executable, str(RSPAMD_MILTER), "stop", str(directory)], capture_output=True, timeout=60)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


def table(title: str, files, outcomes: list[Outcome]) -> None:
    by: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (label, category, _path), outcome in zip(files, outcomes):
        by[(label, category)][outcome] += 1
    print(f"\n{title}")
    for label, columns, heads in (
        ("spam", ("caught", "tagged", "passed"), ("caught", "tagged only", "passed")),
        ("ham", ("passed", "tagged", "caught"), ("passed", "tagged", "quarantined/refused")),
    ):
        rows = sorted((c, counts) for (lab, c), counts in by.items() if lab == label)
        if not rows:
            continue
        print(f"  {label:<26}{'n':>5}" + "".join(f"{h:>21}" for h in heads))
        total = Counter()
        for category, counts in rows:
            total.update(counts)
            print(_row(f"  {category}", counts, columns))
        print(_row(f"  all {label}", total, columns))


def _row(name: str, counts: Counter, columns) -> str:
    n = sum(counts.values())
    return f"{name:<28}{n:>5}" + "".join(f"{counts[c]:>12} ({100 * counts[c] / n:5.1f}%)" for c in columns)


def totals_line(name: str, files, outcomes: list[Outcome]) -> str:
    spam = Counter(o for (label, _c, _p), o in zip(files, outcomes) if label == "spam")
    ham = Counter(o for (label, _c, _p), o in zip(files, outcomes) if label == "ham")
    ns, nh = sum(spam.values()) or 1, sum(ham.values()) or 1
    return (
        f"  {name:<44} spam caught {100 * spam['caught'] / ns:5.1f}%  tagged {100 * spam['tagged'] / ns:5.1f}%  "
        f"passed {100 * spam['passed'] / ns:5.1f}% | ham quarantined/refused {100 * ham['caught'] / nh:4.1f}%  "
        f"tagged {100 * ham['tagged'] / nh:4.1f}%"
    )


def run_part(corpus: Path, part: str, workdir: Path, others: bool) -> None:
    files = corpus_files(corpus, part)
    if not files:
        print(f"\n{corpus / part}: no .eml files, skipped")
        return
    label = "heldout (never tuned on)" if part == "heldout" else "train (the starter model learned it: not a measure)"
    spam_count = sum(1 for f in files if f[0] == "spam")
    print(f"\n=== corpus/{part}: {spam_count} spam, {len(files) - spam_count} ham — {label}")
    t0 = time.perf_counter()
    full = asyncio.run(mailmoat_outcomes(files, workdir, bayes=True))
    elapsed = time.perf_counter() - t0
    table(f"Mailmoat out of the box (starter rules + starter model), {part}:", files, full)
    rules_only = asyncio.run(mailmoat_outcomes(files, workdir, bayes=False))
    print("\ntotals")
    print(totals_line("Mailmoat, rules + statistical filter", files, full))
    print(totals_line("Mailmoat, rules only (bayes.enabled no)", files, rules_only))
    print(f"  (Mailmoat: {elapsed:.1f} s for {len(files)} messages, including building the database)")
    if not others:
        return
    for engine in (spamassassin_outcomes, rspamd_outcomes):
        outcomes, name = engine(files, workdir)
        if outcomes is None:
            print(f"  {name}")
            continue
        print(totals_line(name.split(" (")[0], files, outcomes))
        print(f"    ({name})")
        table(f"{name}, {part}:", files, outcomes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--train", action="store_true", help="also corpus/train (labelled as such)")
    parser.add_argument("--no-others", action="store_true", help="skip SpamAssassin and Rspamd")
    args = parser.parse_args(argv)
    if not (args.corpus / "heldout").is_dir():
        print(f"accuracy: no corpus at {args.corpus} (corpus/heldout missing): nothing to measure, skipped")
        return 0
    with tempfile.TemporaryDirectory(prefix="mailmoat-accuracy-") as tmp:
        os.chmod(tmp, 0o755)
        for part in ("heldout", "train") if args.train else ("heldout",):
            run_part(args.corpus, part, Path(tmp), not args.no_others)
    return 0


if __name__ == "__main__":
    sys.exit(main())
