"""Connect stage: judges the peer before the greeting."""

from __future__ import annotations

from . import lists
from .context import SessionContext
from .result import Action, Result


async def check(ctx: SessionContext) -> list[Result]:
    blocked = lists.at_connect(ctx)
    if blocked is not None:
        return [blocked]
    network = ctx.policy.trusted_network_for(ctx.client_ip)
    rule = f"trusted_network:{network}" if network else ""
    return [Result("connect", "peer", Action.ACCEPT, "connect_ok", subject=ctx.client_ip, rule=rule)]
