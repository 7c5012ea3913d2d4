"""Demo mode: a local upstream sink and a gentle stream of clearly labelled sample mail.

`mailmoat run --demo` works on a *copy* of the committed `sample.db` (`seed_demo_db` makes one when the
database does not exist yet; the installed package ships sample.db too):

1. `prepare_demo_db(store)` makes that copy safe and lively: the upstream and the smarthost
   (and every relay route) point at the demo upstream on 127.0.0.1, 127.0.0.5/32 stands in
   for the trusted Exchange server, and the recorded history is moved so it ends now.
2. `Demo.start(gateway, host, port)` starts the demo upstream (an aiosmtpd sink that counts
   and discards) and a background task that sends sample mail to the gateway over real SMTP:
   inbound mail, spam, relay attempts, address tricks and the hijacked account's slow trickle.

Every demo message has the header `X-Mailmoat-Demo: yes`, a subject starting with "[demo]",
and a HELO name starting with "demo-". Nothing the demo sends can leave the machine.

The cast (domains, people, subjects, spam hosts) is shared with tools/make_sample_db.py,
which builds the committed history of the same two stories.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import contextlib
import email.utils
import errno
import ipaddress
import logging
import os
import random
import shutil
import socket
import time
import weakref
from dataclasses import dataclass

import aiosmtplib
from aiosmtpd.smtp import SMTP as AiosmtpdSMTP

from .bundled import bundled
from .store import events as events_store
from .store import queue as queue_store
from .store import relay as relay_store
from .store import settings as settings_store
from .store.database import Store

log = logging.getLogger(__name__)

SAMPLE_DB = bundled("sample.db")
DEMO_HEADER = "X-Mailmoat-Demo"
DEMO_UPSTREAM_PORT = 2526  # where the committed history's upstream was; a demo run takes any free port
EXCHANGE_DEMO_IP = "127.0.0.5"  # the demo's stand-in for the trusted Exchange server
EXCHANGE_DEMO_NETWORK = "127.0.0.5/32"
EXCHANGE_DEMO_COMMENT = "demo: stands in for the Exchange server"
DEMO_NAMESERVER = "127.0.0.1:9"  # discard port: a demo never asks the internet for MX records

# --- the cast of the two customer stories ------------------------------------------------------
HOSTNAME = "mx.corp.example"
LOCAL_DOMAINS = ("corp.example", "corp-mail.example")
OFFICE_NETWORK = "192.168.10.0/24"
EXCHANGE_IP = "192.168.10.5"
EXCHANGE_HELO = "exch01.corp.example"
HIJACKED = "webmaster@corp.example"
PARTNER_ROUTE = ("partner.example", "10.0.0.25:25")
WEAK_EXCEPTION = "legacy-partner.example"

STAFF = ("jkim", "mpark", "sylee", "hchoi", "dyoon", "accounting", "sales", "info", "hr", "이서연", "박서준")

# (address, display name, HELO, internet address) of people who write to the company
PARTNERS = (
    ("김민준@hanbit-trading.example", "김민준", "mail.hanbit-trading.example", "203.0.113.10"),
    ("박지훈@seoul-logistics.example", "박지훈", "mail.seoul-logistics.example", "203.0.113.20"),
    ("orders@partner.example", "Partner Orders", "mx1.partner.example", "198.51.100.7"),
    ("jane.doe@lawfirm.example", "Jane Doe", "smtp.lawfirm.example", "192.0.2.25"),
    ("billing@supplier.example", "Supplier Billing", "out.supplier.example", "198.51.100.14"),
    ("news@industry-news.example", "Industry News", "bulk.industry-news.example", "192.0.2.40"),
    ("tanaka@osaka-parts.example", "Tanaka Ken", "mx.osaka-parts.example", "203.0.113.33"),
    ("lee.jiwoo@busan-steel.example", "이지우", "smtp.busan-steel.example", "198.51.100.61"),
)
INBOUND_SUBJECTS = (
    "Quarterly order forecast",
    "견적서 송부드립니다",
    "Re: Contract draft v3",
    "Invoice 2024-0413",
    "회의 일정 확인 부탁드립니다",
    "Shipping notice: order 88213",
    "Industry outlook, this week",
    "Re: 납품 일정 관련 문의",
    "Meeting notes",
    "세금계산서 발행 안내",
)
INBOUND_BODIES = (
    "Hello,\n\nPlease find the details below. Let me know if anything is missing.\n\nBest regards\n",
    "안녕하세요.\n\n요청하신 자료를 보내드립니다. 확인 부탁드립니다.\n\n감사합니다.\n",
    "Hi,\n\nFollowing up on our call: the revised figures are attached as discussed.\n\nThanks\n",
)

# (internet address, HELO) of the handful of hosts that flood the company from the internet
SPAM_HOSTS = (
    ("203.0.113.45", "ylmf-pc"),
    ("203.0.113.77", "WIN-7Q2K3LM"),
    ("198.51.100.23", "[198.51.100.23]"),
    ("198.51.100.200", "mail.cheap-deals.example"),
    ("192.0.2.66", "localhost"),
    ("192.0.2.131", "User"),
)
SPAM_SENDERS = (
    "promo@cheap-deals.example",
    "winner@lottery-prize.example",
    "security@bank-verify.example",
    "info@crypto-gains.example",
    "no-reply@parcel-notice.example",
    "광고@hot-sale.example",
)
SPAM_SUBJECTS = (
    "(광고) 특가 세일",
    "(광고) 오늘만 70% 할인 특가",
    "무료 상품권 당첨 안내",
    "(광고) 저금리 대출 한도 조회",
    "You have won a prize!",
    "Your account will be suspended",
    "Invoice overdue - action required",
    "Crypto investment: 400% return",
    "Cheap meds online, no prescription",
    "Your parcel is waiting",
)
SPAM_BODIES = (
    "지금 바로 클릭하세요! 오늘 하루만 특별 할인 혜택을 드립니다.\n수신거부: 회신\n",
    "Congratulations! You have been selected. Click the link below to claim your reward.\n",
    "Dear customer, verify your account within 24 hours or it will be closed.\n",
)

_FOREIGN_NAMES = (
    "hanmail",
    "mailbox",
    "postbox",
    "inbox",
    "netmail",
    "webpost",
    "global-trade",
    "asia-import",
    "euro-export",
    "sunrise",
    "bluewave",
    "greenfield",
    "northstar",
    "metro-net",
    "pacific",
    "atlas",
    "orion",
    "summit",
    "riverside",
    "kmail",
)
_FOREIGN_SUFFIXES = ("example", "kr.example", "jp.example", "de.example", "br.example", "co.example")
FOREIGN_DOMAINS = tuple(f"{name}.{suffix}" for suffix in _FOREIGN_SUFFIXES for name in _FOREIGN_NAMES)
_FOREIGN_LOCALS = (
    "info",
    "sales",
    "contact",
    "admin",
    "office",
    "j.smith",
    "m.garcia",
    "kim",
    "lee",
    "park",
    "wang",
    "tanaka",
    "mueller",
    "silva",
    "ivanova",
    "support",
    "ceo",
    "hr",
)


def foreign_recipient(rng: random.Random) -> str:
    local = rng.choice(_FOREIGN_LOCALS)
    if rng.random() < 0.4:
        local += str(rng.randrange(1, 999))
    return f"{local}@{rng.choice(FOREIGN_DOMAINS)}"


def trick_paths(victim: str, local_domain: str = LOCAL_DOMAINS[0]) -> tuple[str, ...]:
    """Relay tricks an open-relay test (or a spammer) tries: each is refused with a 5xx that says why."""
    return (
        f"<postmaster%{victim}@{local_domain}>",  # percent hack
        f"<{victim}!user@{local_domain}>",  # bang path
        f"<@mail.{local_domain}:user@{victim}>",  # source route
        f'<"user@{victim}"@{local_domain}>',  # routing characters hidden in quotes
        f"<user%{victim}>",  # percent hack without our domain
        "<user@[192.0.2.1]>",  # relay to an address literal
    )


# --- message text -----------------------------------------------------------------------------
def encode_words(text: str) -> str:
    """RFC 2047 B-encoding (=?UTF-8?B?...?=) for non-ASCII header text.

    Leading ASCII words stay readable ("[demo] =?UTF-8?B?...?="); the rest is encoded in
    words of at most 75 characters, never splitting a character, folded onto new lines.
    """
    if text.isascii():
        return text
    words = text.split(" ")
    plain = []
    while words and words[0].isascii():
        plain.append(words.pop(0))
    rest, encoded, chunk = " ".join(words), [], ""
    for char in rest:
        if len((chunk + char).encode()) > 45:
            encoded.append(chunk)
            chunk = ""
        chunk += char
    encoded.append(chunk)
    encoded = [f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in encoded]
    return " ".join(plain + ["\r\n ".join(encoded)])  # long text folds between encoded words


def _mailbox_header(address: str, name: str = "") -> str:
    if not name:
        return f"<{address}>"
    if name.isascii() and all(c.isalnum() or c in " .-" for c in name):
        return f"{name} <{address}>"
    return f"{encode_words(name)} <{address}>"


def build_message(
    *,
    sender: str,
    recipients: list[str],
    subject: str,
    body: str,
    when: float,
    rng: random.Random,
    sender_name: str = "",
    demo: bool = False,
) -> bytes:
    """A plain RFC 5322 message (CRLF line ends). Non-ASCII addresses stay UTF-8 (RFC 6532)."""
    domain = sender.rpartition("@")[2] or "localhost"
    message_id = f"<{rng.getrandbits(64):016x}.{int(when)}@{domain}>"
    headers = [
        f"From: {_mailbox_header(sender, sender_name)}",
        "To: " + ", ".join(f"<{r}>" for r in recipients),
        f"Subject: {encode_words(subject)}",
        f"Date: {email.utils.formatdate(when, localtime=False)}",
        f"Message-ID: {message_id}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
    ]
    if demo:
        headers.append(f"{DEMO_HEADER}: yes")
    if body.isascii():
        headers.append("Content-Transfer-Encoding: 7bit")
        text = body.replace("\n", "\r\n")
    else:
        headers.append("Content-Transfer-Encoding: base64")
        encoded = base64.b64encode(body.encode()).decode()
        text = "".join(encoded[i : i + 76] + "\r\n" for i in range(0, len(encoded), 76))
    return ("\r\n".join(headers) + "\r\n\r\n" + text).encode()


# --- preparing a copy of sample.db ------------------------------------------------------------
def seed_demo_db(path: str) -> bool:
    """Copies the shipped sample.db to `path` when nothing is there yet; True if it did.

    An existing database is left alone: the demo then runs on its own history.
    """
    if os.path.lexists(path):
        return False
    shutil.copyfile(SAMPLE_DB, path)
    return True


def free_loopback_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now, as the system picks it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _is_committed_sample(path: str) -> bool:
    with contextlib.suppress(OSError):
        return SAMPLE_DB.exists() and os.path.samefile(path, SAMPLE_DB)
    return False


async def prepare_demo_db(store: Store, upstream_port: int | None = None, *, now: float | None = None) -> list[str]:
    """Applies the demo-only settings to a copy of sample.db; returns what it did.

    The demo upstream goes to `upstream_port`, by default a free one, so two demos (or a demo and a test)
    on one machine never fight over a fixed port; Demo.start finds it in the settings.
    Refuses the committed sample.db itself. Call it before Gateway.open: it rewrites the
    queue, which a running delivery runner must not be working on. (Demo.start reloads the
    gateway's policy in any case.)
    """
    if _is_committed_sample(store.path):
        raise ValueError(f"{store.path} is the committed sample database: run the demo on a copy")
    if upstream_port is None:
        upstream_port = free_loopback_port()
    sink = f"127.0.0.1:{upstream_port}"
    done = []
    for key, value in (("upstream", sink), ("smarthost", sink), ("dns.nameservers", DEMO_NAMESERVER)):
        await settings_store.set_setting(store, key, value)
        done.append(f"{key} = {value}")
    rows = await relay_store.load_relay_rows(store)
    for domain, nexthop in rows.relay_routes:
        if nexthop != sink:
            await relay_store.set_relay_route(store, domain, sink)
            done.append(f"relay route {domain}: {nexthop} -> {sink} (the demo upstream)")
    if EXCHANGE_DEMO_NETWORK not in {cidr for cidr, _comment in rows.trusted_networks}:
        await relay_store.add_trusted_network(store, EXCHANGE_DEMO_NETWORK, EXCHANGE_DEMO_COMMENT)
        done.append(f"trusted network {EXCHANGE_DEMO_NETWORK} ({EXCHANGE_DEMO_COMMENT})")
    shift = await shift_history(store, time.time() if now is None else now)
    if shift:
        done.append(f"history moved {shift / 3600:.1f} h forward to end now")
    return done


async def shift_history(store: Store, now: float, *, slack: float = 60.0) -> float:
    """Moves the recorded events and the queue forward so the newest event is at `now`.

    The committed sample.db ages; without this a demo run weeks later would show an empty
    "last hours" view and the event retention would prune the whole story. Returns the shift
    in seconds (0 when the history is already recent). Uses only the store's functions:
    events are read, pruned and written again (ids change); queued messages are deleted and
    enqueued again with their attempts, errors and hold flags.
    """
    newest = await events_store.recent_events(store, limit=1)
    if not newest or now - newest[-1]["ts"] < slack:
        return 0.0
    shift = now - newest[-1]["ts"]
    events = await events_store.recent_events(store, limit=1 << 62)
    await events_store.prune_events(store, older_than=now + 10 * 365 * 86400, keep_rows=0)
    rows = []
    for event in events:
        event["ts"] += shift
        rows.append(tuple(event[column] for column in events_store.EVENT_COLUMNS))
    for start in range(0, len(rows), 5000):
        await events_store.write_events(store, rows[start : start + 5000])

    by_message: dict[str, list[dict]] = collections.defaultdict(list)
    for row in await queue_store.list_queue(store):
        by_message[row["id"]].append(row)
    statements: list = []
    held = []
    for message_id, recipients in by_message.items():
        message = await queue_store.get_message(store, message_id)
        if message is None:
            continue
        await queue_store.delete_message(store, message_id)
        pending = [r["next_attempt"] for r in recipients if r["attempts"] == 0]
        due = (min(pending) if pending else message["created"]) + shift
        statements += queue_store.enqueue_statements(
            queue_store.NewMessage(
                id=message_id,
                created=message["created"] + shift,
                sender=message["sender"],
                client_ip=message["client_ip"],
                helo=message["helo"],
                content=message["content"],
                recipients=[(r["recipient"], r["route"]) for r in recipients],
                is_bounce=bool(message["is_bounce"]),
            ),
            due,
        )
        for r in recipients:
            for _ in range(r["attempts"]):
                statements += queue_store.deferred_statements(
                    message_id, r["recipient"], r["next_attempt"] + shift, r["last_error"]
                )
        if message["held"]:
            held.append(message_id)
    if statements:
        await store.commit_batched(statements)
    for message_id in held:
        await queue_store.set_held(store, message_id, True)
    return shift


# --- the demo upstream ------------------------------------------------------------------------
class DemoUpstream:
    """aiosmtpd handler standing in for Exchange and for every remote MX: counts, then discards.

    Like real providers facing a spam run, it rate-limits much of the hijacked account's mail
    to foreign domains (451: the queue shows its deferred mail) and refuses a little as spam
    (550: a bounce to the account); other foreign mail is sometimes greylisted.
    """

    def __init__(
        self,
        rng: random.Random,
        local_domains=lambda: frozenset(LOCAL_DOMAINS),
        *,
        defer_rate: float = 0.45,
        refuse_rate: float = 0.04,
        greylist_rate: float = 0.1,
    ):
        self.rng = rng
        self.local_domains = local_domains
        self.defer_rate = defer_rate
        self.refuse_rate = refuse_rate
        self.greylist_rate = greylist_rate
        self.received = 0  # messages accepted (and discarded)
        self.recipients = 0
        self.deferred = 0
        self.refused = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        domain = address.rpartition("@")[2].lower()
        if domain not in self.local_domains():
            roll = self.rng.random()
            if envelope.mail_from == HIJACKED:
                if roll < self.refuse_rate:
                    self.refused += 1
                    return "550 5.7.1 Message rejected as spam"
                if roll < self.refuse_rate + self.defer_rate:
                    self.deferred += 1
                    return "451 4.7.1 Rate limited, try later"
            elif roll < self.greylist_rate:
                self.deferred += 1
                return "450 4.2.0 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received += 1
        self.recipients += len(envelope.rcpt_tos)
        return "250 2.0.0 Ok: accepted by the demo upstream and discarded"


# --- the demo traffic -------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source:
    ip: str
    helo: str


class Demo:
    """The demo upstream plus a background stream of sample mail; `stop()` ends both."""

    # what the stream sends, by weight; the hijacked account's trickle has its own clock
    MIX = (("inbound", 4), ("spam", 3), ("relay", 3), ("trick", 2), ("weak", 1))
    OPENING = ("inbound", "relay", "trickle", "spam", "trick", "inbound")
    TRICKLE_EVERY = (15.0, 20.0)  # seconds: 3 to 4 messages a minute, as in the story

    def __init__(
        self, gateway, smtp_host: str, smtp_port: int, upstream_port: int, *, per_minute: float, seed: int | None
    ):
        self.gateway = gateway
        self.smtp_host = _connectable(smtp_host)
        self.smtp_port = smtp_port
        self.upstream_port = upstream_port
        self.per_minute = max(1.0, per_minute)
        self.rng = random.Random(seed)
        policy = gateway.policy
        self.upstream = DemoUpstream(
            random.Random(self.rng.random()), local_domains=lambda: policy.current.local_domains
        )
        self.sent: collections.Counter[str] = collections.Counter()  # attempts per kind
        self.failed = 0  # attempts that met a connection error or an unexpected reply
        self._server: asyncio.Server | None = None
        self._connections: weakref.WeakSet = weakref.WeakSet()
        self._task: asyncio.Task | None = None
        loopback = ipaddress.ip_address(self.smtp_host).is_loopback if _is_ip(self.smtp_host) else False
        self._bind_sources = loopback and ipaddress.ip_address(self.smtp_host).version == 4

    @classmethod
    async def start(
        cls,
        gateway,
        smtp_host: str,
        smtp_port: int,
        upstream_port: int | None = None,
        *,
        per_minute: float = 30.0,
        seed: int | None = None,
    ) -> "Demo":
        """Starts the demo upstream on 127.0.0.1:upstream_port and the sample-mail stream.

        The gateway's database must have been prepared with prepare_demo_db(store, upstream_port):
        otherwise ValueError, since demo mail could leave the machine. Without `upstream_port`, the
        port prepare_demo_db chose (the upstream setting's). OSError if the port is taken.
        """
        if _is_committed_sample(gateway.store.path):
            raise ValueError("the demo never runs on the committed sample.db: use a copy")
        snapshot = await gateway.policy.reload()  # prepare_demo_db may have run on this very store
        if upstream_port is None:
            upstream_port = _loopback_port(snapshot.settings.upstream)
        sink = f"127.0.0.1:{upstream_port}"
        if snapshot.settings.smarthost != sink or snapshot.settings.upstream != sink:
            raise ValueError(
                f"run prepare_demo_db(store, {upstream_port}) first: upstream and smarthost "
                f"must be the demo upstream {sink}"
            )
        if any(hop != sink for hop in snapshot.relay_routes.values()):
            raise ValueError("run prepare_demo_db first: a relay route points outside the machine")
        demo = cls(gateway, smtp_host, smtp_port, upstream_port, per_minute=per_minute, seed=seed)
        loop = asyncio.get_running_loop()
        demo._server = await loop.create_server(demo._upstream_protocol, "127.0.0.1", upstream_port)
        demo._task = loop.create_task(demo._run(), name="mailmoat-demo-traffic")
        log.info(
            "demo: upstream on %s, sample mail to %s:%d, about %d a minute",
            sink,
            demo.smtp_host,
            smtp_port,
            demo.per_minute,
        )
        return demo

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None
        if self._server is not None:
            self._server.close()
            for protocol in list(self._connections):
                if protocol.transport is not None:
                    protocol.transport.close()
            with contextlib.suppress(asyncio.TimeoutError, Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
            self._server = None

    def _upstream_protocol(self) -> AiosmtpdSMTP:
        protocol = AiosmtpdSMTP(
            self.upstream, hostname="demo-upstream.invalid", ident="Mailmoat demo upstream", enable_SMTPUTF8=True
        )
        self._connections.add(protocol)
        return protocol

    # --- the stream -----------------------------------------------------------------------
    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        interval = 60.0 / self.per_minute
        next_trickle = loop.time() + 3.0
        kinds = [kind for kind, _weight in self.MIX]
        weights = [weight for _kind, weight in self.MIX]
        opening = list(self.OPENING)
        await asyncio.sleep(0.2)
        while True:
            if opening:
                kind = opening.pop(0)
            elif loop.time() >= next_trickle:
                kind = "trickle"
            else:
                kind = self.rng.choices(kinds, weights)[0]
            if kind == "trickle":
                next_trickle = loop.time() + self.rng.uniform(*self.TRICKLE_EVERY)
            self.sent[kind] += 1
            try:
                await asyncio.wait_for(getattr(self, f"_send_{kind}")(), 30)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the demo must never take anything down
                self.failed += 1
                log.debug("demo %s message not sent: %s", kind, exc)
                if isinstance(exc, OSError) and exc.errno == errno.EADDRNOTAVAIL and self._bind_sources:
                    self._bind_sources = False  # no 127.x aliases here: everything comes from one address
                    log.debug("demo: cannot bind loopback source addresses; the trickle will be refused")
            await asyncio.sleep(self.rng.uniform(0.5, 1.5) * interval)

    async def _send_inbound(self) -> None:
        address, name, helo, _ip = self.rng.choice(PARTNERS)
        recipient = f"{self.rng.choice(STAFF)}@{self.rng.choice(LOCAL_DOMAINS)}"
        await self._send(
            _Source("127.0.20.1", "demo-" + helo),
            address,
            [recipient],
            self.rng.choice(INBOUND_SUBJECTS),
            self.rng.choice(INBOUND_BODIES),
            name,
        )

    async def _send_spam(self) -> None:
        recipients = [f"{self.rng.choice(STAFF)}@{LOCAL_DOMAINS[0]}" for _ in range(self.rng.choice((1, 1, 2, 3)))]
        await self._send(
            self._spam_source(),
            self.rng.choice(SPAM_SENDERS),
            sorted(set(recipients)),
            self.rng.choice(SPAM_SUBJECTS),
            self.rng.choice(SPAM_BODIES),
        )

    async def _send_weak(self) -> None:
        """A spammer forging a sender in the weak exception's domain gets relayed: that is why it is weak."""
        await self._send(
            self._spam_source(),
            f"billing@{WEAK_EXCEPTION}",
            [foreign_recipient(self.rng)],
            self.rng.choice(SPAM_SUBJECTS),
            self.rng.choice(SPAM_BODIES),
        )

    async def _send_trickle(self) -> None:
        await self._send(
            _Source(EXCHANGE_DEMO_IP, "demo-" + EXCHANGE_HELO),
            HIJACKED,
            [foreign_recipient(self.rng)],
            self.rng.choice(SPAM_SUBJECTS),
            self.rng.choice(SPAM_BODIES),
            "Webmaster",
        )

    async def _send_relay(self) -> None:
        source = self._spam_source()
        recipients = [foreign_recipient(self.rng) for _ in range(self.rng.choice((1, 2, 3)))]
        lines = [f"EHLO {source.helo}", f"MAIL FROM:<{self.rng.choice(SPAM_SENDERS[:5])}>"]
        lines += [f"RCPT TO:<{r}>" for r in recipients] + ["QUIT"]
        await self._raw(source, lines)

    async def _send_trick(self) -> None:
        victim = self.rng.choice(FOREIGN_DOMAINS)
        path = self.rng.choice(trick_paths(victim, self.rng.choice(LOCAL_DOMAINS)))
        source = self._spam_source()
        await self._raw(
            source,
            [f"EHLO {source.helo}", f"MAIL FROM:<{self.rng.choice(SPAM_SENDERS[:5])}>", f"RCPT TO:{path}", "QUIT"],
        )

    def _spam_source(self) -> _Source:
        index = self.rng.randrange(len(SPAM_HOSTS))
        return _Source(f"127.0.66.{index + 1}", f"demo-spam{index + 1}.invalid")

    def _source_address(self, source: _Source) -> tuple[str, int] | None:
        return (source.ip, 0) if self._bind_sources else None

    async def _send(
        self, source: _Source, sender: str, recipients: list[str], subject: str, body: str, name: str = ""
    ) -> None:
        content = build_message(
            sender=sender,
            recipients=recipients,
            subject="[demo] " + subject,
            body=body,
            when=time.time(),
            rng=self.rng,
            sender_name=name,
            demo=True,
        )
        utf8 = not (sender.isascii() and all(r.isascii() for r in recipients))
        client = aiosmtplib.SMTP(
            hostname=self.smtp_host,
            port=self.smtp_port,
            local_hostname=source.helo,
            source_address=self._source_address(source),
            timeout=10,
            start_tls=False,
        )
        async with client:
            refused, reply = await client.sendmail(
                sender, recipients, content, mail_options=["SMTPUTF8"] if utf8 else []
            )
        log.debug("demo mail from %s: %s; refused %s", sender, reply, refused)

    async def _raw(self, source: _Source, lines: list[str]) -> list[str]:
        """A hand-driven session for what a well-behaved client library would not send."""
        reader, writer = await asyncio.open_connection(
            self.smtp_host, self.smtp_port, local_addr=self._source_address(source)
        )
        replies = []
        try:
            replies.append(await _read_reply(reader))
            for line in lines:
                writer.write(line.encode() + b"\r\n")
                await writer.drain()
                replies.append(await _read_reply(reader))
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
        log.debug("demo session from %s: %s", source.ip, replies)
        return replies


async def _read_reply(reader: asyncio.StreamReader) -> str:
    lines: list[str] = []
    while True:
        line = (await reader.readline()).decode("utf-8", "replace").rstrip("\r\n")
        if not line:
            raise ConnectionError("connection closed: " + " | ".join(lines))
        lines.append(line)
        if line[3:4] != "-":
            return "\n".join(lines)


def _loopback_port(hostport: str) -> int:
    host, _, port = hostport.rpartition(":")
    if host != "127.0.0.1" or not port.isdigit():
        raise ValueError(f"run prepare_demo_db first: the upstream {hostport or '(none)'} is not a demo upstream")
    return int(port)


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _connectable(host: str) -> str:
    """A wildcard listen address is reached on loopback."""
    host = host.strip("[]")
    if host in ("", "0.0.0.0", "*"):
        return "127.0.0.1"
    if host == "::":
        return "::1"
    return host
