"""Outbound SMTP with aiosmtplib: pooled connections, opportunistic STARTTLS, one transaction per call.

aiosmtplib opens, greets and secures the sessions. The transaction itself is pipelined (RFC 2920) when the next
hop offers PIPELINING: MAIL, every RCPT and DATA go in one write, the message in a second, two round trips
instead of 3 + recipients. aiosmtplib reads one reply per write (a reply arriving while the one before it
waits to be picked up is dropped), so for those replies the transport is lent to a small reply reader.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from dataclasses import dataclass
from typing import cast

import aiosmtplib
from aiosmtplib.protocol import MAX_LINE_LENGTH, MAX_RESPONSE_LENGTH, PERIOD_REGEX, normalize_message_line_endings

from ..safe_text import wire_text


@dataclass(frozen=True)
class Reply:
    code: int
    text: str

    def __post_init__(self) -> None:
        # the next hop's words, read by aiosmtplib as UTF-8 with surrogateescape: made valid text here,
        # as the gateway's own SMTP edge does for its clients (app.safe_text.wire_text)
        object.__setattr__(self, "text", wire_text(self.text))

    @property
    def line(self) -> str:
        return f"{self.code} {self.text}".strip()


class ConnectFailed(Exception):
    """No SMTP session could be opened with the host (refused, timeout, bad greeting)."""


class OutcomeUnknown(Exception):
    """The session died or timed out once the message had been sent: the next hop may have taken it."""


# RFC 5321 4.5.3.2.6: a client should wait 10 minutes for the reply to the end of the data, since the server
# may be filtering the message; giving up sooner and sending again is how one message arrives twice.
FINAL_REPLY_TIMEOUT = 600.0


def data_lines(content: bytes) -> list[bytes]:
    """`content` as DATA sends it, for one writelines: every line ending in CRLF, a line beginning with a dot
    given another (RFC 5321 4.5.2), then the end-of-data line; the same bytes as aiosmtplib's data().

    A message whose lines all end in CRLF already (what the gateway's DATA reader keeps from any client that
    speaks SMTP properly) is dot-stuffed with bytes.replace, or not copied at all when no line begins with a
    dot. aiosmtplib's two regex substitutions took ~270 µs over a 20 KB message; the counts here take ~50."""
    crlf = content.count(b"\r\n")
    if content.endswith(b"\r\n") and crlf == content.count(b"\n") == content.count(b"\r"):
        if b"\n." in content:
            content = content.replace(b"\n.", b"\n..")
        if content.startswith(b"."):
            content = b"." + content
        return [content, b".\r\n"]
    return [PERIOD_REGEX.sub(b"..", normalize_message_line_endings(content)), b".\r\n"]


@dataclass
class _Idle:
    client: aiosmtplib.SMTP
    since: float


class ConnectionPool:
    """Keeps finished sessions open for a short while so the next message to the same host reuses them."""

    def __init__(
        self, local_hostname: str, *, timeout: float = 120.0, use_tls: bool = True, idle_seconds: float = 10.0
    ):
        self.local_hostname = local_hostname
        self.timeout = timeout
        self.use_tls = use_tls
        self.idle_seconds = idle_seconds
        self._idle: dict[tuple[str, int], list[_Idle]] = {}

    async def acquire(self, host: str, port: int) -> aiosmtplib.SMTP:
        idle = self._idle.get((host, port), [])
        while idle:
            entry = idle.pop()
            if entry.client.is_connected and time.monotonic() - entry.since < self.idle_seconds:
                return entry.client
            entry.client.close()
        return await self._connect(host, port)

    async def _connect(self, host: str, port: int) -> aiosmtplib.SMTP:
        attempts = [None, False] if self.use_tls else [False]  # None: STARTTLS if offered; False: plaintext
        last_error: Exception | None = None
        for start_tls in attempts:
            client = aiosmtplib.SMTP(
                hostname=host,
                port=port,
                local_hostname=self.local_hostname,
                timeout=self.timeout,
                start_tls=start_tls,
                validate_certs=False,
            )
            try:
                await client.connect()
                return client
            except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
                client.close()
                last_error = exc
                if isinstance(exc, (aiosmtplib.SMTPConnectError, aiosmtplib.SMTPConnectTimeoutError, OSError)):
                    break  # plaintext would fail the same way
        raise ConnectFailed(f"cannot connect to {host}:{port}: {last_error}")

    def release(self, host: str, port: int, client: aiosmtplib.SMTP) -> None:
        if client.is_connected:
            self._idle.setdefault((host, port), []).append(_Idle(client, time.monotonic()))

    def reap(self) -> None:
        now = time.monotonic()
        for entries in self._idle.values():
            for entry in [e for e in entries if now - e.since >= self.idle_seconds or not e.client.is_connected]:
                entries.remove(entry)
                entry.client.close()

    async def close(self) -> None:
        for entries in self._idle.values():
            for entry in entries:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(entry.client.quit(), 2)
                entry.client.close()
        self._idle.clear()


