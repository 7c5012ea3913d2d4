"""HELO/EHLO stage: the client's name must at least look like a name or an address literal."""
from __future__ import annotations

import re

from .context import SessionContext
from .result import Action, Result

_NAME = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?")
_LITERAL = re.compile(r"\[[0-9A-Fa-f:.]+\]|\[IPv6:[0-9A-Fa-f:.]+\]", re.IGNORECASE)


async def check(ctx: SessionContext, name: str) -> list[Result]:
    if len(name) > 255 or not (_NAME.fullmatch(name) or _LITERAL.fullmatch(name)):
        return [Result("helo", "helo_syntax", Action.REJECT, "bad_helo", subject=name[:80])]
    return [Result("helo", "helo_syntax", Action.ACCEPT, "helo_ok", subject=name)]
