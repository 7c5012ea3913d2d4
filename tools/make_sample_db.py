#!/usr/bin/env python3
"""Builds sample.db, the committed demo database that tells the two customer stories.

    .venv/bin/python tools/make_sample_db.py [PATH] [--seed N] [--now EPOCH]

PATH defaults to sample.db in the project root; it is deleted and built again.

1. corp.example (Exchange behind the gateway) is flooded from the internet: a handful of
   hosts open hundreds of connections, try to relay (550 5.7.1 Relaying to <x> is not
   allowed) and play address tricks (553 5.7.1 ... % relay hack ...), all refused; their spam
   to local users and the normal inbound mail are accepted and delivered to Exchange.
2. The account webmaster@corp.example has been hijacked: for hours it sends spam, 3 to 4
   messages a minute, to many foreign domains, through the trusted Exchange server
   (192.168.10.5 in the trusted office LAN). Foreign providers rate-limit it, so the queue
   fills with its deferred mail; the operator has held two of those messages.

The history covers the six hours before the build (or --now). Sessions are judged by the
gateway's own pipeline stages and recorded by app.smtp.session_events, deliveries as the
delivery runner records them, so every row reads exactly like one the gateway writes.
Everything is written through app.store's functions; the file is compacted at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import email.utils
import os
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app import demo as cast  # noqa: E402
from app.delivery.dsn import FailedRecipient, build_bounce  # noqa: E402
from app.install import initialise  # noqa: E402
from app.mail.trace import received_header  # noqa: E402
from app.monitor.events import Event  # noqa: E402
from app.pipeline import connect, data, helo, mail, rcpt  # noqa: E402
from app.pipeline.context import SessionContext  # noqa: E402
from app.pipeline.result import Action, decisive  # noqa: E402
from app.policy.loader import PolicyHolder  # noqa: E402
from app.policy.settings import validate  # noqa: E402
from app.smtp.replies import reply_for, reply_for_result  # noqa: E402
from app.smtp.session_events import SessionEvents  # noqa: E402
from app.store import events as events_store  # noqa: E402
from app.store import queue as queue_store  # noqa: E402
from app.store import relay as relay_store  # noqa: E402
from app.store import settings as settings_store  # noqa: E402
from app.store.database import Store  # noqa: E402
from app.accounts.passwords import hash_password, make_hasher  # noqa: E402
from app.accounts.stored_findings import dump_findings  # noqa: E402
from app.accounts.weakness import password_findings  # noqa: E402
from app.mail.decode import decode_message  # noqa: E402
from app.monitor import hygiene  # noqa: E402
from app.policy.content_rules import compile_rules, rule_from_row  # noqa: E402
from app.store import accounts as accounts_store  # noqa: E402
from app.store import alerts as alerts_store  # noqa: E402
from app.store import content_rules as content_rules_store  # noqa: E402
from app.store import quarantine as quarantine_store  # noqa: E402

DEFAULT_PATH = ROOT / "sample.db"
HOURS = 6.0
TRICKLE_HOURS = 2.25  # how long the hijacked account has been sending
OUTAGE_MINUTES = 7.0  # Exchange restarting for updates at the end of the history: inbound mail waits
UPSTREAM = f"127.0.0.1:{cast.DEMO_UPSTREAM_PORT}"  # Exchange, as far as this database knows
LOCAL_IP = "198.51.100.25"  # the gateway's own address, as sessions see it
RETRY_MIN, RETRY_MAX = 60.0, 3600.0
_ALPHABET = "0123456789BCDFGHJKLMNPQRSTVWXYZ"

# foreign providers that rate-limit the hijacked account hard (most of the queue is theirs)
STRICT_SHARE = 0.15
RATE_LIMITS = (
    "451 4.7.1 Rate limited, try later",
    "450 4.7.1 Client host rejected: too many messages, try again later",
    "421 4.7.0 Too many messages from this sender, try again later",
)
FLOOD_SESSIONS = (95, 70, 50, 40, 25, 20)  # connections per spam host (cast.SPAM_HOSTS)
SPAM_REFUSALS = (
    "550 5.7.1 Message rejected as spam",
    "550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table",
)


@dataclass
class Reply:
    code: int
    line: str
    remote: str  # host:port that answered; "" when no connection was made


@dataclass
class Queued:
    """A message as it stands in the queue at the end of the history."""

    message: queue_store.NewMessage
    state: dict[str, tuple[int, float, str] | None] = field(default_factory=dict)  # recipient -> attempts, next, error
    held: bool = False


class Bus:
    """Collects what the gateway's sessions publish, stamped with the simulated time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.events: list[Event] = []

    def publish(self, event: Event) -> None:
        self.events.append(dataclasses.replace(event, ts=self.now))


