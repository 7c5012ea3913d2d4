#!/usr/bin/env python3
"""Throughput benchmark: Postfix's smtp-source drives load through three paths into smtp-sink.

    .venv/bin/python bench/throughput.py [--messages 2000] [--sessions 20,100] [--timeout 120]

Paths, each with a fresh smtp-sink (and a fresh relay / database) per run:
  smtp-sink      smtp-source -> smtp-sink                          (the box's limit)
  postfix relay  smtp-source -> private Postfix relay -> smtp-sink (../shared/tools/postfix-relay)
  mailmoat       smtp-source -> mailmoat serve -> smtp-sink        (durable queue, default settings)

accepted/s  = messages / wall time for smtp-source to finish sending them all
delivered/s = messages / time from smtp-source's start until smtp-sink has received them all
              (counted from smtp-sink's -c running counter)

Measurement only: nothing here asserts a speed. Everything listens on and connects to
127.0.0.1 only, every wait is bounded, and all processes and temp dirs are cleaned up,
also on failure or Ctrl-C. Results go to stdout and to bench/out/throughput.json.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import datetime
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_tool(name: str) -> Path:
    """../shared/tools/NAME beside the checkout (/work/main -> /work/shared; a worktree sits one level deeper)."""
    candidates = [(base / "shared" / "tools" / name).resolve() for base in (ROOT.parent, ROOT.parent.parent)]
    return next((c for c in candidates if c.exists()), candidates[0])


RELAY_SCRIPT = shared_tool("postfix-relay")
OUT_DEFAULT = ROOT / "bench" / "out" / "throughput.json"
LOOPBACK = "127.0.0.1"
SENDER = "sender@client.example"
RECIPIENT = "rcpt@bench.example"
HELO = "client.example"
PATHS = {"straight": "smtp-sink", "postfix": "postfix relay", "mailmoat": "mailmoat"}


def _tool(name: str) -> str | None:
    return shutil.which(name) or next(
        (p for p in (f"/usr/sbin/{name}", f"/usr/bin/{name}") if os.access(p, os.X_OK)), None
    )


def _mailmoat_cli() -> str:
    beside = Path(sys.executable).parent / "mailmoat"
    return str(beside if beside.exists() else ROOT / ".venv" / "bin" / "mailmoat")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def wait_port(port: int, deadline: float, proc: subprocess.Popen | None = None) -> bool:
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        with contextlib.suppress(OSError), socket.create_connection((LOOPBACK, port), timeout=0.5):
            return True
        time.sleep(0.05)
    return False


def stop_process(proc: subprocess.Popen | None, sig: int = signal.SIGTERM, grace: float = 10.0) -> None:
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        proc.send_signal(sig)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)


# --- CPU accounting (Linux /proc; absent elsewhere: reported as null) -----------------------
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()  # fields from "state" on (field 3)


def process_tree_cpu(pid: int) -> float | None:
    """CPU seconds of pid, its reaped children, and its live children (one level, plus their reaped ones)."""
    fields = _proc_stat(pid)
    if fields is None:
        return None
    total = sum(int(fields[i]) for i in (11, 12, 13, 14))  # utime stime cutime cstime
    with contextlib.suppress(OSError):
        for entry in os.listdir("/proc"):
            if entry.isdigit() and (child := _proc_stat(int(entry))) is not None and child[1] == str(pid):
                total += sum(int(child[i]) for i in (11, 12, 13, 14))
    return total / _TICK


def box_cpu_ticks() -> tuple[int, int] | None:
    """(busy, total) jiffies over all CPUs."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]  # guest is in user
    except (OSError, ValueError, IndexError):
        return None
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)


def _become_subreaper() -> bool:
    """Orphans (Postfix's daemons after `postfix stop`) become our children so we can reap them."""
    with contextlib.suppress(Exception):
        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    return False


