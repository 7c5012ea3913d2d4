"""MAIL FROM stage: a sender must be a real address (or the null sender)."""
from __future__ import annotations

from ..smtp.addresses import AddressError, parse_reverse_path
from .context import SessionContext
from .result import Action, Result


async def check(ctx: SessionContext, path: str) -> list[Result]:
    try:
        sender = parse_reverse_path(path, smtputf8=ctx.smtputf8)
    except AddressError as exc:
        reason = "sender_missing_domain" if exc.kind == "missing_domain" else f"address_{exc.kind}"
        return [Result("mail", "address_syntax", Action.REJECT, reason, subject=_shown(path))]
    ctx.sender, ctx.has_sender = sender, True
    return [Result("mail", "address_syntax", Action.ACCEPT, "sender_ok", subject=sender.address if sender else "")]


def _shown(path: str) -> str:
    return path.strip()[1:-1][:200] if path.strip().startswith("<") else path[:200]