class History:
    def __init__(self, store: Store, policy: PolicyHolder, rng: random.Random, base: float):
        self.store = store
        self.policy = policy
        self.rng = rng
        self.base = base
        self.start = base - HOURS * 3600
        self.bus = Bus()
        self.events = SessionEvents(self.bus)  # the gateway's own event wording
        self.session_prefix = f"{rng.getrandbits(24):06x}"
        self.sessions = 0
        self.queue: list[Queued] = []
        self.mx: dict[str, str] = {}
        self.strict = set(rng.sample(cast.FOREIGN_DOMAINS, int(len(cast.FOREIGN_DOMAINS) * STRICT_SHARE)))
        self.outage = base - OUTAGE_MINUTES * 60

    # --- identifiers ------------------------------------------------------------------------
    def queue_id(self, when: float) -> str:
        """app.store.queue.new_queue_id, at a simulated time and with our seeded randomness."""
        n, digits = int(when * 1_000_000), []
        for _ in range(10):
            n, r = divmod(n, len(_ALPHABET))
            digits.append(_ALPHABET[r])
        return "".join(reversed(digits)) + "".join(self.rng.choices(_ALPHABET, k=3))

    def mx_for(self, domain: str) -> str:
        if domain not in self.mx:
            network = self.rng.choice(("198.51.100", "203.0.113", "192.0.2"))
            self.mx[domain] = f"{network}.{self.rng.randrange(2, 250)}:25"
        return self.mx[domain]

    # --- deliveries, as DeliveryRunner._record writes them ----------------------------------
    def outcome(self, route: str, sender: str, recipient: str, attempt: int, when: float) -> Reply:
        rng = self.rng
        domain = recipient.rpartition("@")[2].lower()
        if route == "upstream":
            if when >= self.outage:
                return Reply(
                    451,
                    f"451 4.4.1 cannot connect to {UPSTREAM}: Error connecting to 127.0.0.1 on port "
                    f"{cast.DEMO_UPSTREAM_PORT}: [Errno 111] Connect call failed",
                    "",
                )
            return Reply(
                250, f"250 2.6.0 <{rng.getrandbits(40):010x}@{cast.EXCHANGE_HELO}> Queued mail for delivery", UPSTREAM
            )
        if route == "relay":
            hop = self.policy.current.relay_nexthop(domain) or ""
            return Reply(250, f"250 2.0.0 Ok: queued as {rng.getrandbits(40):010X}", hop)
        remote = self.mx_for(domain)
        if sender == cast.HIJACKED:
            roll = rng.random()
            defer = 0.9 if domain in self.strict else 0.12
            if roll < 0.04:
                return Reply(550, rng.choice(SPAM_REFUSALS), remote)
            if roll < 0.04 + defer:
                return Reply(451, rng.choice(RATE_LIMITS), remote)
        elif rng.random() < 0.05 and attempt == 0:
            return Reply(450, "450 4.2.0 Greylisted, see http://postgrey.example/", remote)
        return Reply(250, f"250 2.0.0 Ok: queued as {rng.getrandbits(40):010X}", remote)

    def deliver(self, message: queue_store.NewMessage, first_attempt: float) -> None:
        """Attempts until delivered, bounced, or the end of the history (then it stays queued)."""
        queued = Queued(message)
        for recipient, route in message.recipients:
            when, attempt, error = first_attempt, 0, ""
            state: tuple[int, float, str] | None = None
            while True:
                if when > self.base:
                    state = (attempt, when, error)
                    break
                reply = self.outcome(route, message.sender, recipient, attempt, when)
                common = dict(
                    session="",
                    stage="delivery",
                    sender=message.sender,
                    recipient=recipient,
                    reply=reply.line,
                    rule=reply.remote,
                    queue_id=message.id,
                    ts=when,
                )
                if 200 <= reply.code < 300:
                    self.bus.events.append(Event(kind="delivered", verdict="accept", reason="delivered", **common))
                    break
                if reply.code >= 500:
                    self.bus.events.append(Event(kind="bounced", verdict="reject", reason="refused", **common))
                    if message.sender:
                        self.bounce(message, recipient, reply, when)
                    break
                self.bus.events.append(Event(kind="deferred", verdict="tempfail", reason="deferred", **common))
                attempt += 1
                error = reply.line
                when += min(RETRY_MAX, RETRY_MIN * 2 ** min(attempt - 1, 20))
            queued.state[recipient] = state
        if any(state is not None for state in queued.state.values()):
            self.queue.append(queued)

    def bounce(self, original: queue_store.NewMessage, recipient: str, reply: Reply, when: float) -> None:
        """The DSN the runner writes (app.delivery.dsn), queued to the sender and delivered to Exchange."""
        status = reply.line.split()[1] if len(reply.line.split()) > 1 and reply.line.split()[1][:1] == "5" else "5.0.0"
        content = build_bounce(
            reporting_mta=cast.HOSTNAME,
            original_sender=original.sender,
            failed=[FailedRecipient(recipient, status, reply.line, reply.remote.rpartition(":")[0] or None)],
            original_message=original.content,
            arrival_date=datetime.fromtimestamp(original.created, timezone.utc),
            now=datetime.fromtimestamp(when, timezone.utc),
        )
        message = queue_store.NewMessage(
            id=self.queue_id(when),
            created=when,
            sender="",
            client_ip="127.0.0.1",
            helo=cast.HOSTNAME,
            content=content,
            recipients=[(original.sender, "upstream")],
            is_bounce=True,
        )
        self.deliver(message, when + self.rng.uniform(0.05, 0.5))

    # --- SMTP sessions, as the gateway records them --------------------------------------
    def session(self, when: float, ip: str) -> "Session":
        self.sessions += 1
        return Session(
            self,
            when,
            SessionContext(
                session_id=f"{self.session_prefix}{self.sessions:06x}",
                client_ip=ip,
                local_ip=LOCAL_IP,
                policy=self.policy.current,
            ),
        )


