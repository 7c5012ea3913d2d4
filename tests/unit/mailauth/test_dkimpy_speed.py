"""The faster dkimpy internals give exactly what dkimpy's own give, and signatures still verify."""

from __future__ import annotations

import dkim
import dkim.crypto
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.mailauth import dkimpy_speed, keys
from app.mailauth.signing import signature_header
from tests.support.corpus import korean_multipart_20k


def original_int2str(n, length=-1):  # dkimpy 1.1's, verbatim in behaviour
    r = bytearray()
    while length < 0 or len(r) < length:
        r.append(n & 0xFF)
        n >>= 8
        if length < 0 and n == 0:
            break
    r.reverse()
    return r


def original_str2int(s):
    r = 0
    for c in bytearray(s):
        r = (r << 8) | c
    return r


@given(st.integers(min_value=0, max_value=1 << 4100), st.integers(min_value=-1, max_value=520))
def test_int2str_is_dkimpys(n, length):
    assert dkimpy_speed.int2str(n, length) == original_int2str(n, length)


@given(st.binary(max_size=600))
def test_str2int_is_dkimpys(data):
    assert dkimpy_speed.str2int(data) == original_str2int(data)


_LINE = st.one_of(
    st.sampled_from(
        [
            b"",
            b"From: a@corp.example",
            b"Subject: =?UTF-8?B?6rSR6rOg?=",
            b" folded",
            b"\tfolded",
            b"From someone",
            b"X-Bad header",
            b"To: b@corp.example",
            b"body line",
            b".",
            b"\xea\xb4\x91",
        ]
    ),
    st.binary(max_size=20),
)
_END = st.sampled_from([b"\r\n", b"\r\n", b"\r\n", b"\n", b"\r"])


@settings(max_examples=400)
@given(st.lists(st.tuples(_LINE, _END), max_size=25))
def test_rfc822_parse_is_dkimpys(lines):
    assert_parsed_as_dkimpy_does(b"".join(line + end for line, end in lines))


def assert_parsed_as_dkimpy_does(message: bytes) -> None:
    try:
        expected = dkimpy_speed._original_rfc822_parse(message)
    except Exception as exc:  # dkimpy's own refusals (MessageFormatError, IndexError on a leading fold)
        with pytest.raises(type(exc)):
            dkimpy_speed.rfc822_parse(message)
        return
    assert dkimpy_speed.rfc822_parse(message) == expected


def test_installed_and_a_signature_still_verifies_and_a_tampered_body_fails():
    assert dkim.rfc822_parse is dkimpy_speed.rfc822_parse and dkim.crypto.int2str is dkimpy_speed.int2str
    raw = korean_multipart_20k()
    message = raw if b"\nfrom:" in b"\n" + raw.split(b"\r\n\r\n")[0].lower() else b"From: a@corp.test\r\n" + raw
    key = keys.generate("corp.test", "s1", "rsa")
    record = key.txt_value.encode()
    signed = signature_header(message, key) + message
    assert dkim.DKIM(signed, minkey=1024).verify(dnsfunc=lambda name, timeout=5: record)
    tampered = signed.replace(b"\r\n\r\n", b"\r\n\r\nX", 1)
    try:
        assert not dkim.DKIM(tampered, minkey=1024).verify(dnsfunc=lambda name, timeout=5: record)
    except dkim.ValidationError as exc:
        assert "body hash mismatch" in str(exc)


@settings(max_examples=300)
@given(st.lists(_LINE, max_size=25), st.lists(_LINE, max_size=10))
def test_rfc822_parse_is_dkimpys_on_crlf_messages_with_a_body(header_lines, body_lines):
    """The fast path itself: every line CRLF-terminated, a blank line between header and body."""
    if any(b"\r" in line or b"\n" in line for line in header_lines + body_lines):
        return
    assert_parsed_as_dkimpy_does(b"".join(line + b"\r\n" for line in [*header_lines, b"", *body_lines]))


_WSP_TEXT = st.lists(
    st.sampled_from([b" ", b"  ", b"\t", b" \t ", b"a", b"\xea\xb0\x80", b"\r\n", b"\r", b"\n", b"x y"]), max_size=40
).map(b"".join)


@given(_WSP_TEXT)
def test_whitespace_canonicalisation_is_dkimpys(content):
    assert dkimpy_speed.compress_whitespace(content) == dkimpy_speed._original_compress_whitespace(content)
    assert dkimpy_speed.strip_trailing_whitespace(content) == dkimpy_speed._original_strip_trailing_whitespace(content)


_RSA_KEY = keys.load_private_key("rsa", keys.generate("corp.test", "s1", "rsa").private)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200), st.sampled_from(["sha256", "sha1"]), st.sampled_from(["valid", "other", "noise"]))
def test_rsa_verification_is_dkimpys(data, hash_name, signature_kind):
    import hashlib

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    numbers = _RSA_KEY.public_key().public_numbers()
    public = {"modulus": numbers.n, "publicExponent": numbers.e}
    algorithm = {"sha256": hashes.SHA256(), "sha1": hashes.SHA1()}[hash_name]
    if signature_kind == "valid":
        signature = _RSA_KEY.sign(data, padding.PKCS1v15(), algorithm)
    elif signature_kind == "other":
        signature = _RSA_KEY.sign(data + b"!", padding.PKCS1v15(), algorithm)
    else:
        signature = hashlib.sha512(data).digest() * 4  # 256 bytes, most likely below the modulus
    digest = getattr(hashlib, hash_name)(data)
    expected = dkimpy_speed._original_rsa_verify(digest, signature, public)
    assert dkimpy_speed.rsa_verify(getattr(hashlib, hash_name)(data), signature, public) == expected
    assert expected == (signature_kind == "valid")
