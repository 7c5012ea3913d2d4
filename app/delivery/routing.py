"""Where a queued recipient goes next: the upstream, a relay domain's next hop, the smarthost or its MX."""

from __future__ import annotations

from dataclasses import dataclass

import dns.asyncresolver

from ..policy.hostport import parse_hostport
from ..policy.snapshot import PolicySnapshot
from .mx import NoRoute, NullMX, TemporaryDNSError, resolve_mx


@dataclass(frozen=True)
class Hop:
    host: str
    port: int


class RouteError(Exception):
    def __init__(self, permanent: bool, status: str, text: str):
        super().__init__(text)
        self.permanent = permanent
        self.status = status
        self.text = text


def destination_key(route: str, recipient: str, policy: PolicySnapshot) -> str:
    """Recipients with the same key share a transaction and a concurrency limit."""
    domain = recipient.rpartition("@")[2].lower()
    if route == "upstream":
        return "upstream"
    if route == "relay":
        return f"relay:{domain}"
    if policy.settings.smarthost:
        return "smarthost"
    return f"mx:{domain}"


async def resolve_hops(key: str, policy: PolicySnapshot, resolver: dns.asyncresolver.Resolver) -> list[Hop]:
    settings = policy.settings
    if key == "upstream":
        return [_hop(settings.upstream, "upstream")]
    if key == "smarthost":
        return [_hop(settings.smarthost, "smarthost")]
    kind, _, domain = key.partition(":")
    if kind == "relay":
        nexthop = policy.relay_nexthop(domain)
        if nexthop is None:
            raise RouteError(False, "4.3.5", f"no relay route for {domain} any more")
        return [_hop(nexthop, f"relay route for {domain}")]
    literal = domain.strip("[]")
    if domain.startswith("["):
        return [Hop(literal.removeprefix("ipv6:"), 25)]
    try:
        destinations = await resolve_mx(domain, resolver)
    except NullMX:
        raise RouteError(True, "5.1.10", f"{domain} accepts no mail (null MX)") from None
    except NoRoute as exc:
        raise RouteError(True, "5.1.2", f"no mail route to {domain}: {exc or 'domain not found'}") from None
    except TemporaryDNSError as exc:
        raise RouteError(False, "4.4.3", f"DNS lookup for {domain} failed: {exc}") from None
    return [Hop(address, 25) for destination in destinations for address in destination.addresses]


def _hop(text: str, what: str) -> Hop:
    if not text:
        raise RouteError(False, "4.3.5", f"no {what} configured (mailmoat set {what.split()[0]} HOST:PORT)")
    try:
        host, port = parse_hostport(text, 25)
    except ValueError as exc:
        raise RouteError(False, "4.3.5", f"bad {what} {text!r}: {exc}") from None
    return Hop(host, port)
