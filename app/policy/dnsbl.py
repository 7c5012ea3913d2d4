"""DNS blocklists: the client's address against DNSBLs, the sender's domain against RHSBLs.

One `DnsblChecker` per gateway, with an injected `dns.asyncresolver.Resolver` and clock. Every
applicable zone is asked at once; whatever has not answered within the budget counts as not
listed, and no lookup ever raises: a slow or broken blocklist costs a session at most the budget.
Answers are cached for their TTL (NXDOMAIN and empty answers for the SOA minimum, else 5 minutes).
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import dns.asyncresolver
import dns.exception
import dns.message
import dns.rdatatype
import dns.resolver

from .names import normalise_domain, parse_ip, validate_domain
from .settings import parse_number

KINDS = ("ip", "domain", "uri")
NEGATIVE_TTL = 300.0  # NXDOMAIN without an SOA to say how long
MAX_TTL = 86400.0
_LISTED = ipaddress.ip_network("127.0.0.0/8")
_ERRORS = ipaddress.ip_network("127.255.255.0/24")  # Spamhaus' "you may not query" answers: never a listing


@dataclass(frozen=True)
class DnsblZone:
    zone: str
    kind: str = "ip"  # ip: DNSBL (reversed client address) | domain: RHSBL (sender domain) | uri: URIBL (link domains)
    weight: float = 1.0
    codes: frozenset[str] = frozenset()  # return codes that count; empty: any 127.0.0.0/8 answer

    def counts(self, code: str) -> bool:
        if self.codes:
            return code in self.codes
        address = parse_ip(code)
        return address is not None and address.version == 4 and address in _LISTED and address not in _ERRORS

    @property
    def label(self) -> str:
        return f"{self.zone}({'+' if self.weight >= 0 else ''}{self.weight})"


def parse_codes(text: str) -> frozenset[str]:
    """ "127.0.0.2, 127.0.0.3" -> the set of codes; ValueError for anything not an IPv4 address."""
    codes = set()
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            codes.add(str(ipaddress.IPv4Address(part)))
        except ValueError:
            raise ValueError(f"not a return code: {part!r} (e.g. 127.0.0.2)") from None
    return frozenset(codes)


def validate_zone(text: str) -> str:
    return validate_domain(text)


def parse_weight(text: str) -> float:
    """A zone's weight: any finite number (SettingError is a ValueError)."""
    return parse_number(text)


def compile_zones(rows: Iterable) -> tuple[DnsblZone, ...]:
    """rows: app.store.dnsbl.ZoneRow (or anything with zone, kind, weight, codes); bad rows are skipped."""
    zones = []
    for row in rows:
        try:
            if row.kind not in KINDS:
                continue
            zones.append(DnsblZone(normalise_domain(row.zone), row.kind, float(row.weight), parse_codes(row.codes)))
        except (ValueError, TypeError):
            continue  # a hand-edited database: skip, never crash
    return tuple(zones)


def query_name(subject: str, zone: DnsblZone) -> str | None:
    """The name to look up: reversed IPv4 octets / IPv6 nibbles, or domain.zone; None if not applicable."""
    if zone.kind == "ip":
        address = parse_ip(subject)
        if address is None:
            return None
        pointer = address.reverse_pointer  # 2.0.0.127.in-addr.arpa
        reversed_ = pointer.rsplit(".", 2)[0]
        name = f"{reversed_}.{zone.zone}"
    else:
        domain = normalise_domain(subject)
        if not domain or domain.startswith("[") or parse_ip(domain) is not None:
            return None
        name = f"{domain}.{zone.zone}"
    if len(name) > 253 or any(not label or len(label) > 63 for label in name.split(".")):
        return None
    return name


@dataclass(frozen=True)
class DnsblHit:
    zone: str
    weight: float
    code: str


@dataclass(frozen=True)
class DnsblVerdict:
    subject: str
    score: float = 0.0
    threshold: float = 1.0
    hits: tuple[DnsblHit, ...] = ()  # zones that listed the subject with a code that counts, heaviest first
    unanswered: tuple[str, ...] = ()  # zones that failed or did not answer within the budget

    @property
    def listed(self) -> bool:
        return bool(self.hits) and self.score >= self.threshold

    @property
    def zone(self) -> str:
        return self.hits[0].zone if self.hits else ""

    @property
    def rule(self) -> str:
        """e.g. "dnsbl:zen.test(+1.0),bl.test(+0.5)"."""
        weights = ",".join(f"{h.zone}({'+' if h.weight >= 0 else ''}{h.weight})" for h in self.hits)
        return f"dnsbl:{weights}" if weights else ""


