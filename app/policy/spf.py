"""SPF (RFC 7208) with pyspf: run on a small thread pool off the loop, bounded by a time budget.

pyspf resolves through a module-level `DNSLookup` function using dnspython's default resolver. It is
replaced once, at import, by one that asks the resolver of the calling thread, so each check uses the
gateway's `dns.nameservers` and never /etc/resolv.conf behind the operator's back.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import dns.exception
import dns.nameserver
import dns.rdatatype
import dns.resolver
import spf

_thread = threading.local()
SPF_CACHE_ENTRIES = 10_000
VERDICT_MAX_TTL = 3600.0  # a verdict that asked no DNS (an address literal, say) is checked again after this


def _lookup(name: str, qtype: str, strict: bool = True, timeout: float = 30) -> list:
    """pyspf's DNS interface: [((name, qtype), value), ...]; TempError when the DNS fails. Notes in the thread's
    `ttl` how long the answer holds (the shortest of a check's answers is how long its verdict holds)."""
    resolver: dns.resolver.Resolver = _thread.resolver
    found: list[tuple[tuple[str, str], object]] = []
    try:
        answers = resolver.resolve(name, qtype, lifetime=timeout, search=False)
    except dns.resolver.NXDOMAIN as exc:
        _holds_for(_negative_ttl(exc.kwargs.get("responses", {}).values()))
        return found
    except dns.resolver.NoAnswer as exc:
        _holds_for(_negative_ttl([exc.kwargs.get("response")]))
        return found
    except dns.resolver.YXDOMAIN:
        _holds_for(0.0)
        return found
    except dns.exception.DNSException as exc:
        raise spf.TempError(f"DNS {exc}") from None
    _holds_for(answers.expiration - time.time())
    for rdata in answers:
        if qtype in ("A", "AAAA"):
            found.append(((name, qtype), rdata.address))
        elif qtype == "MX":
            found.append(((name, qtype), (rdata.preference, rdata.exchange)))
        elif qtype == "PTR":
            found.append(((name, qtype), rdata.target.to_text(True)))
        elif qtype in ("TXT", "SPF"):
            found.append(((name, qtype), rdata.strings))
    return found


spf.DNSLookup = _lookup


def _holds_for(seconds: float) -> None:
    _thread.ttl = min(getattr(_thread, "ttl", 0.0), seconds)


def _negative_ttl(responses) -> float:
    """How long a "no such name" or "no such record" holds (RFC 2308: the SOA's TTL, at most its minimum);
    0 without an SOA. Counted from now, also for an answer taken from the cache."""
    for response in responses:
        for rrset in getattr(response, "authority", ()):
            if rrset.rdtype == dns.rdatatype.SOA and len(rrset):
                return float(min(rrset.ttl, rrset[0].minimum))
    return 0.0


@dataclass(frozen=True, slots=True)
class SpfVerdict:
    result: str  # pass | fail | softfail | neutral | none | temperror | permerror
    explanation: str
    identity: str  # the domain checked: the sender's, or the HELO name's for the null sender

    @property
    def failed(self) -> bool:
        return self.result == "fail"


class SpfChecker:
    """Checks (client IP, sender, HELO) on at most `workers` threads, never longer than the budget. A verdict is
    kept as long as the DNS answers it rests on (at most VERDICT_MAX_TTL): a client that sends again from the same
    address as the same sender gets it without a thread or a lookup."""

    def __init__(
        self, nameservers: Sequence[tuple[str, int]] = (), workers: int = 4, clock: Callable[[], float] = time.monotonic
    ):
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix="spf")
        self.clock = clock
        self._verdicts: OrderedDict[tuple[str, str, str], tuple[float, str, str]] = OrderedDict()
        self.set_nameservers(nameservers)

    def set_nameservers(self, nameservers: Sequence[tuple[str, int]]) -> None:
        if nameservers:
            resolver = dns.resolver.Resolver(configure=False)
            resolver.nameservers = [dns.nameserver.Do53Nameserver(ip, port) for ip, port in nameservers]
        else:
            try:
                resolver = dns.resolver.Resolver()
            except (dns.resolver.NoResolverConfiguration, OSError):
                resolver = dns.resolver.Resolver(configure=False)
                resolver.nameservers = ["127.0.0.1"]
        # Answers kept for their TTL (negative ones for their SOA's, RFC 2308): a domain that sends often costs
        # its SPF lookups once per TTL, not once per message. dnspython's cache is thread-safe.
        resolver.cache = dns.resolver.LRUCache(SPF_CACHE_ENTRIES)
        self._resolver = resolver
        self._verdicts.clear()

    async def check(self, client_ip: str, sender: str, helo: str, budget: float) -> SpfVerdict:
        identity = sender.rpartition("@")[2] if sender else helo
        key = (client_ip, sender, helo.lower())  # the whole sender: a policy's macros may use the local part
        kept = self._verdicts.get(key)
        if kept is not None and kept[0] > self.clock():
            return SpfVerdict(kept[1], kept[2], identity)
        loop = asyncio.get_running_loop()
        work = loop.run_in_executor(self._executor, _check, self._resolver, client_ip, sender, helo, budget)
        try:
            result, explanation, holds_for = await asyncio.wait_for(asyncio.shield(work), budget + 0.25)
        except TimeoutError:
            return SpfVerdict("temperror", f"no SPF answer for {identity} within {budget:g} s", identity)
        self._verdicts.pop(key, None)
        if result != "temperror" and holds_for > 0:
            self._verdicts[key] = (self.clock() + min(holds_for, VERDICT_MAX_TTL), result, explanation)
            while len(self._verdicts) > SPF_CACHE_ENTRIES:
                self._verdicts.popitem(last=False)
        return SpfVerdict(result, explanation, identity)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def _check(
    resolver: dns.resolver.Resolver, client_ip: str, sender: str, helo: str, budget: float
) -> tuple[str, str, float]:
    """(result, explanation, seconds the DNS answers it rests on hold)."""
    _thread.resolver = resolver
    _thread.ttl = math.inf
    try:
        result, explanation = spf.check2(i=client_ip, s=sender, h=helo, querytime=budget)
    except Exception as exc:  # pyspf raises on inputs it cannot parse; that is no verdict, not a crash
        return "permerror", f"SPF check failed: {exc}"[:200], 0.0
    return result, str(explanation)[:200], _thread.ttl


def received_spf_header(verdict: SpfVerdict, client_ip: str, sender: str, helo: str, hostname: str) -> bytes:
    """RFC 7208 section 9.1 trace header."""
    comment = f"{hostname}: {verdict.explanation}".replace("(", "[").replace(")", "]")
    envelope_from = sender.replace('"', "")
    text = (
        f"Received-SPF: {verdict.result} ({comment}) client-ip={client_ip};"
        f' envelope-from="{envelope_from}"; helo={helo or "unknown"};'
    )
    return text.encode("utf-8", "replace")[:900] + b"\r\n"
