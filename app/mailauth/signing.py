"""DKIM-Signature for an outgoing message (RFC 6376, RFC 8463 for Ed25519).

dkimpy does the canonicalisation, header selection and folding; the signature itself is made with
`cryptography`, because dkimpy signs RSA in pure Python (about 10 ms for a 2048-bit key, holding the
GIL), while OpenSSL takes well under 1 ms and releases the GIL. dkimpy's own verifier checks the result
in the tests.
"""

from __future__ import annotations

import base64
import hashlib
import time

import dkim
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, utils

from .keys import DkimKey, load_private_key

# Signed when present (RFC 6376 5.4.1); From: is signed once more than it occurs, so that no From:
# can be added on the way without breaking the signature.
SIGNED_HEADERS = (
    b"from",
    b"reply-to",
    b"subject",
    b"date",
    b"to",
    b"cc",
    b"message-id",
    b"in-reply-to",
    b"references",
    b"mime-version",
    b"content-type",
    b"content-transfer-encoding",
    b"list-unsubscribe",
    b"list-unsubscribe-post",
)
# relaxed headers (they get refolded on the way), simple body: dkimpy's own default, and the relaxed body
# rules cost two regular-expression passes over the whole body. The gateway is the last hop that edits
# the message, and it sends the queued bytes as they are.
_CANONICALISATION = dkim.CanonicalizationPolicy.from_c_value(b"relaxed/simple")


class SigningError(ValueError):
    pass


def signature_header(message: bytes, key: DkimKey, now: float | None = None) -> bytes:
    """The DKIM-Signature: header line (CRLF-terminated) to put on top of `message`."""
    try:
        headers, body = dkim.rfc822_parse(message)
    except dkim.MessageFormatError as exc:
        raise SigningError(f"message cannot be signed: {exc}") from None
    present = {name.lower() for name, _value in headers}
    if b"from" not in present:
        raise SigningError("message has no From: header")
    include = [name for name in SIGNED_HEADERS if name in present] + [b"from"]
    body_hash = base64.b64encode(hashlib.sha256(_CANONICALISATION.canonicalize_body(body)).digest())
    algorithm = b"ed25519-sha256" if key.algorithm == "ed25519" else b"rsa-sha256"
    fields = [
        (b"v", b"1"),
        (b"a", algorithm),
        (b"c", b"relaxed/simple"),
        (b"d", key.domain.encode("ascii")),
        (b"s", key.selector.encode("ascii")),
        (b"t", str(int(time.time() if now is None else now)).encode()),
        (b"h", b":".join(include)),
        (b"bh", body_hash),
        (b"b", b""),
    ]
    value = dkim.fold(b"; ".join(b"=".join(f) for f in fields), namelen=len(b"DKIM-Signature"))
    hasher = hashlib.sha256()
    canonical = _CANONICALISATION.canonicalize_headers(headers)
    dkim.hash_headers(hasher, _CANONICALISATION, canonical, include, (b"DKIM-Signature", b" " + value), None)
    private = load_private_key(key.algorithm, key.private)
    digest = hasher.digest()
    if isinstance(private, ed25519.Ed25519PrivateKey):
        signature = private.sign(digest)  # RFC 8463: Ed25519 over the SHA-256 of the header data
    else:
        signature = private.sign(digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))
    folded = dkim.fold(value + base64.b64encode(signature), namelen=len(b"DKIM-Signature"))
    return b"DKIM-Signature: " + folded + b"\r\n"
