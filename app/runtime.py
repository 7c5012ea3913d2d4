"""Wires store, policy, SMTP server, delivery and events onto one asyncio loop."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import logging
import os
import signal
import sys
import time
from dataclasses import dataclass, field

from .delivery.mx import make_resolver
from .delivery.runner import DeliveryRunner
from .monitor.bus import EventBus
from .monitor.list_hits import ListHitCounter
from .monitor.selfcheck import SelfCheck
from .monitor.writer import EventWriter
from .policy.dnsbl import DnsblChecker
from .policy.greylist import Greylist
from .policy.hostport import parse_hostport
from .policy.loader import PolicyHolder
from .monitor import hygiene, promotion
from .monitor.alert_desk import AlertDesk
from .monitor.report import build_report, queue_report, route_for
from .monitor.relay_watch import RelayWatch
from .guards.outbound import OutboundMonitor
from .guards.shared_guards import SharedAuthGuard, SharedHarvestGuard, SharedRateLimiter
from .guards.shared_table import SharedTable, counters_path
from .pipeline.outbound import apply_limits
from .policy.spf import SpfChecker
from .recipients.verifier import RecipientVerifier
from .store import monitor_state as monitor_store
from .store import quarantine as quarantine_store
from .scan.clamd import ClamdClient
from .smtp.limits import ConnectionLimiter
from .smtp.server import GatewayHandler, start_server
from .store import settings as settings_store
from .store import status as status_store
from .store import workers as workers_store
from .store.database import Store

log = logging.getLogger(__name__)
HEARTBEAT_INTERVAL = 2.0  # seconds between two heartbeats of a gateway process


@dataclass
class Gateway:
    """Everything `serve` runs; `run` (the dashboard) shares the same object."""

    store: Store
    policy: PolicyHolder
    bus: EventBus
    handler: GatewayHandler
    runner: DeliveryRunner
    writer: EventWriter
    hits: ListHitCounter
    server: asyncio.Server | None = None
    tasks: list[asyncio.Task] = field(default_factory=list)
    dnsbl: DnsblChecker | None = None
    spf: SpfChecker | None = None
    relay_watch: RelayWatch | None = None

    @classmethod
    async def open(cls, db_path: str) -> "Gateway":
        store = await Store.open(db_path)
        try:
            policy = await PolicyHolder.load(store)
            bus = EventBus()
            runner = DeliveryRunner(store, policy, bus)
            handler = GatewayHandler(store, policy, bus, runner)
            writer = EventWriter(store, bus, policy)
            gateway = cls(store, policy, bus, handler, runner, writer, ListHitCounter(store, bus))
            gateway._start_dnsbl()
            gateway._start_scanner()
            await gateway._start_outbound()
            gateway._start_verifier()
            handler.greylist = Greylist(store)
        except BaseException:
            await store.close()  # a damaged page, say: its thread must not keep the process alive
            raise
        return gateway

    def _start_dnsbl(self) -> None:
        """One blocklist checker per gateway; a changed dns.nameservers gives it a new resolver."""
        nameservers = self.policy.current.settings.dns_nameservers
        dnsbl = self.dnsbl = self.handler.dnsbl = DnsblChecker(make_resolver(nameservers))
        spf = self.spf = self.handler.spf = SpfChecker(nameservers)

        def follow(snapshot) -> None:
            nonlocal nameservers
            if snapshot.settings.dns_nameservers != nameservers:
                nameservers = snapshot.settings.dns_nameservers
                dnsbl.set_resolver(make_resolver(nameservers))
                spf.set_nameservers(nameservers)

        self.policy.listeners.append(follow)

    async def _start_outbound(self) -> None:
        """Per-sender limits and baselines, restored from the last run; alerts go to the store and the bus."""
        monitor = self.handler.outbound = OutboundMonitor(utc_offset=_local_utc_offset())
        self.handler.alerts = AlertDesk(self.store, self.bus, self.policy)
        with contextlib.suppress(Exception):
            saved = await monitor_store.load_state(self.store, OUTBOUND_STATE)
            if saved:
                monitor.restore(json.loads(saved))

        def follow(snapshot) -> None:
            apply_limits(monitor, snapshot)
            self.handler.holding.clear()  # the store's held senders are now in the snapshot

        follow(self.policy.current)
        self.policy.listeners.append(follow)

    def share_counters(self, table: SharedTable) -> None:
        """One of serve --workers: the flood limits, the harvest guard, the login lockout and the outbound
        rate limits count in the table every worker shares."""
        table.reset_worker()  # a worker started again holds none of the connections its predecessor held
        self.handler.limiter = ConnectionLimiter(shared=table)
        self.handler.guard = SharedAuthGuard(table)
        self.handler.harvest = SharedHarvestGuard(table)
        if self.handler.outbound is not None:
            self.handler.outbound.rates = SharedRateLimiter(table)
            apply_limits(self.handler.outbound, self.policy.current)

    async def _save_outbound(self, interval: float = 60.0) -> None:
        while True:
            await asyncio.sleep(interval)
            await self._save_outbound_once()

    async def _daily_report(self) -> None:
        """At report.hour every day, the report goes to report.to through the gateway's own queue."""
        while True:
            now = time.time()
            settings = self.policy.current.settings
            today = datetime.datetime.fromtimestamp(now).replace(
                hour=settings.report_hour, minute=0, second=0, microsecond=0
            )
            due = today.timestamp() if today.timestamp() > now else today.timestamp() + 86400
            await asyncio.sleep(min(due - now, 600))  # wakes now and then: the settings may change
            settings = self.policy.current.settings
            if time.time() < due or not settings.report_to:
                continue
            try:
                report = await build_report(self.store)
                queue_id = await queue_report(
                    self.store,
                    report,
                    settings.report_to,
                    settings.hostname,
                    route_for(self.policy.current, settings.report_to),
                )
                log.info("daily report queued as %s for %s", queue_id, settings.report_to)
                self.runner.wake()
            except Exception:
                log.exception("could not send the daily report")

    async def _expire_quarantine(self, interval: float = 300.0) -> None:
        """Quarantined mail older than quarantine.lifetime goes (the lifetime is fixed when it arrives)."""
        while True:
            try:
                removed = await quarantine_store.expire(self.store, time.time())
                if removed:
                    log.info("%d quarantined message(s) expired", removed)
            except Exception:
                log.exception("could not expire the quarantine")
            await asyncio.sleep(interval)

    async def _save_outbound_once(self) -> None:
        if self.handler.outbound is None:
            return
        try:
            self.handler.outbound.forget_idle()
            await monitor_store.save_state(self.store, OUTBOUND_STATE, json.dumps(self.handler.outbound.snapshot()))
        except Exception:
            log.exception("could not save the outbound monitor's state")

    def _start_verifier(self) -> None:
        verifier = self.handler.verifier = RecipientVerifier()
        verifier.configure(self.policy.current.settings)
        self.policy.listeners.append(lambda snapshot: verifier.configure(snapshot.settings))

    async def _save_recipient_stats(self, interval: float = 15.0) -> None:
        """The validation counters, for the dashboard's Relay screen (which may run in another process)."""
        last = ""
        while True:
            await asyncio.sleep(interval)
            verifier = self.handler.verifier
            if verifier is None:
                continue
            text = json.dumps({d: [s.asked, s.from_cache, s.unknown] for d, s in verifier.stats.items()})
            if text != last:
                with contextlib.suppress(Exception):
                    await settings_store.set_setting(self.store, RECIPIENT_STATS_KEY, text)
                    last = text

    def _start_scanner(self) -> None:
        """A clamd client while virus.clamd is set; a changed address or timeout gives a new one."""

        def follow(snapshot) -> None:
            settings = snapshot.settings
            current = self.handler.scanner
            if (settings.clamd, settings.virus_timeout) == getattr(current, "config", None):
                return
            scanner = ClamdClient(settings.clamd, timeout=settings.virus_timeout) if settings.clamd else None
            if scanner is not None:
                scanner.config = (settings.clamd, settings.virus_timeout)
            self.handler.scanner = scanner

        follow(self.policy.current)
        self.policy.listeners.append(follow)

    async def start(
        self, listen: str | None = None, *, reuse_port: bool = False, housekeeping: bool = True
    ) -> tuple[str, int]:
        """Listens and starts delivery; on a bad or busy address, closes the store and raises RuntimeError.

        reuse_port: one of several worker processes sharing the port (serve --workers). housekeeping: this
        process also runs the gateway-wide chores (self-check, hygiene, quarantine expiry, the daily report,
        relay watch, promotion); of several workers only the first does."""
        address = listen or self.policy.current.settings.listen
        try:
            host, port = parse_hostport(address, 25)
            self.server = await start_server(self.handler, host, port, reuse_port=reuse_port)
        except (OSError, ValueError) as exc:
            await self.store.close()
            raise RuntimeError(f"cannot listen on {address!r}: {getattr(exc, 'strerror', None) or exc}") from None
        host, port = self.server.sockets[0].getsockname()[:2]
        self.relay_watch = RelayWatch(self.store, self.policy, self.handler.alerts, (host, port))
        self.policy.listeners.append(lambda _snapshot: self.handler.load_tls())  # a new certificate needs no restart
        loop = asyncio.get_running_loop()
        coroutines = [
            self.runner.run(),
            self.writer.run(),
            self.hits.run(),
            self._heartbeat(f"{host}:{port}"),
            self.policy.watch(),
            self._save_outbound(),
            self._save_recipient_stats(),
        ]
        if housekeeping:
            coroutines += [
                SelfCheck(self.store, self.policy, self.dnsbl).run(),
                hygiene.run_periodically(self.store),
                self._expire_quarantine(),
                self.relay_watch.run(),
                self._daily_report(),
                promotion.run_periodically(self.store.path, self.policy),
            ]
        self.tasks = [loop.create_task(coro) for coro in coroutines]
        return host, port

    async def stop(self, grace: float = 30.0) -> None:
        """Stops accepting; a message being received may finish (up to `grace`); idle sessions get 421."""
        self.handler.closing = True
        if self.server is not None:
            self.server.close()
        deadline = asyncio.get_running_loop().time() + grace
        while asyncio.get_running_loop().time() < deadline:
            for session in [s for s in self.handler.sessions if not s.in_data]:
                session.close_for_shutdown()
            if not self.handler.sessions:
                break
            await asyncio.sleep(0.05)
        for session in list(self.handler.sessions):
            session.close_for_shutdown()
        await self.runner.stop(grace=min(grace, 5.0))
        self.writer.stop()
        self.hits.stop()
        for task in self.tasks[3:]:
            task.cancel()  # heartbeat, policy watcher, self-check; runner, writer and hit counter end by themselves
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self._save_outbound_once()
        if self.handler.verifier is not None:
            with contextlib.suppress(Exception):
                await self.handler.verifier.close()
        self.writer.close()
        if self.spf is not None:
            self.spf.close()
        with contextlib.suppress(Exception):
            await status_store.clear(self.store, os.getpid())
        with contextlib.suppress(Exception):
            await workers_store.forget(self.store, self.runner.worker_id)
            await workers_store.forget_dead(self.store)
            if not await workers_store.all_workers(self.store):
                await status_store.clear_all(self.store)  # the last worker out: another may have beaten last
        await self.store.close()

    async def _heartbeat(self, listen: str, interval: float = HEARTBEAT_INTERVAL) -> None:
        started = time.time()
        while True:
            with contextlib.suppress(Exception):
                await status_store.beat(self.store, os.getpid(), listen, started, time.time())
            with contextlib.suppress(Exception):
                await workers_store.beat(self.store, self.runner.worker_id, listen, started, time.time())
                await workers_store.forget_dead(self.store)  # a killed worker leaves its row behind
            await asyncio.sleep(interval)


