"""The protocol edge: aiosmtpd's hooks mapped onto pipeline stages."""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import functools
import itertools
import logging
import secrets
import time
from typing import TYPE_CHECKING

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, Session, TLSSetupException, syntax

from ..monitor.bus import EventBus
from ..monitor.events import Event
from ..pipeline import connect, data, helo, mail, rcpt
from ..pipeline.context import SessionContext
from ..pipeline.result import Action, Result, decisive
from ..policy.loader import PolicyHolder
from ..policy.names import parse_ip
from ..mail.trace import received_header
from ..guards.auth_guard import AuthGuard
from ..guards.harvest_guard import HarvestGuard
from ..guards.outbound import OutboundMonitor
from ..monitor import rule_guard
from ..pipeline import auth, mailauth, outbound
from ..pipeline.content import content_rule_text, tag_subject
from ..pipeline.content import header_lines as content_headers
from ..policy.spf import received_spf_header
from ..safe_text import wire_text
from ..accounts.stored_findings import dump_findings
from ..store import accounts as accounts_store
from ..classify import spamtrap
from ..store.quarantine import quarantine_statements
from ..store.samples import sample_statement
from ..store.database import Store
from ..store.queue import NewMessage, enqueue_statements, new_queue_id
from . import introspection
from ..mail.addresses import AddressError, split_path_argument
from .data_reader import TOO_LONG, read_data
from .limits import ConnectionLimiter, Limits, network_of
from .replies import REPLIES, reply_for, reply_for_result, with_enhanced_code
from .tls import server_context

if TYPE_CHECKING:
    from ..delivery.runner import DeliveryRunner
    from ..policy.dnsbl import DnsblChecker
    from ..policy.greylist import Greylist
    from ..policy.spf import SpfChecker
    from ..scan.clamd import Scanner
    from ..monitor.alert_desk import AlertDesk
    from ..recipients.verifier import RecipientVerifier

log = logging.getLogger(__name__)
# RFC 5321 4.5.3.1.8: "452 too many recipients" asks the client to send the rest in another transaction.
# A good client (Exchange with a long distribution list) gets it as a matter of course: it is no error.
_NOT_AN_ERROR = "{0} {1}".format(*REPLIES["too_many_recipients"][:2])
introspection.install()
_session_ids = itertools.count(1)
BIG_MESSAGE_BYTES = 1 << 20
BIG_MESSAGES_AT_ONCE = 2
# A full connection table gives a newcomer the slot of the session that has waited longest for its client,
# once that wait is this long: a slow-drip client never finishes a command, a real one takes milliseconds.
EVICT_AFTER = 2.0
_session_prefix = secrets.token_hex(3)  # per process; the counter makes ids unique within it


class _Session(Session):
    """aiosmtpd's session without the deprecation warning it logs at every successful AUTH."""

    @property
    def login_data(self):
        return self._login_data

    @login_data.setter
    def login_data(self, value) -> None:
        self._login_data = value


