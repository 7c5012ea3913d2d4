"""The DNS resolver factory: one place that turns the dns.nameservers setting into dnspython's async resolver."""

from __future__ import annotations

from collections.abc import Sequence

import dns.asyncresolver
import dns.nameserver
import dns.resolver

from ..policy.settings import parse_nameservers


def make_resolver(
    nameservers: str | Sequence[tuple[str, int]] | None = None, timeout: float = 5.0
) -> dns.asyncresolver.Resolver:
    """A resolver asking `nameservers`, or the system's if empty.

    `nameservers` is the dns.nameservers setting's text ("IP[:PORT],...", ValueError if bad) or its
    parsed (ip, port) pairs; each server keeps its own port.
    """
    if isinstance(nameservers, str):
        nameservers = parse_nameservers(nameservers)
    if not nameservers:
        try:
            resolver = dns.asyncresolver.Resolver()
        except (dns.resolver.NoResolverConfiguration, OSError):
            resolver = dns.asyncresolver.Resolver(configure=False)
            resolver.nameservers = ["127.0.0.1"]
    else:
        resolver = dns.asyncresolver.Resolver(configure=False)
        resolver.nameservers = [dns.nameserver.Do53Nameserver(ip, port) for ip, port in nameservers]
    resolver.lifetime = timeout
    return resolver
