"""DMARC (RFC 7489): the author domain's policy, and whether SPF or DKIM passed for an aligned domain.

The organisational domain comes from the Public Suffix List bundled with `publicsuffixlist` (offline:
it never fetches). A percentage (pct=) below 100 is treated as 100: a small office gains nothing from
sampling, and a sender that publishes p=reject means it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from publicsuffixlist import PublicSuffixList

from .keys import parse_tags
from .verify import DkimResult, TxtLookup

POLICIES = ("none", "quarantine", "reject")


@functools.lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()


def organisational_domain(domain: str) -> str:
    """example.co.kr for mail.example.co.kr; the domain itself when it is a public suffix or unknown."""
    return _suffixes().privatesuffix(domain.lower().rstrip(".")) or domain.lower().rstrip(".")


def aligned(identifier: str, author: str, mode: str) -> bool:
    identifier, author = identifier.lower().rstrip("."), author.lower().rstrip(".")
    if mode == "s":
        return identifier == author
    return organisational_domain(identifier) == organisational_domain(author)


@dataclass(frozen=True)
class DmarcRecord:
    policy: str  # p=
    subdomain_policy: str  # sp= (p= when absent)
    adkim: str = "r"
    aspf: str = "r"


def parse_record(text: str) -> DmarcRecord | None:
    """The record, or None if it is no DMARC record (v=DMARC1 must come first); bad p= is none."""
    try:
        tags = parse_tags(text)
    except ValueError:
        return None
    if not text.lstrip().startswith("v") or tags.get("v", "").strip() != "DMARC1":
        return None
    policy = tags.get("p", "").lower()
    if policy not in POLICIES:
        policy = "none"  # RFC 7489 6.6.3: a record with a bad p= and a rua= counts as p=none
    subdomain = tags.get("sp", "").lower()
    return DmarcRecord(
        policy,
        subdomain if subdomain in POLICIES else policy,
        "s" if tags.get("adkim", "r").lower() == "s" else "r",
        "s" if tags.get("aspf", "r").lower() == "s" else "r",
    )


@dataclass(frozen=True)
class DmarcResult:
    result: str  # pass | fail | none | temperror | permerror
    author: str  # the RFC5322.From domain
    policy: str = ""  # the policy that applies to the author domain (p= or sp=), "" without a record
    reason: str = ""


async def find_record(author: str, lookup: TxtLookup) -> tuple[DmarcRecord | None, bool, bool]:
    """(record, found at the organisational domain rather than the author's, temperror)."""
    for domain, inherited in ((author, False), (organisational_domain(author), True)):
        if inherited and domain == author:
            break
        texts = await lookup(f"_dmarc.{domain}")
        if texts is None:
            return None, inherited, True
        records = [record for text in texts if (record := parse_record(text)) is not None]
        if len(records) == 1:
            return records[0], inherited, False
    return None, False, False


def evaluate(
    author: str | None,
    found: tuple[DmarcRecord | None, bool, bool],
    dkim_results: Iterable[DkimResult],
    spf_result: str,
    spf_domain: str,
) -> DmarcResult:
    """found: what find_record(author) returned."""
    if author is None:
        return DmarcResult("permerror", "", reason="not exactly one From: address")
    record, inherited, temperror = found
    if temperror:
        return DmarcResult("temperror", author, reason="DMARC record lookup failed")
    if record is None:
        return DmarcResult("none", author)
    policy = record.subdomain_policy if inherited else record.policy
    if spf_result == "pass" and spf_domain and aligned(spf_domain, author, record.aspf):
        return DmarcResult("pass", author, policy, "spf aligned")
    for result in dkim_results:
        if result.result == "pass" and aligned(result.domain, author, record.adkim):
            return DmarcResult("pass", author, policy, f"dkim aligned (d={result.domain})")
    if spf_result == "temperror" or any(
        r.result == "temperror" and aligned(r.domain, author, record.adkim) for r in dkim_results
    ):
        return DmarcResult("temperror", author, policy, "an aligned DKIM key or SPF lookup failed")
    return DmarcResult("fail", author, policy, "neither SPF nor DKIM passed for an aligned domain")
