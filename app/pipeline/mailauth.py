"""Authentication at DATA.

Inbound (mail from outside): DKIM signatures, SPF and DMARC are checked, one Authentication-Results:
header is written (any copy claiming our name removed), and the results become scored signals. A DMARC
failure does what the author domain's p= asks, up to dmarc.action. DNS lookups go through the gateway's
DNSBL checker (its cache) within dnsbl.budget; a lookup that fails is temperror, never a refusal.

Outbound (authenticated or trusted clients): the DKIM signature, computed over the message exactly as
it is queued (after the gateway's own header edits), so every retry sends the same signed bytes.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from ..mail import brands
from ..mailauth.dmarc import DmarcResult, aligned, evaluate, find_record
from ..mailauth.headers import from_domain
from ..mailauth.keys import DkimKeyError
from ..mailauth.results import authentication_results, remove_forged
from ..mailauth.signing import SigningError, signature_header
from ..mailauth.verify import DkimResult, verify_dkim
from ..policy.content_rules import RuleHit
from ..policy.signal_scores import SIGNAL_SCORES
from .context import SessionContext
from .result import Action, Result

log = logging.getLogger(__name__)
_RANK = {"off": 0, "none": 0, "tag": 1, "quarantine": 2, "reject": 3}


@dataclass
class InboundAuthentication:
    header: bytes
    dkim: list[DkimResult]
    spf: tuple[str, str] | None  # (result, identity) when SPF was checked
    dmarc: DmarcResult | None
    hits: list[RuleHit] = field(default_factory=list)
    action: str = ""  # "" | quarantine | reject: what DMARC asks, within dmarc.action


def relayed_out(ctx: SessionContext) -> bool:
    """Mail from the office itself: an authenticated client or a trusted network."""
    return bool(ctx.auth_user) or ctx.policy.trusted_network_for(ctx.client_ip) is not None


async def check(ctx: SessionContext, content: bytes) -> Result | None:
    """Verifies an incoming message: an acceptance that carries the results, or DMARC's refusal or
    quarantine; None when the message is not verified (outbound, or dkim.verify is off)."""
    settings = ctx.policy.settings
    dnsbl = ctx.dnsbl
    if not settings.dkim_verify or relayed_out(ctx) or dnsbl is None:
        return None
    loop = asyncio.get_running_loop()
    deadline = loop.time() + settings.dnsbl_budget

    async def lookup(name: str) -> tuple[str, ...] | None:
        remaining = deadline - loop.time()
        return None if remaining <= 0 else await dnsbl.lookup_txt(name, remaining)

    author = from_domain(content)
    judge_dmarc = settings.dmarc_action != "off" and author is not None
    dkim_results, spf, found = await asyncio.gather(
        verify_dkim(content, lookup),
        _spf(ctx),
        find_record(author, lookup) if judge_dmarc and author is not None else _nothing(),
    )
    spf_result, spf_domain = (spf[0], spf[1].rpartition("@")[2]) if spf else ("none", "")
    dmarc = None
    if settings.dmarc_action != "off":
        dmarc = evaluate(author, found or (None, False, False), dkim_results, spf_result, spf_domain)
    header = authentication_results(settings.hostname, dkim_results, spf, dmarc)
    auth = ctx.authentication = InboundAuthentication(header, dkim_results, spf, dmarc)
    auth.hits = _signals(ctx, author, dkim_results, spf, dmarc)
    if dmarc is not None and dmarc.result == "fail" and not _allowlisted(ctx):
        chosen = min(_RANK[settings.dmarc_action], _RANK.get(dmarc.policy, 0))
        auth.action = {3: "reject", 2: "quarantine"}.get(chosen, "")
    rule = summary(auth)
    if auth.action == "reject":
        return Result("data", "dmarc", Action.REJECT, "dmarc_reject", subject=author or "", rule=rule)
    if auth.action == "quarantine":
        return Result("data", "dmarc", Action.QUARANTINE, "content_quarantined", subject=author or "", rule=rule)
    return Result("data", "authentication", Action.ACCEPT, "data_ok", subject=author or "", rule=rule)


def summary(auth: InboundAuthentication) -> str:
    """One line for the log and `explain`:
    "auth:dkim=pass(d=a.example) spf=none dmarc=pass(p=reject) header.from=a.example"."""
    parts = [f"dkim={r.result}(d={r.domain})" for r in auth.dkim] or ["dkim=none"]
    if auth.spf is not None:
        parts.append(f"spf={auth.spf[0]}")
    if auth.dmarc is not None:
        parts.append(f"dmarc={auth.dmarc.result}" + (f"(p={auth.dmarc.policy})" if auth.dmarc.policy else ""))
        if auth.dmarc.author:  # from_domain's: [a-z0-9_.-] only
            parts.append(f"header.from={auth.dmarc.author}")
    return "auth:" + " ".join(parts)


def event_reason(auth: InboundAuthentication) -> str:
    """The authentication event's reason: "dmarc_fail", "dmarc_pass"..., or "dmarc_unchecked" (dmarc.action off)."""
    return f"dmarc_{auth.dmarc.result}" if auth.dmarc is not None else "dmarc_unchecked"


