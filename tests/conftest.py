"""Shared fixtures: a real upstream SMTP sink and a real gateway, both on loopback sockets."""

from __future__ import annotations

import asyncio
import contextlib
import os
import pwd
import resource
import shutil
import smtplib
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import dns.exception
import dns.message
import dns.query
import dns.rcode
import pytest
from aiosmtpd.smtp import SMTP as AiosmtpdSMTP

from app.install import initialise
from app.runtime import Gateway
from app.store import relay as relay_store
from app.store import settings as settings_store
from app.store.database import Store


def pytest_asyncio_loop_factories(config, item):
    """The loop `mailmoat serve` runs on (app.runtime.event_loop_runner), so tests exercise the same."""
    try:
        import uvloop
    except ImportError:
        return None
    return {"uvloop": uvloop.new_event_loop}


def require_tool(name: str) -> str:
    """A system tool the tests drive as a real peer; in CI its absence is a failure, not a skip."""
    path = shutil.which(name) or (f"/usr/sbin/{name}" if os.path.exists(f"/usr/sbin/{name}") else None)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed (tools/system-deps.sh installs it)")
        pytest.skip(f"{name} is not installed")
    return path


@pytest.fixture
def enough_file_descriptors():
    """For tests holding hundreds of connections: both ends of every connection live in this process."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 4096)), hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


async def db_rows(store: Store, sql: str, params=()) -> list:
    """A test's look at the database through the gateway's own connection. The store's raw statements are
    private to app/store/ (tests/unit/test_rooms.py); tests inspect through these three helpers only."""
    return await store._fetchall(sql, params)


async def db_row(store: Store, sql: str, params=()):
    return await store._fetchone(sql, params)


async def db_execute(store: Store, sql: str, params=()) -> int:
    return await store._execute(sql, params)


async def wait_for(predicate, timeout: float = 30.0, interval: float = 0.02):
    """Awaits a condition; `timeout` is a failure deadline, generous because the machine may be loaded (the suite
    runs on every core at once), never a measurement."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(interval)


@dataclass
class Received:
    sender: str
    recipients: list[str]
    content: bytes
    peer: tuple[str, int]
    tls: bool


@dataclass
class Sink:
    """An SMTP server standing in for Exchange or a remote MX.

    Recipients starting with "reject-" get 550 5.1.1, with "defer-" 451 4.2.0.
    """

    host: str = "127.0.0.1"
    port: int = 0
    messages: list[Received] = field(default_factory=list)
    server: asyncio.Server | None = None
    tls_context: object = None  # an ssl.SSLContext: the sink then offers STARTTLS

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.partition("@")[0]
        if local.startswith("reject-"):
            return "550 5.1.1 User unknown"
        if local.startswith("defer-"):
            return "451 4.2.0 Mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        sender = "" if envelope.mail_from == "<>" else envelope.mail_from
        self.messages.append(
            Received(
                sender,
                list(envelope.rcpt_tos),
                envelope.original_content,
                tuple(session.peer[:2]),
                session.ssl is not None,
            )
        )
        return "250 2.0.0 OK sink"

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> "Sink":
        loop = asyncio.get_running_loop()
        self.server = await loop.create_server(
            lambda: AiosmtpdSMTP(self, hostname="sink.test", enable_SMTPUTF8=True, tls_context=self.tls_context),
            host,
            port,
        )
        self.host, self.port = host, self.server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self.server:
            self.server.close()
            await self.server.wait_closed()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


@pytest.fixture
async def sink():
    s = await Sink().start()
    yield s
    await s.stop()


@dataclass
class GatewayUnderTest:
    gateway: Gateway
    host: str
    port: int
    db: str

    @property
    def store(self) -> Store:
        return self.gateway.store

    async def configure(self, **settings: str) -> None:
        for key, value in settings.items():
            await settings_store.set_setting(self.store, key.replace("__", "."), value)
        await self.gateway.policy.reload()

    async def trust(self, cidr: str) -> None:
        await relay_store.add_trusted_network(self.store, cidr)
        await self.gateway.policy.reload()

    def smtp(self, source_ip: str = "127.0.0.1") -> smtplib.SMTP:
        client = smtplib.SMTP(self.host, self.port, source_address=(source_ip, 0), timeout=10)
        client.ehlo("client.example")
        return client

    def rcpt_reply(self, source_ip: str, sender: str, recipient: str) -> tuple[int, str]:
        """One session: MAIL, then RCPT; the reply that decided (MAIL's if it was refused)."""
        with self.smtp(source_ip) as client:
            code, text = client.mail(sender)
            if code == 250:
                code, text = client.rcpt(recipient)
            return code, text.decode()

    def send(self, sender: str, recipients: list[str], body: bytes | str, source_ip: str = "127.0.0.1") -> dict:
        options = [] if (sender + "".join(recipients)).isascii() else ["SMTPUTF8"]
        with self.smtp(source_ip) as client:
            return client.sendmail(sender, recipients, body, mail_options=options)


