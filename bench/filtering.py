#!/usr/bin/env python3
"""Filtering cost: the gateway with content filtering off, with the starter rules, and with rules + clamd.

    .venv/bin/python bench/filtering.py [--messages 2000] [--sessions 20] [--rounds 3] [--korean-share 0.25]

Each run starts a fresh `smtp-sink` and a fresh `mailmoat serve` (database copied from a template made once per
configuration, set up as in bench/throughput.py) and sends it a mix of realistic ham with this script's own
SMTP client (smtp-source only sends generated filler): the ~20 KB Korean multipart message of tests/support/corpus.py
(`korean_multipart_20k`) and smaller English messages (plain text, multipart/alternative, text + a PDF).

Configurations, in one run, rotated each round:
  off           every content rule disabled (`mailmoat rule disable`), content.ad_tag_score 0, no virus.clamd
  rules         the starter rule set `mailmoat init` seeds (the default settings)
  rules+clamd   the same, plus virus.clamd on a private clamd (as tests/support/clamd.py: one EICAR signature)
and, as the load generator's own ceiling, `client->sink`: the client straight into smtp-sink.

accepted/s  = messages / wall time for the client to have them all accepted (250 after DATA)
delivered/s = messages / time from the client's start until smtp-sink has counted them all
gateway cpu = CPU seconds of the gateway process per message (µs/msg); the on-off difference is the filtering
              cost per message inside the gateway; clamd's CPU per message is given apart.

Measurement only: nothing here asserts a speed; the exit status is 0 even when a run is incomplete (2: a tool is
missing; 130: interrupted). Everything stays on 127.0.0.1, every wait is bounded, and all processes and temp
dirs are cleaned up, also on failure or Ctrl-C. Results go to stdout and to bench/out/filtering.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

import throughput as tp  # (helpers: Sink, CounterReader, CPU accounting, process control)
from content import median_us

from app.mail.decode import decode_message
from app.policy.content_rules import compile_rules
from app.policy.starter_rules import STARTER_RULES
from tests.support.corpus import korean_multipart_20k, message, multipart, part, text_message

ROOT = tp.ROOT
OUT_DEFAULT = ROOT / "bench" / "out" / "filtering.json"
LOOPBACK = tp.LOOPBACK
CONFIGS = {"straight": "client->sink", "off": "off", "rules": "rules", "clamd": "rules+clamd"}
ENGLISH_PARAGRAPH = (
    "Hi team, following up on Tuesday's call with the supplier: the revised quote is attached and the delivery "
    "window moved to the second week of March. Finance has approved the budget line for the pilot, so please "
    "review the contract draft and send your comments to Sarah before Friday. The quarterly report is due at the "
    "end of the month; let me know if you need more time for the figures.\n"
)


class BenchError(tp.BenchError):
    pass


# --- the messages ---------------------------------------------------------------------------------
def english_messages() -> dict[str, bytes]:
    """Three smaller English ham messages: ~1.5 KB plain, ~5 KB alternative, ~8 KB text + PDF."""
    sender = "Sarah Park <sarah@client.example>"
    plain = text_message(
        "Re: supplier call notes", ENGLISH_PARAGRAPH * 4, charset="us-ascii", cte="7bit", sender=sender
    )
    text = ENGLISH_PARAGRAPH * 6
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
    alternative = message(
        "Quarterly planning",
        multipart(
            "alternative",
            [
                part(text.encode(), "text/plain; charset=utf-8", "quoted-printable"),
                part(html.encode(), "text/html; charset=utf-8", "quoted-printable"),
            ],
            "en-alt-1",
        ),
        sender=sender,
    )
    pdf = part(b"%PDF-1.4\n" + bytes(range(256)) * 16, "application/pdf", "base64", filename="quote-2026-03.pdf")
    attached = message(
        "Revised quote attached",
        multipart(
            "mixed", [part((ENGLISH_PARAGRAPH * 3).encode(), "text/plain; charset=us-ascii", "7bit"), pdf], "en-mixed-0"
        ),
        sender=sender,
    )
    return {"en-plain": plain, "en-alternative": alternative, "en-pdf": attached}


def korean_message(size: int) -> bytes:
    base = korean_multipart_20k()
    return korean_multipart_20k(max(1, round(20 * size / len(base)))) if size != 20480 else base


def message_mix(korean_share: float, korean_size: int) -> tuple[list[tuple[str, bytes]], dict[str, int]]:
    """A cycle of 20 messages (Korean share rounded to twentieths), English variants in turn; every one ham."""
    korean = korean_message(korean_size)
    english = list(english_messages().items())
    rules = compile_rules(STARTER_RULES)
    for name, raw in [("ko-multipart", korean), *english]:
        if hits := rules.evaluate(decode_message(raw)):
            raise BenchError(f"bench message {name} must be ham, but hits {[h.name for h in hits]}")
    n_korean = round(20 * korean_share)
    cycle: list[tuple[str, bytes]] = []
    for i in range(20):
        # spread the Korean messages evenly over the cycle
        if (i * n_korean) // 20 != ((i + 1) * n_korean) // 20:
            cycle.append(("ko-multipart", korean))
        else:
            cycle.append(english[len(cycle) % len(english)])
    sizes = {name: len(raw) for name, raw in [("ko-multipart", korean), *english]}
    return cycle, sizes


def in_process_costs(cycle: list[tuple[str, bytes]], runs: int) -> dict:
    """Median decode and match (starter rules) µs per distinct message, as bench/content.py measures them,
    and their means over the mix: what the gateway's content stage costs, without the SMTP around it."""
    rules = compile_rules(STARTER_RULES)
    per: dict[str, dict] = {}
    for name, raw in dict(cycle).items():
        decoded = decode_message(raw)
        per[name] = {
            "decode_us": round(median_us(lambda raw=raw: decode_message(raw), runs), 1),
            "match_us": round(median_us(lambda decoded=decoded: rules.evaluate(decoded), runs), 1),
        }
    mean = {key: round(sum(per[name][key] for name, _ in cycle) / len(cycle), 1) for key in ("decode_us", "match_us")}
    return {"per_message": per, "mix_mean": mean, "runs": runs}


