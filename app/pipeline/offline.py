"""Runs the DATA stage's own checks on a message outside an SMTP session (`mailmoat check`, rule tests)."""

from __future__ import annotations

from ..policy.snapshot import PolicySnapshot
from ..scan.clamd import Scanner
from ..mail.addresses import AddressError, parse_forward_path
from . import data
from .content import ContentOutcome
from .context import AcceptedRecipient, SessionContext
from .result import Result


async def check_message(
    policy: PolicySnapshot, raw: bytes, recipients: list[str], scanner: Scanner | None, client_ip: str = "127.0.0.1"
) -> tuple[list[Result], ContentOutcome | None]:
    """The results the gateway would give `raw` at DATA for these recipients. Raises ValueError on a bad address."""
    ctx = SessionContext("offline", client_ip, "127.0.0.1", policy, scanner=scanner)
    for address in recipients:
        try:
            mailbox = parse_forward_path(f"<{address}>", smtputf8=True)
        except AddressError as exc:
            raise ValueError(f"bad recipient {address!r}: {exc.kind.replace('_', ' ')}") from None
        ctx.recipients.append(AcceptedRecipient(mailbox, "upstream"))
    results = await data.check(ctx, raw)
    return results, ctx.content
