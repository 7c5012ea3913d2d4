"""RCPT TO stage: whom we accept mail for, and whom we relay for. Deny by default."""

from __future__ import annotations

from ..mail.addresses import AddressError, Mailbox, parse_forward_path
from . import lists, recipients
from .context import AcceptedRecipient, SessionContext
from .relay import RelayRequest, relay_verdict
from .mail import _shown
from .result import Action, Result


async def check(ctx: SessionContext, path: str) -> list[Result]:
    if len(ctx.recipients) >= ctx.policy.settings.max_recipients:
        return [
            Result(
                "rcpt",
                "recipient_limit",
                Action.TEMPFAIL,
                "too_many_recipients",
                rule=f"setting:smtp.max_recipients={ctx.policy.settings.max_recipients}",
            )
        ]
    try:
        rcpt = parse_forward_path(path, smtputf8=ctx.smtputf8)
    except AddressError as exc:
        reason = "recipient_missing_domain" if exc.kind == "missing_domain" else f"address_{exc.kind}"
        return [Result("rcpt", "address_syntax", Action.REJECT, reason, subject=_shown(path))]
    if not rcpt.domain:
        postmaster = _postmaster(ctx, rcpt)
        if postmaster is None:
            return [Result("rcpt", "postmaster", Action.REJECT, "no_local_domain", subject="postmaster")]
        rcpt = postmaster
    result = relay_decision(ctx, rcpt)
    if not result.accepted:
        return [result]
    listed = lists.for_recipient(ctx, rcpt)
    if listed is not None and not listed.accepted:
        return [result, listed]
    verified = await recipients.check(ctx, rcpt, result)
    if verified is not None and not verified.accepted:
        return [result, verified]
    allowlisted = listed.rule if listed is not None and listed.reason == "allowlisted" else ""
    if not allowlisted and (grey := await _greylisted(ctx, rcpt, result)) is not None:
        return [result, grey]
    if all(accepted.mailbox.address != rcpt.address for accepted in ctx.recipients):
        ctx.recipients.append(AcceptedRecipient(rcpt, result.route, allowlisted))  # a repeated RCPT: one recipient
    return [r for r in (result, verified, listed) if r is not None]


async def _greylisted(ctx: SessionContext, rcpt: Mailbox, relay: Result) -> Result | None:
    """Greylisting for the local domains that asked for it; never for trusted or authenticated clients."""
    settings = ctx.policy.settings
    if (
        ctx.greylist is None
        or relay.reason != "local_domain"
        or rcpt.ascii_domain not in settings.greylist_domains
        or ctx.auth_user
        or ctx.policy.trusted_network_for(ctx.client_ip) is not None
    ):
        return None
    verdict = await ctx.greylist.check(
        ctx.client_ip,
        ctx.sender_text,
        rcpt.address,
        delay=settings.greylist_delay,
        lifetime=settings.greylist_lifetime,
        allow_for=settings.greylist_allow_for,
    )
    if verdict.passed:
        return None
    return Result(
        "rcpt",
        "greylist",
        Action.TEMPFAIL,
        "greylisted",
        str(max(1, round(verdict.retry_in))),
        f"greylist:{verdict.reason}",
        target=rcpt.address,
    )


def relay_decision(ctx: SessionContext, rcpt: Mailbox) -> Result:
    """The relay rules (app.pipeline.relay) for this session's client and sender."""
    request = RelayRequest(
        client_ip=ctx.client_ip,
        recipient=rcpt,
        auth_user=ctx.auth_user,
        sender_domain=ctx.sender.ascii_domain if ctx.sender is not None else None,
        local_ip=ctx.local_ip,
    )
    return relay_verdict(ctx.policy, request)


def _postmaster(ctx: SessionContext, rcpt: Mailbox) -> Mailbox | None:
    """RFC 5321 makes <Postmaster> without a domain valid; it means our first local domain."""
    domains = sorted(ctx.policy.local_domains)
    if not domains:
        return None
    return Mailbox(local=rcpt.local, domain=domains[0], literal=None)
