#!/usr/bin/env python3
"""Mailmoat against Postfix and Postfix + Rspamd, side by side in one run, on two loads (issue 16 item 4).

    .venv/bin/python bench/compare.py [--messages 2000] [--sessions 20] [--rounds 3] [--loads 2k,20k]

Paths, each run with a fresh smtp-sink (and a fresh relay / database), every message into that sink:
  straight        smtp-source -> smtp-sink                                          (the box's limit)
  postfix         smtp-source -> Postfix relay -> smtp-sink       (../shared/tools/postfix-relay, stock)
  postfix+rspamd  the same relay with "smtpd_milters = inet:127.0.0.1:PORT" "milter_default_action = tempfail",
                  PORT a private Rspamd (../shared/tools/rspamd-milter: stock rules, network checks off), started
                  once for the whole run
  mailmoat        smtp-source -> mailmoat serve (--workers 1 where serve has the flag) -> smtp-sink
  mailmoat-auto   mailmoat serve --workers auto (skipped, with a note, when serve has no --workers)

Mailmoat runs its default policy: the starter rules `init` installs, 1,000 IP block entries (none matching the
client), the durable queue; besides, `delivery.tls no` (smtp-sink has no TLS), no per-address flood limits (one
load generator on one address) and no DNS: its resolver asks a stub on 127.0.0.1 that answers NXDOMAIN at once,
as rspamd-milter's stub does for Rspamd (bench/throughput.py's DnsStub, with an SOA: cacheable for 300 s).

Loads, both sent by smtp-source (one message per connection, --sessions at once), the same client on every path:
  2k   smtp-source's own 2 KB filler (-l 2048)
  20k  the ~20 KB Korean multipart message of bench/content.py (tests/support/corpus.py korean_multipart_20k), -F FILE

Each round runs every load through every path, the paths in an order rotated by one each round. Per load and path
it prints the median over the rounds of delivered/s (messages / time from smtp-source's start until smtp-sink
counted them all) and of the CPU per message (the relay's whole process tree: Mailmoat's serve and its workers;
Postfix's master and its daemons; for Postfix + Rspamd, Rspamd's processes too), then the ratios Mailmoat / Postfix
and Mailmoat / (Postfix + Rspamd), taken within each round (their median and range), and the load average.

Measurement only: nothing asserts a speed; the exit status is 0 even when a run is incomplete (2: smtp-source or
smtp-sink missing; 130: interrupted). The Postfix paths need root and Rspamd (`make system-deps`); without them
those paths are reported as failed and the others run. Everything stays on 127.0.0.1, every wait is bounded, and
every process (Rspamd included) and temp dir is cleaned up, also on failure, Ctrl-C or SIGTERM.
Results go to stdout and to bench/out/compare.json.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

import filtering  # (Gateway: mailmoat serve on a copy of a template database, its CLI helper)
import throughput as tp  # (Sink, PostfixRelay, drive_load, CPU accounting, process control)

from tests.support.corpus import korean_multipart_20k

ROOT = tp.ROOT
OUT_DEFAULT = ROOT / "bench" / "out" / "compare.json"
RSPAMD_SCRIPT = tp.shared_tool("rspamd-milter")
LOOPBACK = tp.LOOPBACK
PATHS = {
    "straight": "smtp-sink",
    "postfix": "Postfix",
    "rspamd": "Postfix+Rspamd",
    "mailmoat": "Mailmoat",
    "mailmoat-auto": "Mailmoat auto",
}
LOADS = {"2k": "2 KB (smtp-source filler)", "20k": "20 KB Korean multipart"}
BLOCK_ENTRIES = 1000


class BenchError(tp.BenchError):
    pass


def serve_has_workers() -> bool:
    with contextlib.suppress(Exception):
        return (
            "--workers"
            in subprocess.run(
                [tp._mailmoat_cli(), "serve", "--help"],
                capture_output=True,
                text=True,
                timeout=60,
                stdin=subprocess.DEVNULL,
            ).stdout
        )
    return False


def make_template(directory: Path) -> Path:
    """A database with Mailmoat's default policy (starter rules, durable queue) and 1,000 IP block entries."""
    db, _ = filtering.make_template("rules", directory, None)
    blocks = directory / "blocks.txt"
    # 10.0.0.0/22 and 198.51.100.0/24 style addresses: none is the client's 127.0.0.1
    blocks.write_text("".join(f"10.{i // 250}.{i % 250}.{7 + i % 200}\n" for i in range(BLOCK_ENTRIES)))
    filtering.cli(db, "block", "import", str(blocks), "--kind", "ip")
    listed = filtering.cli(db, "block", "list").strip().splitlines()
    if len(listed) < BLOCK_ENTRIES:
        raise BenchError(f"block import stored {len(listed)} lines of listing, expected {BLOCK_ENTRIES}")
    return db


