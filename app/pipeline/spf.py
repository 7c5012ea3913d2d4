"""SPF at MAIL FROM: does the sender's domain (or, for the null sender, the HELO name) permit this client?

Skipped for trusted networks, authenticated clients and whole-gateway allowlisted clients or senders.
With spf.action=reject a `fail` is refused; every other result, and every result with spf.action=tag,
is only recorded for the Received-SPF: header.
"""

from __future__ import annotations

from .context import SessionContext
from .result import Action, Result


async def check(ctx: SessionContext, exempt: bool) -> Result | None:
    settings = ctx.policy.settings
    if ctx.spf is None or settings.spf_action == "off" or exempt or ctx.auth_user:
        return None
    sender = ctx.sender
    if sender is not None and sender.literal is not None:
        return None
    address = f"{sender.local}@{sender.ascii_domain}" if sender is not None else ""
    if not address and not ctx.helo:
        return None
    verdict = await ctx.spf.check(ctx.client_ip, address, ctx.helo, settings.spf_budget)
    ctx.spf_verdict = verdict
    rule = f"spf:{verdict.identity}={verdict.result}"
    if verdict.failed and settings.spf_action == "reject":
        return Result(
            "mail", "spf", Action.REJECT, "spf_fail", subject=address or ctx.helo, rule=rule, target=verdict.explanation
        )
    return Result("mail", "spf", Action.ACCEPT, "sender_ok", subject=address, rule=rule)