class GatewaySMTP(SMTP):
    """aiosmtpd's SMTP with a judged greeting, strict paths and RFC 2034 codes on every reply."""

    line_length_limit = 8192  # DATA lines; command lines stay at 512 (RFC 5321 4.5.3.1.4)

    def __init__(self, handler: "GatewayHandler", **kwargs):
        super().__init__(handler, **kwargs)
        self.gateway = handler
        self.ctx: SessionContext | None = None
        self.error_count = 0
        self.error_limit = handler.policy.current.settings.error_limit
        self.in_data = False  # receiving message data: a drain waits for it to finish
        self.admitted = False  # counted by the connection limiter
        self.network = ""  # the client's network, as the connection limiter counts it
        # Deadlines, in loop time. waiting_since: when the gateway last handed the turn to the client (a reply,
        # or data arriving); None while the gateway itself is working. One timer covers them all (_arm).
        self.waiting_since: float | None = None
        self.session_deadline = 0.0
        self.data_deadline: float | None = None

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        _wrap_commands(cls)

    def _create_session(self) -> Session:
        return _Session(self.loop)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        if self.ctx is None:
            peer = transport.get_extra_info("peername") or ("", 0)
            sock = transport.get_extra_info("sockname") or ("", 0)
            client = parse_ip(str(peer[0]))  # an IPv4-mapped IPv6 peer is logged and judged as IPv4
            self.ctx = SessionContext(
                session_id=f"{_session_prefix}{next(_session_ids):06x}",
                client_ip=str(client) if client else str(peer[0]),
                local_ip=str(sock[0]),
                policy=self.gateway.policy.current,
                dnsbl=self.gateway.dnsbl,
                greylist=self.gateway.greylist,
                spf=self.gateway.spf,
                scanner=self.gateway.scanner,
                outbound=self.gateway.outbound,
                verifier=self.gateway.verifier,
                harvest=self.gateway.harvest,
            )
            self.session_deadline = self.loop.time() + self.ctx.policy.settings.session_timeout
            self.gateway.sessions.add(self)
            self._reset_timeout()
        elif self._original_transport is not None:
            self._wait_for_client()  # after the STARTTLS handshake: the client's turn to say EHLO

    # --- deadlines: the wait for each command, the data, the whole session; shorter under stress -----------
    def _reset_timeout(self, duration: float | None = None) -> None:
        """aiosmtpd calls this as a command arrives: the gateway's turn, bounded by the session deadline only."""
        self.waiting_since = None
        if self.ctx is None or duration is not None:
            super()._reset_timeout(duration)
            return
        self._arm()

    def _wait_for_client(self) -> None:
        if self.transport is not None and self.ctx is not None:
            self.waiting_since = self.loop.time()
            self._arm()

    def _arm(self) -> None:
        """(Re)sets the one timer to the nearest deadline that applies now."""
        settings = self.ctx.policy.settings
        until = self.session_deadline
        if self.waiting_since is not None:
            wait = min(settings.timeout, settings.stress_timeout) if self.gateway.stressed else settings.timeout
            until = min(until, self.waiting_since + wait)
            if self.data_deadline is not None:
                until = min(until, self.data_deadline)
        if self._timeout_handle is not None:
            self._timeout_handle.cancel()
        self._timeout_handle = self.loop.call_at(until, self._timeout_cb)

    def _timeout_cb(self) -> None:
        if self.transport is None:
            return
        if self.ctx is not None:
            self.gateway.emit(
                self.ctx,
                "timeout",
                verdict="info",
                reason="timeout",
                rule="setting:smtp.stress_timeout" if self.gateway.stressed else "",
            )
        self.transport.write((reply_for("timeout", hostname=self.hostname) + "\r\n").encode())
        self.transport.close()

    def evict(self) -> None:
        """Closes this session to make room for a newcomer; its slot is free at once."""
        if self.admitted:
            self.admitted = False
            self.gateway.limiter.release(self.network)
        if self.transport is not None:
            self.transport.write((reply_for("idle_evicted") + "\r\n").encode())
            self.transport.close()

    def connection_lost(self, error: Exception | None) -> None:
        if self.ctx is not None and self in self.gateway.sessions:
            self.gateway.sessions.discard(self)
            if self.admitted:
                self.admitted = False
                self.gateway.limiter.release(self.network)
                self.gateway.note_load()
            self.gateway.emit(self.ctx, "disconnect", verdict="info")
        super().connection_lost(error)

    async def _handle_client(self) -> None:
        assert self.ctx is not None
        if self.gateway.closing:
            await self._refuse(reply_for("shutting_down"))
            return
        settings = self.ctx.policy.settings
        trusted = self.ctx.policy.trusted_network_for(self.ctx.client_ip) is not None
        limits = Limits(settings.max_connections, settings.max_connections_per_ip, settings.connection_rate_per_ip)
        self.network = network_of(self.ctx.client_ip, settings.network_prefix_v4, settings.network_prefix_v6)
        refused = self.gateway.limiter.admit(self.network, limits, exempt=trusted)
        if refused == "too_many_connections" and await self._make_room():
            refused = self.gateway.limiter.admit(self.network, limits, exempt=trusted, again=True)
        if refused is None:
            self.admitted = True
            self.gateway.note_load()
        if refused is None and settings.pregreet_wait and not trusted and await self._talks_first(settings):
            refused = "pregreet"
        if refused is not None:
            verdict = Result(
                "connect",
                "flood" if refused != "pregreet" else "pregreet",
                Action.TEMPFAIL if refused != "pregreet" else Action.DISCONNECT,
                refused,
                self.ctx.client_ip,
            )
            reply = reply_for_result(verdict)
            self.gateway.record(self.ctx, verdict, reply)
            await self._refuse(reply)
            return
        if settings.auth_plaintext_loopback and (ip := parse_ip(self.ctx.client_ip)) is not None and ip.is_loopback:
            self._auth_require_tls = False
        results = await connect.check(self.ctx)
        verdict = decisive(results)
        if verdict is not None and not verdict.accepted:
            reply = reply_for_result(verdict, self.hostname)
            self.gateway.record(self.ctx, verdict, reply)
            await self._refuse(reply)
            return
        self.gateway.emit(self.ctx, "connect", stage="connect", verdict="accept", rule=verdict.rule if verdict else "")
        await super()._handle_client()

    async def _make_room(self) -> bool:
        """The table is full: waits, at most EVICT_AFTER, for a slot or for a session stalled long enough to
        evict (as a listen backlog would hold the connection, but with the slow clients made to give way)."""
        deadline = self.loop.time() + EVICT_AFTER
        while True:
            if self.gateway.evict_stalled(self):
                return True
            if self.gateway.limiter.total < self.gateway.policy.current.settings.max_connections:
                return True
            now = self.loop.time()
            if now >= deadline or self.transport is None:
                return False
            oldest = self.gateway.longest_waiting(self)
            wake = deadline if oldest is None else min(deadline, oldest.waiting_since + EVICT_AFTER)
            await asyncio.sleep(max(0.01, wake - now))

    async def _talks_first(self, settings) -> bool:
        """Postscreen's pregreet test: spambots often send before the banner; real MTAs wait for it."""
        try:
            data = await asyncio.wait_for(self._reader.read(1), settings.pregreet_wait)
        except asyncio.TimeoutError:
            return False
        return bool(data)

    async def _refuse(self, reply: str) -> None:
        await self.push(reply)
        if self.transport is not None:
            self.transport.close()

    async def push(self, status: str | bytes) -> None:
        if self.transport is None or self.transport.is_closing():
            await self._hang_up()  # closed already (aiosmtpd's bogus-command limit, say): no reply, no more commands
            return
        if isinstance(status, bytes):
            status = status.decode("utf-8", "replace")
        status = with_enhanced_code(status)
        self.waiting_since = None
        if self.ctx is not None and self.error_count >= self.ctx.policy.settings.tarpit_after:
            settings = self.ctx.policy.settings
            await asyncio.sleep(min(10.0, settings.tarpit_delay * (self.error_count - settings.tarpit_after + 1)))
        await super().push(status)
        if status.startswith("421"):
            await self._hang_up()  # RFC 5321: 421 closes the transmission channel
            return
        self._wait_for_client()
        if status[:1] in ("4", "5") and not status.startswith(_NOT_AN_ERROR):
            self.error_count += 1
            if self.error_count >= self.error_limit:
                await super().push(reply_for("too_many_errors"))
                await self._hang_up()

    async def _hang_up(self) -> None:
        """Closes the connection and ends the command loop, as QUIT does: nothing the client pipelined after our
        last reply is run. (A TLS close takes a round trip, and meanwhile the loop went on with the buffered
        commands: a transaction sent after a 421 was run, and the next close broke the TLS transport.)"""
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()
        handler = self._handler_coroutine
        if handler is not None and not handler.done():
            handler.cancel()
            if handler is asyncio.current_task():
                await asyncio.sleep(0)  # the CancelledError, here and now

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        """aiosmtpd's DATA with the message read as bytes in chunks (app.smtp.data_reader), not per line."""
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        self.in_data = True
        try:
            self.data_deadline = self.loop.time() + self.ctx.policy.settings.data_timeout
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            try:
                received = await read_data(
                    self._reader, self.data_size_limit, self.line_length_limit, on_chunk=self._wait_for_client
                )
            except (asyncio.IncompleteReadError, asyncio.CancelledError):
                log.info("Connection lost during DATA")  # the client went away; connection_lost cleans up
                self._writer.close()
                raise asyncio.CancelledError from None
            finally:
                self.data_deadline = None
            self._reset_timeout()
            if received.problem is not None:
                self._set_post_data_state()
                await self.push(
                    "500 Line too long (see RFC5321 4.5.3.1.6)"
                    if received.problem == TOO_LONG
                    else "552 Error: Too much mail data"
                )
                return
            # Each big message waiting here holds only its received bytes; joining them and every stage after
            # (decoding, the trace header copy, the queue write) run for a few big messages at a time.
            big = received.size > BIG_MESSAGE_BYTES
            async with self.gateway.big_messages if big else contextlib.nullcontext():
                self.envelope.content = self.envelope.original_content = received.content()
                del received
                status = await self._call_handler_hook("DATA")
                self._set_post_data_state()
            await self.push("250 OK" if status is MISSING else status)
        finally:
            self.in_data = False

    @syntax("STARTTLS", when="tls_context")
    async def smtp_STARTTLS(self, arg: str) -> None:
        if self._tls_protocol is not None:  # RFC 3207 4.2: no second handshake inside the first
            await self.push(reply_for("tls_active"))
            return
        await super().smtp_STARTTLS(arg)

    async def handle_exception(self, error: Exception) -> str:
        """A client that says STARTTLS and then fails the handshake (garbage, an old protocol, a hang-up) is the
        client's failure: an event and one log line, no traceback. aiosmtpd closes the connection after it."""
        if isinstance(error, TLSSetupException) and self.ctx is not None:
            cause = error.__cause__
            detail = (f"{type(cause).__name__}: {cause}" if cause is not None else "handshake failed")[:200]
            log.info("TLS handshake with [%s] failed: %s", self.ctx.client_ip, detail)
            self.gateway.emit(self.ctx, "starttls", verdict="disconnect", reason="tls_handshake_failed", rule=detail)
            return "454 4.7.0 TLS handshake failed"
        return await super().handle_exception(error)

    def close_for_shutdown(self) -> None:
        if self.transport is not None:
            self.transport.write((reply_for("shutting_down") + "\r\n").encode())
            self.transport.close()

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """Hands the raw path to our strict parser (the stages), so aiosmtpd's lenient one never decides."""
        if not arg:
            return "", ""
        try:
            return split_path_argument(arg)
        except AddressError:
            return arg.strip(), ""


