"""`mailmoat serve --workers N`: a small supervisor over N gateway processes sharing one port and database.

Each worker is the same `serve`, started as a new interpreter (fork+exec: no loop, thread or SQLite handle
crosses over), listening with SO_REUSEPORT so that the kernel spreads connections over them, with its own
store and group commit on the one SQLite database. The supervisor itself holds no database connection while
the workers run: the caller has migrated and checked the database before. It restarts a worker that dies,
forwards SIGTERM and SIGINT to every worker and exits once they have drained.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
import time
from dataclasses import dataclass, field
from typing import NoReturn

from .guards.shared_table import MAX_WORKERS, SharedTable, counters_path
from .policy.hostport import parse_hostport
from .safe_text import terminal_guard, visible
from .store.workers import set_node, this_node
from .supervised import say, supervisor_environment

log = logging.getLogger(__name__)
READY_TIMEOUT = 120.0  # seconds a starting worker may take to listen (it loads the policy and the Bayes model)
DRAIN_TIMEOUT = 40.0  # seconds the workers get to drain after SIGTERM (30 s grace and delivery's 5), under
# the systemd unit's TimeoutStopSec=45
RESTART_BACKOFF = (0.5, 30.0)  # first and longest wait before restarting a worker that keeps dying


def worker_count(text: str) -> int:
    """`--workers` as given: a positive number, or "auto" (one per core this process may run on)."""
    if text.strip().lower() == "auto":
        return min(MAX_WORKERS, max(1, usable_cores()))
    try:
        count = int(text)
    except ValueError:
        raise ValueError(f"--workers: expected a number or 'auto', not {text!r}") from None
    if not 1 <= count <= MAX_WORKERS:
        raise ValueError(f"--workers: {count} is out of range (1 to {MAX_WORKERS})")
    return count


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity: `taskset`, a container's cpuset), not the box's."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # no sched_getaffinity on this platform
        return os.cpu_count() or 1


def reserve_port(address: str) -> tuple[str, int, socket.socket | None]:
    """Checks that nobody listens on `address` yet, and resolves port 0 to a free port, held by a bound (not
    listening) SO_REUSEPORT socket so that no other program takes it before the workers do. Raises
    RuntimeError on a bad or busy address."""
    try:
        host, port = parse_hostport(address, 25)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # A plain bind first: SO_REUSEPORT alone would let the workers join another gateway's listener.
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
            if port == 0:
                port = probe.getsockname()[1]
        holder = None
        if parse_hostport(address, 25)[1] == 0:
            holder = socket.socket(family, socket.SOCK_STREAM)
            holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            holder.bind((host, port))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"cannot listen on {address!r}: {getattr(exc, 'strerror', None) or exc}") from None
    return host, port, holder


@dataclass
class Worker:
    index: int
    process: asyncio.subprocess.Process | None = None
    started: float = 0.0
    failures: int = 0  # deaths in a row soon after a start
    listening: str = ""

    @property
    def running(self) -> asyncio.subprocess.Process:
        """The worker's process, once started (the supervisor starts every worker before it watches any)."""
        assert self.process is not None, f"worker {self.index} has not been started"
        return self.process


