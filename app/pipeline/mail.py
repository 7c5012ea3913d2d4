"""MAIL FROM stage: a sender must be a real address (or the null sender); then the DNS blocklists."""

from __future__ import annotations

import asyncio

from ..policy.dnsbl import DnsblVerdict
from ..policy.lists import applicable
from ..policy.names import parse_ip
from ..mail.addresses import AddressError, parse_reverse_path
from . import outbound, spf
from .context import SessionContext
from .result import Action, Result


async def check(ctx: SessionContext, path: str) -> list[Result]:
    try:
        sender = parse_reverse_path(path, smtputf8=ctx.smtputf8)
    except AddressError as exc:
        reason = "sender_missing_domain" if exc.kind == "missing_domain" else f"address_{exc.kind}"
        return [Result("mail", "address_syntax", Action.REJECT, reason, subject=_shown(path))]
    ctx.sender, ctx.has_sender = sender, True
    results = [Result("mail", "address_syntax", Action.ACCEPT, "sender_ok", subject=sender.address if sender else "")]
    await outbound.refresh(ctx)
    for check_ in (_ownership, outbound.at_mail):
        refused = check_(ctx)
        if refused is not None:
            return results + [refused]
    policy = ctx.policy
    asks_dns = (ctx.dnsbl is not None and policy.dnsbl_zones) or (
        ctx.spf is not None and policy.settings.spf_action != "off"
    )
    exempt = bool(asks_dns) and _exempt(ctx)
    for stage in (blocklists, spf.check):
        result = await stage(ctx, exempt)
        if result is not None:
            results.append(result)
            if not result.accepted:
                break
    return results


def _ownership(ctx: SessionContext) -> Result | None:
    """An authenticated user sends as itself or one of its aliases (auth.own_senders_only)."""
    sender = ctx.sender
    if not ctx.auth_user or sender is None or not ctx.policy.settings.own_senders_only:
        return None
    account = ctx.policy.accounts.find(ctx.auth_user)
    address = f"{sender.local}@{sender.ascii_domain}"
    if account is not None and account.owns(address):
        return None
    return Result(
        "mail", "sender_ownership", Action.REJECT, "sender_not_owned", sender.address, f"account:{ctx.auth_user}"
    )


async def blocklists(ctx: SessionContext, exempt: bool) -> Result | None:
    """The client's address against the DNSBLs and the sender's domain against the RHSBLs, at once.

    Not asked for trusted networks, authenticated clients, or clients or senders on a whole-gateway
    allow list. At most `dnsbl.budget` is spent; an unanswered zone counts as not listed.
    """
    policy = ctx.policy
    checker = ctx.dnsbl
    if checker is None or not policy.dnsbl_zones or ctx.auth_user or exempt:
        return None
    settings = policy.settings
    zones = policy.dnsbl_zones
    sender = ctx.sender
    domain = sender.ascii_domain if sender is not None and sender.literal is None else ""
    kwargs = {"budget": settings.dnsbl_budget, "threshold": settings.dnsbl_threshold}
    ip_verdict, domain_verdict = await asyncio.gather(
        checker.check_ip(ctx.client_ip, zones, **kwargs),
        checker.check_domain(domain, zones, **kwargs) if domain else _nothing(domain),
    )
    if ip_verdict.listed:
        return Result(
            "mail",
            "dnsbl",
            Action.REJECT,
            "dnsbl_client_listed",
            subject=ctx.client_ip,
            rule=ip_verdict.rule,
            target=ip_verdict.zone,
        )
    if domain_verdict.listed and sender is not None:  # a domain was asked only for a sender
        return Result(
            "mail",
            "rhsbl",
            Action.REJECT,
            "dnsbl_sender_listed",
            subject=sender.address,
            rule=domain_verdict.rule,
            target=domain_verdict.zone,
        )
    return None


async def _nothing(subject: str) -> DnsblVerdict:
    return DnsblVerdict(subject)


def _exempt(ctx: SessionContext) -> bool:
    policy = ctx.policy
    if policy.trusted_network_for(ctx.client_ip) is not None:
        return True
    allow = policy.lists.allow
    if not allow.size:
        return False
    sender = ctx.sender
    address, domain, user = (
        (f"{sender.local.lower()}@{sender.ascii_domain}", sender.ascii_domain, sender.local.lower())
        if sender
        else ("", "", "")
    )
    return any(
        not e.monitor
        for e in applicable(allow.matches(parse_ip(ctx.client_ip), address, domain, user), ctx.clock(), None)
    )


def _shown(path: str) -> str:
    return path.strip()[1:-1][:200] if path.strip().startswith("<") else path[:200]
