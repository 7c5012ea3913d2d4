"""Names and addresses as operators type them and as the policy compares them."""

from __future__ import annotations

import functools
import ipaddress
import re

_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def normalise_domain(name: str) -> str:
    """Domains from configuration compare case-insensitively, one trailing dot ignored."""
    name = name.strip().lower()
    return name[:-1] if name.endswith(".") else name


@functools.lru_cache(maxsize=8192)
def parse_ip(text: str) -> IPAddress | None:
    """The address `text` is (an IPv4-mapped IPv6 address as IPv4), or None. Cached: the gateway asks about the
    same client addresses and names many times per message, and a name costs two failed parses."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def validate_domain(text: str) -> str:
    """A domain an operator typed: normalised, IDNA A-label form, or ValueError."""
    name = normalise_domain(text)
    try:
        name = name.encode("idna").decode("ascii") if not name.isascii() else name
    except UnicodeError:
        raise ValueError(f"not a domain name: {text!r}") from None
    labels = name.split(".")
    if len(name) > 253 or len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        raise ValueError(f"not a domain name: {text!r}")
    return name


def validate_network(text: str) -> str:
    try:
        return str(ipaddress.ip_network(text.strip(), strict=False))
    except ValueError:
        raise ValueError(f"not an IP network: {text!r} (e.g. 192.168.1.0/24, 2001:db8::/32)") from None