async def start_gateway(db: str, clock: Callable[[], float] | None = None) -> GatewayUnderTest:
    gateway = await Gateway.open(db, clock=clock)
    gateway.runner.poll_interval = 0.1
    host, port = await gateway.start("127.0.0.1:0")
    return GatewayUnderTest(gateway, host, port, db)


class StoppedClock:
    """A clock that stands still until the test moves `now`: what a gateway given one sees is exact."""

    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


class MovedClock:
    """The wall clock, moved ahead by the test: a gateway given one lets time pass without a sleep."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def __call__(self) -> float:
        return time.time() + self.ahead

    def advance(self, seconds: float) -> None:
        self.ahead += seconds


@pytest.fixture
def gateway_clock() -> Callable[[], float] | None:
    """The `gateway` fixture's clock: None is the wall clock; a test module overrides this fixture to move time."""
    return None


@pytest.fixture
async def gateway(tmp_path, sink, gateway_clock):
    """A gateway for corp.example forwarding to `sink`; trusts no network (a fresh database)."""
    db = str(tmp_path / "gateway.db")
    store = await Store.open(db)
    await initialise(store, "mx.corp.example")
    await settings_store.set_setting(store, "upstream", sink.address)
    await settings_store.set_setting(store, "queue.retry_min", "1s")
    await settings_store.set_setting(
        store, "smtp.tarpit_after", "1000"
    )  # tests/gateway/test_flood.py covers the tarpit
    await settings_store.set_setting(store, "relay.selftest", "no")  # tests/gateway/test_relay_watch.py covers it
    await settings_store.set_setting(store, "bayes.enabled", "no")  # tests/gateway/test_learn.py covers the filter
    await relay_store.add_local_domain(store, "corp.example")
    await store.close()
    gut = await start_gateway(db, gateway_clock)
    yield gut
    await gut.gateway.stop(grace=1)


def message(
    subject: str = "hello",
    body: str = "Hello there.\r\n",
    sender: str = "alice@other.example",
    to: str = "bob@corp.example",
) -> bytes:
    return (
        f"From: <{sender}>\r\nTo: <{to}>\r\nSubject: {subject}\r\nMessage-ID: <{subject.replace(' ', '.')}@test>\r\n"
        f"\r\n{body}"
    ).encode()


def free_port() -> int:
    """A loopback port currently free for both UDP and TCP."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            udp.bind(("127.0.0.1", 0))
            port = udp.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
                try:
                    tcp.bind(("127.0.0.1", port))
                except OSError:
                    continue
                return port


def _dns_answers(port: int, name: str) -> bool:
    try:
        response = dns.query.udp(dns.message.make_query(name, "A"), "127.0.0.1", port=port, timeout=0.2)
    except (dns.exception.Timeout, OSError):
        return False
    return response.rcode() == dns.rcode.NOERROR and bool(response.answer)


@contextlib.contextmanager
def run_dnsmasq(records: list[str], probe_name: str, workdir):
    """A real DNS server (dnsmasq) on loopback answering `records` for the .test TLD; yields its port.

    Ready once `probe_name` resolves to an A record; names under .test it does not know are NXDOMAIN.
    """
    dnsmasq = require_tool("dnsmasq")
    log_path = workdir / "dnsmasq.log"
    for _attempt in range(5):
        port = free_port()
        command = [
            dnsmasq,
            "--keep-in-foreground",
            "--conf-file=/dev/null",
            "--pid-file",
            f"--user={pwd.getpwuid(os.getuid()).pw_name}",
            f"--port={port}",
            "--listen-address=127.0.0.1",
            "--bind-interfaces",
            "--no-resolv",
            "--no-hosts",
            "--local=/test/",
            "--log-facility=-",
            *records,
        ]
        with log_path.open("ab") as log:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while process.poll() is None and time.monotonic() < deadline and not _dns_answers(port, probe_name):
            pass
        if process.poll() is not None:
            continue  # most likely the port was taken between probing and binding
        if not _dns_answers(port, probe_name):
            process.kill()
            process.wait()
            pytest.fail(f"dnsmasq did not answer within 10 s:\n{log_path.read_text()}")
        try:
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        return
    pytest.fail(f"dnsmasq failed to start:\n{log_path.read_text()}")
