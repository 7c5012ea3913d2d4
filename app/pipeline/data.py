"""DATA stage: loops and the Received: trace header. Content filters hook in here (issue 5)."""
from __future__ import annotations

from ..mail.trace import count_received
from .context import SessionContext
from .result import Action, Result


async def check(ctx: SessionContext, content: bytes) -> list[Result]:
    hops = count_received(content)
    limit = ctx.policy.settings.max_hops
    if hops >= limit:
        return [Result("data", "hop_count", Action.REJECT, "mail_loop", subject=str(hops),
                       rule=f"setting:smtp.max_hops={limit}")]
    return [Result("data", "hop_count", Action.ACCEPT, "data_ok", subject=str(hops))]
