"""Outbound abuse control: per sender (an authenticated account, or the envelope sender of mail relayed
for a trusted network such as Exchange), not per client address, since a hijacked mailbox sends through
the trusted server. Limits are checked at MAIL FROM; each accepted outgoing message is counted and
compared with the sender's baseline at DATA.
"""

from __future__ import annotations

from ..guards.outbound import Alert, Limits, OutboundMonitor, SenderKey, account_key, parse_key, sender_key
from ..policy.snapshot import PolicySnapshot
from .context import SessionContext
from .result import Action, Result


def key_for(ctx: SessionContext) -> SenderKey | None:
    if ctx.auth_user:
        return account_key(ctx.auth_user)
    if ctx.sender is not None and ctx.policy.trusted_network_for(ctx.client_ip) is not None:
        return sender_key(ctx.sender.address)
    return None


def apply_limits(monitor: OutboundMonitor, policy: PolicySnapshot) -> None:
    """The limits of a new policy snapshot: the settings for everyone, `mailmoat limits set` per sender (a
    window it leaves unset keeps the setting's limit; 0 means no limit)."""
    s = policy.settings
    defaults = (s.outbound_per_minute, s.outbound_per_hour, s.outbound_per_day)
    monitor.rates.default = Limits(*(value or None for value in defaults))
    overrides = {}
    for text, values in policy.sender_limits.items():
        try:
            overrides[parse_key(text)] = Limits(
                *((own if own is not None else default) or None for own, default in zip(values, defaults))
            )
        except ValueError:
            continue
    monitor.rates.overrides = overrides


async def refresh(ctx: SessionContext) -> None:
    """Before `at_mail`: the sender's counts as the whole cluster has them (a no-op on one box)."""
    key = key_for(ctx) if ctx.outbound is not None else None
    if key is not None and ctx.outbound is not None:
        await ctx.outbound.rates.refresh(key)


async def settle(ctx: SessionContext) -> None:
    """After `at_data`: the message's counts written where the cluster counts (a no-op on one box)."""
    if ctx.outbound is not None:
        await ctx.outbound.rates.settle()


def at_mail(ctx: SessionContext) -> Result | None:
    monitor = ctx.outbound
    key = key_for(ctx) if monitor is not None else None
    if key is None or monitor is None:
        return None
    verdict = monitor.check(key)
    if verdict.ok:
        return None
    return Result(
        "mail",
        "outbound_limit",
        Action.TEMPFAIL,
        "sender_over_limit",
        ctx.sender_text or key[1],
        f"limit:{key[0]}:{key[1]}",
        target=verdict.reason,
    )


def at_data(ctx: SessionContext, from_header: str | None) -> list[Alert]:
    """Counts an accepted message's external recipients against the sender; the alerts it raised."""
    monitor = ctx.outbound
    key = key_for(ctx) if monitor is not None else None
    domains = [r.mailbox.ascii_domain for r in ctx.recipients if r.route == "outbound"]
    if key is None or monitor is None or not domains:
        return []
    account = ctx.policy.accounts.find(ctx.auth_user) if ctx.auth_user else None
    return monitor.message_sent(
        key, domains, from_header or None, ctx.auth_user, aliases=sorted(account.aliases) if account else None
    )
