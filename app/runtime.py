"""Wires store, policy, SMTP server, delivery and events onto one asyncio loop."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import logging
import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .net.dns import make_resolver
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
from .guards.auth_guard import AuthGuard
from .guards.harvest_guard import HarvestGuard
from .guards.outbound import OutboundMonitor
from .guards.counters import Counters
from .guards.outbound import RateLimiter
from .guards.pg_counters import PostgresCounters
from .guards.shared_guards import TableCounters
from .named_tasks import NamedTasks
from .guards.shared_table import SharedTable, counters_path
from .supervised import say, die_with_parent
from .pipeline.outbound import apply_limits
from .policy.spf import SpfChecker
from .recipients.verifier import RecipientVerifier
from .store import monitor_state as monitor_store
from .store import quarantine as quarantine_store
from .scan.clamd import ClamdClient
from .smtp.limits import ConnectionLimiter
from .policy.snapshot import PolicySnapshot
from .smtp.handler import GatewayHandler, start_server
from .smtp.services import ScannerSlot, Services
from .store import settings as settings_store
from .store import workers as workers_store
from .store.database import Store, log_failure
from .store.dialect import POSTGRES

log = logging.getLogger(__name__)
HEARTBEAT_INTERVAL = 2.0  # seconds between two heartbeats of a gateway process


@dataclass
class Gateway:
    """Everything `serve` runs; `run` (the dashboard) shares the same object."""

    services: Services
    handler: GatewayHandler
    writer: EventWriter
    hits: ListHitCounter
    server: asyncio.Server | None = None
    tasks: NamedTasks = field(default_factory=NamedTasks)
    relay_watch: RelayWatch | None = None

    @property
    def store(self) -> Store:
        return self.services.store

    @property
    def policy(self) -> PolicyHolder:
        return self.services.policy

    @property
    def bus(self) -> EventBus:
        return self.services.bus

    @property
    def runner(self) -> DeliveryRunner:
        return self.services.delivery

    @property
    def dnsbl(self) -> DnsblChecker:
        return self.services.dnsbl

    @classmethod
    async def open(
        cls, db_path: str, *, clock: Callable[[], float] | None = None, shared: SharedTable | None = None
    ) -> "Gateway":
        """The composition root. clock: the wall clock of the sessions, guards, greylist, alerts and queue
        (tests pass one to let time pass); shared: the counters every worker of serve --workers shares."""
        store = await Store.open(db_path)
        try:
            services = await _services(store, clock, shared)
            handler = GatewayHandler(services)

            def follow_limits(snapshot: PolicySnapshot) -> None:
                apply_limits(services.outbound, snapshot)
                # A hold the snapshot shows is the store's now. Only those leave the in-memory set: a reload that
                # began before the hold was written (the policy watcher's) must not forget it.
                handler.operator_alerts.holding.difference_update(snapshot.held_senders)

            follow_limits(services.policy.current)
            services.policy.listeners.append(follow_limits)
            gateway = cls(
                services,
                handler,
                EventWriter(store, services.bus, services.policy),
                ListHitCounter(store, services.bus),
            )
        except BaseException:
            await store.close()  # a damaged page, say: its thread must not keep the process alive
            raise
        return gateway

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
                log_failure(log, "could not send the daily report")

    async def _expire_quarantine(self, interval: float = 300.0) -> None:
        """Quarantined mail older than quarantine.lifetime goes (the lifetime is fixed when it arrives)."""
        while True:
            try:
                removed = await quarantine_store.expire(self.store, time.time())
                if removed:
                    log.info("%d quarantined message(s) expired", removed)
            except Exception:
                log_failure(log, "could not expire the quarantine")
            await asyncio.sleep(interval)

    async def _save_outbound_once(self) -> None:
        outbound = self.services.outbound
        try:
            outbound.forget_idle()
            await monitor_store.save_state(self.store, OUTBOUND_STATE, json.dumps(outbound.snapshot()))
        except Exception:
            log_failure(log, "could not save the outbound monitor's state")

    async def _save_recipient_stats(self, interval: float = 15.0) -> None:
        """The validation counters, for the dashboard's Relay screen (which may run in another process)."""
        last = ""
        verifier = self.services.verifier
        while True:
            await asyncio.sleep(interval)
            text = json.dumps({d: [s.asked, s.from_cache, s.unknown] for d, s in verifier.stats.items()})
            if text != last:
                with contextlib.suppress(Exception):
                    await settings_store.set_setting(self.store, RECIPIENT_STATS_KEY, text)
                    last = text

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
        self.relay_watch = RelayWatch(self.store, self.policy, self.services.alerts, (host, port))
        self.policy.listeners.append(lambda _snapshot: self.handler.load_tls())  # a new certificate needs no restart
        tasks = self.tasks
        tasks.start("delivery", self.runner.run())
        tasks.start("events", self.writer.run())
        tasks.start("list-hits", self.hits.run())
        tasks.start("heartbeat", self.heartbeat(f"{host}:{port}"))
        tasks.start("policy-watch", self.policy.watch())
        tasks.start("save-outbound", self._save_outbound())
        tasks.start("save-recipient-stats", self._save_recipient_stats())
        if isinstance(self.services.counters, PostgresCounters):
            tasks.start("guard-sweep", self.services.counters.sweep_periodically())
        if housekeeping:
            tasks.start("self-check", SelfCheck(self.store, self.policy, self.dnsbl).run())
            tasks.start("hygiene", hygiene.run_periodically(self.store))
            tasks.start("quarantine-expiry", self._expire_quarantine())
            tasks.start("relay-watch", self.relay_watch.run())
            tasks.start("daily-report", self._daily_report())
            tasks.start("promotion", promotion.run_periodically(self.store.path, self.policy))
        return host, port

    async def stop(self, grace: float = 30.0) -> None:
        """In this order: stops accepting; lets a message being received finish (up to `grace`) while idle
        sessions get 421; stops delivery (in-flight attempts end, up to 5 s); stops the chores; flushes the
        event writer and the hit counter; saves the outbound state; closes the store."""
        connections = self.handler.connections
        connections.closing = True
        if self.server is not None:
            self.server.close()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while loop.time() < deadline:
            for session in [s for s in connections.sessions if not s.in_data]:
                session.close_for_shutdown()
            if not connections.sessions:
                break
            await asyncio.sleep(0.05)
        for session in list(connections.sessions):
            session.close_for_shutdown()
        await self.runner.stop(grace=min(grace, 5.0))
        await self.tasks.join("delivery")
        await self.tasks.cancel(*CHORES)
        self.writer.stop()
        self.hits.stop()
        await self.tasks.join("events", "list-hits")
        await self.tasks.cancel_all()  # a task started since (a test's, say)
        await self._save_outbound_once()
        if isinstance(self.services.counters, PostgresCounters):
            await self.services.counters.close()
        with contextlib.suppress(Exception):
            await self.services.verifier.close()
        self.writer.close()
        self.services.spf.close()
        with contextlib.suppress(Exception):
            await workers_store.forget(self.store, self.runner.worker_id)
            await workers_store.forget_dead(self.store)
        await self.store.close()

    async def heartbeat(self, listen: str, interval: float = HEARTBEAT_INTERVAL) -> None:
        """This process's worker row every `interval` seconds: the dashboard's sign of life (store/status.py
        derives the gateway's status from the rows)."""
        started = time.time()
        while True:
            with contextlib.suppress(Exception):
                await workers_store.beat(self.store, self.runner.worker_id, listen, started, time.time())
                await workers_store.forget_dead(self.store)  # a killed worker leaves its row behind
            await asyncio.sleep(interval)


