#!/usr/bin/env python3
"""Throughput of one and two gateway nodes on PostgreSQL against one node on SQLite, in one run (issue 19).

    .venv/bin/python bench/nodes.py [--messages 1000] [--sessions 20] [--rounds 2] [--loads 2k,20k]

Paths, each run with a fresh smtp-sink and a fresh database holding Mailmoat's default policy (bench/compare.py's
template: the starter rules, 1,000 IP block entries, the durable queue, no DNS leaving the box):
  sqlite      one `mailmoat serve` on an SQLite file
  sqlite-2w   `mailmoat serve --workers 2` on an SQLite file (two processes of one node)
  pg-1        one `mailmoat serve --node n1` on a PostgreSQL database
  pg-2        two `mailmoat serve` nodes (--node n1, --node n2) on one PostgreSQL database, each on its own port;
              the load is split between them: two smtp-source processes, each with half the sessions and messages

PostgreSQL is a private durable server (fsync on, synchronous_commit on: tests/support/postgres.py with
durable=True) on this box, over loopback, started once for the run; each PostgreSQL run gets a new database,
filled from the template by `mailmoat migrate`. Loads as in bench/compare.py: `2k`, smtp-source's 2 KB filler, and
`20k`, the ~20 KB Korean multipart message of bench/content.py.

Each round runs every load through every path, the paths in an order rotated by one each round. Per load and path
it prints the median over the rounds of delivered/s (messages / time from the first smtp-source's start until
smtp-sink counted them all) and of the CPU per message: the gateways' process trees, and for PostgreSQL also with
the database server's processes added (on SQLite the database works inside the gateway). The load average is
printed before and after the runs. Measurement only (exit status 0 even when a run is incomplete); everything on
127.0.0.1, every process and temp dir cleaned up. Results also go to bench/out/nodes.json.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

import compare  # (the default-policy template)
import filtering  # (Serve: one mailmoat serve until it listens)
import throughput as tp  # (Sink, CPU accounting, process control)

from tests.support.corpus import korean_multipart_20k
from tests.support.postgres import PostgresServer, run_postgres

OUT_DEFAULT = tp.ROOT / "bench" / "out" / "nodes.json"
PATHS = {
    "sqlite": "SQLite, 1 node",
    "sqlite-2w": "SQLite, 2 workers",
    "pg-1": "PostgreSQL, 1 node",
    "pg-2": "PostgreSQL, 2 nodes",
}
LOADS = compare.LOADS
START_TIMEOUT = 60.0  # seconds a node may take to listen (migrating, loading the policy) on a loaded box


def postgres_cpu(server: PostgresServer) -> float | None:
    """CPU seconds of the PostgreSQL server: the postmaster and its backends (one level: that is all of them)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        return tp.process_tree_cpu(int((server.datadir / "postmaster.pid").read_text().split()[0]))
    return None


@dataclass
class Run(tp.Measurement):
    path: str = ""
    load: str = ""
    round: int = 0
    cpu_us_per_msg: float | None = None  # the gateways' process trees
    cpu_with_db_us_per_msg: float | None = None  # PostgreSQL's processes added (same as above on SQLite)
    loadavg_after: float | None = None
    errors: list[str] = field(default_factory=list)


@dataclass
class Context:
    args: argparse.Namespace
    scratch: Path
    message_file: Path
    template: Path
    dns: tp.DnsStub
    postgres: PostgresServer