@contextlib.contextmanager
def cleanup(workdir: Path, keep: bool):
    """Around a run's cleanup: a Ctrl-C meanwhile must not skip it, so it is noted, the cleanup finishes
    (orphans reaped, the work directory removed unless kept), then it is acted on."""
    deferred: list[int] = []
    previous = {
        sig: signal.signal(sig, lambda signum, frame: deferred.append(signum))
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    }
    try:
        yield
        reap_orphans()
        if keep:
            print(f"  (kept {workdir})", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if deferred:
        raise KeyboardInterrupt


def median(values) -> float | None:
    """The median of the values that were measured (None: not measured)."""
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def reap_orphans() -> None:
    """Only call when every Popen we own has been waited for: reaps adopted zombies."""
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG)[0] > 0:
            pass


# --- counters read from running processes -----------------------------------------------------
class CounterReader(threading.Thread):
    """Reads a process's stdout (CR- or LF-separated running counters) and tracks the latest value."""

    def __init__(self, stream, pattern: str, target: int):
        super().__init__(daemon=True)
        self.stream = stream
        self.pattern = re.compile(pattern)
        self.target = target
        self.count = 0
        self.last_change: float | None = None
        self.reached_at: float | None = None
        self.lines: list[str] = []
        self.changed = threading.Condition()

    def run(self) -> None:
        buffer = b""
        while chunk := self.stream.read1(65536) if hasattr(self.stream, "read1") else self.stream.read(4096):
            buffer += chunk
            *records, buffer = re.split(rb"[\r\n]", buffer)
            for record in records:
                self._record(record.decode("utf-8", "replace"))
        if buffer:
            self._record(buffer.decode("utf-8", "replace"))

    def _record(self, text: str) -> None:
        match = self.pattern.search(text)
        if match is None:
            if text.strip():
                self.lines.append(text.strip())
                del self.lines[:-50]
            return
        value = int(match[1])
        now = time.monotonic()
        with self.changed:
            if value != self.count:
                self.count, self.last_change = value, now
                if self.reached_at is None and value >= self.target:
                    self.reached_at = now
                self.changed.notify_all()

    def wait_for_target(self, deadline: float) -> bool:
        with self.changed:
            while self.reached_at is None and time.monotonic() < deadline:
                self.changed.wait(min(0.5, max(0.0, deadline - time.monotonic())))
            return self.reached_at is not None


class Sink:
    """A fresh smtp-sink on a free loopback port; counts received messages via -c."""

    def __init__(self, target: int, workdir: Path):
        self.port = free_port()
        self.stderr_path = workdir / f"smtp-sink-{self.port}.err"
        argv = [SMTP_SINK, "-c", "-m", "512"]
        if os.geteuid() == 0:
            argv += ["-u", "nobody"]  # required when started as root; drops privileges after bind
        argv += [f"{LOOPBACK}:{self.port}", "1024"]
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self._stderr)
        self.counter = CounterReader(self.proc.stdout, r"mesg=(\d+)", target)
        self.counter.start()
        if not wait_port(self.port, time.monotonic() + 10, self.proc):
            self.close()
            raise BenchError(f"smtp-sink did not start on {LOOPBACK}:{self.port}: {self.stderr_text()}")

    def stderr_text(self) -> str:
        with contextlib.suppress(OSError):
            return self.stderr_path.read_text(errors="replace").strip()[-500:]
        return ""

    def close(self) -> None:
        stop_process(self.proc, grace=5)
        self.counter.join(timeout=2)
        self._stderr.close()


class BenchError(Exception):
    pass