async def _nothing() -> None:
    return None


async def _spf(ctx: SessionContext) -> tuple[str, str] | None:
    """SPF's result and identity: MAIL FROM's verdict, or checked now when spf.action is off (DMARC needs it)."""
    verdict = ctx.spf_verdict
    sender = ctx.sender
    if verdict is None and ctx.spf is not None and (sender is None or sender.literal is None):
        address = f"{sender.local}@{sender.ascii_domain}" if sender is not None else ""
        if address or ctx.helo:
            verdict = await ctx.spf.check(ctx.client_ip, address, ctx.helo, ctx.policy.settings.spf_budget)
    if verdict is None:
        return None
    return verdict.result, (ctx.sender_text or verdict.identity)


def _allowlisted(ctx: SessionContext) -> bool:
    return bool(ctx.recipients) and all(r.allowlisted for r in ctx.recipients)


def _signals(
    ctx: SessionContext,
    author: str | None,
    dkim_results: list[DkimResult],
    spf: tuple[str, str] | None,
    dmarc: DmarcResult | None,
) -> list[RuleHit]:
    scores = {**SIGNAL_SCORES, **ctx.policy.settings.signal_scores}
    fired: list[tuple[str, str]] = []
    if dmarc is not None and dmarc.result == "fail" and dmarc.policy in ("quarantine", "reject"):
        fired.append(("dmarc-fail", f"{author} p={dmarc.policy}"))
    if author is not None:
        spf_domain = spf[1].rpartition("@")[2] if spf else ""
        passed = any(r.result == "pass" and aligned(r.domain, author, "r") for r in dkim_results) or (
            spf is not None and spf[0] == "pass" and aligned(spf_domain, author, "r")
        )
        unsure = (
            any(r.result == "temperror" and aligned(r.domain, author, "r") for r in dkim_results)
            or (spf is not None and spf[0] == "temperror")
            or (dmarc is not None and dmarc.result == "temperror")
        )
        if not passed and not unsure:
            if any(author == d or author.endswith("." + d) for d in ctx.policy.local_domains):
                fired.append(("from-own-domain-spoof", author))
            elif (brand := brands.owner(author) or brands.lookalike(author)) is not None:
                fired.append(("from-brand-unauthenticated", f"{author} ({brand})"))
    return [
        RuleHit(name, None, "signal", scores[name], None, "from", snippet)
        for name, snippet in fired
        if scores.get(name)
    ]


def signing_key(keys, domain: str):
    """The key of the From: domain, else of the nearest parent domain that has one (news.corp.example is
    signed d=corp.example: that aligns under DMARC's default relaxed mode)."""
    labels = domain.split(".")
    for start in range(len(labels) - 1):
        key = keys.get(".".join(labels[start:]))
        if key is not None:
            return key
    return None


async def finish(ctx: SessionContext, trace: bytes, content: bytes) -> bytes:
    """The message to queue: trace headers and content, with our Authentication-Results: for mail
    from outside, DKIM-signed when it leaves for the world."""
    auth = ctx.authentication
    if auth is not None:
        return trace + auth.header + remove_forged(content, ctx.policy.settings.hostname)
    message = trace + content
    if not ctx.policy.settings.dkim_sign or not ctx.policy.dkim_keys or not relayed_out(ctx):
        return message
    domain = from_domain(content)
    key = signing_key(ctx.policy.dkim_keys, domain) if domain else None
    if key is None:
        return message
    try:  # off the loop: canonicalising a big message takes a while, and OpenSSL releases the GIL
        signature = await asyncio.to_thread(signature_header, message, key)
    except (SigningError, DkimKeyError) as exc:
        log.warning("session %s: not DKIM-signed for %s: %s", ctx.session_id, domain, exc)
        return message
    return signature + message
