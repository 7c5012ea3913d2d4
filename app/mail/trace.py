"""Trace headers: counting hops and writing our Received: line (RFC 5321 section 4.4)."""

from __future__ import annotations

import email.utils
import re

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_RECEIVED = re.compile(rb"^received:", re.IGNORECASE | re.MULTILINE)


def header_block(content: bytes) -> bytes:
    match = _HEADER_END.search(content)
    return content[: match.start()] if match else content


def count_received(content: bytes) -> int:
    return len(_RECEIVED.findall(header_block(content)))


def received_header(
    *, helo: str, client_ip: str, hostname: str, protocol: str, queue_id: str, recipient: str | None, when: float
) -> bytes:
    """One folded Received: line; `for` only names a single recipient, as is usual."""
    helo = re.sub(r"[^\x21-\x7e]", "?", helo)[:100] or "unknown"
    lines = [f"Received: from {helo} ([{client_ip}])", f"\tby {hostname} (Mailmoat) with {protocol} id {queue_id}"]
    if recipient and recipient.isascii():
        lines.append(f"\tfor <{recipient}>")
    lines[-1] += ";"
    lines.append("\t" + email.utils.formatdate(when, localtime=False))
    return ("\r\n".join(lines) + "\r\n").encode("ascii")