class Session:
    def __init__(self, history: History, when: float, ctx: SessionContext):
        self.h = history
        self.t = when
        self.ctx = ctx

    def step(self, low: float = 0.003, high: float = 0.08) -> None:
        self.t += self.h.rng.uniform(low, high)
        self.h.bus.now = self.t

    async def connect(self) -> None:
        self.step()
        verdict = decisive(await connect.check(self.ctx))
        self.h.events.emit(self.ctx, "connect", stage="connect", verdict="accept", rule=verdict.rule if verdict else "")

    async def helo(self, name: str) -> bool:
        self.step(0.01, 0.3)
        verdict = decisive(await helo.check(self.ctx, name))
        if verdict is not None and not verdict.accepted:
            self.h.events.record(self.ctx, verdict, reply_for_result(verdict, cast.HOSTNAME))
            return False
        self.ctx.helo = name
        self.ctx.reset_transaction()
        self.h.events.record(self.ctx, verdict, "250 " + cast.HOSTNAME)
        return True

    def starttls(self) -> None:
        self.step(0.01, 0.05)
        self.ctx.tls = True
        self.ctx.helo = ""
        self.ctx.reset_transaction()
        self.h.events.emit(self.ctx, "starttls", verdict="info")

    async def mail(self, sender: str, utf8: bool = False) -> bool:
        self.step()
        ctx = self.ctx
        ctx.reset_transaction()
        ctx.smtputf8 = utf8
        verdict = decisive(await mail.check(ctx, f"<{sender}>"))
        self.h.events.record(
            ctx,
            verdict,
            reply_for_result(verdict, cast.HOSTNAME),
            sender=verdict.subject if not verdict.accepted else ctx.sender_text,
        )
        if not verdict.accepted:
            ctx.reset_transaction()
        return verdict.accepted

    async def rcpt(self, path: str) -> bool:
        self.step()
        if not path.startswith("<"):
            path = f"<{path}>"
        verdict = decisive(await rcpt.check(self.ctx, path))
        self.h.events.record(self.ctx, verdict, reply_for_result(verdict, cast.HOSTNAME), recipient=verdict.subject)
        return verdict.accepted

    async def data(self, subject: str, body: str, name: str = "") -> queue_store.NewMessage | None:
        """DATA after the accepted recipients: queued (app.smtp.acceptance) and delivered."""
        ctx = self.ctx
        if not ctx.recipients:
            return None
        self.step(0.05, 0.6)
        recipients = list(ctx.recipients)
        addresses = [r.mailbox.address for r in recipients]
        content = cast.build_message(
            sender=ctx.sender_text,
            recipients=addresses,
            subject=subject,
            body=body,
            when=self.t - 0.3,
            rng=self.h.rng,
            sender_name=name,
        )
        verdict = decisive(await data.check(ctx, content))
        quarantine = verdict is not None and verdict.action == Action.QUARANTINE
        assert verdict is not None and (verdict.accepted or quarantine)
        queue_id = self.h.queue_id(self.t)
        protocol = "ESMTP" + ("S" if ctx.tls else "")
        if ctx.smtputf8:
            protocol = "UTF8SMTP" + protocol[4:]
        trace = received_header(
            helo=ctx.helo,
            client_ip=ctx.client_ip,
            hostname=cast.HOSTNAME,
            protocol=protocol,
            queue_id=queue_id,
            recipient=addresses[0] if len(addresses) == 1 else None,
            when=self.t,
        )
        message = queue_store.NewMessage(
            id=queue_id,
            created=self.t,
            sender=ctx.sender_text,
            client_ip=ctx.client_ip,
            helo=ctx.helo,
            content=trace + content,
            recipients=[(r.mailbox.address, r.route) for r in recipients],
        )
        if quarantine:  # as app.smtp.acceptance does: kept for the operator, never delivered
            self.h.events.emit(
                ctx,
                "quarantined",
                stage="data",
                check_name="content",
                verdict="quarantine",
                reply=reply_for("queued", queue_id),
                reason="content_quarantined",
                rule=verdict.rule,
                recipient=",".join(addresses),
                queue_id=queue_id,
            )
            outcome = ctx.content
            await self.h.store.commit_batched(
                quarantine_store.quarantine_statements(
                    message, self.t + 30 * 86400, outcome.subject, outcome.score, outcome.rules_text
                )
            )
            ctx.reset_transaction()
            return None
        self.h.events.emit(
            ctx,
            "queued",
            stage="data",
            check_name="queue",
            verdict="accept",
            reply=reply_for("queued", queue_id),
            reason="queued",
            recipient=",".join(addresses),
            queue_id=queue_id,
        )
        ctx.reset_transaction()
        self.h.deliver(message, self.t + self.h.rng.uniform(0.1, 1.5))
        return message

    def disconnect(self) -> None:
        self.step(0.002, 0.05)
        self.h.events.emit(self.ctx, "disconnect", verdict="info")

    async def send(self, sender: str, recipients: list[str], subject: str, body: str, name: str = "") -> None:
        utf8 = not (sender.isascii() and all(r.isascii() for r in recipients))
        if await self.mail(sender, utf8):
            for recipient in recipients:
                await self.rcpt(recipient)
            await self.data(subject, body, name)