@dataclass
class Supervisor:
    db_path: str
    listen: str  # HOST:PORT with a real port
    count: int
    python: list[str] = field(default_factory=lambda: [sys.executable, "-m", "app"])
    workers: list[Worker] = field(default_factory=list)
    stopping: bool = False

    def command(self, worker: Worker, ready_fd: int) -> list[str]:
        return [
            *self.python,
            "--db",
            self.db_path,
            "serve",
            "--listen",
            self.listen,
            f"--node={this_node()}",  # one argument: a name may begin with "-"
            "--worker",
            str(worker.index),
            "--ready-fd",
            str(ready_fd),
        ]

    async def start_worker(self, worker: Worker) -> bool:
        """Starts one worker and waits until it listens; False if it exited (or hung) before that."""
        read_fd, write_fd = os.pipe()
        try:
            worker.process = await asyncio.create_subprocess_exec(
                *self.command(worker, write_fd),
                pass_fds=(write_fd,),
                stdin=asyncio.subprocess.DEVNULL,
                env=supervisor_environment(),  # the worker compares its parent with this pid
            )
        except OSError as exc:  # EMFILE, ENOMEM, EAGAIN: a start that failed, which the restart loop retries
            os.close(read_fd)
            say(f"mailmoat: worker {worker.index} could not be started: {exc}")
            return False
        finally:
            os.close(write_fd)
        worker.started = time.monotonic()
        reader = asyncio.StreamReader()
        transport, _protocol = await asyncio.get_running_loop().connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(read_fd, "rb", buffering=0)
        )
        try:
            # the worker's end closes when it exits: an empty line then
            line = (await asyncio.wait_for(reader.readline(), READY_TIMEOUT)).decode(errors="replace").strip()
        except asyncio.TimeoutError:
            line = ""
        finally:
            transport.close()
        if not line:
            if worker.process.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    worker.process.kill()
                await worker.process.wait()
            return False
        worker.listening = line
        return True

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        self.workers = [Worker(index) for index in range(self.count)]
        started = await asyncio.gather(*(self.start_worker(w) for w in self.workers))
        if not all(started):
            say(f"mailmoat: {started.count(False)} of {self.count} workers did not start (see above); stopping")
            await self.stop_all()
            return 2
        say(
            f"mailmoat: listening on {self.listen} ({self.count} workers, pids "
            f"{', '.join(str(w.running.pid) for w in self.workers)})"
        )
        watchers = {loop.create_task(self.watch(w, stop)) for w in self.workers}
        await stop.wait()
        self.stopping = True
        say("mailmoat: draining")
        codes = await self.stop_all()
        for watcher in watchers:
            watcher.cancel()
        await asyncio.gather(*watchers, return_exceptions=True)
        say("mailmoat: stopped")
        return 0 if all(code == 0 for code in codes) else 1

    async def watch(self, worker: Worker, stop: asyncio.Event) -> None:
        """Restarts the worker whenever it dies, waiting longer each time it dies soon after a start."""
        while True:
            code = await worker.running.wait()
            if self.stopping or stop.is_set():
                return
            if code == 0:  # it drained after a SIGTERM of its own (systemd signals every process of the unit)
                await asyncio.sleep(0.5)  # the supervisor's own SIGTERM is likely on its way
                if not (self.stopping or stop.is_set()):
                    say(
                        f"mailmoat: worker {worker.index} (pid {worker.running.pid}) was stopped on its own; "
                        "not restarted"
                    )
                return
            lived = time.monotonic() - worker.started
            worker.failures = worker.failures + 1 if lived < 10 else 1
            delay = min(RESTART_BACKOFF[1], RESTART_BACKOFF[0] * 2 ** (worker.failures - 1))
            say(
                f"mailmoat: worker {worker.index} (pid {worker.running.pid}) exited with {_describe(code)}; "
                f"restarting in {delay:g} s"
            )
            await asyncio.sleep(delay)
            while not self.stopping and not await self.start_worker(worker):
                worker.failures += 1
                await asyncio.sleep(min(RESTART_BACKOFF[1], RESTART_BACKOFF[0] * 2 ** (worker.failures - 1)))
            if self.stopping:
                return
            say(f"mailmoat: worker {worker.index} restarted (pid {worker.running.pid})")

    async def stop_all(self) -> list[int]:
        """SIGTERM to every worker; each drains as a single `serve` does. Killed after DRAIN_TIMEOUT."""
        running = [w.process for w in self.workers if w.process is not None and w.process.returncode is None]
        for process in running:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(asyncio.gather(*(p.wait() for p in running)), DRAIN_TIMEOUT)
        except asyncio.TimeoutError:
            for process in running:
                if process.returncode is None:
                    log.warning("worker pid %d did not drain within %g s: killed", process.pid, DRAIN_TIMEOUT)
                    with contextlib.suppress(ProcessLookupError):
                        process.kill()
            await asyncio.gather(*(p.wait() for p in running))
        return [
            1 if w.process.returncode is None else w.process.returncode for w in self.workers if w.process is not None
        ]


def _describe(code: int | None) -> str:
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return signal.Signals(-code).name
    return f"status {code}"


async def supervise(db_path: str, listen: str, count: int) -> int:
    """Runs `count` workers on `listen` (HOST:PORT, port 0 for any free one) until SIGTERM or SIGINT."""
    host, port, holder = reserve_port(listen)
    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    table = counters_path(db_path)
    try:
        SharedTable.create(table)
    except OSError as exc:
        raise RuntimeError(f"cannot make the workers' counter table {table}: {exc.strerror or exc}") from None
    try:
        return await Supervisor(db_path, address, count).run()
    finally:
        if holder is not None:
            holder.close()
        with contextlib.suppress(OSError):
            os.unlink(table)


def handover(db_path: str, listen: str, count: int) -> NoReturn:
    """Becomes the supervisor: `mailmoat serve --workers N`, once it has checked the database, execs
    `python -m app.supervisor` in its own process (the same pid, for systemd), which imports none of the gateway's
    modules. The command line had imported every room: about 25 MB of a supervisor that only starts and watches
    processes, and with 10,000 idle connections the difference between over and under 300 MB (bench/idle.py)."""
    sys.stdout.flush()
    sys.stderr.flush()
    argv = [
        sys.executable,
        "-m",
        "app.supervisor",
        f"--db={db_path}",
        f"--listen={listen}",
        f"--workers={count}",
        f"--node={this_node()}",  # one argument each: a name may begin with "-"
    ]
    try:
        os.execv(sys.executable, argv)
    except OSError as exc:
        raise RuntimeError(f"cannot start the supervisor ({sys.executable}): {exc.strerror or exc}") from None


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="mailmoat serve")
    parser.add_argument("--db", required=True)
    parser.add_argument("--listen", required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--node", required=True)
    args = parser.parse_args(argv)
    set_node(args.node)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    with terminal_guard():
        try:
            return asyncio.run(supervise(args.db, args.listen, args.workers))
        except RuntimeError as exc:
            print(f"mailmoat: {visible(exc)}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            return 130


if __name__ == "__main__":
    sys.exit(main())
