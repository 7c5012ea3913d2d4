"""Runs the server's own MAIL and RCPT stages for a hypothetical client: "would this relay?"."""

from __future__ import annotations

from ..policy.snapshot import PolicySnapshot
from . import mail, rcpt
from .context import SessionContext
from .result import Result, decided, decisive


async def would_relay(
    policy: PolicySnapshot, client_ip: str, sender: str, recipient: str, *, auth_user: str | None = None
) -> Result:
    """The verdict a real session from `client_ip` would get for MAIL FROM:<sender> RCPT TO:<recipient>."""
    ctx = SessionContext(
        session_id="probe",
        client_ip=client_ip.strip(),
        local_ip="",
        policy=policy,
        helo="probe",
        auth_user=auth_user,
        smtputf8=not (sender + recipient).isascii(),
    )
    sender_verdict = decisive(await mail.check(ctx, _path(sender)))
    if sender_verdict is not None and not sender_verdict.accepted:
        return sender_verdict
    return decided(await rcpt.check(ctx, _path(recipient)))


def _path(address: str) -> str:
    address = address.strip()
    return address if address.startswith("<") else f"<{address}>"
