#!/usr/bin/env python3
"""Dashboard cost: gateway throughput with the Textual dashboard really rendering versus headless.

    .venv/bin/python bench/dashboard.py [--messages 2000] [--sessions 20] [--rounds 3] [--timeout 120]

Variants, each with a fresh smtp-sink and a fresh database per run (set up as bench/throughput.py does):
  headless  smtp-source -> mailmoat serve -> smtp-sink
  run       smtp-source -> mailmoat run -> smtp-sink, the dashboard on the gateway's own event loop,
            rendering into a detached 120x40 tmux session
  attached  smtp-source -> mailmoat serve -> smtp-sink, plus `mailmoat tui` (a second process following
            the same database) rendering into a detached 120x40 tmux session

Each round runs the three variants in a rotated order; the summary takes the median over the rounds
and compares each dashboard variant with headless (target: the dashboard costs under 10%).

accepted/s  = messages / wall time for smtp-source to finish sending them all
delivered/s = messages / time from smtp-source's start until smtp-sink has received them all

While the load runs, the dashboard's screen is captured (`tmux capture-pane`) twice a second to check it
keeps updating, and a key probe (p = pause, p again = resume) measures key-to-screen latency.

Measurement only: nothing here asserts a speed. Everything listens on and connects to 127.0.0.1 only;
each tmux server has its own socket (`tmux -L`); every wait is bounded, and all processes, tmux servers
and temp dirs are cleaned up, also on failure or Ctrl-C. Results go to stdout and bench/out/dashboard.json.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import platform
import re
import secrets
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import throughput as tp  # (helpers: Sink, CounterReader, CPU accounting, process control)

ROOT = tp.ROOT
OUT_DEFAULT = ROOT / "bench" / "out" / "dashboard.json"
LOOPBACK = tp.LOOPBACK
VARIANTS = {"headless": "headless (serve)", "run": "run (dashboard)", "attached": "serve + tui"}
WIDTH, HEIGHT = 120, 40
TARGET_COST = 0.10  # the dashboard should cost under 10% of headless throughput
COUNTER_NAMES = re.compile(r"╭─ (\w+) ─*╮")


def screen_counters(screen: str) -> dict[str, int]:
    """The Live screen's counters: a name in each box's top border, the number on the line below."""
    lines = screen.splitlines()
    for index, line in enumerate(lines[:-1]):
        names = COUNTER_NAMES.findall(line)
        if names:
            return dict(zip(names, map(int, re.findall(r"│\s*(\d+)│", lines[index + 1]))))
    return {}


class BenchError(tp.BenchError):
    pass


def _own_cpu(pid: int | None) -> float | None:
    """CPU seconds of one process itself (not its children)."""
    fields = tp._proc_stat(pid) if pid else None
    return (int(fields[11]) + int(fields[12])) / tp._TICK if fields else None


def _children(pid: int) -> list[int]:
    found = []
    with contextlib.suppress(OSError):
        for entry in os.listdir("/proc"):
            if entry.isdigit() and (stat := tp._proc_stat(int(entry))) is not None and stat[1] == str(pid):
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    stat = tp._proc_stat(pid)
    return stat is not None and stat[0] != "Z"


def _cli(db: Path, *args: str, timeout: float = 60) -> str:
    try:
        run = subprocess.run(
            [tp._mailmoat_cli(), "--db", str(db), *args],
            cwd=db.parent,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=_env(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BenchError(f"mailmoat {' '.join(args)} timed out after {timeout} s") from None
    if run.returncode != 0:
        raise BenchError(f"mailmoat {' '.join(args)} failed (exit {run.returncode}): {run.stderr.strip()}")
    return run.stdout


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("MAILMOAT_DB", "TMUX", "TMUX_PANE")}
    env.update(extra)
    return env


def setup_database(db: Path, sink_port: int, nameserver: str) -> None:
    """As bench/throughput.py: local domain, upstream = the sink, no TLS, resolver on the NXDOMAIN stub."""
    for args in (
        ["init", "--hostname", "mx.bench.example"],
        ["domain", "add", "bench.example"],
        ["set", "upstream", f"{LOOPBACK}:{sink_port}"],
        ["set", "delivery.tls", "no"],
        # one load generator on one address: the per-address flood limits would refuse it
        ["set", "smtp.max_connections_per_ip", "0"],
        ["set", "smtp.connection_rate_per_ip", "0"],
        ["set", "dns.nameservers", nameserver],
    ):
        _cli(db, *args)


def gateway_diagnostics(db: Path, log_path: Path | None = None) -> dict:
    """After the gateway has stopped: event kinds it recorded, what is left in its queue, its log's warnings."""
    result: dict = {}
    with contextlib.suppress(BenchError):
        kinds: dict[str, int] = {}
        for line in _cli(db, "log", "-n", "10000000").splitlines():
            parts = line.split("  ")
            if len(parts) >= 5:
                kinds[parts[3]] = kinds.get(parts[3], 0) + 1
        result["events"] = kinds
    with contextlib.suppress(BenchError):
        listing = _cli(db, "queue", "list")
        result["left_in_queue"] = 0 if "queue is empty" in listing else len(listing.strip().splitlines())
    if log_path is not None:
        text = ""
        with contextlib.suppress(OSError):
            text = log_path.read_text(errors="replace")
        notable = [line for line in text.splitlines() if re.search(r"WARNING|ERROR|CRITICAL|Traceback", line)]
        result["log_warnings_or_errors"] = len(notable)
        result["log_examples"] = notable[:5]
    return result