def _bindable(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((LOOPBACK, port))
        except OSError:
            return False
        return True


class Rspamd:
    """One private Rspamd milter for the whole run (rspamd-milter start takes ~15 s: its regexps compile)."""

    def __init__(self, workdir: Path):
        if not RSPAMD_SCRIPT.exists():
            raise BenchError(f"{RSPAMD_SCRIPT} not found")
        if not tp._tool("rspamd"):
            raise BenchError("rspamd is not installed (make system-deps)")
        if os.geteuid() != 0:
            raise BenchError("rspamd-milter needs root (it runs rspamd as _rspamd)")
        self.dir = workdir / "rspamd"
        self.port = self._free_port_run()
        self.started = True  # from here on close() runs `rspamd-milter stop`
        try:
            run = subprocess.run(
                [sys.executable, str(RSPAMD_SCRIPT), "start", str(self.dir), str(self.port)],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=330,
            )
        except subprocess.TimeoutExpired:
            self.close()
            raise BenchError("rspamd-milter start timed out after 330 s") from None
        if run.returncode != 0 or not tp.wait_port(self.port, time.monotonic() + 15):
            self.close()
            raise BenchError(
                f"rspamd-milter start failed (exit {run.returncode}): {(run.stderr or run.stdout).strip()[-500:]}"
            )

    @staticmethod
    def _free_port_run() -> int:
        """A port with the next two free as well (the milter proxy, its scanner and its controller)."""
        for _ in range(50):
            port = tp.free_port()
            if port < 65000 and all(_bindable(p) for p in (port + 1, port + 2)):
                return port
        raise BenchError("no three consecutive free ports for rspamd")

    def pids(self) -> list[int]:
        with contextlib.suppress(OSError, ValueError):
            return [int(x) for x in (self.dir / "pids").read_text().split()]
        return []

    def cpu(self) -> float | None:
        values = [tp.process_tree_cpu(pid) for pid in self.pids()]
        return sum(v for v in values if v is not None) if values else None

    def close(self) -> None:
        if not self.started:
            return
        self.started = False
        with contextlib.suppress(subprocess.TimeoutExpired):
            subprocess.run(
                [sys.executable, str(RSPAMD_SCRIPT), "stop", str(self.dir)],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=30,
            )


class Straight:
    def __init__(self, port: int):
        self.port = port

    def cpu(self) -> float | None:
        return None

    def diagnostics(self) -> dict:
        return {}

    def close(self) -> None:
        pass


class Stack:
    """Postfix + Rspamd: the relay's CPU and Rspamd's together."""

    def __init__(self, relay: tp.PostfixRelay, rspamd: Rspamd):
        self.relay, self.rspamd, self.port = relay, rspamd, relay.port

    def cpu(self) -> float | None:
        a, b = self.relay.cpu(), self.rspamd.cpu()
        return None if a is None or b is None else a + b

    def diagnostics(self) -> dict:
        return self.relay.diagnostics()

    def close(self) -> None:
        self.relay.close()


# --- one measurement ------------------------------------------------------------------------------
@dataclass
class Run(tp.Measurement):
    path: str = ""
    load: str = ""
    round: int = 0
    cpu_us_per_msg: float | None = None
    cpu_percent: float | None = None
    loadavg_after: float | None = None
    diagnostics: dict = field(default_factory=dict)


@dataclass
class Context:
    args: argparse.Namespace
    scratch: Path
    message_file: Path
    template: Path | None = None
    workers_flag: bool = False
    rspamd: Rspamd | None = None
    rspamd_error: str = ""
    dns: tp.DnsStub | None = None


def start_path(path: str, ctx: Context, workdir: Path, sink: tp.Sink):
    if path == "straight":
        return Straight(sink.port)
    if path == "postfix":
        return tp.PostfixRelay(workdir, sink)
    if path == "rspamd":
        if ctx.rspamd is None:
            if ctx.rspamd_error:
                raise BenchError(ctx.rspamd_error)
            try:
                ctx.rspamd = Rspamd(ctx.scratch)
            except tp.BenchError as exc:
                ctx.rspamd_error = f"Rspamd: {exc}"
                raise BenchError(ctx.rspamd_error) from None
        relay = tp.PostfixRelay(
            workdir, sink, (f"smtpd_milters = inet:{LOOPBACK}:{ctx.rspamd.port}", "milter_default_action = tempfail")
        )
        return Stack(relay, ctx.rspamd)
    if ctx.template is None:
        ctx.template = make_template(ctx.scratch / "template")
    if ctx.dns is None:
        ctx.dns = tp.DnsStub()
    workers = ("--workers", "auto" if path == "mailmoat-auto" else "1") if ctx.workers_flag else ()
    return filtering.Gateway(ctx.template, workdir, sink, workers, ctx.dns.address)


def measure(path: str, load: str, round_no: int, ctx: Context) -> Run:
    args = ctx.args
    run = Run(
        path=path,
        load=load,
        round=round_no,
        sessions=args.sessions,
        messages=args.messages,
        size=2048 if load == "2k" else ctx.message_file.stat().st_size,
    )
    workdir = Path(tempfile.mkdtemp(prefix=f"{path}-{load}-{round_no}-", dir=ctx.scratch))
    workdir.chmod(0o755)  # Postfix's unprivileged daemons must traverse it
    sink = server = None
    try:
        sink = tp.Sink(args.messages, workdir)
        server = start_path(path, ctx, workdir, sink)
        argv = [
            tp.SMTP_SOURCE,
            "-c",
            "-s",
            str(args.sessions),
            "-m",
            str(args.messages),
            "-M",
            tp.HELO,
            "-f",
            tp.SENDER,
            "-t",
            tp.RECIPIENT,
        ]
        argv += ["-l", "2048"] if load == "2k" else ["-F", str(ctx.message_file)]
        argv.append(f"{LOOPBACK}:{server.port}")
        cpu_before = server.cpu()
        t0, returncode, target = tp.drive_load(argv, run, sink, args.messages, args.timeout)
        cpu_after = server.cpu()
        wall = time.monotonic() - t0
        if sink.counter.reached_at is not None and target:
            run.delivered_seconds = sink.counter.reached_at - t0
        elif sink.counter.last_change is not None:
            run.delivered_seconds = sink.counter.last_change - t0
        if run.delivered_seconds and run.delivered:
            run.delivered_per_s = run.delivered / run.delivered_seconds
        run.complete = returncode == 0 and run.delivered >= args.messages
        if not run.complete and not run.error:
            run.error = f"delivered {run.delivered} of {args.messages} within {args.timeout:g} s"
        if cpu_before is not None and cpu_after is not None and run.delivered:
            run.cpu_us_per_msg = round(1e6 * (cpu_after - cpu_before) / run.delivered)
            run.cpu_percent = round(100 * (cpu_after - cpu_before) / wall, 1)
    except tp.BenchError as exc:
        run.error = str(exc)
    finally:
        run.loadavg_after = round(os.getloadavg()[0], 2)
        with tp.cleanup(workdir, args.keep):
            if server is not None:
                server.close()
                with contextlib.suppress(Exception):
                    run.diagnostics = server.diagnostics()
            if sink is not None:
                sink.close()
    return run


# --- report ---------------------------------------------------------------------------------------
def summarise(runs: list[Run], paths: list[str], loads: list[str]) -> dict:
    summary: dict = {}
    for load in loads:
        entry: dict = {}
        for path in paths:
            mine = [r for r in runs if r.load == load and r.path == path]
            if not mine:
                continue
            entry[path] = {
                "delivered_per_s": tp.median(r.delivered_per_s for r in mine if r.complete),
                "cpu_us_per_msg": tp.median(r.cpu_us_per_msg for r in mine if r.complete),
                "rounds_delivered_per_s": [r.delivered_per_s and round(r.delivered_per_s) for r in mine],
                "complete": sum(r.complete for r in mine),
                "rounds": len(mine),
            }
        for mine in ("mailmoat", "mailmoat-auto"):
            for ref in ("postfix", "rspamd"):
                per_round = []
                for r in runs:
                    if r.load != load or r.path != mine or not r.complete:
                        continue
                    other = next(
                        (o for o in runs if o.load == load and o.path == ref and o.round == r.round and o.complete),
                        None,
                    )
                    if other is not None:
                        per_round.append(round(r.delivered_per_s / other.delivered_per_s, 3))
                if per_round:
                    entry[f"{mine}/{ref}"] = {"median": tp.median(per_round), "rounds": per_round}
        summary[load] = entry
    return summary


def report(runs: list[Run], summary: dict, paths: list[str], notes: list[str]) -> str:
    lines = []
    for load, entry in summary.items():
        lines.append(f"{LOADS[load]}:")
        lines.append(f"  {'path':<15} {'delivered/s':>11} {'cpu/msg':>10}   rounds (delivered/s)")
        for path in paths:
            e = entry.get(path)
            if e is None:
                continue
            rate = "-" if e["delivered_per_s"] is None else f"{e['delivered_per_s']:.0f}"
            cpu = "-" if e["cpu_us_per_msg"] is None else f"{e['cpu_us_per_msg'] / 1000:.2f} ms"
            rounds = ", ".join("-" if v is None else str(v) for v in e["rounds_delivered_per_s"])
            missing = "" if e["complete"] == e["rounds"] else f"   ({e['rounds'] - e['complete']} incomplete)"
            lines.append(f"  {PATHS[path]:<15} {rate:>11} {cpu:>10}   {rounds}{missing}")
        for mine in ("mailmoat", "mailmoat-auto"):
            for ref in ("postfix", "rspamd"):
                if (r := entry.get(f"{mine}/{ref}")) is not None:
                    spread = f"rounds {min(r['rounds']):.2f}-{max(r['rounds']):.2f}" if len(r["rounds"]) > 1 else ""
                    lines.append(f"  {PATHS[mine] + ' / ' + PATHS[ref]:<30} x{r['median']:.2f}  {spread}")
        lines.append("")
    problems = [r for r in runs if not r.complete]
    if problems:
        lines.append("incomplete runs (left out of the medians and ratios):")
        for run in problems:
            events = run.diagnostics.get("events", {})
            why = ", ".join(
                f"{events[kind]} {kind}" for kind in ("quarantined", "deferred", "bounced") if events.get(kind)
            )
            lines.append(
                f"  {PATHS[run.path]}, {run.load}, round {run.round}: {run.error}" + (f" ({why})" if why else "")
            )
            lines.extend(f"      {line}" for line in run.diagnostics.get("log_examples", [])[:2])
            for err in run.source_errors[-2:]:
                lines.append(f"      smtp-source: {err}")
    for run in runs:
        kind = {"rspamd": "postfix", "mailmoat-auto": "mailmoat"}.get(run.path, run.path)
        if run.complete and (
            note := tp._notes(
                tp.Run(
                    path=kind, sessions=run.sessions, messages=run.messages, size=run.size, diagnostics=run.diagnostics
                )
            )
        ):
            lines.append(f"  note {PATHS[run.path]}, {run.load}, round {run.round}: {note}")
    lines.extend(notes)
    return "\n".join(lines)


def add_run_arguments(
    parser: argparse.ArgumentParser, paths: dict[str, str], out: Path, messages: int, rounds: int, timeout: float
) -> None:
    """The options of a run of paths and loads (this script's, bench/nodes.py's)."""
    parser.add_argument("--messages", type=int, default=messages, help=f"messages per run (default {messages})")
    parser.add_argument("--sessions", type=int, default=20, help="concurrent smtp-source sessions (default 20)")
    parser.add_argument(
        "--rounds", type=int, default=rounds, help=f"rounds, each running every path (default {rounds})"
    )
    parser.add_argument("--loads", default="2k,20k", help="subset of 2k,20k (default both)")
    parser.add_argument("--paths", default=",".join(paths), help=f"subset of {','.join(paths)} (default all)")
    parser.add_argument("--timeout", type=float, default=timeout, help=f"seconds per run (default {timeout:g})")
    parser.add_argument("--out", type=Path, default=out, help=f"JSON results (default {out})")
    parser.add_argument("--keep", action="store_true", help="keep the temp dirs (logs, databases, maillogs)")


def paths_and_loads(parser: argparse.ArgumentParser, args: argparse.Namespace, paths: dict) -> tuple[list, list]:
    chosen = [p.strip() for p in args.paths.split(",") if p.strip()]
    loads = [s.strip() for s in args.loads.split(",") if s.strip()]
    if unknown := [p for p in chosen if p not in paths] + [s for s in loads if s not in LOADS]:
        parser.error(f"unknown path(s) or load(s) {unknown}; paths {list(paths)}, loads {list(LOADS)}")
    return chosen, loads


def schedule(rounds: int, paths: list[str], loads: list[str]) -> Iterator[tuple[int, str, str]]:
    """(round, load, path): each round every load through every path, the paths' order rotated by one each round."""
    for round_no in range(rounds):
        order = paths[round_no % len(paths) :] + paths[: round_no % len(paths)]
        for load in loads:
            for path in order:
                yield round_no, load, path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_run_arguments(parser, PATHS, OUT_DEFAULT, messages=2000, rounds=3, timeout=120.0)
    args = parser.parse_args(argv)
    paths, loads = paths_and_loads(parser, args, PATHS)
    if args.messages < 1 or args.sessions < 1 or args.rounds < 1:
        parser.error("--messages, --sessions and --rounds must be positive")
    tp.SMTP_SOURCE, tp.SMTP_SINK = tp._tool("smtp-source"), tp._tool("smtp-sink")
    if not tp.SMTP_SOURCE or not tp.SMTP_SINK:
        print(
            "bench: smtp-source/smtp-sink not found; install Debian's postfix package (make system-deps)",
            file=sys.stderr,
        )
        return 2

    def interrupted(signum, frame):
        raise KeyboardInterrupt

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, interrupted)
    subreaper = tp._become_subreaper()

    notes: list[str] = []
    workers_flag = serve_has_workers()
    if "mailmoat-auto" in paths and not workers_flag:
        paths.remove("mailmoat-auto")
        notes.append("note: `mailmoat serve` has no --workers here: the `Mailmoat auto` path was skipped")
    started = datetime.datetime.now(datetime.timezone.utc)
    loadavg = [round(x, 2) for x in os.getloadavg()]
    scratch = Path(tempfile.mkdtemp(prefix="mailmoat-compare-"))
    scratch.chmod(0o755)  # Postfix's unprivileged daemons must traverse it
    message_file = scratch / "korean-multipart-20k.eml"
    # smtp-source -F appends CRLF to each line and dot-stuffs: give it the message with bare LF line ends
    message_file.write_bytes(korean_multipart_20k().replace(b"\r\n", b"\n"))
    ctx = Context(args=args, scratch=scratch, message_file=message_file, workers_flag=workers_flag)
    runs: list[Run] = []
    interrupted_at: int | None = None
    print(
        f"bench: {args.messages} messages per run, {args.sessions} sessions, one message per connection, "
        f"{args.rounds} rounds, loads {loads}, paths {paths}; {os.cpu_count()} CPUs, load average {loadavg}",
        flush=True,
    )
    try:
        for round_no, load, path in schedule(args.rounds, paths, loads):
            print(f"  round {round_no} {load:>3} {PATHS[path]:<15} ... ", end="", flush=True)
            run = measure(path, load, round_no, ctx)
            runs.append(run)
            if run.complete:
                cpu = "" if run.cpu_us_per_msg is None else f", {run.cpu_us_per_msg / 1000:.2f} ms CPU/msg"
                print(f"{run.delivered_per_s:.0f} delivered/s{cpu}", flush=True)
            else:
                print(f"INCOMPLETE: {run.error}", flush=True)
    except KeyboardInterrupt:
        interrupted_at = len(runs)
        print("\nbench: interrupted; partial results follow", file=sys.stderr)
    finally:
        with tp.cleanup(scratch, args.keep):
            if ctx.rspamd is not None:
                ctx.rspamd.close()
            if ctx.dns is not None:
                ctx.dns.close()
        tp.reap_orphans()

    summary = summarise(runs, paths, loads)
    during = [r.loadavg_after for r in runs if r.loadavg_after is not None]
    load_line = (
        f"load average (1 min): {loadavg[0]} at the start; after each run median "
        f"{tp.median(during):.2f}, max {max(during):.2f}"
        if during
        else f"load average {loadavg}"
    )
    print()
    print(report(runs, summary, paths, notes))
    print(load_line)
    result = {
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "host": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "postfix": tp.postfix_version(),
            "subreaper": subreaper,
            "loadavg_at_start": loadavg,
            "loadavg_after_each_run": during,
        },
        "settings": {
            "messages": args.messages,
            "sessions": args.sessions,
            "rounds": args.rounds,
            "loads": loads,
            "paths": paths,
            "timeout": args.timeout,
            "block_entries": BLOCK_ENTRIES,
            "serve_workers_flag": workers_flag,
            "korean_message_bytes": message_file.stat().st_size if message_file.exists() else None,
        },
        "definitions": {
            "delivered_per_s": "messages / time from smtp-source start until smtp-sink counted them all",
            "cpu_us_per_msg": "CPU of the relay's process tree (Postfix+Rspamd: both) / messages delivered",
            "ratios": "Mailmoat's delivered/s over the reference's, in the same round; median of rounds",
        },
        "runs": [asdict(run) for run in runs],
        "summary": summary,
        "notes": notes,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nresults: {args.out}")
    return 130 if interrupted_at is not None else 0


if __name__ == "__main__":
    sys.exit(main())
