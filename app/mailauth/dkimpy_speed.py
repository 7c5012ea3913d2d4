"""Faster stand-ins for some of dkimpy's internals, installed once when app.mailauth is imported.

dkimpy (1.1) verifies RSA in pure Python (a 2048-bit modular power and byte-at-a-time conversions), splits
the whole message into lines with a regular expression to find the header/body boundary and joins the body
again, and rewrites every single space of a relaxed body. Per 20 KB message that was most of a
verification. The stand-ins give dkimpy's results (tests/unit/mailauth/test_dkimpy_speed.py checks them against the
originals with hypothesis); the one difference is that OpenSSL refuses an RSA signature not below the
modulus, which dkimpy's arithmetic would reduce and accept (RFC 8017 8.2.2 says refuse).
"""

from __future__ import annotations

import re
from importlib.metadata import version

import dkim
import dkim.canonicalization
import dkim.crypto
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

_original_rfc822_parse = dkim.rfc822_parse
_original_rsa_verify = dkim.RSASSA_PKCS1_v1_5_verify
_original_compress_whitespace = dkim.canonicalization.compress_whitespace
_original_strip_trailing_whitespace = dkim.canonicalization.strip_trailing_whitespace
_HASHES = {"sha1": hashes.SHA1, "sha256": hashes.SHA256}
_WHITESPACE_RUN = re.compile(b"(?: [\t ]|\t)[\t ]*")  # every run but a lone space, which stays as it is
_TRAILING_WHITESPACE = re.compile(b"[\t ]+\r\n")


def int2str(n: int, length: int = -1) -> bytearray:
    """dkim.crypto.int2str: big-endian bytes of n, cut or padded to `length` when it is given."""
    assert n >= 0
    if length < 0:
        return bytearray(n.to_bytes(max(1, (n.bit_length() + 7) // 8), "big"))
    return bytearray((n & ((1 << (8 * length)) - 1)).to_bytes(length, "big"))


def str2int(s: bytes) -> int:
    """dkim.crypto.str2int: the big-endian integer of a byte string."""
    return int.from_bytes(bytes(s), "big")


def rfc822_parse(message: bytes) -> tuple[list[list[bytes]], bytes]:
    """dkim.rfc822_parse: when every line ends in CRLF (as the gateway's own reader makes them) only the
    header section is parsed line by line, and the body is the bytes after the blank line as they are."""
    end = message.find(b"\r\n\r\n")
    if end <= 0 or message.startswith(b"\r\n") or message.count(b"\n") != message.count(b"\r\n"):
        return _original_rfc822_parse(message)
    headers, _ = _original_rfc822_parse(message[: end + 4])
    return headers, message[end + 4 :]


def rsa_verify(hash, signature: bytes, public_key: dict) -> bool:
    """dkim.RSASSA_PKCS1_v1_5_verify with OpenSSL; dkimpy's own for whatever OpenSSL will not take."""
    algorithm = _HASHES.get(getattr(hash, "name", "").lower())
    modulus, exponent = public_key["modulus"], public_key["publicExponent"]
    if algorithm is None or modulus.bit_length() < 1024 or len(signature) != (modulus.bit_length() + 7) // 8:
        return _original_rsa_verify(hash, signature, public_key)
    try:
        key = rsa.RSAPublicNumbers(exponent, modulus).public_key()
        key.verify(bytes(signature), hash.digest(), padding.PKCS1v15(), utils.Prehashed(algorithm()))
    except InvalidSignature:
        return False
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return _original_rsa_verify(hash, signature, public_key)
    return True


def compress_whitespace(content: bytes) -> bytes:
    """dkim.canonicalization.compress_whitespace: runs of spaces and tabs become one space."""
    if b"\t" not in content and b"  " not in content:
        return content
    return _WHITESPACE_RUN.sub(b" ", content)


def strip_trailing_whitespace(content: bytes) -> bytes:
    """dkim.canonicalization.strip_trailing_whitespace: no space or tab before a line end."""
    if b" \r\n" not in content and b"\t\r\n" not in content:
        return content
    return _TRAILING_WHITESPACE.sub(b"\r\n", content)


def install() -> None:
    """Only over the dkimpy this was written for: another version keeps its own (slower, correct) functions."""
    if not version("dkimpy").startswith("1.1."):
        return
    dkim.crypto.int2str = int2str
    dkim.crypto.str2int = str2int
    dkim.rfc822_parse = rfc822_parse
    dkim.RSASSA_PKCS1_v1_5_verify = rsa_verify
    dkim.canonicalization.compress_whitespace = compress_whitespace
    dkim.canonicalization.strip_trailing_whitespace = strip_trailing_whitespace


install()