# The NXDOMAIN-at-once DNS server rspamd-milter gives Rspamd, for Mailmoat too: no DNS leaves the box and nothing
# waits on a DNS timeout. (With the resolver on a dead loopback port instead, as the benchmarks had it, the
# sessions wait out the SPF and DMARC lookups' timeouts: ~9 messages/s at 20 sessions.)
DNS_STUB = r"""
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1], flush=True)
while True:
    pkt, peer = s.recvfrom(4096)
    if len(pkt) < 12:
        continue
    i = 12
    while i < len(pkt) and pkt[i]:
        i += 1 + pkt[i]
    end = i + 5
    flags = 0x8000 | (int.from_bytes(pkt[2:4], "big") & 0x7900) | 0x0080 | 3
    # the root's SOA in the authority section, as a real NXDOMAIN carries (RFC 2308: negative caching, 300 s)
    soa = b"\x00\x00\x06\x00\x01" + (300).to_bytes(4, "big") + b"\x00\x16\x00\x00" + b"\x00\x00\x01\x2c" * 5
    s.sendto(pkt[:2] + flags.to_bytes(2, "big") + b"\x00\x01\x00\x00\x00\x01\x00\x00" + pkt[12:end] + soa, peer)
"""


class DnsStub:
    """A DNS server on 127.0.0.1 that answers every question NXDOMAIN at once."""

    def __init__(self):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", DNS_STUB],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        try:
            line = self.proc.stdout.readline().strip()  # its port, once bound
            self.address = f"{LOOPBACK}:{int(line)}"
        except (ValueError, OSError):
            self.close()
            raise BenchError("the DNS stub did not start") from None

    def close(self) -> None:
        stop_process(self.proc, grace=5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


# --- the system under test ------------------------------------------------------------------
class Straight:
    name = "straight"

    def __init__(self, workdir: Path, sink: Sink):
        self.port = sink.port

    def cpu(self) -> float | None:
        return None

    def diagnostics(self) -> dict:
        return {}

    def close(self) -> None:
        pass


class PostfixRelay:
    name = "postfix"

    def __init__(self, workdir: Path, sink: Sink, extra_config: tuple[str, ...] = ()):
        self.extra_config = extra_config  # main.cf lines appended to the stock settings (e.g. a milter)
        if not RELAY_SCRIPT.exists():
            raise BenchError(f"{RELAY_SCRIPT} not found")
        if os.geteuid() != 0:
            raise BenchError("the Postfix relay needs root (postfix-relay runs `postfix start`)")
        self.dir = workdir / "relay"
        self.port = free_port()
        self.started = False
        try:
            self._start(sink)
        except BaseException:
            self.close()
            raise

    def _start(self, sink: Sink) -> None:
        self.started = True  # from here on close() runs `postfix-relay stop`, even if start is cut short
        try:
            run = subprocess.run(
                [str(RELAY_SCRIPT), "start", str(self.dir), str(self.port), str(sink.port), *self.extra_config],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=60,
            )
        except subprocess.TimeoutExpired:
            raise BenchError("postfix-relay start timed out after 60 s") from None
        if run.returncode != 0:
            raise BenchError(
                f"postfix-relay start failed (exit {run.returncode}): {(run.stderr or run.stdout).strip()[-500:]}"
            )
        if not wait_port(self.port, time.monotonic() + 15):
            raise BenchError(f"the Postfix relay is not listening on {LOOPBACK}:{self.port}")

    def master_pid(self) -> int | None:
        with contextlib.suppress(OSError, ValueError):
            return int((self.dir / "queue" / "pid" / "master.pid").read_text().split()[0])
        return None

    def cpu(self) -> float | None:
        pid = self.master_pid()
        return process_tree_cpu(pid) if pid else None

    def diagnostics(self) -> dict:
        log = ""
        with contextlib.suppress(OSError):
            log = (self.dir / "conf" / "maillog").read_text(errors="replace")
        statuses: dict[str, int] = {}
        for status in re.findall(r" status=(\w+)", log):
            statuses[status] = statuses.get(status, 0) + 1
        queued = 0
        for sub in ("incoming", "active", "deferred", "hold", "maildrop"):
            with contextlib.suppress(OSError):
                queued += sum(len(files) for _, _, files in os.walk(self.dir / "queue" / sub))
        problems = [line for line in log.splitlines() if re.search(r"(fatal|panic|error|warning):", line)]
        deferred = [line for line in log.splitlines() if "status=deferred" in line or "status=bounced" in line]
        return {
            "maillog_status": statuses,
            "left_in_queue": queued,
            "log_problems": problems[:5],
            "deferred_or_bounced_examples": deferred[:3],
        }

    def close(self) -> None:
        if not self.started:
            return
        pid = self.master_pid()
        with contextlib.suppress(subprocess.TimeoutExpired):
            subprocess.run(
                [str(RELAY_SCRIPT), "stop", str(self.dir)], stdin=subprocess.DEVNULL, capture_output=True, timeout=60
            )
        deadline = time.monotonic() + 15
        while pid and time.monotonic() < deadline:  # `postfix stop` only signals the master
            try:
                if os.waitpid(pid, os.WNOHANG)[0] == pid:
                    break  # it was adopted by us (subreaper) and has exited
            except ChildProcessError:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
            time.sleep(0.1)
        else:
            if pid:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)


