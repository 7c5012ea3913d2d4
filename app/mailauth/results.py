"""The Authentication-Results: header (RFC 8601): ours is written, a copy claiming our name is removed."""

from __future__ import annotations

import re

from .dmarc import DmarcResult
from .headers import header_block
from .verify import DkimResult

_FIELD_START = re.compile(rb"^authentication-results[ \t]*:", re.IGNORECASE | re.MULTILINE)
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_LINE = re.compile(rb"[^\n]*\n|[^\n]+")
_COMMENT = re.compile(r"\([^()]*\)")
_VALUE_UNSAFE = re.compile(r"[^A-Za-z0-9@._+=/-]")


def _value(text: str) -> str:
    """A property value as a token: anything outside the safe characters is dropped (strangers' text)."""
    return _VALUE_UNSAFE.sub("", text)[:200] or "unknown"


def authentication_results(
    authserv_id: str, dkim_results: list[DkimResult], spf: tuple[str, str] | None, dmarc: DmarcResult | None
) -> bytes:
    """spf: (result, envelope sender or HELO identity) if SPF was checked."""
    parts = []
    for result in dkim_results:
        comment = f" ({_value(result.reason.replace(' ', '-'))})" if result.reason else ""
        parts.append(
            f"dkim={result.result}{comment} header.d={_value(result.domain)}"
            f" header.s={_value(result.selector)}"
            + (f" header.a={_value(result.algorithm)}" if result.algorithm else "")
            + (f" header.b={_value(result.signature)}" if result.signature else "")
        )
    if not dkim_results:
        parts.append("dkim=none")
    if spf is not None:
        property_ = "smtp.mailfrom" if "@" in spf[1] else "smtp.helo"
        parts.append(f"spf={spf[0]} {property_}={_value(spf[1])}")
    if dmarc is not None:
        policy = f" (p={dmarc.policy})" if dmarc.policy else ""
        parts.append(f"dmarc={dmarc.result}{policy} header.from={_value(dmarc.author)}")
    return ("Authentication-Results: " + authserv_id + ";\r\n\t" + ";\r\n\t".join(parts) + "\r\n").encode(
        "ascii", "replace"
    )


def authserv_id_of(value: bytes) -> str:
    """The authserv-id of an Authentication-Results value: the token before the first ';'."""
    text = _COMMENT.sub(" ", value.decode("utf-8", "replace")).split(";", 1)[0]
    return (text.split() or [""])[0].lower().rstrip(".")


def remove_forged(message: bytes, authserv_id: str) -> bytes:
    """The message without any Authentication-Results: that claims our authserv-id (RFC 8601 5)."""
    if not _FIELD_START.search(header_block(message)):
        return message
    end = _HEADER_END.search(message)
    cut = (end.start() + (2 if message.startswith(b"\r\n", end.start()) else 1)) if end else len(message)
    lines = _LINE.findall(message[:cut])  # each with its line break
    ours = authserv_id.lower().rstrip(".")
    kept: list[bytes] = []
    dropping = False
    for index, line in enumerate(lines):
        if line[:1] in (b" ", b"\t") and index > 0:  # a continuation of the field above
            if not dropping:
                kept.append(line)
            continue
        dropping = False
        if _FIELD_START.match(line):
            value = line.split(b":", 1)[1]
            for follow in lines[index + 1 :]:
                if follow[:1] not in (b" ", b"\t"):
                    break
                value += follow
            dropping = authserv_id_of(value) == ours
        if not dropping:
            kept.append(line)
    return b"".join(kept) + message[cut:]
