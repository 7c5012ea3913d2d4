#!/usr/bin/env python3
"""The gateway's CPU per message on a steady stream, for cutting it: old and new code alternated in one run.

    .venv/bin/python bench/cpu_per_message.py [--messages 1000] [--rounds 3] [--load 2k|20k]
                                              [--code base=/tmp/old-tree] [--profile bench/out/profile.txt]

Each run: `mailmoat serve` (one process) on a copy of compare.py's database (starter rules, 1,000 IP block
entries, durable queue, the NXDOMAIN DNS stub), smtp-source sending --messages messages, --sessions at once,
one per connection, into smtp-sink: its own 2 KB filler (`--load 2k`) or the ~20 KB Korean multipart message of
bench/content.py (`--load 20k`, sent with `smtp-source -F`, as compare.py does). The figure is the serve process's CPU (user + system, its threads included,
from /proc) over the run divided by the messages delivered: it counts the gateway's own work, which a busy box
disturbs less than the wall time. `--code LABEL=DIR` adds a variant run with PYTHONPATH=DIR (a scratch copy of
older code, `git archive COMMIT | tar -x -C DIR`); each round runs every variant, their order rotated. With
--profile, py-spy samples the first run of the current code and the self and total shares of the busiest
functions go to that file. Measurement only: exit status 0 even when a run is incomplete.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import compare  # noqa: E402  (make_template: the default policy with 1,000 block entries)
import filtering  # noqa: E402
import throughput as tp  # noqa: E402
from tests.support.corpus import korean_multipart_20k  # noqa: E402


def run_once(template: Path, scratch: Path, code: str | None, args, dns: tp.DnsStub, profile: Path | None):
    workdir = Path(tempfile.mkdtemp(prefix="cpu-", dir=scratch))
    size = 2048 if args.message_file is None else args.message_file.stat().st_size
    run = compare.Run(path="mailmoat", load=args.load, messages=args.messages, sessions=args.sessions, size=size)
    with _pythonpath(code), contextlib.ExitStack() as cleanup:
        cleanup.callback(shutil.rmtree, workdir, ignore_errors=True)
        sink = tp.Sink(args.messages, workdir)
        cleanup.callback(sink.close)
        server = filtering.Gateway(template, workdir, sink, (), dns.address)
        cleanup.callback(server.close)
        spy = None
        if profile is not None:
            spy = subprocess.Popen(
                [
                    _py_spy(),
                    "record",
                    "--format",
                    "raw",
                    "-r",
                    "200",
                    "--nonblocking",
                    "--threads",
                ]
                + (["--gil"] if args.gil else [])
                + ["-p", str(server.proc.pid), "-o", str(profile.with_suffix(".raw"))],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            cleanup.callback(tp.stop_process, spy, signal.SIGINT, grace=30)
            time.sleep(1)
        argv = [tp.SMTP_SOURCE, "-c", "-s", str(args.sessions), "-m", str(args.messages), "-M", tp.HELO]
        argv += ["-f", tp.SENDER, "-t", tp.RECIPIENT]
        argv += ["-l", "2048"] if args.message_file is None else ["-F", str(args.message_file)]
        argv += [f"{tp.LOOPBACK}:{server.port}"]
        tracer, counts = None, workdir / "strace.txt"
        if args.strace:
            tracer = subprocess.Popen(
                ["strace", "-f", "-c", "-q", "-o", str(counts), "-p", str(server.proc.pid)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            cleanup.callback(tp.stop_process, tracer, signal.SIGINT, grace=30)
            time.sleep(1)
        before, split_before = server.cpu(), _user_system(server.proc.pid)
        tp.drive_load(argv, run, sink, args.messages, args.timeout)
        after, split_after = server.cpu(), _user_system(server.proc.pid)
        if tracer is not None:
            tp.stop_process(tracer, signal.SIGINT, grace=30)
            if run.delivered:
                run.diagnostics["syscalls_per_msg"] = _syscalls(counts, run.delivered)
        if before is not None and after is not None and run.delivered:
            run.cpu_us_per_msg = round(1e6 * (after - before) / run.delivered)
            user, system = (round(1e6 * (a - b) / run.delivered) for a, b in zip(split_after, split_before))
            run.diagnostics["user_system_us"] = (user, system)
    return run


def _syscalls(counts: Path, messages: int) -> dict[str, float]:
    """strace -c's table: the calls per message of the busiest system calls, and of all."""
    calls: dict[str, int] = {}
    for line in counts.read_text(errors="replace").splitlines():
        fields = line.split()
        if len(fields) >= 5 and fields[-1].isidentifier() and fields[3].isdigit() and fields[-1] != "total":
            calls[fields[-1]] = int(fields[3])
    total = sum(calls.values())
    busiest = sorted(calls.items(), key=lambda item: -item[1])[:6]
    shown = dict(busiest) | {name: calls.get(name, 0) for name in ("fdatasync", "fsync", "sendto", "write")}
    return {"all": round(total / messages, 1)} | {name: round(n / messages, 2) for name, n in shown.items()}