# --- the stories ------------------------------------------------------------------------------
async def flood(h: History) -> None:
    """Story 1: a handful of internet hosts, hundreds of connections, in waves over six hours."""
    rng = h.rng
    for (ip, helo_name), sessions in zip(cast.SPAM_HOSTS, FLOOD_SESSIONS):
        waves = rng.randint(1, 3)
        for wave in range(waves):
            t = rng.uniform(h.start, h.base - 1800)
            for _ in range(sessions // waves):
                await spam_session(h, t, ip, helo_name)
                t += rng.expovariate(1 / 25)


async def spam_session(h: History, when: float, ip: str, helo_name: str) -> None:
    rng = h.rng
    s = h.session(when, ip)
    await s.connect()
    kind = rng.choices(("relay", "trick", "spam", "bad_helo", "probe", "weak"), (42, 17, 30, 4, 5, 2))[0]
    if kind == "probe":
        s.disconnect()
        return
    if not await s.helo("ylmf pc" if kind == "bad_helo" else helo_name):
        s.disconnect()
        return
    victim = rng.choice(cast.FOREIGN_DOMAINS)
    if kind == "relay":
        if await s.mail(rng.choice(cast.SPAM_SENDERS[:5])):
            for _ in range(rng.choice((1, 1, 2, 3, 5))):
                await s.rcpt(cast.foreign_recipient(rng))
    elif kind == "trick":
        if await s.mail(rng.choice(cast.SPAM_SENDERS[:5])):
            for path in rng.sample(cast.trick_paths(victim, rng.choice(cast.LOCAL_DOMAINS)), rng.randint(1, 3)):
                await s.rcpt(path)
    elif kind == "spam":
        recipients = sorted({f"{rng.choice(cast.STAFF)}@{cast.LOCAL_DOMAINS[0]}" for _ in range(rng.randint(1, 2))})
        await s.send(
            rng.choice(cast.SPAM_SENDERS), recipients, rng.choice(cast.SPAM_SUBJECTS), rng.choice(cast.SPAM_BODIES)
        )
    else:  # a forged sender in the weak exception's domain is relayed: why the exception is weak
        await s.send(
            f"billing@{cast.WEAK_EXCEPTION}",
            [cast.foreign_recipient(rng)],
            rng.choice(cast.SPAM_SUBJECTS),
            rng.choice(cast.SPAM_BODIES),
        )
    s.disconnect()


async def inbound(h: History) -> None:
    """Normal mail from partners to the company, during the six hours; partner.example via backup MX."""
    rng = h.rng
    t = h.start + rng.uniform(0, 300)
    while t < h.base - 5:
        address, name, helo_name, ip = rng.choice(cast.PARTNERS)
        s = h.session(t, ip)
        await s.connect()
        await s.helo(helo_name)
        if rng.random() < 0.7:
            s.starttls()
            await s.helo(helo_name)
        for _ in range(rng.choice((1, 1, 1, 2))):
            recipients = sorted(
                {f"{rng.choice(cast.STAFF)}@{rng.choice(cast.LOCAL_DOMAINS)}" for _ in range(rng.choice((1, 1, 2)))}
            )
            await s.send(address, recipients, rng.choice(cast.INBOUND_SUBJECTS), rng.choice(cast.INBOUND_BODIES), name)
        s.disconnect()
        t += rng.expovariate(1 / 300)
    for minutes, partner in ((6.0, 0), (3.5, 3), (1.2, 1)):  # arrived while Exchange restarts: still queued
        address, name, helo_name, ip = cast.PARTNERS[partner]
        s = h.session(h.base - minutes * 60, ip)
        await s.connect()
        await s.helo(helo_name)
        await s.send(
            address,
            [f"{rng.choice(cast.STAFF)}@{cast.LOCAL_DOMAINS[0]}"],
            rng.choice(cast.INBOUND_SUBJECTS),
            rng.choice(cast.INBOUND_BODIES),
            name,
        )
        s.disconnect()
    for _ in range(6):  # backup MX duty for partner.example
        s = h.session(rng.uniform(h.start, h.base - 60), "198.51.100.90")
        await s.connect()
        await s.helo("relay.isp.example")
        await s.send(
            "sales@supplier.example", [f"orders@{cast.PARTNER_ROUTE[0]}"], "Order confirmation", cast.INBOUND_BODIES[0]
        )
        s.disconnect()
    for _ in range(8):  # the legacy partner's application, relayed thanks to the (weak) sender exception
        s = h.session(rng.uniform(h.start, h.base - 60), "198.51.100.120")
        await s.connect()
        await s.helo("app01.legacy-partner.example")
        await s.send(
            f"noreply@{cast.WEAK_EXCEPTION}",
            [cast.foreign_recipient(rng)],
            "Your statement is ready",
            "Your monthly statement is available in the customer portal.\n",
        )
        s.disconnect()


async def exchange(h: History) -> None:
    """Everything Exchange sends out: the staff's mail, and story 2, the hijacked account's trickle."""
    rng = h.rng
    outgoing: list[tuple[float, str, list[str], str, str, str]] = []
    t = h.start
    while t < h.base:
        staff = rng.choice(cast.STAFF[:9])
        outgoing.append(
            (
                t,
                f"{staff}@{cast.LOCAL_DOMAINS[0]}",
                [cast.foreign_recipient(rng)],
                rng.choice(cast.INBOUND_SUBJECTS),
                rng.choice(cast.INBOUND_BODIES),
                "",
            )
        )
        t += rng.expovariate(1 / 420)
    t = h.base - TRICKLE_HOURS * 3600
    while t < h.base - 2:
        recipients = [cast.foreign_recipient(rng) for _ in range(1 if rng.random() < 0.85 else 2)]
        outgoing.append(
            (t, cast.HIJACKED, recipients, rng.choice(cast.SPAM_SUBJECTS), rng.choice(cast.SPAM_BODIES), "Webmaster")
        )
        t += rng.uniform(14, 20)  # 3 to 4 a minute, like clockwork: a script, not a person
    outgoing.sort(key=lambda item: item[0])
    index = 0
    while index < len(outgoing):
        s = h.session(outgoing[index][0], cast.EXCHANGE_IP)
        await s.connect()
        await s.helo(cast.EXCHANGE_HELO)
        start = outgoing[index][0]
        while index < len(outgoing) and outgoing[index][0] - start < 120:  # Exchange reuses its connection
            when, sender, recipients, subject, body, name = outgoing[index]
            s.t = max(s.t, when)
            await s.send(sender, recipients, subject, body, name)
            index += 1
        s.disconnect()


async def build(path: Path, seed: int, base: float) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")
    store = await Store.open(path)
    try:
        await initialise(store, cast.HOSTNAME)
        for key in ("tls.cert", "tls.key"):  # the committed file names no local path
            generated = await settings_store.get_setting(store, key)
            with contextlib.suppress(OSError):
                if generated:
                    os.remove(generated)
            await settings_store.set_setting(store, key, "")
        for key, value in (("upstream", UPSTREAM), ("dns.nameservers", cast.DEMO_NAMESERVER)):
            await settings_store.set_setting(store, key, validate(key, value))
        for domain in cast.LOCAL_DOMAINS:
            await relay_store.add_local_domain(store, domain)
        await relay_store.add_trusted_network(store, cast.OFFICE_NETWORK, "office LAN")
        await relay_store.set_relay_route(store, *cast.PARTNER_ROUTE)
        await relay_store.add_sender_exception(store, cast.WEAK_EXCEPTION)
        # the story's inbound spam is accepted and delivered: the history predates the statistical filter,
        # which is on again (with the starter model) for the demo itself
        await settings_store.set_setting(store, "bayes.enabled", "no")

        history = History(store, await PolicyHolder.load(store), random.Random(seed), base)
        await flood(history)
        await inbound(history)
        await exchange(history)
        events = sorted((e for e in history.bus.events if e.ts <= base), key=lambda e: e.ts)
        rows = [event.row() for event in chronological_sessions(events, history.session_prefix)]
        for start in range(0, len(rows), 5000):
            await events_store.write_events(store, rows[start : start + 5000])

        statements = []
        for queued in history.queue:
            pending = [(r, s) for r, s in queued.state.items() if s is not None and s[0] == 0]
            due = min((s[1] for _r, s in pending), default=queued.message.created) if pending else None
            statements += queue_store.enqueue_statements(queued.message, due)
            for recipient, state in queued.state.items():
                if state is None:
                    statements += queue_store.finished_statements(queued.message.id, recipient)
                else:
                    attempts, next_attempt, error = state
                    for _ in range(attempts):
                        statements += queue_store.deferred_statements(queued.message.id, recipient, next_attempt, error)
        await store.commit_batched(statements)
        await settings_store.unset_setting(store, "bayes.enabled")
        hijacked = [q for q in history.queue if q.message.sender == cast.HIJACKED]
        for queued in history.rng.sample(hijacked, min(2, len(hijacked))):  # the operator has held two already
            await queue_store.set_held(store, queued.message.id, True)
        await accounts_and_alerts(store, history)
        await quarantined(store, history)

        # compact: one self-contained file (no WAL), no free pages
        await store.conn.execute_fetchall("PRAGMA journal_mode = DELETE")
        await store.conn.execute_fetchall("VACUUM")
    finally:
        await store.close()


async def accounts_and_alerts(store: Store, h: History) -> None:
    """The accounts the office has, the hygiene they fail, and what the outbound monitor said about the trickle."""
    cheap = make_hasher(time_cost=1, memory_cost=1024, parallelism=1)  # the demo's passwords protect nothing
    for address, password, aliases, weak in (
        (cast.HIJACKED, "webmaster", [], True),
        ("kim@corp.example", "Blue-river 7 lanterns", ["kim.min@corp.example"], False),
        ("scanner@corp.example", "scan2mail-3rd-floor", [], False),
    ):
        findings = dump_findings(password_findings(address, password))
        await accounts_store.add_account(
            store,
            address,
            hash_password(password, hasher=cheap),
            findings,
            allow_weak=weak,
            aliases=aliases,
            networks="",
        )
    await accounts_store.touch(store, "kim@corp.example", "last_login", h.base - 3 * 3600)
    await accounts_store.touch(store, "kim@corp.example", "last_send", h.base - 3 * 3600)
    started = h.base - TRICKLE_HOURS * 3600
    await alerts_store.raise_alert(
        store,
        started + 105,
        "dormant-sender-started",
        f"sender:{cast.HIJACKED}",
        "critical",
        f"{cast.HIJACKED} sent nothing for 7 days and has now sent 8 messages to 8 new external domains in "
        "2 minutes, relayed by the trusted Exchange server. A hijacked account sends like this.",
        '{"messages": 8, "new_domains": 8}',
    )
    spike = await alerts_store.raise_alert(
        store,
        started - 86400,
        "volume-spike",
        "sender:newsletter@corp.example",
        "warning",
        "newsletter@corp.example sent 340 messages today; it usually sends about 40.",
        "{}",
    )
    await alerts_store.ack(store, spike, started - 80000)
    await hygiene.record(store, await hygiene.audit(store, h.base), h.base)


async def quarantined(store: Store, h: History) -> None:
    """Korean advertising caught by the content rules and kept for the operator."""
    rules = await content_rules_store.load_rules(store)
    compiled = compile_rules([rule_from_row(r) for r in rules], ad_tag_score=3.0)
    for index, (sender, subject, body) in enumerate(
        (
            (
                "event@shop-mall.example",
                "(광고) 블랙프라이데이 최대 90% 할인",
                "무료수신거부는 080-123-4567 로 연락주세요.\n주식 리딩방 무료 초대! 급등주 추천 받으세요.",
            ),
            ("vip@casino-now.example", "[광, 고] 첫충전 보너스 지급", "카지노사이트 바카라사이트 첫충전보너스 100%"),
            (
                "loan@fast-money.example",
                "(광고) 무직자 대출 당일 승인",
                "무직자대출 무담보대출 당일대출 가능합니다.\n수신거부",
            ),
        )
    ):
        when = h.base - (index + 1) * 1500
        raw = (
            f"From: <{sender}>\r\nTo: <lee@corp.example>\r\nSubject: {email_header(subject)}\r\n"
            f"Date: {email.utils.formatdate(when)}\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
        ).encode()
        hits = compiled.evaluate(decode_message(raw))
        score = sum(hit.score for hit in hits)
        rules_text = ", ".join(f"{hit.name}(+{hit.score:g})" for hit in hits)
        message = queue_store.NewMessage(
            h.queue_id(when),
            when,
            sender,
            "203.0.113.90",
            "mail.shop-mall.example",
            raw,
            [("lee@corp.example", "upstream")],
        )
        await store.commit_batched(
            quarantine_store.quarantine_statements(message, when + 30 * 86400, subject, score, rules_text)
        )


def email_header(text: str) -> str:
    from email.header import Header

    return Header(text, "utf-8").encode()


def chronological_sessions(events: list[Event], prefix: str) -> list[Event]:
    """Session ids numbered in order of first appearance, as the gateway's counter hands them out."""
    numbers: dict[str, str] = {}
    renamed = []
    for event in events:
        if event.session and event.session not in numbers:
            numbers[event.session] = f"{prefix}{len(numbers) + 1:06x}"
        renamed.append(dataclasses.replace(event, session=numbers[event.session]) if event.session else event)
    return renamed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Mailmoat demo database (sample.db).")
    parser.add_argument("path", nargs="?", default=str(DEFAULT_PATH), help="output file (deleted and rebuilt)")
    parser.add_argument("--seed", type=int, default=20240611, help="random seed (default: %(default)s)")
    parser.add_argument(
        "--now",
        type=float,
        default=None,
        help="end of the history, seconds since the epoch (default: the time of the build)",
    )
    args = parser.parse_args(argv)
    path = Path(args.path).resolve()
    base = float(int(time.time() if args.now is None else args.now))
    asyncio.run(build(path, args.seed, base))
    print(
        f"{path}: {os.path.getsize(path) / 1024:.0f} KiB, history up to {email.utils.formatdate(base, localtime=False)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