def wire(raw: bytes) -> bytes:
    """DATA payload: CRLF line ends, dot-stuffed, with the terminating dot."""
    lines = raw.replace(b"\r\n", b"\n").split(b"\n")
    body = b"\r\n".join(b"." + line if line.startswith(b".") else line for line in lines)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body + b".\r\n"


# --- the load generator ---------------------------------------------------------------------------
@dataclass
class ClientResult:
    accepted: int = 0
    seconds: float = 0.0
    replies: dict[str, int] = field(default_factory=dict)  # non-250 final replies, by first 40 characters
    errors: list[str] = field(default_factory=list)


async def _reply(reader: asyncio.StreamReader) -> bytes:
    while True:
        line = await reader.readline()
        if len(line) < 4:
            raise ConnectionError(f"connection closed or short reply {line!r}")
        if line[3:4] != b"-":
            return line


async def _load(port: int, payloads: list[bytes], sessions: int, deadline: float) -> ClientResult:
    result = ClientResult()
    queue = iter(range(len(payloads)))
    mail_from = f"MAIL FROM:<{tp.SENDER}>\r\n".encode()
    rcpt_to = f"RCPT TO:<{tp.RECIPIENT}>\r\n".encode()
    ehlo = f"EHLO {tp.HELO}\r\n".encode()

    def note(reply: bytes) -> None:
        key = reply.decode("utf-8", "replace").strip()[:40]
        result.replies[key] = result.replies.get(key, 0) + 1

    async def one(payload: bytes) -> None:
        """One message per connection, like smtp-source without -d."""
        reader, writer = await asyncio.open_connection(LOOPBACK, port)
        try:
            for command, expect in (
                (None, b"220"),
                (ehlo, b"250"),
                (mail_from, b"250"),
                (rcpt_to, b"250"),
                (b"DATA\r\n", b"354"),
                (payload, b"250"),
            ):
                if command is not None:
                    writer.write(command)
                reply = await _reply(reader)
                if not reply.startswith(expect):
                    note(reply)
                    writer.write(b"QUIT\r\n")
                    return
            result.accepted += 1
            writer.write(b"QUIT\r\n")
            with contextlib.suppress(ConnectionError, OSError):
                await _reply(reader)
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()

    async def worker() -> None:
        for index in queue:
            try:
                await asyncio.wait_for(one(payloads[index]), max(0.1, deadline - time.monotonic()))
            except (TimeoutError, OSError, ConnectionError) as exc:
                if len(result.errors) < 10:
                    result.errors.append(f"{type(exc).__name__}: {exc}")
                if time.monotonic() >= deadline:
                    return

    t0 = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(sessions)))
    result.seconds = time.monotonic() - t0
    return result


