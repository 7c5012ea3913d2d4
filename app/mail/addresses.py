"""Strict RFC 5321 envelope path parsing (section 4.1.2, with RFC 6531 for SMTPUTF8).

The gateway decides relaying from what this module returns, so anything that
could be read as a second routing instruction (source routes, percent hacks,
bang paths, routing characters hidden in quoted local parts) is refused.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "KINDS",
    "AddressError",
    "Mailbox",
    "split_path_argument",
    "parse_reverse_path",
    "parse_forward_path",
]

KINDS = (
    "syntax",
    "missing_domain",
    "source_route",
    "percent_hack",
    "bang_path",
    "quoted_special",
    "too_long",
    "utf8_not_allowed",
)

MAX_LOCAL_OCTETS = 64
MAX_DOMAIN_OCTETS = 255
MAX_PATH_OCTETS = 256
MAX_LABEL_OCTETS = 63

_ATEXT_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")
_QUOTED_SPECIALS = "@%!:"
_LDH_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\Z", re.ASCII)
_IPV4_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])"
_IPV4_LITERAL = re.compile(rf"{_IPV4_OCTET}(?:\.{_IPV4_OCTET}){{3}}\Z", re.ASCII)
_IPV6_CHARS = re.compile(r"[0-9a-f:.]+\Z", re.ASCII)
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cs", "Zs", "Zl", "Zp"})


class AddressError(ValueError):
    def __init__(self, kind: str, detail: str = "") -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown AddressError kind {kind!r}")
        super().__init__(kind, detail)
        self.kind = kind
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}" if self.detail else self.kind


@dataclass(frozen=True, slots=True)
class Mailbox:
    local: str
    domain: str
    literal: ipaddress.IPv4Address | ipaddress.IPv6Address | None = None

    @property
    def address(self) -> str:
        return f"{self.local}@{self.domain}"

    @property
    def ascii_domain(self) -> str:
        if self.literal is not None or self.domain.isascii():
            return self.domain
        return ".".join(_label_to_ascii(label) for label in self.domain.split("."))


def split_path_argument(arg: str) -> tuple[str, str]:
    """Split the text after 'MAIL FROM:' / 'RCPT TO:' into (path, params).

    A '>' inside a quoted string does not end the path.
    """
    text = arg.lstrip(" \t")
    if not text.startswith("<"):
        raise AddressError("syntax", "path must be enclosed in angle brackets")
    in_quotes = False
    escaped = False
    for index in range(1, len(text)):
        char = text[index]
        if escaped:
            escaped = False
        elif in_quotes:
            if char == "\\":
                escaped = True
            elif char == '"':
                in_quotes = False
        elif char == '"':
            in_quotes = True
        elif char == "<":
            raise AddressError("syntax", "unbalanced angle brackets")
        elif char == ">":
            path, rest = text[: index + 1], text[index + 1 :]
            if rest and rest[0] not in " \t":
                raise AddressError("syntax", "parameters must be separated from the path by a space")
            return path, rest.strip()
    raise AddressError("syntax", "unbalanced angle brackets")


def parse_reverse_path(path: str, *, smtputf8: bool = False) -> Mailbox | None:
    """Parse a MAIL FROM path; '<>' (the null sender) gives None."""
    if path == "<>":
        return None
    return _parse_path(path, smtputf8=smtputf8, allow_postmaster=False)


def parse_forward_path(path: str, *, smtputf8: bool = False) -> Mailbox:
    """Parse a RCPT TO path; a bare '<Postmaster>' gives Mailbox('Postmaster', '')."""
    return _parse_path(path, smtputf8=smtputf8, allow_postmaster=True)


def _parse_path(path: str, *, smtputf8: bool, allow_postmaster: bool) -> Mailbox:
    # U+FFFD is how app.safe_text.wire_text marks a byte that was not UTF-8 on the wire
    if "\ufffd" in path or any(unicodedata.category(char) == "Cs" for char in path):
        raise AddressError("syntax", "invalid UTF-8")
    if len(path) < 2 or path[0] != "<" or path[-1] != ">":
        raise AddressError("syntax", "path must be enclosed in angle brackets")
    inner = path[1:-1]
    if not inner:
        raise AddressError("syntax", "null path is only valid as a reverse-path")
    if len(path.encode("utf-8")) > MAX_PATH_OCTETS:
        raise AddressError("too_long", f"path longer than {MAX_PATH_OCTETS} octets")
    if not smtputf8 and not inner.isascii():
        raise AddressError("utf8_not_allowed", "non-ASCII address without SMTPUTF8")
    if inner[0] == "@":
        if ":" in inner:
            raise AddressError("source_route", "source route in path")
        raise AddressError("syntax", "empty local part")

    if inner[0] == '"':
        local, domain = _split_quoted(inner)
    else:
        local, domain = _split_dot_string(inner)

    if len(local.encode("utf-8")) > MAX_LOCAL_OCTETS:
        raise AddressError("too_long", f"local part longer than {MAX_LOCAL_OCTETS} octets")

    if domain is None:
        if allow_postmaster and local.lower() == "postmaster":
            return Mailbox(local="Postmaster", domain="", literal=None)
        raise AddressError("missing_domain", "address has no domain")
    if not domain:
        raise AddressError("missing_domain", "empty domain after '@'")
    if len(domain.encode("utf-8")) > MAX_DOMAIN_OCTETS:
        raise AddressError("too_long", f"domain longer than {MAX_DOMAIN_OCTETS} octets")

    if domain[0] == "[":
        literal_text, literal = _parse_address_literal(domain)
        return Mailbox(local=local, domain=literal_text, literal=literal)
    return Mailbox(local=local, domain=_parse_domain(domain), literal=None)


def _split_quoted(inner: str) -> tuple[str, str | None]:
    content: list[str] = []
    index = 1
    while True:
        if index >= len(inner):
            raise AddressError("syntax", "unterminated quoted string")
        char = inner[index]
        if char == '"':
            break
        if char == "\\":
            index += 1
            if index >= len(inner) or not (" " <= inner[index] <= "~"):
                raise AddressError("syntax", "invalid quoted-pair in local part")
            char = inner[index]
        elif unicodedata.category(char) in _FORBIDDEN_CATEGORIES and char != " ":
            raise AddressError("syntax", "control character in quoted local part")
        content.append(char)
        index += 1

    local, rest = inner[: index + 1], inner[index + 1 :]
    if _contains_any(_with_compat_form("".join(content)), _QUOTED_SPECIALS):
        raise AddressError("quoted_special", "routing character in quoted local part")
    if not rest:
        return local, None
    if rest[0] != "@":
        raise AddressError("syntax", "unexpected text after quoted local part")
    return local, rest[1:]


def _split_dot_string(inner: str) -> tuple[str, str | None]:
    if any(unicodedata.category(char) in _FORBIDDEN_CATEGORIES for char in inner):
        raise AddressError("syntax", "space or control character outside quotes")
    local, at, domain = inner.partition("@")
    if "@" in domain:
        raise AddressError("syntax", "more than one '@'")

    compat = _with_compat_form(local)
    if "%" in compat:
        raise AddressError("percent_hack", "percent hack in local part")
    if "!" in compat:
        raise AddressError("bang_path", "bang path in local part")
    if "@" in compat:
        raise AddressError("syntax", "'@' look-alike in local part")

    for atom in local.split("."):
        if not atom:
            raise AddressError("syntax", "empty atom in local part (leading, trailing or double dot)")
        if not all(char in _ATEXT_ASCII or not char.isascii() for char in atom):
            raise AddressError("syntax", "invalid character in local part")
    return local, domain if at else None


def _with_compat_form(text: str) -> str:
    if text.isascii():
        return text
    return text + unicodedata.normalize("NFKC", text)


def _contains_any(text: str, chars: str) -> bool:
    return any(char in text for char in chars)


def _parse_address_literal(
    domain: str,
) -> tuple[str, ipaddress.IPv4Address | ipaddress.IPv6Address]:
    if domain[-1] != "]" or "[" in domain[1:] or "]" in domain[:-1]:
        raise AddressError("syntax", "malformed address literal")
    text = domain[1:-1].lower()
    if text.startswith("ipv6:"):
        address = text[len("ipv6:") :]
        if not _IPV6_CHARS.match(address):
            raise AddressError("syntax", "malformed IPv6 address literal")
        try:
            return f"[{text}]", ipaddress.IPv6Address(address)
        except ValueError:
            raise AddressError("syntax", "malformed IPv6 address literal") from None
    if ":" in text:
        raise AddressError("syntax", "general address literals are not accepted")
    if not _IPV4_LITERAL.match(text):
        raise AddressError("syntax", "malformed IPv4 address literal")
    return f"[{text}]", ipaddress.IPv4Address(text)


def _parse_domain(domain: str) -> str:
    domain = domain.lower()
    ascii_length = -1
    for label in domain.split("."):
        if not label:
            raise AddressError("syntax", "empty domain label (leading, trailing or double dot)")
        if label.isascii():
            _check_ldh_label(label)
        else:
            label = _label_to_ascii(label)
        ascii_length += len(label) + 1
    if ascii_length > MAX_DOMAIN_OCTETS:
        raise AddressError("too_long", f"domain longer than {MAX_DOMAIN_OCTETS} octets")
    return domain


def _check_ldh_label(label: str) -> None:
    if len(label) > MAX_LABEL_OCTETS:
        raise AddressError("too_long", f"domain label longer than {MAX_LABEL_OCTETS} octets")
    if not _LDH_LABEL.match(label):
        raise AddressError("syntax", "invalid domain label")


def _label_to_ascii(label: str) -> str:
    try:
        encoded = label.encode("idna").decode("ascii")
        canonical = encoded.encode("ascii").decode("idna")
    except UnicodeError:
        raise AddressError("syntax", "invalid internationalized domain label") from None
    if canonical != label:
        raise AddressError("syntax", "internationalized domain label is not in canonical form")
    _check_ldh_label(encoded.lower())
    return encoded
