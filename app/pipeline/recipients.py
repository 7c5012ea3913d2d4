"""RCPT stage, recipient validation: refuse at RCPT what the upstream would refuse later.

Per local domain one method (recipients.method[.DOMAIN]); relay domains only with
recipients.relay_domains=validate, asking their next hop. An unknown recipient gets 550 5.1.1; no answer
gets 451 4.4.3 (never a blind yes or no). A client that collects unknown recipients (a dictionary attack)
is slowed from half of recipients.harvest_limit on, and cut off at the limit.
"""

from __future__ import annotations

import asyncio

from ..mail.addresses import Mailbox
from .context import SessionContext
from .result import Action, Result


async def check(ctx: SessionContext, rcpt: Mailbox, relay: Result) -> Result | None:
    settings = ctx.policy.settings
    if ctx.verifier is None or rcpt.literal is not None:
        return None
    domain = rcpt.ascii_domain
    if relay.reason == "local_domain":
        method, nexthop = settings.for_domain("recipients.method", domain), None
    elif relay.reason == "relay_domain" and settings.validate_relay_domains:
        method, nexthop = settings.for_domain("recipients.method", domain), ctx.policy.relay_nexthop(domain)
    else:
        return None
    if method == "none":
        return None
    harvest, limit, window = ctx.harvest, settings.harvest_limit, settings.harvest_window
    if harvest is not None and limit:
        await harvest.refresh(ctx.client_ip, window)
        seen = harvest.count(ctx.client_ip, window)
        if seen >= limit:
            return Result(
                "rcpt",
                "harvest",
                Action.DISCONNECT,
                "harvest_cutoff",
                ctx.client_ip,
                f"setting:recipients.harvest_limit={limit}",
                target=rcpt.address,
                detail=str(seen),
            )
        if seen >= limit // 2:
            await asyncio.sleep(min(10.0, settings.tarpit_delay * (seen - limit // 2 + 1)))
    verdict = await ctx.verifier.verify(ctx.policy, rcpt.address, domain, method, nexthop)
    rule = f"recipients:{method}" + (" (cached)" if verdict.cached else "")
    if verdict.status == "found":
        return Result(
            "rcpt",
            "recipient",
            Action.ACCEPT,
            "recipient_verified",
            rcpt.address,
            rule,
            relay.route,
            detail=verdict.detail,
        )
    if verdict.status == "unknown":
        if harvest is not None:
            harvest.unknown(ctx.client_ip, window)
            await harvest.settle()
        return Result(
            "rcpt", "recipient", Action.REJECT, "recipient_unknown", rcpt.address, rule, detail=verdict.detail
        )
    return Result(
        "rcpt", "recipient", Action.TEMPFAIL, "recipient_unverified", rcpt.address, rule, detail=verdict.detail
    )
