"""An immutable, compiled view of the policy rows: what one SMTP session judges by."""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from .settings import Settings

_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def normalise_domain(name: str) -> str:
    """Domains from configuration compare case-insensitively, one trailing dot ignored."""
    name = name.strip().lower()
    return name[:-1] if name.endswith(".") else name


def parse_ip(text: str) -> IPAddress | None:
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


@dataclass(frozen=True)
class PolicySnapshot:
    settings: Settings
    local_domains: frozenset[str] = frozenset()
    trusted_networks: tuple[IPNetwork, ...] = ()
    relay_routes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    sender_exceptions: frozenset[str] = frozenset()

    def is_local_domain(self, domain: str) -> bool:
        return domain in self.local_domains

    def relay_nexthop(self, domain: str) -> str | None:
        return self.relay_routes.get(domain)

    def trusted_network_for(self, ip: str) -> IPNetwork | None:
        address = parse_ip(ip)
        if address is None:
            return None
        for network in self.trusted_networks:
            if address.version == network.version and address in network:
                return network
        return None

    def sender_exception_for(self, domain: str) -> str | None:
        return domain if domain in self.sender_exceptions else None


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
