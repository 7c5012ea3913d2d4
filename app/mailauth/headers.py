"""Reading the few header fields authentication needs, from the raw message bytes."""

from __future__ import annotations

import email.utils
import re

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIELD = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.MULTILINE)


def header_block(message: bytes) -> bytes:
    end = _HEADER_END.search(message)
    return message[: end.start()] if end else message


def header_values(message: bytes, name: str) -> list[str]:
    """Every value of header `name` (unfolded, decoded leniently), top to bottom."""
    wanted = name.lower().encode("ascii")
    values = []
    for match in _FIELD.finditer(header_block(message)):
        if match[1].lower() == wanted:
            values.append(re.sub(r"\r?\n", "", match[2].decode("utf-8", "replace")).strip())
    return values


def from_domain(message: bytes) -> str | None:
    """The RFC5322.From domain (lower case, IDNA A-label) if the message has exactly one From: with one
    address; None otherwise (RFC 7489 6.6.1: such a message has no single author domain)."""
    values = header_values(message, "from")
    if len(values) != 1:
        return None
    addresses = [address for _name, address in email.utils.getaddresses(values) if address]
    if len(addresses) != 1 or "@" not in addresses[0]:
        return None
    domain = addresses[0].rpartition("@")[2].strip().strip(">").rstrip(".").lower()
    try:
        domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        return None
    if not domain or not re.fullmatch(r"[a-z0-9_.-]+", domain) or ".." in domain:
        return None
    return domain