async def send_transaction(
    client: aiosmtplib.SMTP, sender: str, recipients: list[str], content: bytes
) -> dict[str, Reply]:
    """One MAIL/RCPT.../DATA transaction. Returns each recipient's final reply.

    Raises aiosmtplib.SMTPServerDisconnected / SMTPTimeoutError if the session dies before DATA: the caller
    decides whether that is worth a retry on a fresh connection. Raises OutcomeUnknown if it dies from DATA on.
    """
    if client.is_ehlo_or_helo_needed:  # e.g. after STARTTLS
        await client.ehlo()
    needs_utf8 = not (sender.isascii() and all(r.isascii() for r in recipients))
    options: list[bytes] = []
    if client.supports_extension("size"):
        options.append(f"SIZE={len(content)}".encode())
    if client.supports_extension("8bitmime") and not content.isascii():
        options.append(b"BODY=8BITMIME")
    if needs_utf8:
        if not client.supports_extension("smtputf8"):
            refused = Reply(553, "5.6.7 next hop does not support SMTPUTF8 for a non-ASCII address")
            return {r: refused for r in recipients}
        options.append(b"SMTPUTF8")
    mail = b" ".join([b"MAIL", b"FROM:<" + sender.encode() + b">", *options])
    rcpts = [b"RCPT TO:<" + recipient.encode() + b">" for recipient in recipients]
    if client.supports_extension("pipelining") and not any(b"\r" in c or b"\n" in c for c in [mail, *rcpts]):
        return await _pipelined(client, mail, rcpts, recipients, content)
    return await _one_by_one(client, mail, rcpts, recipients, content)


async def _one_by_one(
    client: aiosmtplib.SMTP, mail: bytes, rcpts: list[bytes], recipients: list[str], content: bytes
) -> dict[str, Reply]:
    reply = await client.execute_command(*mail.split(b" "))
    if reply.code != 250:
        await reset(client)
        return {r: Reply(reply.code, reply.message) for r in recipients}
    outcome: dict[str, Reply] = {}
    accepted: list[str] = []
    for recipient, rcpt in zip(recipients, rcpts):
        reply = await client.execute_command(*rcpt.split(b" ", 1))
        if reply.code in (250, 251):
            accepted.append(recipient)
        else:
            outcome[recipient] = Reply(reply.code, reply.message)
    if not accepted:
        await reset(client)
        return outcome
    try:
        reply = await client.data(content, timeout=max(client.timeout or 0, FINAL_REPLY_TIMEOUT))
        final = Reply(reply.code, reply.message)
    except aiosmtplib.SMTPResponseException as exc:
        final = Reply(exc.code, exc.message)
    except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError) as exc:
        raise OutcomeUnknown(f"no reply to the message data ({exc or type(exc).__name__}): outcome unknown") from exc
    for recipient in accepted:
        outcome[recipient] = final
    return outcome


