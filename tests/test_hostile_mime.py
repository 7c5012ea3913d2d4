"""Hostile MIME: a charset label names any codec Python has; none may defer a message forever or hide a part."""
from __future__ import annotations

import asyncio
import encodings.aliases

from hypothesis import given, settings
from hypothesis import strategies as st

from app.mail.charsets import decode_bytes
from app.mail.decode import decode_message

from .corpus import message, multipart, part
from .test_content_gateway import data_reply

CODEC_LABELS = sorted(set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())
                      | {"undefined", "unicode_escape", "raw_unicode_escape", "idna", "punycode", "zlib", "rot13"})


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CODEC_LABELS), st.binary(max_size=64))
def test_any_codec_label_decodes_without_raising_or_lone_surrogates(label: str, data: bytes) -> None:
    text, _codec, _defect = decode_bytes(data + b"\xff", label)
    assert isinstance(text, str)
    text.encode("utf-8")  # raises on a lone surrogate


def test_an_undefined_charset_in_the_subject_is_read_not_refused() -> None:
    decoded = decode_message(b"Subject: =?undefined?B?/w==?=\r\nFrom: a@b.example\r\n\r\nhello\r\n")
    assert decoded.subject and decoded.defects


async def test_an_undefined_charset_never_defers_the_message_forever(gateway, sink):
    raw = b"From: <a@other.example>\r\nTo: <bob@corp.example>\r\nSubject: =?undefined?B?/w==?=\r\n\r\nhello\r\n"
    code, _text = await asyncio.to_thread(data_reply, gateway, raw)
    assert code == 250


async def test_an_executable_behind_a_part_in_an_undefined_charset_is_refused(gateway, sink):
    raw = message("invoice", multipart("mixed", [
        part("안녕하세요".encode() + b"\xff", 'text/plain; charset="undefined"'),
        part(b"MZ\x90\x00" * 16, "application/octet-stream", "base64", filename="invoice.pdf.exe")], "b1"))
    code, text = await asyncio.to_thread(data_reply, gateway, raw)
    assert code == 554 and "invoice.pdf.exe" in text
    assert not sink.messages
