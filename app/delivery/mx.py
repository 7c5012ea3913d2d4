"""Where to deliver a domain's mail: MX lookup following RFC 5321 section 5.1.

The resolver is passed in so that callers choose the nameserver (and tests can
point it at a loopback server). Failures are reduced to three outcomes the
queue can act on: NullMX and NoRoute bounce, TemporaryDNSError retries.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass

import dns.asyncresolver
import dns.exception
import dns.name
import dns.nameserver
import dns.resolver

from ..net.dns import make_resolver  # app/cli.py still imports it from here

__all__ = [
    "NullMX",
    "NoRoute",
    "TemporaryDNSError",
    "Destination",
    "resolve_mx",
    "make_resolver",
]


class NullMX(Exception):
    """The domain publishes a null MX (RFC 7505): it accepts no mail, bounce with 5.1.10."""


class NoRoute(Exception):
    """The domain does not exist or has no usable MX or address: permanent failure."""


class TemporaryDNSError(Exception):
    """SERVFAIL, timeout or no reachable nameserver: retry later."""


@dataclass(frozen=True)
class Destination:
    host: str
    addresses: list[str]  # IPv4 first, then IPv6
    preference: int


# The name does not exist (YXDOMAIN: a DNAME made it too long): nothing to retry.
_NO_SUCH_NAME = (dns.resolver.NXDOMAIN, dns.resolver.YXDOMAIN)


async def resolve_mx(domain: str, resolver: dns.asyncresolver.Resolver) -> list[Destination]:
    """Return the delivery destinations of `domain`, most preferred first.

    Hosts of equal preference are shuffled (RFC 5321 section 5.1 asks senders to
    spread load across them). Raises NullMX, NoRoute or TemporaryDNSError.
    """
    name = _domain_name(domain)
    try:
        answer = await resolver.resolve(name, "MX", search=False)
    except dns.resolver.NoAnswer:
        return await _implicit_mx(name, resolver)
    except _NO_SUCH_NAME as exc:
        raise NoRoute(f"{domain}: domain does not exist") from exc
    except dns.exception.DNSException as exc:
        raise TemporaryDNSError(f"{domain}: MX lookup failed: {exc}") from exc

    records = list(answer)
    if len(records) == 1 and records[0].exchange == dns.name.root:
        raise NullMX(f"{domain}: domain accepts no mail (null MX)")

    # A "." mixed with real MXs breaks RFC 7505; it cannot be delivered to, so
    # it is dropped. A host listed twice keeps its best preference.
    preference_of: dict[dns.name.Name, int] = {}
    for record in records:
        if record.exchange == dns.name.root:
            continue
        best = preference_of.get(record.exchange)
        if best is None or record.preference < best:
            preference_of[record.exchange] = record.preference
    hosts = list(preference_of.items())
    random.shuffle(hosts)
    hosts.sort(key=lambda item: item[1])

    results = await asyncio.gather(*(_addresses(host, resolver) for host, _ in hosts), return_exceptions=True)
    destinations = []
    temporary: TemporaryDNSError | None = None
    for (host, preference), result in zip(hosts, results):
        if isinstance(result, TemporaryDNSError):
            temporary = result
        elif isinstance(result, BaseException):
            raise result
        elif result:
            destinations.append(Destination(host.to_text(omit_final_dot=True), result, preference))
    if destinations:
        return destinations
    if temporary is not None:
        # A host we could not look up might have had an address: not a bounce.
        raise TemporaryDNSError(f"{domain}: {temporary}") from temporary
    raise NoRoute(f"{domain}: no MX host has an address")


def _domain_name(domain: str) -> dns.name.Name:
    try:
        name = dns.name.from_text(domain)
    except dns.exception.DNSException as exc:
        raise NoRoute(f"{domain!r}: invalid domain name: {exc}") from exc
    if name == dns.name.root:
        raise NoRoute(f"{domain!r}: empty domain name")
    return name


async def _implicit_mx(name: dns.name.Name, resolver: dns.asyncresolver.Resolver) -> list[Destination]:
    domain = name.to_text(omit_final_dot=True)
    addresses = await _addresses(name, resolver)
    if not addresses:
        raise NoRoute(f"{domain}: no MX and no address records")
    return [Destination(domain, addresses, 0)]


async def _addresses(host: dns.name.Name, resolver: dns.asyncresolver.Resolver) -> list[str]:
    """IPv4 then IPv6 addresses of `host`; empty if it has none.

    Raises TemporaryDNSError only when a lookup failed and the other family gave
    nothing, since then the host might still have an address.
    """
    v4, v6 = await asyncio.gather(_lookup(host, "A", resolver), _lookup(host, "AAAA", resolver), return_exceptions=True)
    addresses: list[str] = []
    failure: BaseException | None = None
    for result in (v4, v6):
        if isinstance(result, BaseException):
            failure = result
        else:
            addresses.extend(result)
    if failure is not None and (not addresses or not isinstance(failure, TemporaryDNSError)):
        raise failure
    return addresses


async def _lookup(name: dns.name.Name, rdtype: str, resolver: dns.asyncresolver.Resolver) -> list[str]:
    try:
        answer = await resolver.resolve(name, rdtype, search=False)
    except (dns.resolver.NoAnswer, *_NO_SUCH_NAME):
        return []
    except dns.exception.DNSException as exc:
        raise TemporaryDNSError(f"{name.to_text(omit_final_dot=True)} {rdtype} lookup failed: {exc}") from exc
    return [record.address for record in answer]