# --- the dashboard in tmux ----------------------------------------------------------------------
class TmuxDashboard:
    """`mailmoat ARGS` in a detached 120x40 tmux session on a private tmux server (`tmux -L`).

    The pane runs `mailmoat ...; echo EXIT=$? > FILE` and stays after it ends (remain-on-exit), so the
    last screen can be reported.
    """

    def __init__(self, workdir: Path, name: str, db: Path, args: list[str], ready: tuple[str, ...]):
        self.tmux = tp._tool("tmux")
        if self.tmux is None:
            raise BenchError("tmux is not installed")
        self.workdir, self.name = workdir, name
        self.socket = f"mailmoat-bench-{os.getpid()}-{secrets.token_hex(4)}"
        self.exit_file = workdir / f"{name}.exit"
        self.log_path = workdir / f"{name}.log"
        self.started = False
        self.socket_path = ""
        self.app_pid: int | None = None
        self.pane_pid: int | None = None
        self.server_pid: int | None = None
        script = workdir / f"{name}.sh"
        command = shlex.join([tp._mailmoat_cli(), "--db", str(db), *args])
        script.write_text(
            f"export MAILMOAT_LOG={shlex.quote(str(self.log_path))}\n{command}\n"
            f'echo "EXIT=$?" > {shlex.quote(str(self.exit_file))}\n'
        )
        config = workdir / f"{name}.tmux.conf"
        config.write_text(f"set -g remain-on-exit on\nset -g status off\nset -g default-size {WIDTH}x{HEIGHT}\n")
        try:
            self._tmux(
                "-f",
                str(config),
                "new-session",
                "-d",
                "-s",
                name,
                "-x",
                str(WIDTH),
                "-y",
                str(HEIGHT),
                f"sh {shlex.quote(str(script))}",
            )
            self.started = True
            info = self._tmux("display-message", "-p", "-t", name, "#{socket_path} #{pid} #{pane_pid}").split()
            self.socket_path, self.server_pid, self.pane_pid = info[0], int(info[1]), int(info[2])
            deadline = time.monotonic() + 10
            while self.app_pid is None and time.monotonic() < deadline and self.exit_code() is None:
                self.app_pid = next(iter(_children(self.pane_pid)), None)
                time.sleep(0.02)
            self.wait_screen(*ready, timeout=30)
        except BaseException:
            self.close()
            raise

    def _tmux(self, *args: str, check: bool = True) -> str:
        try:
            run = subprocess.run(
                [self.tmux, "-L", self.socket, *args],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=10,
                env=_env(),
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise BenchError(f"tmux {args[0]} timed out") from None
        if check and run.returncode != 0:
            raise BenchError(f"tmux {' '.join(args[:3])} failed: {run.stderr.strip()}")
        return run.stdout

    def capture(self) -> str:
        with contextlib.suppress(BenchError):
            return self._tmux("capture-pane", "-p", "-t", self.name, check=False)
        return ""

    def send_keys(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", self.name, *keys)

    def exit_code(self) -> int | None:
        with contextlib.suppress(OSError):
            if match := re.search(r"EXIT=(\d+)\n", self.exit_file.read_text()):
                return int(match[1])
        return None

    def wait_counter(self, name: str, value: int, timeout: float) -> float | None:
        """Seconds until the Live screen's `name` counter reaches `value`, or None."""
        start = time.monotonic()
        while time.monotonic() - start < timeout and self.exit_code() is None:
            if (screen_counters(self.capture()).get(name) or 0) >= value:
                return time.monotonic() - start
            time.sleep(0.02)
        return None

    def wait_screen(self, *texts: str, timeout: float, line: int | None = None, fail: bool = True) -> float | None:
        """Seconds until the screen (or one line of it) shows every text; if it never does, BenchError (with
        the screen in it) or, with fail=False, None."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            screen = self.capture()
            where = (screen.splitlines() + [""] * (HEIGHT + 1))[line] if line is not None else screen
            if all(text in where for text in texts):
                return time.monotonic() - start
            if self.exit_code() is not None:
                break
            time.sleep(0.02)
        if fail:
            raise BenchError(
                f"dashboard {self.name}: screen did not show {texts!r} within {timeout:g} s "
                f"(exit {self.exit_code()}):\n{self.capture().rstrip()}\n{self.log_tail()}"
            )
        return None

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return self.log_path.read_text(errors="replace")[-800:]
        return ""

    def cpu(self) -> float | None:
        """The pane's process tree: the shell and the mailmoat process under it."""
        return tp.process_tree_cpu(self.pane_pid) if self.pane_pid else None

    def tmux_cpu(self) -> float | None:
        """The tmux server itself: parsing and keeping the screen, i.e. what a terminal emulator would do."""
        return _own_cpu(self.server_pid)

    def quit(self, answer: str | None, timeout: float) -> int | None:
        """ctrl+q (then `answer` in the quit dialog of `mailmoat run`); returns the exit status."""
        if self.exit_code() is None:
            self.send_keys("C-q")
            if answer is not None:
                self.wait_screen("Stop the gateway too?", timeout=10)
                self.send_keys(answer)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.exit_code() is None:
            time.sleep(0.05)
        return self.exit_code()

    def close(self) -> None:
        if not self.started:
            return
        self.started = False
        with contextlib.suppress(BenchError):
            self._tmux("kill-server", check=False)  # SIGHUP to whatever still runs in the pane
        if self.socket_path.endswith(self.socket):
            with contextlib.suppress(OSError):
                os.unlink(self.socket_path)
        deadline = time.monotonic() + 10
        while self.app_pid and _alive(self.app_pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if self.app_pid and _alive(self.app_pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.app_pid, signal.SIGKILL)


class InProcessGateway:
    """`mailmoat run`: gateway and dashboard in one process, in tmux."""

    def __init__(self, workdir: Path, sink: tp.Sink):
        self.db = workdir / "bench.db"
        self.dns = tp.DnsStub()  # no DNS leaves the box, and nothing waits on a DNS timeout
        try:
            setup_database(self.db, sink.port, self.dns.address)
            self.port = tp.free_port()
            self.exit_status: int | None = None
            self.dashboard = TmuxDashboard(
                workdir,
                "run",
                self.db,
                ["run", "--listen", f"{LOOPBACK}:{self.port}"],
                ready=("sender", "recipients", "verdict"),
            )
        except BaseException:
            self.dns.close()
            raise
        if not tp.wait_port(self.port, time.monotonic() + 30):
            self.dashboard.close()
            self.dns.close()
            raise BenchError(f"mailmoat run is not listening on {LOOPBACK}:{self.port}")

    def cpu(self) -> float | None:
        return self.dashboard.cpu()

    def close(self) -> None:
        if self.dashboard.started:
            with contextlib.suppress(BenchError):
                self.exit_status = self.dashboard.quit("s", timeout=45)  # the gateway drains for up to 30 s
            self.dashboard.close()
        self.dns.close()

    def diagnostics(self) -> dict:
        self.close()
        return {"run_exit": self.exit_status, **gateway_diagnostics(self.db, self.dashboard.log_path)}


class ScreenMonitor(threading.Thread):
    """Captures the dashboard's screen while the load runs; optionally probes key-to-screen latency."""

    def __init__(self, dashboard: TmuxDashboard, interval: float = 0.5, probe_every: float | None = 1.0):
        super().__init__(daemon=True)
        self.dashboard = dashboard
        self.interval = interval
        self.probe_every = probe_every
        self.stop_event = threading.Event()
        self.t0 = time.monotonic()
        self.samples: list[dict] = []  # {"t", "queued", "last_row", "changed"}
        self.key_latencies: list[tuple[float, float]] = []  # (when, seconds from key to screen)
        self.key_timeouts = 0
        self.screens: list[str] = []  # a few screens kept as evidence
        self._last_screen = ""

    def run(self) -> None:
        next_probe = time.monotonic() + (self.probe_every or 0)
        while not self.stop_event.is_set():
            self.sample()
            if self.probe_every and time.monotonic() >= next_probe:
                self.probe()
                next_probe = time.monotonic() + self.probe_every
            self.stop_event.wait(self.interval)

    def sample(self) -> dict:
        screen = self.dashboard.capture()
        lines = screen.splitlines()
        rows = [line for line in lines if re.match(r"^ \d\d:\d\d:\d\d ", line)]
        sample = {
            "t": round(time.monotonic() - self.t0, 2),
            "changed": screen != self._last_screen,
            "last_row": rows[-1].strip()[:60] if rows else "",
        }
        sample["queued"] = screen_counters(screen).get("queued")
        self._last_screen = screen
        self.samples.append(sample)
        if len(self.screens) < 1 or (len(self.samples) % 4 == 0 and len(self.screens) < 3):
            self.screens.append(screen)
        return sample

    def probe(self) -> None:
        """p pauses the live log (status line says PAUSED); p again resumes it."""
        for key, text in (("p", "PAUSED"), ("p", "live  |")):
            sent = time.monotonic()
            self.dashboard.send_keys(key)
            latency = self.dashboard.wait_screen(text, timeout=3.0, fail=False)
            if latency is None:
                self.key_timeouts += 1
                return
            self.key_latencies.append((sent - self.t0, round(time.monotonic() - sent, 3)))

    def stop(self) -> None:
        self.stop_event.set()
        self.join(timeout=10)

    def summary(self, load_started: float, load_ended: float) -> dict:
        during = [s for s in self.samples if load_started - self.t0 <= s["t"] <= load_ended - self.t0]
        longest, last_change = 0.0, load_started - self.t0
        for s in during:
            if s["changed"]:
                longest, last_change = max(longest, s["t"] - last_change), s["t"]
        longest = max(longest, (load_ended - self.t0) - last_change) if during else None
        progress = [(s["t"], s["queued"]) for s in self.samples]
        in_load = [
            latency for when, latency in self.key_latencies if load_started - self.t0 <= when <= load_ended - self.t0
        ]
        return {
            "samples_during_load": len(during),
            "screen_changed_in": sum(1 for s in during if s["changed"]),
            "longest_unchanged_during_load_s": longest and round(longest, 2),
            "key_latency_s": in_load,
            "key_latency_max_s": max(in_load) if in_load else None,
            "key_latency_after_load_s": [
                latency for when, latency in self.key_latencies if when > load_ended - self.t0
            ],
            "key_timeouts": self.key_timeouts,
            "queued_on_screen": progress,
            "screens": self.screens + ([self._last_screen] if self._last_screen else []),
        }


# --- one measurement --------------------------------------------------------------------------
@dataclass
class Run(tp.Measurement):
    variant: str = ""
    round: int = 0
    gateway_cpu_percent: float | None = None  # the gateway's process (run: gateway and dashboard together)
    tui_cpu_percent: float | None = None  # attached: the tui process
    tmux_cpu_percent: float | None = None  # the tmux server (the terminal)
    box_cpu_busy_percent: float | None = None
    screen_caught_up_s: float | None = None  # after the last delivery, until the screen shows queued N
    responsiveness: dict = field(default_factory=dict)
    diagnostics: dict = field(default_factory=dict)


def measure(variant: str, round_no: int, args: argparse.Namespace, scratch: Path) -> Run:
    run = Run(variant=variant, round=round_no, sessions=args.sessions, messages=args.messages, size=args.size)
    workdir = Path(tempfile.mkdtemp(prefix=f"{variant}-{round_no}-", dir=scratch))
    sink = gateway = dashboard = monitor = None
    try:
        sink = tp.Sink(args.messages, workdir)
        if variant == "run":
            gateway = InProcessGateway(workdir, sink)
            dashboard = gateway.dashboard
        else:
            gateway = tp.Mailmoat(workdir, sink)  # `mailmoat serve`, set up exactly as in throughput.py
            if variant == "attached":
                dashboard = TmuxDashboard(workdir, "tui", gateway.db, ["tui"], ready=("sender", "recipients"))
                dashboard.wait_screen("attached", "alive", timeout=15, line=0)
        argv = [
            tp.SMTP_SOURCE,
            "-c",
            "-s",
            str(args.sessions),
            "-m",
            str(args.messages),
            "-l",
            str(args.size),
            "-M",
            tp.HELO,
            "-f",
            tp.SENDER,
            "-t",
            tp.RECIPIENT,
            f"{LOOPBACK}:{gateway.port}",
        ]
        tui_cpu = dashboard.cpu if variant == "attached" else (lambda: None)
        tmux_cpu = dashboard.tmux_cpu if dashboard is not None else (lambda: None)
        before = (gateway.cpu(), tui_cpu(), tmux_cpu(), tp.box_cpu_ticks())
        if dashboard is not None:
            monitor = ScreenMonitor(dashboard, probe_every=None if args.no_key_probe else 1.0)
            monitor.start()
        t0, returncode, target = tp.drive_load(argv, run, sink, args.messages, args.timeout)
        after = (gateway.cpu(), tui_cpu(), tmux_cpu(), tp.box_cpu_ticks())
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
        for attr, i in (("gateway_cpu_percent", 0), ("tui_cpu_percent", 1), ("tmux_cpu_percent", 2)):
            if before[i] is not None and after[i] is not None:
                setattr(run, attr, round(100 * (after[i] - before[i]) / wall, 1))
        if before[3] and after[3] and after[3][1] > before[3][1]:
            run.box_cpu_busy_percent = round(100 * (after[3][0] - before[3][0]) / (after[3][1] - before[3][1]), 1)
        if monitor is not None:
            load_ended = sink.counter.reached_at or time.monotonic()
            # How long the screen takes to show every message (the attached tui reads the events the gateway
            # writes in batches of 0.5 s; the counters cover the last hour).
            caught = dashboard.wait_counter("queued", run.accepted, timeout=15)
            run.screen_caught_up_s = None if caught is None else round(time.monotonic() - load_ended, 2)
            monitor.stop()
            run.responsiveness = monitor.summary(t0, load_ended)
            run.responsiveness["header_after_load"] = (dashboard.capture().splitlines() or [""])[0].strip()
    except tp.BenchError as exc:
        run.error = str(exc)
    finally:
        with tp.cleanup(workdir, args.keep):
            if monitor is not None and monitor.is_alive():
                monitor.stop()
            if variant == "attached" and dashboard is not None:
                with contextlib.suppress(tp.BenchError):
                    run.diagnostics["tui_exit"] = dashboard.quit(None, timeout=10)
                dashboard.close()
            if gateway is not None:
                gateway.close()
                with contextlib.suppress(Exception):
                    run.diagnostics.update(gateway.diagnostics())
            if sink is not None:
                sink.close()
    return run


# --- report -------------------------------------------------------------------------------------


def summarise(runs: list[Run]) -> dict:
    summary: dict = {}
    for variant in VARIANTS:
        mine = [r for r in runs if r.variant == variant]
        if not mine:
            continue
        summary[variant] = {
            "runs": len(mine),
            "complete": sum(r.complete for r in mine),
            "accepted_per_s": tp.median([r.accepted_per_s for r in mine]),
            "delivered_per_s": tp.median([r.delivered_per_s for r in mine]),
            "gateway_cpu_percent": tp.median([r.gateway_cpu_percent for r in mine]),
            "tui_cpu_percent": tp.median([r.tui_cpu_percent for r in mine]),
            "tmux_cpu_percent": tp.median([r.tmux_cpu_percent for r in mine]),
            "key_latency_max_s": max((r.responsiveness.get("key_latency_max_s") or 0 for r in mine), default=None)
            if variant != "headless"
            else None,
        }
    base = summary.get("headless")
    for variant, entry in summary.items():
        for which in ("accepted", "delivered"):
            x, y = entry[f"{which}_per_s"], base and base[f"{which}_per_s"]
            entry[f"{which}_ratio"] = round(x / y, 3) if x and y else None
            # per round, against the headless run of the same round
            per_round = []
            for run in (r for r in runs if r.variant == variant):
                ref = next((r for r in runs if r.variant == "headless" and r.round == run.round), None)
                if ref and getattr(ref, f"{which}_per_s") and getattr(run, f"{which}_per_s"):
                    per_round.append(round(getattr(run, f"{which}_per_s") / getattr(ref, f"{which}_per_s"), 3))
            entry[f"{which}_ratio_per_round"] = per_round
        if variant != "headless":
            ratios = [entry["accepted_ratio"], entry["delivered_ratio"]]
            entry["within_target"] = (
                all(r is not None and r >= 1 - TARGET_COST for r in ratios)
                if all(r is not None for r in ratios)
                else None
            )
    return summary


def report(runs: list[Run], summary: dict) -> str:
    def num(value, fmt="{:.0f}", suffix=""):
        return "-" if value is None else fmt.format(value) + suffix

    lines = [
        (
            f"{'variant':<17} {'round':>5} {'accepted/s':>11} {'delivered/s':>12} {'gateway cpu':>12} {'tui cpu':>8}"
            f" {'tmux cpu':>9} {'box cpu':>8} {'key max':>8} {'screen':>7}"
        )
    ]
    for r in runs:
        resp = r.responsiveness
        lines.append(
            f"{VARIANTS[r.variant]:<17} {r.round:>5} {num(r.accepted_per_s) + ('' if r.complete else '*'):>11} "
            f"{num(r.delivered_per_s) + ('' if r.complete else '*'):>12} "
            f"{num(r.gateway_cpu_percent, suffix='%'):>12} {num(r.tui_cpu_percent, suffix='%'):>8} "
            f"{num(r.tmux_cpu_percent, suffix='%'):>9} {num(r.box_cpu_busy_percent, suffix='%'):>8} "
            f"{num(resp.get('key_latency_max_s'), '{:.2f}', 's'):>8} "
            f"{(str(resp.get('screen_changed_in')) + '/' + str(resp.get('samples_during_load'))) if resp else '-':>7}"
        )
    lines.append("")
    lines.append(
        f"{'median':<17} {'':>5} {'accepted/s':>11} {'delivered/s':>12}   vs headless (target: >= "
        f"x{1 - TARGET_COST:.2f})"
    )
    for variant, entry in summary.items():
        verdict = (
            ""
            if variant == "headless"
            else (
                "  within target"
                if entry.get("within_target")
                else "  OVER TARGET"
                if entry.get("within_target") is False
                else "  n/a"
            )
        )
        ratio = (
            ""
            if variant == "headless"
            else (
                f"   accepted x{num(entry['accepted_ratio'], '{:.2f}')} delivered x{num(entry['delivered_ratio'], '{:.2f}')}"
                f" (per round: {entry['accepted_ratio_per_round']} / {entry['delivered_ratio_per_round']})"
            )
        )
        lines.append(
            f"{VARIANTS[variant]:<17} {'':>5} {num(entry['accepted_per_s']):>11} "
            f"{num(entry['delivered_per_s']):>12}{ratio}{verdict}"
        )
    problems = [r for r in runs if not r.complete]
    if problems:
        lines.append("")
        lines.append("* incomplete run (rate over what was reached):")
        for r in problems:
            lines.append(f"  {VARIANTS[r.variant]}, round {r.round}: {r.error}")
            for err in r.source_errors[-2:]:
                lines.append(f"      smtp-source: {err}")
    lines.append("")
    lines.append("dashboard responsiveness during the load (screen captured every 0.5 s):")
    for r in runs:
        resp = r.responsiveness
        if not resp:
            continue
        latencies = ", ".join(f"{v * 1000:.0f}" for v in resp["key_latency_s"]) or "none"
        lines.append(
            f"  {VARIANTS[r.variant]}, round {r.round}: screen changed in {resp['screen_changed_in']} of "
            f"{resp['samples_during_load']} captures, longest still {num(resp['longest_unchanged_during_load_s'], '{:.2f}', ' s')}; "
            f"key p -> screen {latencies} ms ({resp['key_timeouts']} timed out); "
            f"screen showed all {r.accepted} queued {num(r.screen_caught_up_s, '{:.2f}', ' s')} after the last "
            f"delivery; header then: {resp.get('header_after_load', '')!r}"
        )
    for r in runs:
        d = r.diagnostics
        notes = []
        for kind in ("deferred", "bounced"):
            if d.get("events", {}).get(kind):
                notes.append(f"{d['events'][kind]} {kind}")
        if d.get("left_in_queue"):
            notes.append(f"{d['left_in_queue']} left in queue")
        if d.get("log_warnings_or_errors"):
            notes.append(f"{d['log_warnings_or_errors']} warnings/errors in its log")
        for key in ("run_exit", "serve_exit", "tui_exit"):
            if key in d and d[key] != 0:
                notes.append(f"{key} {d[key]}")
        if notes:
            lines.append(f"  note {VARIANTS[r.variant]}, round {r.round}: {'; '.join(notes)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000, help="messages per run (default 2000)")
    parser.add_argument("--sessions", type=int, default=20, help="concurrent smtp-source sessions (default 20)")
    parser.add_argument("--size", type=int, default=2048, help="message payload in bytes (smtp-source -l)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of all variants, rotated order (default 3)")
    parser.add_argument("--variants", default="headless,run,attached", help="subset of headless,run,attached")
    parser.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        help="seconds a run may take to accept and deliver everything (default 120)",
    )
    parser.add_argument("--no-key-probe", action="store_true", help="do not press keys in the dashboard under load")
    parser.add_argument("--out", type=Path, default=OUT_DEFAULT, help=f"JSON results (default {OUT_DEFAULT})")
    parser.add_argument("--keep", action="store_true", help="keep each run's temp dir (logs, database) for debugging")
    args = parser.parse_args(argv)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    if unknown := [v for v in variants if v not in VARIANTS]:
        parser.error(f"unknown variant(s) {unknown}; choose from {list(VARIANTS)}")
    if args.messages < 1 or args.sessions < 1 or args.rounds < 1:
        parser.error("--messages, --sessions and --rounds must be positive")
    tp.SMTP_SOURCE, tp.SMTP_SINK = tp._tool("smtp-source"), tp._tool("smtp-sink")
    missing = [
        name
        for name, path in (("smtp-source", tp.SMTP_SOURCE), ("smtp-sink", tp.SMTP_SINK), ("tmux", tp._tool("tmux")))
        if not path
    ]
    if missing:
        print(f"bench: {', '.join(missing)} not found; install Debian's postfix and tmux packages", file=sys.stderr)
        return 2

    def interrupted(signum, frame):
        raise KeyboardInterrupt

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, interrupted)
    subreaper = tp._become_subreaper()

    started = datetime.datetime.now(datetime.timezone.utc)
    loadavg = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    runs: list[Run] = []
    interrupted_at: int | None = None
    scratch = Path(tempfile.mkdtemp(prefix="mailmoat-bench-dashboard-"))
    print(
        f"bench: {args.messages} messages of {args.size} bytes, {args.sessions} sessions, {args.rounds} round(s), "
        f"timeout {args.timeout:g} s, {os.cpu_count()} CPUs, load average {loadavg}",
        flush=True,
    )
    try:
        for round_no in range(1, args.rounds + 1):
            shift = (round_no - 1) % len(variants)
            for variant in variants[shift:] + variants[:shift]:
                print(f"  round {round_no}  {VARIANTS[variant]:<17} ... ", end="", flush=True)
                run = measure(variant, round_no, args, scratch)
                runs.append(run)
                if run.complete:
                    print(f"accepted {run.accepted_per_s:.0f}/s, delivered {run.delivered_per_s:.0f}/s", flush=True)
                else:
                    print(f"INCOMPLETE: {run.error.splitlines()[0] if run.error else '?'}", flush=True)
    except KeyboardInterrupt:
        interrupted_at = len(runs)
        print("\nbench: interrupted; partial results follow", file=sys.stderr)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
        tp.reap_orphans()

    summary = summarise(runs)
    print()
    print(report(runs, summary))
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
            "loadavg_at_end": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        },
        "settings": {
            "messages": args.messages,
            "size": args.size,
            "sessions": args.sessions,
            "rounds": args.rounds,
            "variants": variants,
            "timeout": args.timeout,
            "terminal": f"{WIDTH}x{HEIGHT} (tmux)",
            "key_probe": not args.no_key_probe,
            "target_cost": TARGET_COST,
        },
        "definitions": {
            "accepted_per_s": "messages / wall time of smtp-source",
            "delivered_per_s": "messages / time from smtp-source start until smtp-sink counted them all",
            "ratio": "variant median / headless median (per_round: against the same round's headless)",
            "gateway_cpu_percent": "the gateway process over the run (run: gateway and dashboard in one "
            "process), 100 = one core",
            "tui_cpu_percent": "attached: the `mailmoat tui` process",
            "tmux_cpu_percent": "the tmux server, standing in for a terminal emulator",
            "screen_caught_up_s": "from the last delivery until the screen's queued counter shows every "
            "message (null: not within 15 s)",
            "key_latency_s": "during the load: p pressed until the status line says PAUSED / live",
        },
        "summary": summary,
        "runs": [asdict(run) for run in runs],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nresults: {args.out}")
    return 130 if interrupted_at is not None else 0


if __name__ == "__main__":
    sys.exit(main())