async def _pipelined(
    client: aiosmtplib.SMTP, mail: bytes, rcpts: list[bytes], recipients: list[str], content: bytes
) -> dict[str, Reply]:
    """RFC 2920: MAIL, the RCPTs and DATA in one write; the message only after DATA's 354, once every earlier reply
    has been read. A DATA that got 354 although no recipient was accepted is ended with an empty message."""
    transport = cast(asyncio.Transport, client.transport)
    if transport is None or client.protocol is None or not client.is_connected:
        raise aiosmtplib.SMTPServerDisconnected("Connection lost")
    lender = transport.get_protocol()
    replies = _ReplyReader(asyncio.get_running_loop())
    transport.set_protocol(replies)
    timeout = client.timeout
    clean = False
    try:
        transport.write(b"\r\n".join([mail, *rcpts, b"DATA"]) + b"\r\n")
        mail_reply = await replies.next(timeout)
        outcome: dict[str, Reply] = {}
        accepted: list[str] = []
        for recipient in recipients:
            reply = await replies.next(timeout)
            if mail_reply.code != 250:
                outcome[recipient] = mail_reply
            elif reply.code in (250, 251):
                accepted.append(recipient)
            else:
                outcome[recipient] = reply
        try:
            data_reply = await replies.next(timeout)
        except aiosmtplib.SMTPResponseException as exc:  # an unreadable reply to DATA: as aiosmtplib's data()
            data_reply = Reply(exc.code, exc.message)
        if not accepted:
            if data_reply.code == 354:
                transport.write(b".\r\n")
                await replies.next(timeout)
            transport.write(b"RSET\r\n")
            await replies.next(timeout)
            clean = True
            return outcome
        if data_reply.code != 354:
            final = data_reply
        else:
            transport.writelines(data_lines(content))
            try:
                final = await replies.next(max(timeout or 0, FINAL_REPLY_TIMEOUT))
            except aiosmtplib.SMTPResponseException as exc:
                final = Reply(exc.code, exc.message)
            except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError) as exc:
                raise OutcomeUnknown(
                    f"no reply to the message data ({exc or type(exc).__name__}): outcome unknown"
                ) from exc
        for recipient in accepted:
            outcome[recipient] = final
        clean = True
        return outcome
    finally:
        if clean and not replies.leftover and not transport.is_closing():
            transport.set_protocol(lender)
        else:  # mid-transaction or out of step with the next hop: this session is not reused
            transport.set_protocol(lender)
            transport.close()


class _ReplyReader(asyncio.Protocol):
    """Holds a session's transport for one pipelined transaction and reads the next hop's replies, in order."""

    def __init__(self, loop: asyncio.AbstractEventLoop):
        self.loop = loop
        self.buffer = bytearray()
        self.replies: deque[Reply | BaseException] = deque()
        self.waiter: asyncio.Future | None = None
        self.lost: BaseException | None = None

    @property
    def leftover(self) -> bool:
        return bool(self.buffer or self.replies)

    def data_received(self, data: bytes) -> None:
        self.buffer.extend(data)
        while True:
            try:
                reply = self._parse()
            except aiosmtplib.SMTPResponseException as exc:
                self.buffer.clear()
                self._put(exc)
                return
            if reply is None:
                break
            self._put(reply)
        if len(self.buffer) > MAX_RESPONSE_LENGTH:
            self.buffer.clear()
            self._put(aiosmtplib.SMTPResponseException(-1, "Response too long"))

    def _parse(self) -> Reply | None:
        """The first complete reply in the buffer (removed from it), or None."""
        offset, code, lines = 0, -1, []
        while (end := self.buffer.find(b"\n", offset)) >= 0:
            line = bytes(self.buffer[offset : end + 1])
            if len(line) > MAX_LINE_LENGTH:
                raise aiosmtplib.SMTPResponseException(-1, "Response too long")
            try:
                code = int(line[:3])
            except ValueError:
                raise aiosmtplib.SMTPResponseException(
                    -1, f"Malformed SMTP response line: {line.decode('utf-8', 'ignore')}"
                ) from None
            offset = end + 1
            lines.append(line[4:].strip(b" \t\r\n"))
            if line[3:4] != b"-":
                del self.buffer[:offset]
                return Reply(code, b"\n".join(lines).decode("utf-8", "surrogateescape"))
        return None

    def _put(self, item: Reply | BaseException) -> None:
        self.replies.append(item)
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    def eof_received(self) -> bool:
        self.connection_lost(None)
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        if self.lost is None:
            self.lost = aiosmtplib.SMTPServerDisconnected("Connection lost")
            self.lost.__cause__ = exc
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    async def next(self, timeout: float | None) -> Reply:
        """The next reply; raises what aiosmtplib would: disconnected, read timeout, unreadable reply."""
        if not self.replies and self.lost is None:
            self.waiter = self.loop.create_future()
            try:
                await asyncio.wait_for(self.waiter, timeout)
            except (TimeoutError, asyncio.TimeoutError):
                raise aiosmtplib.SMTPReadTimeoutError("Timed out waiting for server response") from None
            finally:
                self.waiter = None
        if self.replies:
            item = self.replies.popleft()
            if isinstance(item, BaseException):
                raise item
            return item
        raise self.lost or aiosmtplib.SMTPServerDisconnected("Connection lost")


async def reset(client: aiosmtplib.SMTP) -> None:
    """RSET, ignoring a refusal: the session is reused or closed by the caller either way."""
    with contextlib.suppress(aiosmtplib.SMTPException):
        await client.rset()