# The periodic tasks, cancelled at stop once delivery has stopped; the writer and the hit counter end by themselves.
CHORES = (
    "heartbeat",
    "policy-watch",
    "save-outbound",
    "save-recipient-stats",
    "guard-sweep",
    "self-check",
    "hygiene",
    "quarantine-expiry",
    "relay-watch",
    "daily-report",
    "promotion",
)


async def _services(store: Store, clock: Callable[[], float] | None, shared: SharedTable | None) -> Services:
    """The services the edge is given, each following the policy where a setting changes it."""
    wall = clock or time.time
    policy = await PolicyHolder.load(store)
    bus = EventBus()
    settings = policy.current.settings
    nameservers = settings.dns_nameservers
    dnsbl = DnsblChecker(make_resolver(nameservers))
    spf = SpfChecker(nameservers)

    def follow_nameservers(snapshot: PolicySnapshot) -> None:
        nonlocal nameservers
        if snapshot.settings.dns_nameservers != nameservers:
            nameservers = snapshot.settings.dns_nameservers
            dnsbl.set_resolver(make_resolver(nameservers))
            spf.set_nameservers(nameservers)

    policy.listeners.append(follow_nameservers)
    scanner = ScannerSlot()

    def follow_clamd(snapshot: PolicySnapshot) -> None:
        """A clamd client while virus.clamd is set; a changed address or timeout gives a new one."""
        config = (snapshot.settings.clamd, snapshot.settings.virus_timeout)
        if config == getattr(scanner.current, "config", None):
            return
        client = ClamdClient(config[0], timeout=config[1]) if config[0] else None
        if client is not None:
            client.config = config
        scanner.current = client

    follow_clamd(policy.current)
    policy.listeners.append(follow_clamd)
    verifier = RecipientVerifier()
    verifier.configure(settings)
    policy.listeners.append(lambda snapshot: verifier.configure(snapshot.settings))
    counters = _counters(store, wall, shared)
    outbound = await _outbound_monitor(store, wall, counters)
    alerts = AlertDesk(store, bus, policy, clock=wall)
    if shared is not None:
        shared.reset_worker()  # a worker started again holds none of the connections its predecessor held
    services = Services(
        store=store,
        policy=policy,
        bus=bus,
        delivery=DeliveryRunner(store, policy, bus, clock=wall),
        alerts=alerts,
        limiter=_limiter(clock, shared, counters if isinstance(counters, PostgresCounters) else None),
        auth_guard=AuthGuard(wall, counters=counters),
        harvest=HarvestGuard(wall, counters=counters),
        outbound=outbound,
        dnsbl=dnsbl,
        spf=spf,
        greylist=Greylist(store, wall),
        verifier=verifier,
        scanner=scanner,
        clock=wall,
        counters=counters,
    )
    return services


