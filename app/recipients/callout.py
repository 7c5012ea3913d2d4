"""Callout: ask the upstream itself whether it would take a recipient (MAIL FROM:<>, RCPT TO:<x>, RSET),
over pooled connections that stay open between questions."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

import aiosmtplib

from ..net.smtp_client import ConnectFailed, ConnectionPool, reset

_UNKNOWN_ENHANCED = re.compile(r"^5\.1\.\d+")


@dataclass(frozen=True)
class Lookup:
    status: str  # found | unknown | error
    detail: str


def classify(code: int, text: str) -> Lookup:
    """A RCPT reply as an answer: unknown only when the upstream says so; anything unclear is an error."""
    line = f"{code} {text}".strip()
    if code in (250, 251, 252):
        return Lookup("found", f"upstream: {line}")
    if code in (550, 551, 553) or (500 <= code < 600 and _UNKNOWN_ENHANCED.match(text)):
        if not text.startswith(("5.7", "5.3", "5.4")):
            return Lookup("unknown", f"upstream: {line}")
    return Lookup("error", f"upstream: {line}")


class Callout:
    def __init__(self, local_hostname: str, timeout: float = 10.0):
        self.timeout = timeout
        self.pool = ConnectionPool(local_hostname, timeout=timeout, use_tls=False, idle_seconds=30.0)

    async def verify(self, host: str, port: int, address: str) -> Lookup:
        try:
            return await asyncio.wait_for(self._verify(host, port, address), self.timeout)
        except asyncio.TimeoutError:
            return Lookup("error", f"upstream {host}:{port} did not answer within {self.timeout:g} s")

    async def _verify(self, host: str, port: int, address: str) -> Lookup:
        for attempt in range(2):  # a pooled connection the upstream closed meanwhile: one fresh try
            try:
                client = await self.pool.acquire(host, port)
            except ConnectFailed as exc:
                return Lookup("error", str(exc))
            try:
                if client.is_ehlo_or_helo_needed:
                    await client.ehlo()
                options = [b"SMTPUTF8"] if not address.isascii() and client.supports_extension("smtputf8") else []
                reply = await client.execute_command(b"MAIL", b"FROM:<>", *options)
                if reply.code != 250:
                    await reset(client)
                    self.pool.release(host, port, client)
                    return Lookup("error", f"upstream refused MAIL FROM:<>: {reply.code} {reply.message}")
                reply = await client.execute_command(b"RCPT", b"TO:<" + address.encode() + b">")
                await reset(client)
                self.pool.release(host, port, client)
                return classify(reply.code, reply.message)
            except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, ConnectionError) as exc:
                client.close()
                if attempt:
                    return Lookup("error", f"upstream {host}:{port}: {exc}")
            except aiosmtplib.SMTPException as exc:
                client.close()
                return Lookup("error", f"upstream {host}:{port}: {exc}")
        return Lookup("error", f"upstream {host}:{port}: no answer")

    async def close(self) -> None:
        await self.pool.close()