class Mailmoat:
    name = "mailmoat"

    def __init__(self, workdir: Path, sink: Sink):
        self.cli = _mailmoat_cli()
        self.db = workdir / "bench.db"
        self.proc: subprocess.Popen | None = None
        self._stderr = None
        self.stdout: CounterReader | None = None
        self.stderr_path = workdir / "mailmoat.err"
        self.dns: DnsStub | None = None
        try:
            self._start(workdir, sink)
        except BaseException:
            self.close()
            raise

    def _start(self, workdir: Path, sink: Sink) -> None:
        # No DNS leaves the box: the resolver asks a stub on loopback that answers NXDOMAIN at once.
        self.dns = DnsStub()
        for args in (
            ["init", "--hostname", "mx.bench.example"],
            ["domain", "add", "bench.example"],
            ["set", "upstream", f"{LOOPBACK}:{sink.port}"],
            ["set", "delivery.tls", "no"],
            # one load generator on one address: the per-address flood limits would refuse it
            ["set", "smtp.max_connections_per_ip", "0"],
            ["set", "smtp.connection_rate_per_ip", "0"],
            ["set", "dns.nameservers", self.dns.address],
        ):
            self._cli(*args)
        self.port = free_port()
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            [self.cli, "--db", str(self.db), "serve", "--listen", f"{LOOPBACK}:{self.port}", "--workers", "1"],
            cwd=workdir,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
        )
        self.stdout = CounterReader(self.proc.stdout, r"(?!)", 0)  # collects lines only
        self.stdout.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.proc.poll() is None:
            if any(line.startswith("mailmoat: listening on") for line in self.stdout.lines):
                break
            time.sleep(0.05)
        else:
            raise BenchError(
                f"mailmoat serve did not report listening within 30 s (exit {self.proc.poll()}): {self.stderr_text()}"
            )

    def _cli(self, *args: str, timeout: float = 60) -> str:
        try:
            run = subprocess.run(
                [self.cli, "--db", str(self.db), *args],
                cwd=self.db.parent,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            raise BenchError(f"mailmoat {' '.join(args)} timed out after {timeout} s") from None
        if run.returncode != 0:
            raise BenchError(f"mailmoat {' '.join(args)} failed (exit {run.returncode}): {run.stderr.strip()}")
        return run.stdout

    def stderr_text(self) -> str:
        with contextlib.suppress(OSError):
            return self.stderr_path.read_text(errors="replace").strip()[-800:]
        return ""

    def cpu(self) -> float | None:
        return process_tree_cpu(self.proc.pid) if self.proc is not None else None

    def diagnostics(self) -> dict:
        """After serve has stopped (events flushed): what the gateway itself recorded."""
        result: dict = {}
        if self.proc is not None and self.proc.poll() is None:
            self.close()
        result["serve_exit"] = self.proc.returncode if self.proc is not None else None
        with contextlib.suppress(BenchError):
            kinds: dict[str, int] = {}
            replies: dict[str, int] = {}
            for line in self._cli("log", "-n", "10000000").splitlines():
                parts = line.split("  ")
                if len(parts) < 5:
                    continue
                kinds[parts[3]] = kinds.get(parts[3], 0) + 1
                if parts[3] in ("deferred", "bounced") or parts[4] in ("reject", "tempfail"):
                    reply = next((p for p in parts[5:] if re.match(r"[245]\d\d ", p)), "")
                    key = f"{parts[3]}: {reply}"
                    replies[key] = replies.get(key, 0) + 1
            result["events"] = kinds
            result["refusals"] = replies
        with contextlib.suppress(BenchError):
            listing = self._cli("queue", "list")
            result["left_in_queue"] = 0 if "queue is empty" in listing else len(listing.strip().splitlines())
        text = ""
        with contextlib.suppress(OSError):
            text = self.stderr_path.read_text(errors="replace")
        lines = text.splitlines()
        notable = [line for line in lines if re.search(r" (WARNING|ERROR|CRITICAL) |Traceback", line)]
        result["log_warnings_or_errors"] = len(notable)
        result["log_examples"] = notable[:5]
        info: dict[str, int] = {}
        for line in lines:
            if match := re.search(r" INFO (.*?)( [0-9A-Z]{13})?(: |$)", line):
                info[match[1]] = info.get(match[1], 0) + 1
        result["log_info_counts"] = info
        return result

    def close(self) -> None:
        stop_process(self.proc, signal.SIGTERM, grace=45)  # serve drains for up to 30 s
        if self.stdout is not None:
            self.stdout.join(timeout=2)
        if self._stderr is not None and not self._stderr.closed:
            self._stderr.close()
        if self.dns is not None:
            self.dns.close()


# --- one measurement --------------------------------------------------------------------------
@dataclass
class Measurement:
    """What one load run through one path measured; bench/dashboard.py extends it."""

    sessions: int
    messages: int
    size: int
    accepted: int = 0
    accepted_seconds: float | None = None
    accepted_per_s: float | None = None
    delivered: int = 0
    delivered_seconds: float | None = None
    delivered_per_s: float | None = None
    complete: bool = False
    error: str = ""
    source_errors: list[str] = field(default_factory=list)


@dataclass
class Run(Measurement):
    path: str = ""
    relay_cpu_seconds: float | None = None
    relay_cpu_percent: float | None = None
    box_cpu_busy_percent: float | None = None
    diagnostics: dict = field(default_factory=dict)


def drive_load(argv: list[str], run, sink: Sink, messages: int, timeout: float) -> tuple[float, int, int]:
    """Run smtp-source (`argv`) against the relay and wait, until `timeout` s from its start, for it to finish
    and for the sink to receive what it got accepted.

    Records accepted/accepted_seconds/accepted_per_s/source_errors/error/delivered on `run` and returns
    (t0, smtp-source's exit status, the delivery target). smtp-source is killed if it overruns the deadline,
    and on any exception (e.g. Ctrl-C) before this returns.
    """
    t0 = time.monotonic()
    deadline = t0 + timeout
    source = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        counter = CounterReader(source.stdout, r"^\s*(\d+)\s*$", messages)
        counter.start()
        errors: list[str] = []
        err_reader = threading.Thread(
            target=lambda: errors.extend(source.stderr.read().decode("utf-8", "replace").splitlines()), daemon=True
        )
        err_reader.start()
        try:
            source.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            stop_process(source, signal.SIGKILL)
        t_source = time.monotonic()
        counter.join(timeout=2)
        err_reader.join(timeout=2)
        run.accepted = counter.count
        run.source_errors = errors[:10]
        if source.returncode == 0:
            run.accepted = max(run.accepted, messages)
            run.accepted_seconds = t_source - t0
            run.accepted_per_s = messages / run.accepted_seconds
        elif source.returncode == -signal.SIGKILL:
            run.error = f"smtp-source had not finished after {timeout:g} s ({run.accepted} sent)"
        else:
            run.error = f"smtp-source failed (exit {source.returncode}) after {run.accepted} messages: " + (
                errors[-1] if errors else "no message"
            )
        # Delivery: all N unless smtp-source gave up early (then what it got accepted).
        target = messages if source.returncode == 0 else run.accepted
        sink.counter.target = target
        with sink.counter.changed:
            if sink.counter.reached_at is None and sink.counter.count >= target:
                sink.counter.reached_at = time.monotonic()
        sink.counter.wait_for_target(deadline)
        run.delivered = sink.counter.count
    except BaseException:
        stop_process(source, signal.SIGKILL)
        raise
    return t0, source.returncode, target


def measure(path: str, sessions: int, args: argparse.Namespace, scratch: Path) -> Run:
    run = Run(path=path, sessions=sessions, messages=args.messages, size=args.size)
    workdir = Path(tempfile.mkdtemp(prefix=f"{path}-{sessions}-", dir=scratch))
    workdir.chmod(0o755)  # Postfix's unprivileged daemons must traverse it
    sink = server = None
    try:
        sink = Sink(args.messages, workdir)
        server = {"straight": Straight, "postfix": PostfixRelay, "mailmoat": Mailmoat}[path](workdir, sink)
        argv = [
            SMTP_SOURCE,
            "-c",
            "-s",
            str(sessions),
            "-m",
            str(args.messages),
            "-l",
            str(args.size),
            "-M",
            HELO,
            "-f",
            SENDER,
            "-t",
            RECIPIENT,
        ]
        if args.reuse_connections:
            argv.append("-d")
        argv.append(f"{LOOPBACK}:{server.port}")
        cpu_before, box_before = server.cpu() or 0.0, box_cpu_ticks()
        t0, returncode, target = drive_load(argv, run, sink, args.messages, args.timeout)
        cpu_after, box_after = server.cpu(), box_cpu_ticks()
        if sink.counter.reached_at is not None and target:
            run.delivered_seconds = sink.counter.reached_at - t0
        elif sink.counter.last_change is not None:
            run.delivered_seconds = sink.counter.last_change - t0  # time of the last message that arrived
        if run.delivered_seconds and run.delivered:
            run.delivered_per_s = run.delivered / run.delivered_seconds
        run.complete = returncode == 0 and run.delivered >= args.messages
        if not run.complete and not run.error:
            run.error = f"delivered {run.delivered} of {args.messages} within {args.timeout:g} s"
        elif run.error and run.delivered < target:
            run.error += f"; delivered {run.delivered} of {target} accepted within {args.timeout:g} s"
        wall = time.monotonic() - t0  # when cpu_after was sampled: right after the last delivery, or the deadline
        if cpu_after is not None:
            run.relay_cpu_seconds = round(cpu_after - cpu_before, 2)
            run.relay_cpu_percent = round(100 * run.relay_cpu_seconds / wall, 1)
        if box_before and box_after and box_after[1] > box_before[1]:
            run.box_cpu_busy_percent = round(100 * (box_after[0] - box_before[0]) / (box_after[1] - box_before[1]), 1)
    except BenchError as exc:
        run.error = str(exc)
    finally:
        with cleanup(workdir, args.keep):
            if server is not None:
                server.close()
                with contextlib.suppress(Exception):
                    run.diagnostics = server.diagnostics()
            if sink is not None:
                sink.close()
    return run


# --- report -------------------------------------------------------------------------------------
def _rate(run: Run, which: str) -> str:
    value = getattr(run, f"{which}_per_s")
    if value is None:
        return "-"
    return f"{value:.0f}" + ("" if run.complete else "*")


def ratio(a: Run | None, b: Run | None, which: str) -> tuple[float | None, bool]:
    if a is None or b is None:
        return None, False
    x, y = getattr(a, f"{which}_per_s"), getattr(b, f"{which}_per_s")
    if not x or not y:
        return None, False
    return x / y, a.complete and b.complete


def report(runs: list[Run], sessions_list: list[int], paths: list[str]) -> tuple[str, list[dict]]:
    lines = [
        f"{'path':<15} {'sessions':>8} {'msgs':>6} {'accepted/s':>11} {'delivered/s':>12} {'relay cpu':>10}"
        f" {'box cpu':>8}"
    ]
    for run in runs:
        cpu = f"{run.relay_cpu_percent:.0f}%" if run.relay_cpu_percent is not None else "-"
        box = f"{run.box_cpu_busy_percent:.0f}%" if run.box_cpu_busy_percent is not None else "-"
        lines.append(
            f"{PATHS[run.path]:<15} {run.sessions:>8} {run.messages:>6} {_rate(run, 'accepted'):>11} "
            f"{_rate(run, 'delivered'):>12} {cpu:>10} {box:>8}"
        )
    ratios: list[dict] = []
    lines.append("")
    by_key = {(r.path, r.sessions): r for r in runs}
    for sessions in sessions_list:
        mine = by_key.get(("mailmoat", sessions))
        if mine is None:
            continue
        for ref, label in (("straight", "straight"), ("postfix", "postfix")):
            if "mailmoat" not in paths or ref not in paths:
                continue
            other = by_key.get((ref, sessions))
            acc, acc_ok = ratio(mine, other, "accepted")
            dlv, dlv_ok = ratio(mine, other, "delivered")
            ratios.append(
                {
                    "sessions": sessions,
                    "reference": ref,
                    "accepted": acc and round(acc, 3),
                    "delivered": dlv and round(dlv, 3),
                    "complete": acc_ok and dlv_ok,
                }
            )
            fmt = lambda v, ok: "n/a" if v is None else f"x{v:.2f}" + ("" if ok else "*")  # noqa: E731
            lines.append(
                f"{'mailmoat / ' + label + ':':<22}accepted {fmt(acc, acc_ok):<8} "
                f"delivered {fmt(dlv, dlv_ok):<8} ({sessions} sessions)"
            )
    problems = [r for r in runs if not r.complete]
    if problems:
        lines.append("")
        lines.append("* incomplete run (rate over what was reached):")
        for run in problems:
            lines.append(f"  {PATHS[run.path]}, {run.sessions} sessions: {run.error}")
            for err in run.source_errors[-2:]:
                lines.append(f"      smtp-source: {err}")
    for run in runs:
        notes = _notes(run)
        if notes:
            lines.append(f"  note {PATHS[run.path]}, {run.sessions} sessions: {notes}")
    return "\n".join(lines), ratios


def _notes(run: Run) -> str:
    d = run.diagnostics
    if run.path == "mailmoat":
        events = d.get("events", {})
        parts = []
        for kind in ("deferred", "bounced"):
            if events.get(kind):
                parts.append(f"{events[kind]} {kind}")
        if d.get("left_in_queue"):
            parts.append(f"{d['left_in_queue']} left in queue")
        if d.get("log_warnings_or_errors"):
            parts.append(f"{d['log_warnings_or_errors']} warnings/errors in its log")
        refusals = d.get("refusals", {})
        if refusals:
            top = max(refusals, key=refusals.get)
            parts.append(f"most common: {top!r} x{refusals[top]}")
        return "; ".join(parts)
    if run.path == "postfix":
        statuses = {k: v for k, v in d.get("maillog_status", {}).items() if k != "sent"}
        parts = [f"{v} {k}" for k, v in statuses.items()]
        if d.get("left_in_queue"):
            parts.append(f"{d['left_in_queue']} left in queue")
        return "; ".join(parts)
    return ""


def postfix_version() -> str | None:
    with contextlib.suppress(Exception):
        return (
            subprocess.run(
                ["postconf", "-d", "-h", "mail_version"], capture_output=True, text=True, timeout=10
            ).stdout.strip()
            or None
        )
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000, help="messages per run (default 2000)")
    parser.add_argument("--sessions", default="20,100", help="comma-separated concurrency levels (default 20,100)")
    parser.add_argument("--size", type=int, default=2048, help="message payload in bytes (smtp-source -l)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        help="seconds a run may take to accept and deliver everything (default 120)",
    )
    parser.add_argument("--paths", default="straight,postfix,mailmoat", help="subset of straight,postfix,mailmoat")
    parser.add_argument(
        "--reuse-connections",
        action="store_true",
        help="smtp-source -d: several messages per connection (default: one per connection)",
    )
    parser.add_argument("--out", type=Path, default=OUT_DEFAULT, help=f"JSON results (default {OUT_DEFAULT})")
    parser.add_argument("--keep", action="store_true", help="keep each run's temp dir (logs, database) for debugging")
    args = parser.parse_args(argv)
    sessions_list = [int(s) for s in args.sessions.split(",") if s.strip()]
    paths = [p.strip() for p in args.paths.split(",") if p.strip()]
    if unknown := [p for p in paths if p not in PATHS]:
        parser.error(f"unknown path(s) {unknown}; choose from {list(PATHS)}")
    if args.messages < 1 or not sessions_list or any(s < 1 for s in sessions_list):
        parser.error("--messages and --sessions must be positive")
    global SMTP_SOURCE, SMTP_SINK
    SMTP_SOURCE, SMTP_SINK = _tool("smtp-source"), _tool("smtp-sink")
    if not SMTP_SOURCE or not SMTP_SINK:
        print(
            "bench: smtp-source/smtp-sink not found; install Debian's postfix package (make system-deps)",
            file=sys.stderr,
        )
        return 2

    # SIGTERM/SIGHUP behave like Ctrl-C: unwind through the finally blocks that clean up.
    def interrupted(signum, frame):
        raise KeyboardInterrupt

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, interrupted)
    subreaper = _become_subreaper()

    started = datetime.datetime.now(datetime.timezone.utc)
    loadavg = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    runs: list[Run] = []
    interrupted_at: int | None = None
    scratch = Path(tempfile.mkdtemp(prefix="mailmoat-bench-"))
    scratch.chmod(0o755)  # Postfix's unprivileged daemons must traverse it
    print(
        f"bench: {args.messages} messages of {args.size} bytes per run, sessions {sessions_list}, "
        f"timeout {args.timeout:g} s, {os.cpu_count()} CPUs, load average {loadavg}",
        flush=True,
    )
    try:
        for sessions in sessions_list:
            for path in paths:
                print(f"  {PATHS[path]:<14} {sessions:>4} sessions ... ", end="", flush=True)
                run = measure(path, sessions, args, scratch)
                runs.append(run)
                if run.complete:
                    print(f"accepted {run.accepted_seconds:.2f} s, delivered {run.delivered_seconds:.2f} s", flush=True)
                else:
                    print(f"INCOMPLETE: {run.error}", flush=True)
    except KeyboardInterrupt:
        interrupted_at = len(runs)
        print("\nbench: interrupted; partial results follow", file=sys.stderr)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
        reap_orphans()

    table, ratios = report(runs, sessions_list, paths)
    print()
    print(table)
    result = {
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "host": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "postfix": postfix_version(),
            "subreaper": subreaper,
            "loadavg_at_start": loadavg,
        },
        "settings": {
            "messages": args.messages,
            "size": args.size,
            "sessions": sessions_list,
            "paths": paths,
            "timeout": args.timeout,
            "reuse_connections": args.reuse_connections,
            "sender": SENDER,
            "recipient": RECIPIENT,
            "helo": HELO,
        },
        "definitions": {
            "accepted_per_s": "messages / wall time of smtp-source",
            "delivered_per_s": "messages / time from smtp-source start until smtp-sink counted them all",
            "relay_cpu_percent": "CPU of the relay's process tree over the delivery time (100 = one core)",
            "box_cpu_busy_percent": "all CPUs busy during the run (100 = every core)",
        },
        "runs": [asdict(run) for run in runs],
        "ratios": ratios,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nresults: {args.out}")
    if interrupted_at is not None:
        return 130
    return 0  # measurement only: incomplete runs are reported above, not turned into a failing exit status


SMTP_SOURCE: str | None = None
SMTP_SINK: str | None = None

if __name__ == "__main__":
    sys.exit(main())