def _counters(store: Store, clock: Callable[[], float], shared: SharedTable | None) -> Counters | None:
    """Where the guards count: on PostgreSQL in the database, once for every node of the cluster; under
    serve --workers on SQLite in the table the box's workers share; else (None) in this process's memory."""
    if store.dialect == POSTGRES:
        return PostgresCounters(store.path, clock)
    return TableCounters(shared, clock) if shared is not None else None


def _limiter(
    clock: Callable[[], float] | None, shared: SharedTable | None, cluster: PostgresCounters | None
) -> ConnectionLimiter:
    """The connection limiter counts on the monotonic clock unless a test gives its own (or the rate is counted
    for a cluster, on wall time). Live connections are the box's own: in `shared` under serve --workers."""
    if clock is None:
        return ConnectionLimiter(shared=shared, counters=cluster)
    return ConnectionLimiter(clock, shared=shared, counters=cluster)


async def _outbound_monitor(store: Store, clock: Callable[[], float], counters: Counters | None) -> OutboundMonitor:
    """Per-sender limits and baselines, restored from the last run; the limits follow the policy."""
    monitor = OutboundMonitor(clock, utc_offset=_local_utc_offset())
    with contextlib.suppress(Exception):
        saved = await monitor_store.load_state(store, OUTBOUND_STATE)
        if saved:
            monitor.restore(json.loads(saved))
    if counters is not None:
        monitor.rates = RateLimiter(clock, counters=counters)  # counted together: the table or database holds it
    return monitor


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


def _give_back_free_memory() -> None:
    """Hands the C heap freed while starting (the policy snapshot's and the model's loading) back to the system:
    glibc keeps it otherwise, in every worker. No-op where there is no glibc."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


async def serve(db_path: str, listen: str | None, *, worker: int | None = None, ready_fd: int | None = None) -> int:
    """The gateway until SIGTERM or SIGINT. As worker `worker` of `serve --workers` (app/supervisor.py) it
    shares the port with its siblings and tells the supervisor "HOST:PORT" on `ready_fd` once it listens."""
    if worker is not None:
        die_with_parent()
    table = None
    if worker is not None:
        try:
            table = SharedTable(counters_path(db_path), worker)
        except (OSError, ValueError) as exc:
            raise RuntimeError(f"worker {worker}: the shared counters: {exc}") from None
    gateway = await Gateway.open(db_path, shared=table)
    gateway.writer.worker = gateway.runner.worker_id  # the dashboard tells the workers' and nodes' sessions apart
    host, port = await gateway.start(listen, reuse_port=worker is not None, housekeeping=not worker)
    _give_back_free_memory()
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