def run_load(port: int, payloads: list[bytes], sessions: int, deadline: float) -> ClientResult:
    try:
        import uvloop

        runner = asyncio.Runner(loop_factory=uvloop.new_event_loop)
    except ImportError:
        runner = asyncio.Runner()
    with runner:
        return runner.run(_load(port, payloads, sessions, deadline))


# --- the gateway ----------------------------------------------------------------------------------
def cli(db: Path, *args: str, timeout: float = 60) -> str:
    env = {k: v for k, v in os.environ.items() if k != "MAILMOAT_DB"}
    try:
        run = subprocess.run(
            [tp._mailmoat_cli(), "--db", str(db), *args],
            cwd=db.parent,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BenchError(f"mailmoat {' '.join(args)} timed out after {timeout} s") from None
    if run.returncode != 0:
        raise BenchError(f"mailmoat {' '.join(args)} failed (exit {run.returncode}): {run.stderr.strip()}")
    return run.stdout


def make_template(config: str, directory: Path, clamd_address: str | None) -> tuple[Path, int]:
    """A database for `config`, set up once (disabling every rule takes ~50 CLI calls); returns it and the
    number of enabled rules."""
    directory.mkdir(parents=True, exist_ok=True)
    db = directory / "template.db"
    for args in (
        ["init", "--hostname", "mx.bench.example"],
        ["domain", "add", "bench.example"],
        ["set", "delivery.tls", "no"],
        # one load generator on one address: the per-address flood limits would refuse it
        ["set", "smtp.max_connections_per_ip", "0"],
        ["set", "smtp.connection_rate_per_ip", "0"],
    ):
        cli(db, *args)
    enabled = [
        line.split()[0]
        for line in cli(db, "rule", "list").splitlines()
        if len(line.split()) > 1 and line.split()[1] == "on"
    ]
    if config == "off":
        for name in enabled:
            cli(db, "rule", "disable", name)
        cli(db, "set", "content.ad_tag_score", "0")
        enabled = [
            line.split()[0]
            for line in cli(db, "rule", "list").splitlines()
            if len(line.split()) > 1 and line.split()[1] == "on"
        ]
    if config == "clamd":
        cli(db, "set", "virus.clamd", clamd_address)
    return db, len(enabled)


def _one_unless(serve_args: tuple[str, ...]) -> tuple[str, ...]:
    """One process unless the caller asks for workers (serve's own default is auto)."""
    return serve_args if "--workers" in serve_args else ("--workers", "1", *serve_args)


class Serve:
    """One `mailmoat serve` on `db` (a file or a postgresql:// URL, set up already), started in `workdir` and
    waited for until it listens."""

    def __init__(
        self, db: str, workdir: Path, serve_args: tuple[str, ...] = (), name: str = "mailmoat", timeout: float = 30
    ):
        self.proc: subprocess.Popen | None = None
        self.stdout: tp.CounterReader | None = None
        self.stderr_path = workdir / f"{name}.err"
        self._stderr = None
        self.port = tp.free_port()
        try:
            self._stderr = open(self.stderr_path, "wb")
            self.proc = subprocess.Popen(
                [
                    tp._mailmoat_cli(),
                    "--db",
                    db,
                    "serve",
                    "--listen",
                    f"{LOOPBACK}:{self.port}",
                    *_one_unless(serve_args),
                ],
                cwd=workdir,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
            )
            self.stdout = tp.CounterReader(self.proc.stdout, r"(?!)", 0)  # collects lines only
            self.stdout.start()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and self.proc.poll() is None:
                if any(line.startswith("mailmoat: listening on") for line in self.stdout.lines):
                    break
                time.sleep(0.05)
            else:
                raise BenchError(
                    f"mailmoat serve ({name}) did not report listening within {timeout:g} s "
                    f"(exit {self.proc.poll()}): {self.stderr_text()}"
                )
        except BaseException:
            Serve.close(self)
            raise

    def stderr_text(self) -> str:
        with contextlib.suppress(OSError):
            return self.stderr_path.read_text(errors="replace").strip()[-800:]
        return ""

    def cpu(self) -> float | None:
        return tp.process_tree_cpu(self.proc.pid) if self.proc is not None else None

    def close(self) -> None:
        tp.stop_process(self.proc, signal.SIGTERM, grace=45)  # serve drains for up to 30 s
        if self.stdout is not None:
            self.stdout.join(timeout=2)
        if self._stderr is not None and not self._stderr.closed:
            self._stderr.close()


class Gateway(Serve):
    """`mailmoat serve` on a copy of a template database, its upstream the run's sink."""

    def __init__(
        self,
        template: Path,
        workdir: Path,
        sink: tp.Sink,
        serve_args: tuple[str, ...] = (),
        nameserver: str | None = None,
    ):
        self.db = workdir / "bench.db"
        shutil.copyfile(template, self.db)
        self.dns: tp.DnsStub | None = None
        try:
            # No DNS leaves the box: the resolver asks a stub on loopback that answers NXDOMAIN at once (the
            # caller's, or one of its own).
            if nameserver is None:
                self.dns = tp.DnsStub()
                nameserver = self.dns.address
            cli(self.db, "set", "upstream", f"{LOOPBACK}:{sink.port}")
            cli(self.db, "set", "dns.nameservers", nameserver)
            super().__init__(str(self.db), workdir, serve_args)
        except BaseException:
            if self.dns is not None:
                self.dns.close()
            raise

    def close(self) -> None:
        super().close()
        if self.dns is not None:
            self.dns.close()

    def diagnostics(self) -> dict:
        """After serve has stopped: event kinds, what is left in the queue, warnings in its log."""
        result: dict = {"serve_exit": self.proc.returncode if self.proc is not None else None}
        with contextlib.suppress(BenchError):
            kinds: dict[str, int] = {}
            for line in cli(self.db, "log", "-n", "10000000").splitlines():
                parts = line.split("  ")
                if len(parts) >= 5:
                    kinds[parts[3]] = kinds.get(parts[3], 0) + 1
            result["events"] = kinds
        with contextlib.suppress(BenchError):
            listing = cli(self.db, "queue", "list")
            result["left_in_queue"] = 0 if "queue is empty" in listing else len(listing.strip().splitlines())
        text = ""
        with contextlib.suppress(OSError):
            text = self.stderr_path.read_text(errors="replace")
        notable = [
            line for line in text.splitlines() if " WARNING " in line or " ERROR " in line or "Traceback" in line
        ]
        result["log_warnings_or_errors"] = len(notable)
        result["log_examples"] = notable[:5]
        return result


class Clamd:
    """A private clamd (tests/support/clamd.py's run_clamd: config, one-signature database, socket in a temp dir)."""

    def __init__(self, workdir: Path):
        from tests.support.clamd import run_clamd  # imports pytest; only when clamd is wanted

        self._context = run_clamd(workdir)
        try:
            self.daemon = self._context.__enter__()
        except BaseException as exc:  # run_clamd reports a failed start with pytest.fail (an OutcomeException)
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            raise BenchError(f"clamd did not start: {str(exc).strip()[-400:]}") from None
        self.address = self.daemon.address

    def cpu(self) -> float | None:
        return tp.process_tree_cpu(self.daemon.process.pid)

    def version(self) -> str | None:
        with contextlib.suppress(Exception):
            return (
                subprocess.run(
                    [tp._tool("clamd") or "clamd", "--version"], check=False, capture_output=True, text=True, timeout=10
                ).stdout.strip()
                or None
            )
        return None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._context.__exit__(None, None, None)


# --- one measurement ------------------------------------------------------------------------------
@dataclass
class Run(tp.Measurement):
    config: str = ""
    round: int = 0
    gateway_cpu_us_per_msg: float | None = None
    gateway_cpu_percent: float | None = None
    clamd_cpu_us_per_msg: float | None = None
    box_cpu_busy_percent: float | None = None
    replies: dict = field(default_factory=dict)
    diagnostics: dict = field(default_factory=dict)


def measure(
    config: str,
    round_no: int,
    args: argparse.Namespace,
    payloads: list[bytes],
    templates: dict,
    clamd: Clamd | None,
    scratch: Path,
) -> Run:
    run = Run(
        config=config,
        round=round_no,
        sessions=args.sessions,
        messages=len(payloads),
        size=sum(len(p) for p in payloads) // len(payloads),
    )
    workdir = Path(tempfile.mkdtemp(prefix=f"{config}-{round_no}-", dir=scratch))
    sink = gateway = None
    try:
        sink = tp.Sink(len(payloads), workdir)
        port = sink.port
        if config != "straight":
            gateway = Gateway(templates[config], workdir, sink)
            port = gateway.port
        cpu = gateway.cpu if gateway is not None else (lambda: None)
        clamd_cpu = clamd.cpu if clamd is not None and config == "clamd" else (lambda: None)
        before = (cpu(), clamd_cpu(), tp.box_cpu_ticks())
        t0 = time.monotonic()
        deadline = t0 + args.timeout
        client = run_load(port, payloads, args.sessions, deadline)
        run.accepted, run.replies, run.source_errors = client.accepted, client.replies, client.errors
        if client.accepted == len(payloads):
            run.accepted_seconds = client.seconds
            run.accepted_per_s = client.accepted / client.seconds
        else:
            run.error = (
                f"{client.accepted} of {len(payloads)} accepted"
                + (f"; replies {client.replies}" if client.replies else "")
                + (f"; {client.errors[-1]}" if client.errors else "")
            )
        target = client.accepted
        sink.counter.target = target
        with sink.counter.changed:
            if sink.counter.reached_at is None and sink.counter.count >= target:
                sink.counter.reached_at = time.monotonic()
        sink.counter.wait_for_target(deadline)
        after = (cpu(), clamd_cpu(), tp.box_cpu_ticks())
        wall = time.monotonic() - t0
        run.delivered = sink.counter.count
        if sink.counter.reached_at is not None and target:
            run.delivered_seconds = sink.counter.reached_at - t0
        elif sink.counter.last_change is not None:
            run.delivered_seconds = sink.counter.last_change - t0
        if run.delivered_seconds and run.delivered:
            run.delivered_per_s = run.delivered / run.delivered_seconds
        run.complete = client.accepted == len(payloads) and run.delivered >= len(payloads)
        if not run.complete and not run.error:
            run.error = f"delivered {run.delivered} of {len(payloads)} within {args.timeout:g} s"
        if before[0] is not None and after[0] is not None and run.delivered:
            run.gateway_cpu_us_per_msg = round(1e6 * (after[0] - before[0]) / run.delivered)
            run.gateway_cpu_percent = round(100 * (after[0] - before[0]) / wall, 1)
        if before[1] is not None and after[1] is not None and run.delivered:
            run.clamd_cpu_us_per_msg = round(1e6 * (after[1] - before[1]) / run.delivered)
        if before[2] and after[2] and after[2][1] > before[2][1]:
            run.box_cpu_busy_percent = round(100 * (after[2][0] - before[2][0]) / (after[2][1] - before[2][1]), 1)
    except tp.BenchError as exc:
        run.error = str(exc)
    finally:
        with tp.cleanup(workdir, args.keep):
            if gateway is not None:
                gateway.close()
                with contextlib.suppress(Exception):
                    run.diagnostics = gateway.diagnostics()
            if sink is not None:
                sink.close()
    return run


# --- report ---------------------------------------------------------------------------------------


def summarise(runs: list[Run], configs: list[str]) -> dict:
    summary: dict = {}
    for config in configs:
        mine = [r for r in runs if r.config == config]
        if not mine:
            continue
        entry = {
            key: tp.median(getattr(r, key) for r in mine)
            for key in ("accepted_per_s", "delivered_per_s", "gateway_cpu_us_per_msg", "clamd_cpu_us_per_msg")
        }
        entry["complete"] = all(r.complete for r in mine)
        if config in ("rules", "clamd"):
            for which in ("accepted", "delivered"):
                per_round = []
                for r in mine:
                    off = next((o for o in runs if o.config == "off" and o.round == r.round), None)
                    a, b = getattr(r, f"{which}_per_s"), off and getattr(off, f"{which}_per_s")
                    per_round.append(round(a / b, 3) if a and b else None)
                entry[f"{which}_ratio_rounds"] = per_round
                entry[f"{which}_ratio"] = tp.median(per_round)
            off_cpu = [o.gateway_cpu_us_per_msg for o in runs if o.config == "off"]
            if entry["gateway_cpu_us_per_msg"] is not None and tp.median(off_cpu) is not None:
                entry["filter_cpu_us_per_msg"] = entry["gateway_cpu_us_per_msg"] - tp.median(off_cpu)
        summary[config] = entry
    return summary


def report(runs: list[Run], summary: dict, rounds: int, costs_in_process: dict | None = None) -> str:
    def fmt(v, suffix=""):
        return "-" if v is None else f"{v:.0f}{suffix}"

    lines = [
        f"{'config':<13} {'accepted/s':>10} {'delivered/s':>11} {'gateway cpu':>14} {'clamd cpu':>12}"
        f"   on/off (accepted, delivered; median of {rounds} round{'s' if rounds > 1 else ''})"
    ]
    for config, entry in summary.items():
        star = "" if entry["complete"] else "*"
        ratio = ""
        if "accepted_ratio" in entry and entry["accepted_ratio"] is not None:
            rounds_text = ", ".join("-" if a is None else f"{a:.2f}" for a in entry["accepted_ratio_rounds"])
            ratio = (
                f"x{entry['accepted_ratio']:.2f}, x{(entry['delivered_ratio'] or 0):.2f}"
                f"   (accepted per round: {rounds_text})"
            )
        lines.append(
            f"{CONFIGS[config]:<13} {fmt(entry['accepted_per_s'], star):>10} "
            f"{fmt(entry['delivered_per_s'], star):>11} {fmt(entry['gateway_cpu_us_per_msg'], ' µs/msg'):>14} "
            f"{fmt(entry['clamd_cpu_us_per_msg'], ' µs/msg'):>12}   {ratio}"
        )
    costs = [
        f"{CONFIGS[c]} +{e['filter_cpu_us_per_msg']:.0f} µs"
        for c, e in summary.items()
        if e.get("filter_cpu_us_per_msg") is not None
    ]
    if costs:
        extra = ""
        if (clamd := summary.get("clamd")) and clamd.get("clamd_cpu_us_per_msg") is not None:
            extra = f" (and clamd itself {clamd['clamd_cpu_us_per_msg']:.0f} µs)"
        lines.append("")
        lines.append(f"filtering cost, gateway CPU per message over `off`: {'; '.join(costs)}{extra}")
    if costs_in_process:
        mean = costs_in_process["mix_mean"]
        per = "; ".join(
            f"{name} {c['decode_us']:.0f} + {c['match_us']:.0f}" for name, c in costs_in_process["per_message"].items()
        )
        lines.append(
            f"in process, mean over the mix: decode {mean['decode_us']:.0f} µs (paid in every configuration, "
            f"`off` included) + match {mean['match_us']:.0f} µs (rules only) per message ({per} µs)"
        )
    problems = [r for r in runs if not r.complete]
    if problems:
        lines.append("")
        lines.append("* incomplete run (rate over what was reached):")
        for run in problems:
            lines.append(f"  {CONFIGS[run.config]}, round {run.round}: {run.error}")
    for run in runs:
        d = run.diagnostics
        notes = []
        if run.replies:
            notes.append(f"replies {run.replies}")
        if d.get("left_in_queue"):
            notes.append(f"{d['left_in_queue']} left in queue")
        if d.get("log_warnings_or_errors"):
            notes.append(f"{d['log_warnings_or_errors']} warnings/errors in its log")
        if notes:
            lines.append(f"  note {CONFIGS[run.config]}, round {run.round}: {'; '.join(notes)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000, help="messages per run (default 2000)")
    parser.add_argument("--sessions", type=int, default=20, help="concurrent client sessions (default 20)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, each running every config (default 3)")
    parser.add_argument(
        "--korean-share",
        type=float,
        default=0.25,
        help="share of the Korean multipart message in the mix, in twentieths (default 0.25)",
    )
    parser.add_argument(
        "--korean-size",
        type=int,
        default=20480,
        help="approximate size of the Korean message in bytes (default 20480: the corpus's own)",
    )
    parser.add_argument(
        "--configs",
        default="straight,off,rules,clamd",
        help="subset of straight,off,rules,clamd (default: all; clamd is skipped when not installed)",
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run (default 120)")
    parser.add_argument("--out", type=Path, default=OUT_DEFAULT, help=f"JSON results (default {OUT_DEFAULT})")
    parser.add_argument("--keep", action="store_true", help="keep each run's temp dir (logs, database)")
    args = parser.parse_args(argv)
    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    if unknown := [c for c in configs if c not in CONFIGS]:
        parser.error(f"unknown config(s) {unknown}; choose from {list(CONFIGS)}")
    if args.messages < 1 or args.sessions < 1 or args.rounds < 1 or not 0 <= args.korean_share <= 1:
        parser.error("--messages, --sessions and --rounds must be positive, --korean-share in 0..1")
    tp.SMTP_SINK = tp._tool("smtp-sink")
    if not tp.SMTP_SINK:
        print("bench: smtp-sink not found; install Debian's postfix package (make system-deps)", file=sys.stderr)
        return 2
    skipped = ""
    if "clamd" in configs and not tp._tool("clamd"):
        configs.remove("clamd")
        skipped = " (rules+clamd skipped: clamd not installed)"

    def interrupted(signum, frame):
        raise KeyboardInterrupt

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, interrupted)

    cycle, sizes = message_mix(args.korean_share, args.korean_size)
    payloads = [wire(cycle[i % len(cycle)][1]) for i in range(args.messages)]
    mix: dict[str, int] = {}
    for i in range(args.messages):
        mix[cycle[i % len(cycle)][0]] = mix.get(cycle[i % len(cycle)][0], 0) + 1
    started = datetime.datetime.now(datetime.UTC)
    loadavg = [round(x, 2) for x in os.getloadavg()]
    mean = sum(len(p) for p in payloads) / len(payloads)
    print(
        f"bench: {args.messages} messages per run (mean {mean / 1024:.1f} KB: "
        + ", ".join(f"{n} {name} {sizes[name] / 1024:.1f} KB" for name, n in mix.items())
        + f"), {args.sessions} sessions, {args.rounds} rounds, {os.cpu_count()} CPUs, load average {loadavg}"
        + skipped,
        flush=True,
    )
    runs: list[Run] = []
    interrupted_at: int | None = None
    templates: dict[str, Path] = {}
    rule_counts: dict[str, int] = {}
    clamd: Clamd | None = None
    scratch = Path(tempfile.mkdtemp(prefix="mailmoat-filtering-"))
    try:
        if "clamd" in configs:
            clamd = Clamd(scratch / "clamd")
        t_setup = time.monotonic()
        for config in configs:
            if config != "straight":
                templates[config], rule_counts[config] = make_template(
                    config, scratch / f"template-{config}", clamd.address if clamd else None
                )
        print(
            f"  set up in {time.monotonic() - t_setup:.1f} s; enabled rules: "
            + ", ".join(f"{CONFIGS[c]} {n}" for c, n in rule_counts.items()),
            flush=True,
        )
        for round_no in range(1, args.rounds + 1):
            shift = (round_no - 1) % len(configs)
            for config in configs[shift:] + configs[:shift]:
                print(f"  round {round_no} {CONFIGS[config]:<13} ... ", end="", flush=True)
                run = measure(config, round_no, args, payloads, templates, clamd, scratch)
                runs.append(run)
                if run.complete:
                    print(
                        f"accepted {run.accepted_per_s:.0f}/s, delivered {run.delivered_per_s:.0f}/s"
                        + (
                            f", gateway {run.gateway_cpu_us_per_msg:.0f} µs/msg"
                            if run.gateway_cpu_us_per_msg is not None
                            else ""
                        ),
                        flush=True,
                    )
                else:
                    print(f"INCOMPLETE: {run.error}", flush=True)
    except KeyboardInterrupt:
        interrupted_at = len(runs)
        print("\nbench: interrupted; partial results follow", file=sys.stderr)
    except tp.BenchError as exc:
        print(f"\nbench: {exc}", file=sys.stderr)
    finally:
        if clamd is not None:
            clamd.close()
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
        tp.reap_orphans()

    summary = summarise(runs, configs)
    costs_in_process = None
    if interrupted_at is None and runs:
        costs_in_process = in_process_costs(cycle, 300)
    print()
    print(report(runs, summary, args.rounds, costs_in_process))
    result = {
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "host": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "clamd": clamd.version() if clamd else None,
            "loadavg_at_start": loadavg,
        },
        "settings": {
            "messages": args.messages,
            "sessions": args.sessions,
            "rounds": args.rounds,
            "korean_share": args.korean_share,
            "mix": mix,
            "sizes": sizes,
            "configs": configs,
            "enabled_rules": rule_counts,
            "timeout": args.timeout,
        },
        "definitions": {
            "accepted_per_s": "messages / wall time for the client to have them all accepted",
            "delivered_per_s": "messages / time from the client's start until smtp-sink counted them",
            "gateway_cpu_us_per_msg": "CPU of the gateway process over the run / messages delivered",
            "clamd_cpu_us_per_msg": "CPU of clamd over the run / messages delivered",
        },
        "runs": [asdict(run) for run in runs],
        "summary": summary,
        "in_process": costs_in_process,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nresults: {args.out}")
    return 130 if interrupted_at is not None else 0


if __name__ == "__main__":
    sys.exit(main())
