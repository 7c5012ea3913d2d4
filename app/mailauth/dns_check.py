"""The office's own authentication records as the world sees them: a DKIM key's published TXT record and a
local domain's DMARC policy, asked through the dns.nameservers setting within a budget.

One copy of the logic for `mailmoat dkim check`, the dashboard's DKIM pane and the hygiene audit. A lookup
that gets no answer is "no answer" (could not check), never an exception and never a verdict.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..net.dns import make_resolver
from ..policy.dnsbl import DnsblChecker
from .dmarc import find_record
from .keys import DkimKey, DkimKeyError, check_record

CHECK_BUDGET = 5.0  # seconds for one check, whatever the number of names asked (they are asked at once)


def txt_checker(nameservers: str | Sequence[tuple[str, int]] | None) -> DnsblChecker:
    """A TXT asker over the dns.nameservers setting (its text or parsed pairs); ValueError if the text is bad."""
    return DnsblChecker(make_resolver(nameservers, timeout=CHECK_BUDGET))


@dataclass(frozen=True)
class KeyCheck:
    state: str  # ok | wrong | no answer
    what: str  # what to tell the operator

    @property
    def ok(self) -> bool:
        return self.state == "ok"


async def check_key(checker: DnsblChecker, key: DkimKey, budget: float = CHECK_BUDGET) -> KeyCheck:
    """Whether the TXT record published at the key's name matches it."""
    texts = await checker.lookup_txt(key.dns_name, budget)
    if texts is None:
        return KeyCheck("no answer", f"no answer for {key.dns_name} from the nameservers within {budget:g} s")
    try:
        ok, what = check_record(key, list(texts))
    except DkimKeyError as exc:  # the stored key itself is damaged
        return KeyCheck("wrong", f"{key.dns_name}: {exc}")
    return KeyCheck("ok" if ok else "wrong", what)


async def check_keys(checker: DnsblChecker, keys: Iterable[DkimKey], budget: float = CHECK_BUDGET) -> list[KeyCheck]:
    """check_key for every key at once: the whole check takes at most `budget`."""
    return list(await asyncio.gather(*(check_key(checker, key, budget) for key in keys)))


@dataclass(frozen=True)
class DmarcPolicy:
    state: str  # enforced (p=quarantine or reject) | none (p=none) | missing | no answer
    policy: str = ""  # the p= (or sp=, inherited from the organisational domain) that applies


async def dmarc_policy(checker: DnsblChecker, domain: str, budget: float = CHECK_BUDGET) -> DmarcPolicy:
    """The DMARC policy receivers apply to mail from `domain`, found the way they find it (RFC 7489 6.6.3)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget

    async def lookup(name: str) -> tuple[str, ...] | None:
        remaining = deadline - loop.time()
        return None if remaining <= 0 else await checker.lookup_txt(name, remaining)

    record, inherited, failed = await find_record(domain, lookup)
    if failed:
        return DmarcPolicy("no answer")
    if record is None:
        return DmarcPolicy("missing")
    policy = record.subdomain_policy if inherited else record.policy
    return DmarcPolicy("none" if policy == "none" else "enforced", policy)