class DnsblChecker:
    """Queries blocklist zones concurrently, within a time budget, with a TTL cache."""

    def __init__(
        self,
        resolver: dns.asyncresolver.Resolver,
        clock: Callable[[], float] = time.monotonic,
        *,
        budget: float = 2.0,
        threshold: float = 1.0,
        max_cache: int = 50_000,
    ):
        self.resolver = resolver
        self.clock = clock
        self.budget = budget
        self.threshold = threshold
        self.max_cache = max_cache
        self.cache: dict[str, tuple[float, tuple[str, ...]]] = {}  # query name -> (expires, codes; () = not listed)
        self.queries = 0  # blocklist lookups sent to the resolver (tests and stats)
        self.txt_queries = 0  # TXT lookups (DKIM keys, DMARC policies) sent to the resolver

    def set_resolver(self, resolver: dns.asyncresolver.Resolver) -> None:
        """A new nameserver: its answers may differ, so the cache goes too."""
        self.resolver = resolver
        self.cache.clear()

    async def check_ip(
        self, ip: str, zones: Iterable[DnsblZone], *, budget: float | None = None, threshold: float | None = None
    ) -> DnsblVerdict:
        return await self._check(ip, [z for z in zones if z.kind == "ip"], budget, threshold)

    async def check_domain(
        self, domain: str, zones: Iterable[DnsblZone], *, budget: float | None = None, threshold: float | None = None
    ) -> DnsblVerdict:
        return await self._check(domain, [z for z in zones if z.kind == "domain"], budget, threshold)

    async def check_uri(
        self, domain: str, zones: Iterable[DnsblZone], *, budget: float | None = None, threshold: float | None = None
    ) -> DnsblVerdict:
        """A link's registered domain against the URI blocklists (SURBL, URIBL, Spamhaus DBL style)."""
        return await self._check(domain, [z for z in zones if z.kind == "uri"], budget, threshold)

    async def _check(
        self, subject: str, zones: list[DnsblZone], budget: float | None, threshold: float | None
    ) -> DnsblVerdict:
        budget = self.budget if budget is None else budget
        threshold = self.threshold if threshold is None else threshold
        answers: dict[str, tuple[str, ...] | None] = {}
        tasks: dict[asyncio.Task, DnsblZone] = {}
        asked = [(zone, name) for zone in zones if (name := query_name(subject, zone)) is not None]
        now = self.clock()
        for zone, name in asked:
            cached = self.cache.get(name)
            if cached is not None and cached[0] > now:
                answers[zone.zone] = cached[1]
            else:
                tasks[asyncio.ensure_future(self._lookup(name, budget))] = zone
        if tasks:
            try:
                done, pending = await asyncio.wait(tasks, timeout=max(budget, 0.0))
            except BaseException:
                for task in tasks:
                    task.cancel()
                raise
            for task in pending:
                task.cancel()
            for task in done:
                answers[tasks[task].zone] = None if task.cancelled() or task.exception() else task.result()
        hits, unanswered = [], []
        for zone, _name in asked:
            codes = answers.get(zone.zone)
            if codes is None:
                unanswered.append(zone.zone)
                continue
            counted = sorted(code for code in codes if zone.counts(code))
            if counted:
                hits.append(DnsblHit(zone.zone, zone.weight, counted[0]))
        hits.sort(key=lambda h: -h.weight)
        return DnsblVerdict(subject, sum(h.weight for h in hits), threshold, tuple(hits), tuple(unanswered))

    async def _lookup(self, name: str, budget: float) -> tuple[str, ...] | None:
        """The A records of `name` (() if none), cached for their TTL; None if there was no usable answer."""
        self.queries += 1
        try:
            answer = await self.resolver.resolve(
                name, "A", search=False, raise_on_no_answer=False, lifetime=max(budget, 0.01)
            )
        except dns.resolver.NXDOMAIN as exc:
            self._remember(name, (), _negative_ttl(_response_of(exc, name)))
            return ()
        except Exception:  # timeout, SERVFAIL, no nameserver, a socket error: not listed, not cached
            return None
        if answer.rrset is None:
            self._remember(name, (), _negative_ttl(answer.response))
            return ()
        codes = tuple(sorted(record.address for record in answer.rrset))
        self._remember(name, codes, float(answer.rrset.ttl))
        return codes

    async def lookup_txt(self, name: str, budget: float | None = None) -> tuple[str, ...] | None:
        """The TXT records of `name`, each one's strings joined (() if none), cached for their TTL under
        "TXT name"; None if there was no usable answer within the budget (DKIM keys, DMARC policies)."""
        key = f"TXT {name.lower()}"
        cached = self.cache.get(key)
        if cached is not None and cached[0] > self.clock():
            return cached[1]
        budget = self.budget if budget is None else budget
        self.txt_queries += 1
        try:
            answer = await asyncio.wait_for(
                self.resolver.resolve(name, "TXT", search=False, raise_on_no_answer=False, lifetime=max(budget, 0.01)),
                max(budget, 0.01),
            )
        except dns.resolver.NXDOMAIN as exc:
            self._remember(key, (), _negative_ttl(_response_of(exc, name)))
            return ()
        except Exception:  # timeout, SERVFAIL, no nameserver, a name too long: no answer, not cached
            return None
        if answer.rrset is None:
            self._remember(key, (), _negative_ttl(answer.response))
            return ()
        texts = tuple(b"".join(record.strings).decode("utf-8", "replace") for record in answer.rrset)
        self._remember(key, texts, float(answer.rrset.ttl))
        return texts

    def _remember(self, name: str, codes: tuple[str, ...], ttl: float) -> None:
        if ttl <= 0:
            return
        now = self.clock()
        if len(self.cache) >= self.max_cache:
            self.cache = {k: v for k, v in self.cache.items() if v[0] > now}
            while len(self.cache) >= self.max_cache:  # still full of live answers: drop the oldest
                del self.cache[next(iter(self.cache))]
        self.cache[name] = (now + min(ttl, MAX_TTL), codes)


def _response_of(exc: dns.resolver.NXDOMAIN, name: str) -> dns.message.Message | None:
    try:
        responses = exc.responses()
    except Exception:
        return None
    return next(iter(responses.values()), None) if responses else None


def _negative_ttl(response: dns.message.Message | None) -> float:
    """RFC 2308: the smaller of the SOA record's TTL and its MINIMUM field; 5 minutes without an SOA."""
    if response is not None:
        for rrset in response.authority:
            if rrset.rdtype == dns.rdatatype.SOA and len(rrset):
                return float(min(rrset.ttl, rrset[0].minimum))
    return NEGATIVE_TTL