def _with_wire_text(function):
    """The command method, called with its argument made valid Unicode (app.safe_text.wire_text); it keeps the
    method's HELP syntax (aiosmtpd's @syntax attributes), or HELP would list no command."""

    @functools.wraps(function)
    def call(self, arg: str | None):
        return function(self, wire_text(arg))

    call.__wire_text__ = True
    return call


def _wrap_commands(cls: type) -> None:
    """The one door client text comes in by: aiosmtpd hands every command argument over decoded as UTF-8 with
    surrogateescape, so an invalid byte would travel on as a lone surrogate that SQLite and the log cannot
    encode. Each smtp_* method of the class gets its argument through wire_text first. Done once per class,
    not per connection (wrapping per connection was about a third of building the protocol object)."""
    for name in dir(cls):
        function = getattr(cls, name)
        if name.startswith("smtp_") and callable(function) and not getattr(function, "__wire_text__", False):
            setattr(cls, name, _with_wire_text(function))


_wrap_commands(GatewaySMTP)


class GatewayHandler:
    """aiosmtpd handler: each hook runs one pipeline stage and turns its verdict into a reply."""

    def __init__(self, store: Store, policy: PolicyHolder, bus: EventBus, delivery: "DeliveryRunner"):
        self.store = store
        self.policy = policy
        self.bus = bus
        self.delivery = delivery
        self.sessions: set[GatewaySMTP] = set()
        self.limiter = ConnectionLimiter()
        self.big_messages = asyncio.Semaphore(BIG_MESSAGES_AT_ONCE)  # in the DATA stages at once
        self.stressed = False  # the connection table is nearly full: every wait for a client is short
        self.closing = False
        self.dnsbl: "DnsblChecker | None" = None  # DNS blocklists, handed to every session
        self.greylist: "Greylist | None" = None
        self.spf: "SpfChecker | None" = None
        self.scanner: "Scanner | None" = None  # clamd, when virus.clamd is set
        self._tasks: set[asyncio.Future] = set()
        self.guard = AuthGuard()
        self.verifier: "RecipientVerifier | None" = None
        self.harvest = HarvestGuard()
        self.holding: set[str] = set()  # senders whose hold is being written
        self.outbound: OutboundMonitor | None = None
        self.alerts: "AlertDesk | None" = None

    def note_load(self) -> None:
        """Enters stress mode as the connection table fills; leaves it 5 points below, not to flap at the edge."""
        settings = self.policy.current.settings
        leave_margin = min(5, settings.stress_at // 2) if self.stressed else 0
        stressed = self.limiter.stressed(settings.max_connections, settings.stress_at - leave_margin)
        if stressed and not self.stressed:
            log.warning(
                "under stress: %d connections of %d; waits for clients cut to %gs",
                self.limiter.total,
                settings.max_connections,
                settings.stress_timeout,
            )
            self.stressed = True
            for session in list(self.sessions):
                if session.waiting_since is not None and session.transport is not None:
                    session._arm()
        elif not stressed and self.stressed:
            log.info("stress over: %d connections of %d", self.limiter.total, settings.max_connections)
            self.stressed = False

    def longest_waiting(self, newcomer: GatewaySMTP) -> GatewaySMTP | None:
        waiting = [s for s in self.sessions if s is not newcomer and s.admitted and s.waiting_since is not None]
        return min(waiting, key=lambda s: s.waiting_since, default=None)

    def evict_stalled(self, newcomer: GatewaySMTP) -> bool:
        """Frees the slot of the session waiting longest on its client, if it has waited EVICT_AFTER or more."""
        stalled = self.longest_waiting(newcomer)
        if stalled is None or stalled.loop.time() - stalled.waiting_since < EVICT_AFTER:
            return False
        self.emit(stalled.ctx, "evicted", verdict="info", reason="idle_evicted")
        stalled.evict()
        return True

    def protocol(self) -> GatewaySMTP:
        settings = self.policy.current.settings
        return GatewaySMTP(
            self,
            hostname=settings.hostname,
            ident="ESMTP Mailmoat",
            data_size_limit=settings.max_size,
            enable_SMTPUTF8=True,
            tls_context=self.tls_context,
            timeout=settings.timeout,
            auth_require_tls=True,
        )

    tls_context = None

    def load_tls(self) -> None:
        settings = self.policy.current.settings
        try:
            self.tls_context = server_context(settings.tls_cert, settings.tls_key)
        except (OSError, ValueError) as exc:
            log.error("STARTTLS disabled: cannot load %s / %s: %s", settings.tls_cert, settings.tls_key, exc)
            self.tls_context = None

    # --- events -------------------------------------------------------------------------
    def emit(self, ctx: SessionContext, kind: str, **fields) -> None:
        self.bus.publish(
            Event(
                session=ctx.session_id,
                kind=kind,
                client_ip=ctx.client_ip,
                helo=ctx.helo,
                sender=fields.pop("sender", ctx.sender_text),
                **fields,
            )
        )

    def record(self, ctx: SessionContext, result: Result, reply: str, **fields) -> None:
        verdict = "accept" if result.accepted else result.action.value
        if result.weak and result.accepted:
            verdict = "accept-weak"
        self.emit(
            ctx,
            result.stage,
            stage=result.stage,
            check_name=result.check,
            verdict=verdict,
            reply=reply,
            reason=result.reason,
            rule=result.rule,
            **fields,
        )

    # --- hooks --------------------------------------------------------------------------
    async def handle_EHLO(
        self, server: GatewaySMTP, session: Session, envelope: Envelope, hostname: str, responses: list[str]
    ) -> list[str]:
        reply = await self._helo(server, session, hostname)
        if reply is not None:
            return [reply]
        offer_auth = len(server.ctx.policy.accounts) > 0
        extensions = [line for line in responses[1:-1] if offer_auth or not line.startswith("250-AUTH")]
        extensions += ["250-PIPELINING", "250-ENHANCEDSTATUSCODES"]
        return [responses[0]] + extensions + ["250 HELP"]

    async def handle_HELO(self, server: GatewaySMTP, session: Session, envelope: Envelope, hostname: str) -> str:
        reply = await self._helo(server, session, hostname)
        return reply if reply is not None else f"250 {server.hostname}"

    async def _helo(self, server: GatewaySMTP, session: Session, hostname: str) -> str | None:
        ctx = server.ctx
        verdict = decisive(await helo.check(ctx, hostname))
        if verdict is not None and not verdict.accepted:
            reply = reply_for_result(verdict, server.hostname)
            self.record(ctx, verdict, reply)
            return reply
        ctx.helo = hostname
        ctx.reset_transaction()
        session.host_name = hostname
        self.record(ctx, verdict, "250 " + server.hostname)
        return None

    def handle_STARTTLS(self, server: GatewaySMTP, session: Session, envelope: Envelope) -> bool:
        server.ctx.tls = True
        server.ctx.helo = ""
        server.ctx.reset_transaction()
        self.emit(server.ctx, "starttls", verdict="info")
        return True

    # --- AUTH (RFC 4954): PLAIN and LOGIN, verified by the pipeline's auth stage -------------------
    async def auth_PLAIN(self, server: GatewaySMTP, args: list[str]) -> AuthResult:
        if len(args) == 1:
            blob = await server.challenge_auth("")
            if blob is MISSING:
                return AuthResult(success=False, handled=True)
        else:
            blob = _b64(args[1])
            if blob is None:
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        parts = blob.split(b"\0")
        if len(parts) != 3:
            await server.push("501 5.5.2 Can't split auth value")
            return AuthResult(success=False, handled=True)
        return await self._login(server, "PLAIN", parts[1], parts[2])

    async def auth_LOGIN(self, server: GatewaySMTP, args: list[str]) -> AuthResult:
        if len(args) == 1:
            login = await server.challenge_auth(SMTP.AuthLoginUsernameChallenge)
            if login is MISSING:
                return AuthResult(success=False, handled=True)
        else:
            login = _b64(args[1])
            if login is None:
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        password = await server.challenge_auth(SMTP.AuthLoginPasswordChallenge)
        if password is MISSING:
            return AuthResult(success=False, handled=True)
        return await self._login(server, "LOGIN", login, password)

    async def _login(self, server: GatewaySMTP, mechanism: str, login: bytes, password: bytes) -> AuthResult:
        ctx = server.ctx
        name = wire_text(login)
        outcome = await auth.check(ctx, self.guard, name, wire_text(password))
        result = outcome.result
        reply = reply_for_result(result, server.hostname)
        self.record(ctx, result, reply, sender=name[:200])
        account = outcome.account
        if result.accepted and account is not None:
            ctx.auth_user = account.address
            self._background(self._after_login(account.address, outcome.findings))
            return AuthResult(success=True, auth_data=account.address, message=reply)
        failure = outcome.failure
        if failure is not None and failure.ip_locked_for and self.alerts is not None:
            self.emit(
                ctx,
                "auth",
                stage="auth",
                check_name="auth_lockout",
                verdict="info",
                sender=name[:200],
                reason="auth_locked",
                rule=f"lockout:{failure.ip_locked_for:.0f}s",
            )
        if failure is not None and failure.account_attacked and account is not None and self.alerts is not None:
            self._background(self._account_attacked(ctx, account.address, failure.account_failures))
        await server.push(reply)
        return AuthResult(success=False, handled=True)

    async def _after_login(self, address: str, findings: list) -> None:
        await accounts_store.touch(self.store, address, "last_login", time.time())
        stored = dump_findings(findings)
        row = await accounts_store.get_account(self.store, address)
        if row is not None and row.findings != stored:
            await accounts_store.set_findings(self.store, address, stored)

    async def _account_attacked(self, ctx: SessionContext, address: str, failures: int) -> None:
        settings = ctx.policy.settings
        locked = settings.auth_on_attack == "lock"
        if locked:
            await accounts_store.set_enabled(self.store, address, False)
            await self.policy.reload()
        what = (
            "It has been disabled until you enable it again (mailmoat account enable)."
            if locked
            else ("Logins still work; if the password is weak, change it now (mailmoat account passwd).")
        )
        await self.alerts.raise_alert(
            "account-under-attack",
            f"account:{address}",
            "critical",
            f"{failures} failed logins to {address} in the last hour, the latest from [{ctx.client_ip}]. {what}",
            {"failures": failures, "client_ip": ctx.client_ip, "locked": locked},
            client_ip=ctx.client_ip,
        )

    async def handle_MAIL(
        self, server: GatewaySMTP, session: Session, envelope: Envelope, address: str, mail_options: list[str]
    ) -> str:
        ctx = server.ctx
        ctx.reset_transaction()
        ctx.smtputf8 = bool(envelope.smtp_utf8)
        verdict = decisive(await mail.check(ctx, address))
        reply = reply_for_result(verdict, server.hostname)
        refused_sender = verdict.subject if verdict.check == "address_syntax" else address.strip("<>")
        self.record(ctx, verdict, reply, sender=ctx.sender_text if verdict.accepted else refused_sender)
        if verdict.accepted:
            envelope.mail_from = ctx.sender_text or "<>"
            envelope.mail_options.extend(mail_options)
        else:
            if verdict.reason == "sender_over_limit":
                self._over_limit(ctx, verdict)
            ctx.reset_transaction()
        return reply

    def _over_limit(self, ctx: SessionContext, verdict: Result) -> None:
        """A sender over its limit: its queued mail is held (outbound.hold_on_alert) and the operator told, once."""
        sender = verdict.subject
        if self.alerts is None or sender in self.policy.current.held_senders or sender in self.holding:
            return
        self.holding.add(sender)
        hold = sender if ctx.policy.settings.hold_on_alert else None
        self._background(
            self.alerts.raise_alert(
                "sender-over-limit",
                verdict.rule.removeprefix("limit:"),
                "critical",
                f"{verdict.target}. Its new mail is deferred"
                + (" and its queued mail held for review." if hold else "."),
                {"client_ip": ctx.client_ip},
                hold_sender=hold,
                client_ip=ctx.client_ip,
            )
        )

    async def handle_RCPT(
        self, server: GatewaySMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        ctx = server.ctx
        verdict = decisive(await rcpt.check(ctx, address))
        reply = reply_for_result(verdict, server.hostname)
        self.record(ctx, verdict, reply, recipient=verdict.target or verdict.subject)
        if verdict.reason == "harvest_cutoff" and self.alerts is not None and self.harvest.should_alert(ctx.client_ip):
            self._background(
                self.alerts.raise_alert(
                    "dictionary-attack",
                    f"client:{ctx.client_ip}",
                    "critical",
                    f"[{ctx.client_ip}] tried {verdict.detail} unknown recipients within "
                    f"{ctx.policy.settings.harvest_window / 60:g} minutes, a dictionary attack to find valid "
                    "mailboxes. It is cut off; consider blocking it (mailmoat block add ip ...).",
                    {"client_ip": ctx.client_ip, "unknown": verdict.detail},
                    client_ip=ctx.client_ip,
                )
            )
        if verdict.accepted:
            envelope.rcpt_tos.append(verdict.subject)
        return reply

    async def handle_RSET(self, server: GatewaySMTP, session: Session, envelope: Envelope) -> str:
        server.ctx.reset_transaction()
        return "250 2.0.0 Ok"

    async def handle_DATA(self, server: GatewaySMTP, session: Session, envelope: Envelope) -> str:
        ctx = server.ctx
        try:
            return await self._data(server, ctx, envelope.original_content or b"")
        finally:
            ctx.reset_transaction()

    async def _data(self, server: GatewaySMTP, ctx: SessionContext, content: bytes) -> str:
        trapped = spamtrap.trapped(ctx.policy.settings, ctx.recipients)
        if trapped:
            self._background(spamtrap.learn(self.store, self.policy, content, trapped))
            ctx.recipients = [r for r in ctx.recipients if r not in trapped]
            if not ctx.recipients:  # accepted, learned as spam, delivered to no one
                reply = reply_for("queued", new_queue_id())
                self.emit(
                    ctx,
                    "data",
                    stage="data",
                    check_name="spamtrap",
                    verdict="accept",
                    reply=reply,
                    reason="spamtrap",
                    rule="spamtrap:" + ",".join(r.mailbox.address for r in trapped),
                    recipient=",".join(r.mailbox.address for r in trapped),
                )
                return reply
        recipients = list(ctx.recipients)
        rcpt_text = ",".join(r.mailbox.address for r in recipients)
        verdict = decisive(await data.check(ctx, content))
        if ctx.authentication is not None:  # for the Live detail pane and the daily report, whatever the verdict
            self.emit(
                ctx,
                "data",
                stage="data",
                check_name="authentication",
                verdict="info",
                reason=mailauth.event_reason(ctx.authentication),
                rule=mailauth.summary(ctx.authentication),
                recipient=rcpt_text,
            )
        quarantine = verdict is not None and verdict.action is Action.QUARANTINE
        outcome = ctx.content
        if outcome is not None and outcome.timeouts:
            self._background(
                rule_guard.disable_timed_out_rules(
                    self.store, self.policy, self.alerts, outcome.timeouts, client_ip=ctx.client_ip
                )
            )
        sample = _sample(ctx, outcome, verdict, rcpt_text)
        if verdict is not None and not verdict.accepted and not quarantine:
            reply = reply_for_result(verdict, server.hostname)
            self.record(ctx, verdict, reply, recipient=rcpt_text)
            if sample is not None:
                self._background(self.store.commit_batched([sample]))
            return reply
        queue_id = new_queue_id()
        now = time.time()
        protocol = "ESMTP" + ("S" if ctx.tls else "") + ("A" if ctx.auth_user else "")
        if ctx.smtputf8:
            protocol = "UTF8SMTP" + protocol.removeprefix("ESMTP")  # RFC 6531 3.7.4: UTF8SMTP, UTF8SMTPSA...
        trace = received_header(
            helo=ctx.helo,
            client_ip=ctx.client_ip,
            hostname=server.hostname,
            protocol=protocol,
            queue_id=queue_id,
            recipient=recipients[0].mailbox.address if len(recipients) == 1 else None,
            when=now,
        )
        if ctx.spf_verdict is not None:
            trace += received_spf_header(ctx.spf_verdict, ctx.client_ip, ctx.sender_text, ctx.helo, server.hostname)
        if outcome is not None:
            trace += content_headers(outcome)
            content = tag_subject(content, outcome.subject_tag)
        message = NewMessage(
            id=queue_id,
            created=now,
            sender=ctx.sender_text,
            client_ip=ctx.client_ip,
            helo=ctx.helo,
            content=await mailauth.finish(ctx, trace, content),
            recipients=[(r.mailbox.address, r.route) for r in recipients],
        )
        held = self._outbound_alerts(ctx, outcome)
        due = self.delivery.fresh_due_time(now, len(message.content)) if not held else now
        if quarantine:
            statements = quarantine_statements(
                message,
                now + ctx.policy.settings.quarantine_lifetime,
                outcome.subject,
                outcome.score,
                outcome.rules_text,
            )
        else:
            statements = enqueue_statements(message, due, held=held)
        if sample is not None:
            statements.append(sample)
        try:
            await self.store.commit_batched(statements)
        except Exception:
            log.exception("queue write failed for session %s", ctx.session_id)
            reply = reply_for("queue_failure")
            self.emit(
                ctx,
                "data",
                stage="data",
                check_name="queue",
                verdict="tempfail",
                reply=reply,
                reason="queue_failure",
                recipient=rcpt_text,
            )
            return reply
        reply = reply_for("queued", queue_id)
        if outcome is not None and (outcome.hits or outcome.monitored):
            self.emit(
                ctx,
                "data",
                stage="data",
                check_name="content",
                verdict=outcome.action or "accept",
                reply=reply,
                reason=verdict.reason,
                rule=content_rule_text(outcome),
                recipient=rcpt_text,
                queue_id=queue_id,
            )
        if quarantine:
            self.emit(
                ctx,
                "quarantined",
                stage="data",
                check_name="content",
                verdict="quarantine",
                reply=reply,
                reason="content_quarantined",
                rule=verdict.rule,
                recipient=rcpt_text,
                queue_id=queue_id,
            )
            return reply
        self.emit(
            ctx,
            "queued",
            stage="data",
            check_name="queue",
            verdict="accept",
            reply=reply,
            reason="queued_held" if held else "queued",
            recipient=rcpt_text,
            queue_id=queue_id,
        )
        if not held:
            self.delivery.submit(message, due)
        return reply

    def _outbound_alerts(self, ctx: SessionContext, outcome) -> bool:
        """Counts an outgoing message against its sender; True if the message must wait for the operator."""
        from_header = outcome.message.from_address if outcome is not None and outcome.message is not None else None
        alerts = outbound.at_data(ctx, from_header)
        if ctx.auth_user:
            self._background(accounts_store.touch(self.store, ctx.auth_user, "last_send", time.time()))
        sender = ctx.sender_text
        held = bool(sender) and (sender in self.policy.current.held_senders or sender in self.holding)
        for alert in alerts:
            hold = (
                sender
                if alert.severity == "critical" and ctx.policy.settings.hold_on_alert and sender and not held
                else None
            )
            if hold:
                held = True
                self.holding.add(sender)
            if self.alerts is not None:
                self._background(
                    self.alerts.raise_alert(
                        alert.kind,
                        f"{alert.key[0]}:{alert.key[1]}",
                        alert.severity,
                        alert.summary,
                        alert.details,
                        hold_sender=hold,
                        client_ip=ctx.client_ip,
                    )
                )
        return held

    def _background(self, work) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(_finished(self._tasks))

    async def handle_exception(self, error: Exception) -> str:
        log.exception("SMTP session error", exc_info=error)
        return "451 4.3.0 Internal error, please try again later"


def _sample(ctx: SessionContext, outcome, verdict: Result | None, recipients: str):
    """The content sample statement for a message the content rules looked at, else None."""
    if outcome is None or outcome.message is None:
        return None
    message = outcome.message
    verdict_text = verdict.action.value if verdict is not None else "accept"
    if verdict is not None and verdict.accepted and outcome.action == "tag":
        verdict_text = "tag"
    return sample_statement(
        ctx.clock(),
        ctx.session_id,
        ctx.sender_text,
        recipients,
        message.subject,
        message.headers,
        message.text,
        [(a.content_type, a.filename or "") for a in message.attachments],
        outcome.score,
        verdict_text,
    )


def _b64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.encode(), validate=True)
    except (binascii.Error, ValueError):
        return None


def _finished(tasks: set):
    def done(task: asyncio.Future) -> None:
        tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("could not keep a content sample: %s", task.exception())

    return done


async def start_server(handler: GatewayHandler, host: str, port: int, *, reuse_port: bool = False) -> asyncio.Server:
    """reuse_port: several worker processes listen on the same port and the kernel spreads connections."""
    handler.load_tls()
    loop = asyncio.get_running_loop()
    return await loop.create_server(
        handler.protocol, host=host, port=port, reuse_address=True, backlog=1024, reuse_port=reuse_port or None
    )
