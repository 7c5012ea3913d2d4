"""The SMTP protocol object of one connection: aiosmtpd's SMTP with a judged greeting, strict paths, RFC 2034
codes on every reply, bounded waits (command, data, session; shorter under stress) and DATA read as bytes."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import logging
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from aiosmtpd.smtp import MISSING, SMTP, Session, TLSSetupException, syntax

from ..mail.addresses import AddressError, split_path_argument
from ..pipeline import connect
from ..pipeline.context import SessionContext
from ..pipeline.result import Action, Result, decisive
from ..policy.names import parse_ip
from ..policy.settings import Settings
from ..safe_text import wire_text
from . import introspection
from .connections import EVICT_AFTER
from .data_reader import TOO_LONG, read_data
from .limits import Limits, network_of
from .replies import REPLIES, reply_for, reply_for_result, with_enhanced_code

if TYPE_CHECKING:
    from .handler import GatewayHandler

log = logging.getLogger(__name__)
# RFC 5321 4.5.3.1.8: "452 too many recipients" asks the client to send the rest in another transaction.
# A good client (Exchange with a long distribution list) gets it as a matter of course: it is no error.
_NOT_AN_ERROR = "{0} {1}".format(*REPLIES["too_many_recipients"][:2])
introspection.install()
_session_ids = itertools.count(1)
BIG_MESSAGE_BYTES = 1 << 20
TIMER_SLACK = 0.005  # a timer fires to the millisecond: one this close to its deadline has reached it
_session_prefix = secrets.token_hex(3)  # per process; the counter makes ids unique within it


class _Session(Session):
    """aiosmtpd's session without the deprecation warning it logs at every successful AUTH."""

    @property
    def login_data(self) -> Any:
        return self._login_data

    @login_data.setter
    def login_data(self, value: Any) -> None:
        self._login_data = value


