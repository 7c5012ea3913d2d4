"""Authentication at the end of DATA: the DKIM signature for mail relayed out, computed over the
message exactly as it is queued (after the gateway's own header edits), so every retry sends the
same signed bytes.
"""
from __future__ import annotations

import asyncio
import logging

from ..mailauth.headers import from_domain
from ..mailauth.keys import DkimKeyError
from ..mailauth.signing import SigningError, signature_header
from .context import SessionContext

log = logging.getLogger(__name__)


def relayed_out(ctx: SessionContext) -> bool:
    """Mail from the office itself: an authenticated client or a trusted network."""
    return bool(ctx.auth_user) or ctx.policy.trusted_network_for(ctx.client_ip) is not None


async def finish(ctx: SessionContext, trace: bytes, content: bytes) -> bytes:
    """The message to queue: the trace headers and content, DKIM-signed when it leaves for the world."""
    message = trace + content
    if not ctx.policy.settings.dkim_sign or not ctx.policy.dkim_keys or not relayed_out(ctx):
        return message
    domain = from_domain(content)
    key = ctx.policy.dkim_keys.get(domain) if domain else None
    if key is None:
        return message
    try:  # off the loop: canonicalising a big message takes a while, and OpenSSL releases the GIL
        signature = await asyncio.to_thread(signature_header, message, key)
    except (SigningError, DkimKeyError) as exc:
        log.warning("session %s: not DKIM-signed for %s: %s", ctx.session_id, domain, exc)
        return message
    return signature + message
