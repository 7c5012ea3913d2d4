"""URI blocklists: the registered domains of a message's links against the `uri` DNS blocklist zones.

Asked through the gateway's DnsblChecker (its resolver, its TTL cache, the dnsbl.budget time budget),
only for mail that reached DATA and passed the refusals, for at most uribl.max_hosts domains, all at
once. A zone that does not answer in time counts as not listing: a dead nameserver delays a message by
the budget at most and never holds it. Each listing zone becomes one rule hit `uribl:ZONE` scoring
weight x uribl.score.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from ..mail.brands import registered_domain
from ..mail.links import Link
from ..policy.content_rules import RuleHit
from .context import SessionContext


def link_domains(links: Iterable[Link], limit: int) -> list[str]:
    """The distinct registered domains of the links (IP-address hosts left out), first seen first."""
    domains: list[str] = []
    for link in links:
        if link.is_ip or not link.host:
            continue
        try:
            domain = registered_domain(link.host).encode("idna").decode("ascii")
        except UnicodeError:
            continue
        if "." in domain and domain not in domains:
            domains.append(domain)
            if len(domains) >= limit:
                break
    return domains


async def uribl_hits(ctx: SessionContext, links: list[Link]) -> list[RuleHit]:
    checker = ctx.dnsbl
    zones = [z for z in ctx.policy.dnsbl_zones if z.kind == "uri"]
    settings = ctx.policy.settings
    if checker is None or not zones or not links:
        return []
    domains = link_domains(links, settings.uribl_max_hosts)
    if not domains:
        return []
    verdicts = await asyncio.gather(*(checker.check_uri(d, zones, budget=settings.dnsbl_budget) for d in domains))
    listed: dict[str, RuleHit] = {}
    for verdict in verdicts:
        for hit in verdict.hits:
            if hit.zone not in listed:
                listed[hit.zone] = RuleHit(
                    f"uribl:{hit.zone}",
                    None,
                    "signal",
                    hit.weight * settings.uribl_score,
                    None,
                    "link",
                    f"{verdict.subject} ({hit.code})",
                )
    return list(listed.values())