class GatewaySMTP(SMTP):
    """aiosmtpd's SMTP with a judged greeting, strict paths and RFC 2034 codes on every reply."""

    line_length_limit = 8192  # DATA lines; command lines stay at 512 (RFC 5321 4.5.3.1.4)

    def __init__(self, handler: GatewayHandler, **kwargs: Any):
        super().__init__(handler, **kwargs)
        self.gateway = handler
        self.connections = handler.connections
        self.ctx: SessionContext | None = None  # from connection_made on; the hooks read it as `context`
        self.error_count = 0
        self.error_limit = handler.services.policy.current.settings.error_limit
        self.in_data = False  # receiving message data: a drain waits for it to finish
        self.continued: list[str] = []  # a multi-line reply's lines so far: written with its last line, at once
        self.admitted = False  # counted by the connection limiter
        self.network = ""  # the client's network, as the connection limiter counts it
        # Deadlines, in loop time. waiting_since: when the gateway last handed the turn to the client (a reply,
        # or data arriving); None while the gateway itself is working. One timer covers them all (arm_timer).
        self.waiting_since: float | None = None
        self.session_deadline = 0.0
        self.data_deadline: float | None = None
        # The one timer: when it fires (None: none set by arm_timer pending), and the deadline arm_timer last
        # worked out, which the timer keeps even when it fires earlier.
        self._timer_at: float | None = None
        self._due: float | None = None

    @property
    def context(self) -> SessionContext:
        """The session's context; every hook runs after connection_made has made it."""
        if self.ctx is None:
            raise RuntimeError("an SMTP hook ran before the connection was made")
        return self.ctx

    def __init_subclass__(cls, **kwargs: Any) -> None:
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
            self.ctx = self.gateway.new_context(
                f"{_session_prefix}{next(_session_ids):06x}", str(client) if client else str(peer[0]), str(sock[0])
            )
            self.session_deadline = self.loop.time() + self.ctx.policy.settings.session_timeout
            self.connections.sessions.add(self)
            self._reset_timeout()
        elif self._original_transport is not None:
            self._wait_for_client()  # after the STARTTLS handshake: the client's turn to say EHLO

    # --- deadlines: the wait for each command, the data, the whole session; shorter under stress -----------
    def _reset_timeout(self, duration: float | None = None) -> None:
        """aiosmtpd calls this as a command arrives: the gateway's turn, bounded by the session deadline only."""
        self.waiting_since = None
        if self.ctx is None or duration is not None:
            self._timer_at = self._due = None
            super()._reset_timeout(duration)
            return
        self.arm_timer()

    def _wait_for_client(self) -> None:
        if self.transport is not None and self.ctx is not None:
            self.waiting_since = self.loop.time()
            self.arm_timer()

    def _deadline(self) -> float:
        """The nearest deadline that applies now."""
        settings = self.context.policy.settings
        until = self.session_deadline
        if self.waiting_since is not None:
            wait = min(settings.timeout, settings.stress_timeout) if self.connections.stressed else settings.timeout
            until = min(until, self.waiting_since + wait)
            if self.data_deadline is not None:
                until = min(until, self.data_deadline)
        return until

    def arm_timer(self) -> None:
        """Makes the one timer fire no later than the nearest deadline that applies now. Each command and each
        reply moves the deadline, mostly later: a timer set earlier is kept, and when it fires before the
        deadline it is set again for the deadline then (_timeout_cb), so that a message's dozen commands and
        replies do not each cancel one timer and make another (2.3 µs each with uvloop)."""
        until = self._due = self._deadline()
        if self._timer_at is None or self._timer_at > until:
            self._set_timer(until)

    def _set_timer(self, until: float) -> None:
        if self._timeout_handle is not None:
            self._timeout_handle.cancel()
        self._timeout_handle = self.loop.call_at(until, self._timeout_cb)
        self._timer_at = until

    def _timeout_cb(self) -> None:
        self._timer_at = None
        if self.transport is None:
            return
        if self._due is not None and self._due > self.loop.time() + TIMER_SLACK:
            self._set_timer(self._due)  # it was set for a deadline that has moved on since
            return
        if self.ctx is not None:
            self.gateway.events.emit(
                self.ctx,
                "timeout",
                verdict="info",
                reason="timeout",
                rule="setting:smtp.stress_timeout" if self.connections.stressed else "",
            )
        self._say_and_close(reply_for("timeout", hostname=self.hostname))

    def _say_and_close(self, reply: str) -> None:
        """One last reply written straight to the transport (no command is running to push it), then closed."""
        if self.transport is not None:
            cast(asyncio.WriteTransport, self.transport).write((reply + "\r\n").encode())
            self.transport.close()

    def evict(self) -> None:
        """Closes this session to make room for a newcomer; its slot is free at once."""
        if self.admitted:
            self.admitted = False
            self.connections.limiter.release(self.network)
        self._say_and_close(reply_for("idle_evicted"))

    def connection_lost(self, error: Exception | None) -> None:
        if self.ctx is not None and self in self.connections.sessions:
            self.connections.sessions.discard(self)
            if self.admitted:
                self.admitted = False
                self.connections.limiter.release(self.network)
                self.connections.note_load()
            self.gateway.events.emit(self.ctx, "disconnect", verdict="info")
        super().connection_lost(error)

    async def _handle_client(self) -> None:
        try:
            await self._open_session()
        except asyncio.CancelledError:
            # aiosmtpd cancels on the client's EOF and leaves the socket half open: closed here, so that
            # connection_lost frees the slot now rather than at the session's deadline (aiosmtpd's command loop
            # closes on its own; before it, the admission's and the connect checks' awaits did not).
            if self.transport is not None:
                self.transport.close()
            raise

    async def _open_session(self) -> None:
        """Admission, the connect checks and the banner; then aiosmtpd's command loop."""
        ctx = self.context
        if self.connections.closing:
            await self._refuse(reply_for("shutting_down"))
            return
        settings = ctx.policy.settings
        limiter = self.connections.limiter
        trusted = ctx.policy.trusted_network_for(ctx.client_ip) is not None
        limits = Limits(settings.max_connections, settings.max_connections_per_ip, settings.connection_rate_per_ip)
        self.network = network_of(ctx.client_ip, settings.network_prefix_v4, settings.network_prefix_v6)
        admission = limiter.admit(self.network, limits, exempt=trusted)
        # Held from here: a client gone during settle's round trip to the cluster's counters frees its slot then.
        self.admitted = admission is None
        refused = await limiter.settle(self.network, admission)  # an admission it undoes, it releases
        if refused == "too_many_connections" and await self._make_room():
            refused = limiter.admit(self.network, limits, exempt=trusted, again=True)
        self.admitted = refused is None
        if refused is None:
            self.connections.note_load()
        if refused is None and settings.pregreet_wait and not trusted and await self._talks_first(settings):
            refused = "pregreet"
        if refused is not None:
            refusal = Result(
                "connect",
                "flood" if refused != "pregreet" else "pregreet",
                Action.TEMPFAIL if refused != "pregreet" else Action.DISCONNECT,
                refused,
                ctx.client_ip,
            )
            reply = reply_for_result(refusal)
            self.gateway.events.record(ctx, refusal, reply)
            await self._refuse(reply)
            return
        if settings.auth_plaintext_loopback and (ip := parse_ip(ctx.client_ip)) is not None and ip.is_loopback:
            self._auth_require_tls = False
        verdict = decisive(await connect.check(ctx))
        if verdict is not None and not verdict.accepted:
            reply = reply_for_result(verdict, self.hostname)
            self.gateway.events.record(ctx, verdict, reply)
            await self._refuse(reply)
            return
        self.gateway.events.emit(
            ctx, "connect", stage="connect", verdict="accept", rule=verdict.rule if verdict else ""
        )
        await super()._handle_client()

    async def _make_room(self) -> bool:
        """The table is full: waits, at most EVICT_AFTER, for a slot or for a session stalled long enough to
        evict (as a listen backlog would hold the connection, but with the slow clients made to give way)."""
        deadline = self.loop.time() + EVICT_AFTER
        while True:
            if self.connections.evict_stalled(self):
                return True
            if self.connections.limiter.total < self.context.policy.settings.max_connections:
                return True
            now = self.loop.time()
            if now >= deadline or self.transport is None:
                return False
            oldest = self.connections.longest_waiting(self)
            wake = deadline if oldest is None else min(deadline, oldest[1] + EVICT_AFTER)
            await asyncio.sleep(max(0.01, wake - now))

    async def _talks_first(self, settings: Settings) -> bool:
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
        if status[3:4] == "-":  # EHLO's list, say: one write for the whole reply, not one per line
            self.continued.append(status)
            return
        status = with_enhanced_code(status)
        self.waiting_since = None
        if self.ctx is not None and self.error_count >= self.ctx.policy.settings.tarpit_after:
            settings = self.ctx.policy.settings
            await asyncio.sleep(min(10.0, settings.tarpit_delay * (self.error_count - settings.tarpit_after + 1)))
        if self.continued:
            await super().push("\r\n".join([*self.continued, status]))
            self.continued.clear()
        else:
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
            self.data_deadline = self.loop.time() + self.context.policy.settings.data_timeout
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
            self.gateway.events.emit(
                self.ctx, "starttls", verdict="disconnect", reason="tls_handshake_failed", rule=detail
            )
            return "454 4.7.0 TLS handshake failed"
        return await super().handle_exception(error)

    def close_for_shutdown(self) -> None:
        self._say_and_close(reply_for("shutting_down"))

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """Hands the raw path to our strict parser (the stages), so aiosmtpd's lenient one never decides."""
        if not arg:
            return "", ""
        try:
            return split_path_argument(arg)
        except AddressError:
            return arg.strip(), ""


def _with_wire_text(function: Callable[[Any, str | None], Any]) -> Callable[[Any, str | None], Any]:
    """The command method, called with its argument made valid Unicode (app.safe_text.wire_text); it keeps the
    method's HELP syntax (aiosmtpd's @syntax attributes), or HELP would list no command."""

    @functools.wraps(function)
    def call(self: Any, arg: str | None) -> Any:
        return function(self, wire_text(arg))

    setattr(call, "__wire_text__", True)
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
