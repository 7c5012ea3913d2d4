"""Outbound SMTP with aiosmtplib: pooled connections, opportunistic STARTTLS, one transaction per call."""
from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass

import aiosmtplib

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


@dataclass
class _Idle:
    client: aiosmtplib.SMTP
    since: float


class ConnectionPool:
    """Keeps finished sessions open for a short while so the next message to the same host reuses them."""

    def __init__(self, local_hostname: str, *, timeout: float = 120.0, use_tls: bool = True, idle_seconds: float = 10.0):
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
            client = aiosmtplib.SMTP(hostname=host, port=port, local_hostname=self.local_hostname,
                                     timeout=self.timeout, start_tls=start_tls, validate_certs=False)
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


async def send_transaction(client: aiosmtplib.SMTP, sender: str, recipients: list[str],
                           content: bytes) -> dict[str, Reply]:
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
    reply = await client.execute_command(b"MAIL", b"FROM:<" + sender.encode() + b">", *options)
    if reply.code != 250:
        await reset(client)
        return {r: Reply(reply.code, reply.message) for r in recipients}
    outcome: dict[str, Reply] = {}
    accepted: list[str] = []
    for recipient in recipients:
        reply = await client.execute_command(b"RCPT", b"TO:<" + recipient.encode() + b">")
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


async def reset(client: aiosmtplib.SMTP) -> None:
    """RSET, ignoring a refusal: the session is reused or closed by the caller either way."""
    with contextlib.suppress(aiosmtplib.SMTPException):
        await client.rset()
