"""HELO/EHLO stage: the client's name must look like a name or an address literal, and not be ours."""

from __future__ import annotations

import re

from ..policy.names import parse_ip
from .context import SessionContext
from .result import Action, Result

_NAME = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?")
_LITERAL = re.compile(r"\[[0-9A-Fa-f:.]+\]|\[IPv6:[0-9A-Fa-f:.]+\]", re.IGNORECASE)


async def check(ctx: SessionContext, name: str) -> list[Result]:
    if len(name) > 255 or not (_NAME.fullmatch(name) or _LITERAL.fullmatch(name)):
        return [Result("helo", "helo_syntax", Action.REJECT, "bad_helo", subject=name[:80])]
    if _claims_to_be_us(ctx, name) and ctx.policy.trusted_network_for(ctx.client_ip) is None:
        return [
            Result("helo", "helo_forged", Action.REJECT, "helo_claims_us", subject=name, rule="helo:not ours to claim")
        ]
    return [Result("helo", "helo_syntax", Action.ACCEPT, "helo_ok", subject=name)]


def _claims_to_be_us(ctx: SessionContext, name: str) -> bool:
    """A stranger naming itself with our host name or our address is lying: spambots do it to look local."""
    ours = ctx.policy.settings.hostname
    if "." in ours and name.lower().rstrip(".") == ours:
        return True
    literal = name[1:-1].lower().removeprefix("ipv6:") if name.startswith("[") else name
    address, local = parse_ip(literal), parse_ip(ctx.local_ip)
    return address is not None and local is not None and address == local and not address.is_loopback
