"""SASL PLAIN and LOGIN (RFC 4616, the LOGIN draft): the credentials out of the exchange, or a 501 said."""

from __future__ import annotations

import base64
import binascii

from aiosmtpd.smtp import MISSING, SMTP


async def plain_credentials(server: SMTP, args: list[str]) -> tuple[bytes, bytes] | None:
    """(login, password) from AUTH PLAIN [initial-response]; None when the client gave up or sent garbage."""
    blob = await _first_response(server, args, "")
    if blob is None:
        return None
    parts = blob.split(b"\0")
    if len(parts) != 3:
        await server.push("501 5.5.2 Can't split auth value")
        return None
    return parts[1], parts[2]


async def login_credentials(server: SMTP, args: list[str]) -> tuple[bytes, bytes] | None:
    """(login, password) from AUTH LOGIN [initial-response] and its challenges; None as for PLAIN."""
    login = await _first_response(server, args, SMTP.AuthLoginUsernameChallenge)
    if login is None:
        return None
    password = await server.challenge_auth(SMTP.AuthLoginPasswordChallenge)
    if password is MISSING:
        return None
    return login, password


async def _first_response(server: SMTP, args: list[str], challenge: str) -> bytes | None:
    """The initial response given with the AUTH command, or the answer to `challenge`; None if the client
    cancelled or sent bad base64 (then with a 501 said)."""
    if len(args) > 1:
        decoded = _b64(args[1])
        if decoded is None:
            await server.push("501 5.5.2 Can't decode base64")
        return decoded
    answer = await server.challenge_auth(challenge)
    return None if answer is MISSING else answer


def _b64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.encode(), validate=True)
    except (binascii.Error, ValueError):
        return None
