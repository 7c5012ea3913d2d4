"""DATA stage: mail loops, authentication (DKIM, DMARC), then the content checks (viruses, rules)."""

from __future__ import annotations

from ..mail.trace import count_received
from . import content, mailauth
from .context import SessionContext
from .result import Action, Result


async def check(ctx: SessionContext, content_bytes: bytes) -> list[Result]:
    hops = count_received(content_bytes)
    limit = ctx.policy.settings.max_hops
    if hops >= limit:
        return [
            Result(
                "data",
                "hop_count",
                Action.REJECT,
                "mail_loop",
                subject=str(hops),
                rule=f"setting:smtp.max_hops={limit}",
            )
        ]
    checked = [Result("data", "hop_count", Action.ACCEPT, "data_ok", subject=str(hops))]
    authentication = await mailauth.check(ctx, content_bytes)
    if authentication is not None and authentication.action is Action.REJECT:
        return checked + [authentication]
    if authentication is not None and authentication.accepted:
        checked.append(authentication)  # before the content checks: the last acceptance is the verdict
    checked += await content.check(ctx, content_bytes)
    if authentication is not None and authentication.action is Action.QUARANTINE:
        checked.append(authentication)  # after them: a content refusal outranks DMARC's quarantine
    return checked