def _py_spy() -> str:
    """py-spy beside this Python, else the one on PATH."""
    beside = Path(sys.executable).parent / "py-spy"
    return str(beside) if beside.exists() else shutil.which("py-spy") or "py-spy"


def _user_system(pid: int) -> tuple[float, float]:
    """The process's user and system CPU seconds, its threads included."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) / tp._TICK, int(fields[12]) / tp._TICK


@contextlib.contextmanager
def _pythonpath(code: str | None):
    """The gateway's code from `code` (the current tree's when None)."""
    saved = os.environ.get("PYTHONPATH")
    if code:
        os.environ["PYTHONPATH"] = code
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


def summarise_profile(raw: Path, out: Path, top: int = 45) -> None:
    """py-spy's raw (collapsed) stacks: each function's share of the samples, on its own and with its callees."""
    own: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    samples = 0
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = [f for f in stack.split(";") if not f.startswith("process ") and not f.startswith("thread ")]
        if not frames:
            continue
        n = int(count)
        samples += n
        own[frames[-1]] += n
        for frame in set(frames):
            total[frame] += n
    lines = [f"{samples} samples", "", "self %  function"]
    lines += [f"{100 * n / samples:6.1f}  {name}" for name, n in own.most_common(top)]
    lines += ["", "total %  function"]
    lines += [f"{100 * n / samples:6.1f}  {name}" for name, n in total.most_common(top)]
    out.write_text("\n".join(lines) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=180)
    parser.add_argument("--load", choices=sorted(compare.LOADS), default="2k", help="2k (default) or 20k")
    parser.add_argument("--code", action="append", default=[], help="LABEL=DIR: older code to alternate with")
    parser.add_argument("--profile", type=Path)
    parser.add_argument(
        "--strace",
        action="store_true",
        help="count the serve process's system calls per message (strace -f -c; a count the load does not change, "
        "but strace slows the process: its CPU figures are not comparable with runs without it)",
    )
    parser.add_argument(
        "--gil",
        action="store_true",
        help="profile only the thread holding the GIL (Python's own work; without it, a thread waiting for the "
        "GIL is sampled at whatever line it waits on)",
    )
    args = parser.parse_args()
    tp.SMTP_SOURCE, tp.SMTP_SINK = tp._tool("smtp-source"), tp._tool("smtp-sink")
    if not tp.SMTP_SOURCE or not tp.SMTP_SINK:
        print("needs smtp-source and smtp-sink (Debian's postfix package)", file=sys.stderr)
        return 2
    variants: list[tuple[str, str | None]] = [("current", None)]
    for item in args.code:
        label, _, directory = item.partition("=")
        variants.append((label, str(Path(directory).resolve())))
    scratch = Path(tempfile.mkdtemp(prefix="mailmoat-cpu-"))
    dns = tp.DnsStub()
    results: dict[str, list[int]] = {label: [] for label, _ in variants}
    args.message_file = None
    try:
        if args.load == "20k":
            args.message_file = scratch / "korean-multipart-20k.eml"
            # smtp-source -F appends CRLF to each line and dot-stuffs: give it the message with bare LF line ends
            args.message_file.write_bytes(korean_multipart_20k().replace(b"\r\n", b"\n"))
        templates = {}
        for label, code in variants:  # each made by its own code: an older one refuses a newer schema
            with _pythonpath(code):
                templates[label] = compare.make_template(scratch / f"template-{label}")
        print(f"load {args.load}; load average at the start: {os.getloadavg()[0]:.2f}", flush=True)
        for round_no in range(args.rounds):
            order = variants[round_no % len(variants) :] + variants[: round_no % len(variants)]
            for label, code in order:
                profile = args.profile if (label == "current" and round_no == 0 and args.profile) else None
                run = run_once(templates[label], scratch, code, args, dns, profile)
                figure = run.cpu_us_per_msg
                if figure is not None and run.delivered >= args.messages:
                    results[label].append(figure)
                print(
                    f"round {round_no + 1} {label:>10}: {figure} µs/msg "
                    f"(user, system {run.diagnostics.get('user_system_us')}), delivered {run.delivered}/{args.messages}"
                    f"{', system calls/msg ' + str(run.diagnostics['syscalls_per_msg']) if args.strace else ''}"
                    f"{' (' + run.error + ')' if run.error else ''}, load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
                if profile is not None and profile.with_suffix(".raw").exists():
                    summarise_profile(profile.with_suffix(".raw"), profile)
        for label, figures in results.items():
            if figures:
                print(f"{label:>10}: median {statistics.median(figures):.0f} µs/msg over {figures}")
        print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    finally:
        dns.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