OUTBOUND_STATE = "outbound"
RECIPIENT_STATS_KEY = "internal.recipient_stats"  # {domain: [asked, answered from cache, unknown]}


def _local_utc_offset() -> float:
    """This box's offset from UTC, so that a sender's usual hours and days are the office's."""
    return float(time.localtime().tm_gmtoff)


def event_loop_runner() -> asyncio.Runner:
    """uvloop when installed (its C transports roughly halve the cost of socket I/O), else asyncio's loop."""
    try:
        import uvloop
    except ImportError:
        return asyncio.Runner()
    return asyncio.Runner(loop_factory=uvloop.new_event_loop)


async def serve(db_path: str, listen: str | None, *, worker: int | None = None, ready_fd: int | None = None) -> int:
    """The gateway until SIGTERM or SIGINT. As worker `worker` of `serve --workers` (app/supervisor.py) it
    shares the port with its siblings and tells the supervisor "HOST:PORT" on `ready_fd` once it listens."""
    if worker is not None:
        die_with_parent()
    gateway = await Gateway.open(db_path)
    table = None
    if worker is not None:
        gateway.writer.worker = gateway.runner.worker_id  # the dashboard tells the workers' sessions apart
        try:
            table = SharedTable(counters_path(db_path), worker)
        except (OSError, ValueError) as exc:
            await gateway.store.close()
            raise RuntimeError(f"worker {worker}: the shared counters: {exc}") from None
        gateway.share_counters(table)
    host, port = await gateway.start(listen, reuse_port=worker is not None, housekeeping=not worker)
    me = "mailmoat:" if worker is None else f"mailmoat: worker {worker}"
    try:
        if worker is None:
            say(f"mailmoat: listening on {host}:{port}")
        else:
            say(f"{me} (pid {os.getpid()}) listening on {host}:{port}")
        if ready_fd is not None:
            with contextlib.suppress(OSError):
                os.write(ready_fd, f"{host}:{port}\n".encode())
                os.close(ready_fd)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
    finally:
        # Always drains and closes the store: a store left open keeps a thread that holds the process forever.
        say(f"{me} draining")
        await gateway.stop()
        if table is not None:
            table.close()
        say(f"{me} stopped")
    return 0


def die_with_parent() -> None:
    """A worker gets SIGTERM (and drains) when its supervisor dies, even by SIGKILL (Linux's PDEATHSIG)."""
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the supervisor died before the call
            os.kill(os.getpid(), signal.SIGTERM)


def say(line: str) -> None:
    """A line on stdout, if it can still be written. A terminal that hung up (EIO) must not stop a drain; stdout
    then goes to /dev/null, so that neither a later line nor the interpreter's last flush fails again."""
    try:
        print(line, flush=True)
    except (OSError, ValueError):
        with contextlib.suppress(OSError, ValueError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)