def mailmoat(workdir: Path, *args: str) -> str:
    """A `mailmoat` command (its --db a file or a URL) run in `workdir`; raises BenchError when it fails."""
    env = {k: v for k, v in os.environ.items() if k != "MAILMOAT_DB"}
    try:
        done = subprocess.run(
            [tp._mailmoat_cli(), *args], cwd=workdir, stdin=subprocess.DEVNULL, capture_output=True, text=True,
            timeout=300, env=env, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        raise compare.BenchError(f"mailmoat {' '.join(args)} timed out") from None
    if done.returncode != 0:
        raise compare.BenchError(f"mailmoat {' '.join(args)} failed (exit {done.returncode}): {done.stderr.strip()}")
    return done.stdout


def database_for(path: str, ctx: Context, workdir: Path, sink: tp.Sink) -> str:
    """A fresh database with the template's policy, its upstream the run's sink."""
    if path.startswith("sqlite"):
        db = str(workdir / "bench.db")
        Path(db).write_bytes(ctx.template.read_bytes())
    else:
        db = ctx.postgres.url(ctx.postgres.create_database())
        mailmoat(workdir, "migrate", "--from", str(ctx.template), "--to", db)
    mailmoat(workdir, "--db", db, "set", "upstream", f"{tp.LOOPBACK}:{sink.port}")
    mailmoat(workdir, "--db", db, "set", "dns.nameservers", ctx.dns.address)
    return db


def start_nodes(path: str, db: str, workdir: Path) -> list[filtering.Serve]:
    if path == "sqlite":
        return [filtering.Serve(db, workdir, (), "serve", START_TIMEOUT)]
    if path == "sqlite-2w":
        return [filtering.Serve(db, workdir, ("--workers", "2"), "serve", START_TIMEOUT)]
    nodes: list[filtering.Serve] = []
    try:
        for number in range(1 if path == "pg-1" else 2):
            name = f"n{number + 1}"
            nodes.append(filtering.Serve(db, workdir, ("--node", name), name, START_TIMEOUT))
    except BaseException:
        for node in nodes:
            node.close()
        raise
    return nodes


def source_argv(ctx: Context, load: str, port: int, sessions: int, messages: int) -> list[str]:
    argv = [tp.SMTP_SOURCE, "-c", "-s", str(sessions), "-m", str(messages), "-M", tp.HELO, "-f", tp.SENDER]
    argv += ["-t", tp.RECIPIENT]
    argv += ["-l", "2048"] if load == "2k" else ["-F", str(ctx.message_file)]
    return [*argv, f"{tp.LOOPBACK}:{port}"]


def drive(argvs: list[list], run: Run, sink: tp.Sink, timeout: float) -> tuple[float, bool]:
    """Every smtp-source at once, then the sink's count; returns (t0, every source finished well)."""
    t0 = time.monotonic()
    deadline = t0 + timeout
    sources = [
        subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for argv in argvs
    ]
    errors: list[str] = []
    readers = [
        threading.Thread(target=lambda s=s: errors.extend(s.stderr.read().decode("utf-8", "replace").splitlines()))
        for s in sources
    ]
    try:
        for reader in readers:
            reader.start()
        for source in sources:
            try:
                source.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                tp.stop_process(source, signal.SIGKILL)
        for reader in readers:
            reader.join(timeout=2)
    except BaseException:
        for source in sources:
            tp.stop_process(source, signal.SIGKILL)
        raise
    run.errors = errors[:10]
    sink.counter.target = run.messages
    sink.counter.wait_for_target(deadline)
    run.delivered = sink.counter.count
    return t0, all(source.returncode == 0 for source in sources)


def measure(path: str, load: str, round_no: int, ctx: Context) -> Run:
    args = ctx.args
    size = 2048 if load == "2k" else ctx.message_file.stat().st_size
    run = Run(sessions=args.sessions, messages=args.messages, size=size, path=path, load=load, round=round_no)
    workdir = Path(tempfile.mkdtemp(prefix=f"{path}-{load}-{round_no}-", dir=ctx.scratch))
    sink = None
    nodes: list[filtering.Serve] = []
    try:
        sink = tp.Sink(args.messages, workdir)
        nodes = start_nodes(path, database_for(path, ctx, workdir, sink), workdir)
        shares = [(args.sessions // len(nodes), args.messages // len(nodes))] * len(nodes)
        shares[0] = (args.sessions - shares[0][0] * (len(nodes) - 1), args.messages - shares[0][1] * (len(nodes) - 1))
        argvs = [source_argv(ctx, load, node.port, *share) for node, share in zip(nodes, shares)]
        cpu_before = [node.cpu() for node in nodes]
        db_before = postgres_cpu(ctx.postgres) if path.startswith("pg") else 0.0
        t0, finished = drive(argvs, run, sink, args.timeout)
        cpu_after = [node.cpu() for node in nodes]
        db_after = postgres_cpu(ctx.postgres) if path.startswith("pg") else 0.0
        reached = sink.counter.reached_at or sink.counter.last_change
        if reached is not None and run.delivered:
            run.delivered_seconds = reached - t0
            run.delivered_per_s = run.delivered / run.delivered_seconds
        run.complete = finished and run.delivered >= args.messages
        if not run.complete:
            run.error = f"delivered {run.delivered} of {args.messages} within {args.timeout:g} s"
        if None not in cpu_before + cpu_after and run.delivered:
            gateways = sum(cpu_after) - sum(cpu_before)  # type: ignore[arg-type]
            run.cpu_us_per_msg = round(1e6 * gateways / run.delivered)
            if db_before is not None and db_after is not None:
                run.cpu_with_db_us_per_msg = round(1e6 * (gateways + db_after - db_before) / run.delivered)
    except tp.BenchError as exc:  # compare's and filtering's are kinds of it
        run.error = str(exc)
    finally:
        run.loadavg_after = round(os.getloadavg()[0], 2)
        with tp.cleanup(workdir, args.keep):
            for node in nodes:
                node.close()
                if node.proc is not None and node.proc.returncode not in (0, None):
                    run.errors.append(f"serve exited {node.proc.returncode}: {node.stderr_text()}")
            if sink is not None:
                sink.close()
    return run


def median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def report(runs: list[Run], paths: list[str], loads: list[str]) -> str:
    """Per load and path: medians over the rounds, and delivered/s as a share of one SQLite node's in the same
    round (the box's load moves between rounds more than between two runs of one round)."""
    lines = [
        f"{'load':<5}{'path':<22}{'delivered/s':>12}{'CPU ms/msg':>12}{'+ PostgreSQL':>14}{'÷ SQLite 1':>12}"
        "  rounds (delivered/s)"
    ]
    done = {(r.load, r.path, r.round): r.delivered_per_s for r in runs if r.complete and r.delivered_per_s}
    for load in loads:
        for path in paths:
            mine = [r for r in runs if r.load == load and r.path == path and r.complete]
            if not mine:
                lines.append(f"{load:<5}{PATHS[path]:<22}{'incomplete':>12}")
                continue
            rate = median([r.delivered_per_s for r in mine])
            cpu = median([r.cpu_us_per_msg for r in mine])
            with_db = median([r.cpu_with_db_us_per_msg for r in mine])
            shares = [
                (r.delivered_per_s or 0) / done[(load, "sqlite", r.round)]
                for r in mine
                if (load, "sqlite", r.round) in done
            ]
            share = f"x{statistics.median(shares):.2f}" if shares else "-"
            each = ", ".join(f"{r.delivered_per_s:.0f}" for r in mine if r.delivered_per_s)
            database = f"{(with_db or 0) / 1000:.2f}" if path.startswith("pg") else "-"
            lines.append(
                f"{load:<5}{PATHS[path]:<22}{rate or 0:>12.0f}{(cpu or 0) / 1000:>12.2f}{database:>14}{share:>12}"
                f"  {each}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    compare.add_run_arguments(parser, PATHS, OUT_DEFAULT, messages=1000, rounds=2, timeout=180.0)
    args = parser.parse_args(argv)
    paths, loads = compare.paths_and_loads(parser, args, PATHS)
    if args.messages < 2 or args.sessions < 2 or args.rounds < 1:
        parser.error("--messages and --sessions must be at least 2 (two nodes share them), --rounds positive")
    tp.SMTP_SOURCE, tp.SMTP_SINK = tp._tool("smtp-source"), tp._tool("smtp-sink")
    if not tp.SMTP_SOURCE or not tp.SMTP_SINK:
        print("bench: smtp-source/smtp-sink not found; install Debian's postfix package", file=sys.stderr)
        return 2

    def interrupted(signum, frame):
        raise KeyboardInterrupt

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, interrupted)
    tp._become_subreaper()
    started = datetime.datetime.now(datetime.timezone.utc)
    loadavg_start = [round(x, 2) for x in os.getloadavg()]
    runs: list[Run] = []
    interrupted_at = None
    with contextlib.ExitStack() as stack:
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mailmoat-nodes-")))
        message_file = scratch / "korean-multipart-20k.eml"
        message_file.write_bytes(korean_multipart_20k().replace(b"\r\n", b"\n"))  # smtp-source -F adds the CR
        print(f"bench: the template database, a durable private PostgreSQL ({os.cpu_count()} CPUs) ...", flush=True)
        template = compare.make_template(scratch / "template")
        dns = tp.DnsStub()
        stack.callback(dns.close)
        postgres = stack.enter_context(run_postgres(durable=True))
        ctx = Context(args, scratch, message_file, template, dns, postgres)
        print(
            f"bench: {args.messages} messages per run, {args.sessions} sessions, {args.rounds} rounds, loads {loads}, "
            f"paths {paths}; load average {loadavg_start}",
            flush=True,
        )
        try:
            for round_no, load, path in compare.schedule(args.rounds, paths, loads):
                print(f"  round {round_no} {load:>3} {PATHS[path]:<20} ... ", end="", flush=True)
                run = measure(path, load, round_no, ctx)
                runs.append(run)
                if run.complete:
                    print(
                        f"{run.delivered_per_s:.0f} delivered/s, {(run.cpu_us_per_msg or 0) / 1000:.2f} ms "
                        f"CPU/msg ({(run.cpu_with_db_us_per_msg or 0) / 1000:.2f} with the database), "
                        f"load {run.loadavg_after}",
                        flush=True,
                    )
                else:
                    print(f"INCOMPLETE: {run.error} {run.errors[:2]}", flush=True)
        except KeyboardInterrupt:
            interrupted_at = len(runs)
    after = [r.loadavg_after for r in runs if r.loadavg_after is not None]
    print()
    print(report(runs, paths, loads))
    print(
        f"\nload average: {loadavg_start} at the start; after each run median "
        f"{round(statistics.median(after), 2) if after else '-'}, max {max(after) if after else '-'}"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "started": started.isoformat(),
                "loadavg_start": loadavg_start,
                "cpus": os.cpu_count(),
                "runs": [asdict(run) for run in runs],
            },
            indent=2,
        )
        + "\n"
    )
    print(f"results: {args.out}")
    return 130 if interrupted_at is not None else 0


if __name__ == "__main__":
    sys.exit(main())
