"""The queue runner: picks due recipients, delivers them, records the outcome durably."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import aiosmtplib
import dns.asyncresolver

from ..monitor.bus import EventBus
from ..monitor.events import Event
from ..policy.loader import PolicyHolder
from ..policy.snapshot import PolicySnapshot
from ..store.database import Statement, Store, log_failure
from ..store import queue as queue_store
from ..store.queue import (
    DueRecipient,
    NewMessage,
    deferred_statements,
    due_recipients,
    enqueue_statements,
    finished_statements,
    message_content,
    new_queue_id,
    next_due_time,
    release_leases,
)
from ..store.workers import this_worker
from ..net.smtp_client import ConnectFailed, ConnectionPool, OutcomeUnknown, Reply, send_transaction
from .dsn import FailedRecipient, build_bounce
from ..net.dns import make_resolver
from .routing import Hop, RouteError, destination_key, resolve_hops

log = logging.getLogger(__name__)
# A claim on a recipient lasts the setting delivery.claim_lease (1 minute) unless renewed, a quarter of it at a
# time; another worker takes it after. A fresh message delivered from memory is due for the database poll after
# that long too (the fast path's lease).
RENEWALS_PER_LEASE = 4
RELEASE_EVERY = 10.0  # how often the claims of workers that have gone are looked for
FAST_PATH_BYTES = 64 * 1024 * 1024  # message bytes held in memory at most; past that, fresh mail waits for the poll
DUE_PAGE = 500  # due recipients read per query
DUE_PAGES = 20  # pages looked through per run, past destinations that have no free connection
RECORD_RETRY = 5.0  # seconds between attempts to record outcomes that could not be written
_ENHANCED = re.compile(r"^([245]\.\d{1,3}\.\d{1,3})\b")


class DeliveryRunner:
    def __init__(
        self,
        store: Store,
        policy: PolicyHolder,
        bus: EventBus,
        *,
        clock: Callable[[], float] = time.time,
        resolver: dns.asyncresolver.Resolver | None = None,
        poll_interval: float = 1.0,
        max_tasks: int = 200,
        worker_id: str | None = None,
    ):
        self.store = store
        self.worker_id = worker_id or this_worker()  # the name this runner's claims carry
        self.policy = policy
        self.bus = bus
        self.clock = clock
        self._resolver = resolver
        self.poll_interval = poll_interval
        self._wake = asyncio.Event()
        self._stopping = False
        self._inflight: set[tuple[str, str]] = set()
        self._waiting: set[tuple[str, str]] = set()  # claimed by this runner and not started yet (fast path too)
        self._renewed = self._released = float("-inf")  # clock() of the last renewal and dead-worker sweep
        self._tasks: set[asyncio.Task] = set()
        self._slots = asyncio.Semaphore(max_tasks)
        self._fast_pending_bytes = 0
        self._per_destination: dict[str, asyncio.Semaphore] = {}
        # Outcomes learnt from the next hop but not yet durable (the disk was full, say): their recipients stay
        # in flight, so they are neither sent again nor forgotten, until the record is written.
        self._unrecorded: list[_Unrecorded] = []
        settings = policy.current.settings
        self.pool = ConnectionPool(settings.hostname, timeout=settings.delivery_timeout, use_tls=settings.delivery_tls)

    @property
    def lease(self) -> float:
        """How long a claim holds unless renewed (delivery.claim_lease)."""
        return self.policy.current.settings.delivery_claim_lease

    @property
    def resolver(self) -> dns.asyncresolver.Resolver:
        if self._resolver is None:
            self._resolver = make_resolver(self.policy.current.settings.dns_nameservers)
        return self._resolver

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        await release_leases(self.store, self.clock(), self.worker_id)
        self._released = self.clock()
        keeper = asyncio.get_running_loop().create_task(self._keep_claims_loop())
        try:
            while not self._stopping:
                try:
                    await self.record_pending()
                    await self.run_once()
                except Exception:
                    log_failure(log, "queue run failed; retrying")
                await self._sleep()
        finally:
            keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keeper

    async def _keep_claims_loop(self) -> None:
        """Apart from the poll, which may wait long for a free connection while it holds fresh claims."""
        while True:
            try:
                await self.keep_claims()
            except Exception:
                log_failure(log, "could not renew the delivery claims; retrying")
            await asyncio.sleep(min(self.lease / RENEWALS_PER_LEASE, RELEASE_EVERY) / 2)

    async def keep_claims(self) -> None:
        """Renews the claims of what this runner is delivering; frees the claims of workers that have gone."""
        now = self.clock()
        if now - self._renewed >= self.lease / RENEWALS_PER_LEASE:
            await queue_store.renew(
                self.store, sorted(self._inflight | self._waiting), self.worker_id, now + self.lease
            )
            self._renewed = now
        if now - self._released >= RELEASE_EVERY:
            if await release_leases(self.store, now, self.worker_id):
                self.wake()
            self._released = now

    async def stop(self, grace: float = 10.0) -> None:
        """Starts nothing new; lets deliveries in progress finish for up to `grace` seconds.

        A delivery cut off here was not recorded and is sent again later (a duplicate, never a loss).
        """
        self._stopping = True
        self.wake()
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=grace)
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=1)
        await self.pool.close()
        # What was not finished goes back to the queue at once, for another worker or the next start.
        with contextlib.suppress(Exception):
            await queue_store.release_claims(self.store, self.worker_id, self.clock())

    def fresh_due_time(self, now: float, size: int = 0) -> float:
        """When a message of `size` bytes queued now should become due for the database poll."""
        if self._stopping or self._fast_pending_bytes + size > FAST_PATH_BYTES:
            return now
        return now + self.lease

    def submit(self, message: NewMessage, due: float) -> None:
        """Called once `message` is durable: deliver it now from memory, or leave it to the poll."""
        if due <= message.created:
            self.wake()
            return
        self._fast_pending_bytes += len(message.content)
        self._waiting.update((message.id, recipient) for recipient, _route in message.recipients)
        asyncio.get_running_loop().create_task(self._submit(message))

    async def _submit(self, message: NewMessage) -> None:
        try:
            policy = self.policy.current
            groups: dict[str, list[DueRecipient]] = defaultdict(list)
            for recipient, route in message.recipients:
                item = DueRecipient(message.id, recipient, route, 0, message.created, message.sender)
                groups[destination_key(route, recipient, policy)].append(item)
            for key, items in groups.items():
                # A fresh message may wait for its destination: it is this message's own task that waits.
                await self._destination(key, policy).acquire()
                if not await self._start(message.id, key, items, policy, message.content):
                    return
        finally:
            self._fast_pending_bytes -= len(message.content)
            self._waiting.difference_update((message.id, recipient) for recipient, _route in message.recipients)

    def _destination(self, key: str, policy: PolicySnapshot) -> asyncio.Semaphore:
        return self._per_destination.setdefault(key, asyncio.Semaphore(policy.settings.delivery_concurrency))

    async def _start(
        self, message_id: str, key: str, items: list[DueRecipient], policy: PolicySnapshot, content: bytes | None
    ) -> bool:
        """Starts one delivery; the caller holds a connection slot of the destination, which the task releases.

        The destination's slot is taken before a global one, so that mail for a destination that does not
        answer can occupy only that destination's connections, never the slots every other destination needs.
        """
        destination = self._destination(key, policy)
        await self._slots.acquire()
        if self._stopping:
            self._slots.release()
            destination.release()
            return False
        self._inflight.update((i.message_id, i.recipient) for i in items)
        task = asyncio.get_running_loop().create_task(self._deliver_group(message_id, key, items, policy, content))
        self._tasks.add(task)
        task.add_done_callback(lambda done: self._task_done(done, destination))
        return True

    async def run_once(self) -> int:
        """Starts delivery of everything due now that has a free connection; returns how many recipients were
        picked. Mail for a destination with no free connection is passed over, and the poll reads further
        pages, so that it never hides mail for other destinations behind it."""
        self.pool.reap()
        now = self.clock()
        policy = self.policy.current
        picked = 0
        after = None
        for _page in range(DUE_PAGES):
            page = await due_recipients(self.store, now, DUE_PAGE, after, worker=self.worker_id)
            if not page:
                break
            last = page[-1]
            after = (last.next_attempt, last.message_id, last.recipient)
            groups: dict[tuple[str, str], list[DueRecipient]] = defaultdict(list)
            busy = self._inflight | self._waiting
            for item in page:
                if (item.message_id, item.recipient) not in busy:
                    groups[(item.message_id, destination_key(item.route, item.recipient, policy))].append(item)
            startable = []
            for (message_id, key), items in groups.items():
                destination = self._destination(key, policy)
                if destination.locked():
                    continue  # every connection to it is busy; a later poll takes these
                await destination.acquire()
                startable.append((message_id, key, items, destination))
            # Another worker may have taken some since the read: only what this runner claims is started.
            try:
                claimed = await queue_store.claim(
                    self.store,
                    [(i.message_id, i.recipient) for _m, _k, items, _d in startable for i in items],
                    self.worker_id,
                    now,
                    now + self.lease,
                )
            except BaseException:
                for *_rest, destination in startable:
                    destination.release()
                raise
            self._waiting.update(claimed)  # renewed while _start waits for a free slot
            try:
                for index, (message_id, key, items, destination) in enumerate(startable):
                    items = [i for i in items if (i.message_id, i.recipient) in claimed]
                    if not items:
                        destination.release()
                        continue
                    if not await self._start(message_id, key, items, policy, None):
                        for *_rest, later in startable[index + 1 :]:
                            later.release()
                        return picked
                    picked += len(items)
            finally:
                self._waiting.difference_update(claimed)
            if len(page) < DUE_PAGE:
                break
        return picked

    async def wait_idle(self) -> None:
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    def _task_done(self, task: asyncio.Task, destination: asyncio.Semaphore) -> None:
        self._tasks.discard(task)
        self._slots.release()
        destination.release()
        if not task.cancelled() and task.exception() is not None:
            log.error("delivery task failed", exc_info=task.exception())

    async def _sleep(self) -> None:
        wait = self.poll_interval
        with contextlib.suppress(Exception):
            due = await next_due_time(self.store, self.clock())
            if due is not None:
                wait = max(0.0, min(wait, due - self.clock()))
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=wait)
        self._wake.clear()

    async def _deliver_group(
        self, message_id: str, key: str, items: list[DueRecipient], policy: PolicySnapshot, content: bytes | None
    ) -> None:
        record = None
        try:
            if content is None:
                content = await message_content(self.store, message_id)
            if content is not None:  # None: deleted by the operator meanwhile
                outcome, remote = await self._attempt(key, items, content, policy)
                record = await self._outcome_record(items, outcome, remote, content, policy)
        finally:
            if record is None:
                self._inflight.difference_update((i.message_id, i.recipient) for i in items)
        if record is not None:  # None: the message was deleted meanwhile, nothing to record
            await self._write_record(record)

    async def _attempt(
        self, key: str, items: list[DueRecipient], content: bytes, policy: PolicySnapshot
    ) -> tuple[dict[str, Reply], str]:
        recipients = [i.recipient for i in items]
        sender = items[0].sender
        try:
            hops = await resolve_hops(key, policy, self.resolver)
        except RouteError as exc:
            code = 550 if exc.permanent else 451
            return {r: Reply(code, f"{exc.status} {exc.text}") for r in recipients}, ""
        errors = []
        for hop in hops:
            try:
                return await self._send_via(hop, sender, recipients, content), f"{hop.host}:{hop.port}"
            except ConnectFailed as exc:
                errors.append(str(exc))
            except OutcomeUnknown as exc:
                # The message may have been taken: trying the next hop now could deliver it twice.
                return {r: Reply(451, f"4.4.2 {hop.host}:{hop.port}: {exc}") for r in recipients}, ""
        text = "; ".join(errors[-3:]) or "no address to deliver to"
        return {r: Reply(451, f"4.4.1 {text}") for r in recipients}, ""

    async def _send_via(self, hop: Hop, sender: str, recipients: list[str], content: bytes) -> dict[str, Reply]:
        for fresh in (False, True):
            client = await self.pool.acquire(hop.host, hop.port)
            try:
                outcome = await send_transaction(client, sender, recipients, content)
            except OutcomeUnknown:
                client.close()
                raise  # never sent again at once on a fresh connection: the first copy may have arrived
            except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError) as exc:
                client.close()
                if not fresh:
                    continue  # a pooled connection may have been closed by the peer; try a new one
                return {r: Reply(451, f"4.4.2 connection to {hop.host}:{hop.port} lost: {exc}") for r in recipients}
            except aiosmtplib.SMTPException as exc:
                client.close()
                return {r: Reply(451, f"4.4.0 {hop.host}:{hop.port}: {exc}") for r in recipients}
            self.pool.release(hop.host, hop.port, client)
            return outcome
        raise AssertionError("unreachable")

    async def _outcome_record(
        self, items: list[DueRecipient], outcome: dict[str, Reply], remote: str, content: bytes, policy: PolicySnapshot
    ) -> "_Unrecorded":
        now = self.clock()
        settings = policy.settings
        statements: list[Statement] = []
        failed: list[FailedRecipient] = []
        events: list[Event] = []
        for item in items:
            reply = outcome.get(item.recipient, Reply(451, "4.3.0 no reply recorded"))
            common: dict[str, Any] = dict(
                session="",
                stage="delivery",
                sender=item.sender,
                recipient=item.recipient,
                reply=reply.line,
                rule=remote,
                queue_id=item.message_id,
            )
            if 200 <= reply.code < 300:
                statements += finished_statements(item.message_id, item.recipient)
                events.append(Event(kind="delivered", verdict="accept", reason="delivered", **common))
                continue
            expired = now - item.created >= settings.queue_lifetime
            if reply.code >= 500 or expired:
                status = _status(reply) if reply.code >= 500 else "4.4.7"
                diagnostic = reply.line if reply.code >= 500 else f"delivery time expired; last error: {reply.line}"
                failed.append(FailedRecipient(item.recipient, status, diagnostic, remote.rpartition(":")[0] or None))
                statements += finished_statements(item.message_id, item.recipient)
                events.append(
                    Event(kind="bounced", verdict="reject", reason="expired" if expired else "refused", **common)
                )
            else:
                delay = min(settings.retry_max, settings.retry_min * (2 ** min(item.attempts, 20)))
                statements += deferred_statements(item.message_id, item.recipient, now + delay, reply.line)
                events.append(Event(kind="deferred", verdict="tempfail", reason="deferred", **common))
        bounce = None
        if failed and items[0].sender:
            # parsing the original with the email package is CPU work: keep it off the loop
            bounce = await asyncio.to_thread(self._bounce, items[0], failed, content, policy, now)
            due = self.fresh_due_time(now)
            statements += enqueue_statements(bounce, due, claimed_by=self.worker_id)
        else:
            due = now
            if failed:
                log.info("not bouncing %s: null sender", items[0].message_id)
        return _Unrecorded(items, statements, events, bounce, due)

    async def _write_record(self, record: "_Unrecorded") -> bool:
        """Makes an outcome durable, then lets its recipients go. A write that fails (a full disk) keeps the
        recipients in flight and the outcome in memory, retried every RECORD_RETRY seconds: a delivered
        recipient is then not delivered again, and a deferred one waits for its backoff, not a storm."""
        try:
            await self.store.commit_batched(record.statements)
        except Exception as exc:
            if record not in self._unrecorded:
                log.error(
                    "could not record the delivery outcome of %s (%s); kept in memory and retried",
                    record.items[0].message_id,
                    exc,
                )
                self._unrecorded.append(record)
            return False
        self._inflight.difference_update((i.message_id, i.recipient) for i in record.items)
        for event in record.events:
            self.bus.publish(event)
        if record.bounce is not None:
            self.submit(record.bounce, record.due)
        return True

    async def record_pending(self) -> None:
        """Writes outcomes that could not be written before, oldest first; stops at the first failure."""
        now = time.monotonic()
        for record in list(self._unrecorded):
            if now - record.tried < RECORD_RETRY:
                return
            record.tried = now
            if not await self._write_record(record):
                return
            self._unrecorded.remove(record)

    def _bounce(
        self, item: DueRecipient, failed: list[FailedRecipient], content: bytes, policy: PolicySnapshot, now: float
    ) -> NewMessage:
        hostname = policy.settings.hostname
        body = build_bounce(
            reporting_mta=hostname,
            original_sender=item.sender,
            failed=failed,
            original_message=content,
            arrival_date=datetime.fromtimestamp(item.created, timezone.utc),
            now=datetime.fromtimestamp(now, timezone.utc),
        )
        domain = item.sender.rpartition("@")[2].lower()
        if policy.is_local_domain(domain):
            route = "upstream"
        elif policy.relay_nexthop(domain) is not None:
            route = "relay"
        else:
            route = "outbound"
        return NewMessage(
            id=new_queue_id(),
            created=now,
            sender="",
            client_ip="127.0.0.1",
            helo=hostname,
            content=body,
            recipients=[(item.sender, route)],
            is_bounce=True,
        )


@dataclass(eq=False)
class _Unrecorded:
    """An outcome to write: the statements, and what follows once they are durable."""

    items: list[DueRecipient]
    statements: list[Statement]
    events: list[Event]
    bounce: NewMessage | None
    due: float
    tried: float = field(default_factory=time.monotonic)


def _status(reply: Reply) -> str:
    match = _ENHANCED.match(reply.text)
    return match[1] if match else f"{reply.code // 100}.0.0"
