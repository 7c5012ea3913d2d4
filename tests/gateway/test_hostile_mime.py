"""Hostile MIME: a charset label names any codec Python has; none may defer a message forever or hide a part."""

from __future__ import annotations

import asyncio
import encodings.aliases

from hypothesis import given, settings
from hypothesis import strategies as st

from app.mail.charsets import decode_bytes
from app.mail.decode import decode_message
from app.mail.mime_tree import MAX_PARAM_HEADER
from app.store import quarantine as quarantine_store

from tests.conftest import wait_for
from tests.support.corpus import message, multipart, part
from tests.gateway.test_content_gateway import data_reply

CODEC_LABELS = sorted(
    set(encodings.aliases.aliases)
    | set(encodings.aliases.aliases.values())
    | {"undefined", "unicode_escape", "raw_unicode_escape", "idna", "punycode", "zlib", "rot13"}
)


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
    raw = message(
        "invoice",
        multipart(
            "mixed",
            [
                part("안녕하세요".encode() + b"\xff", 'text/plain; charset="undefined"'),
                part(b"MZ\x90\x00" * 16, "application/octet-stream", "base64", filename="invoice.pdf.exe"),
            ],
            "b1",
        ),
    )
    code, text = await asyncio.to_thread(data_reply, gateway, raw)
    assert code == 554 and "invoice.pdf.exe" in text
    assert not sink.messages


def _nested(depth: int, tail: bytes) -> bytes:
    inner = b"junk\r\n"
    for level in range(depth):
        inner = (
            b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (level, level)
            + inner
            + b"\r\n--n%d--\r\n" % level
        )
    return (
        b"From: <a@other.example>\r\nTo: <bob@corp.example>\r\nSubject: deep\r\n"
        b'Content-Type: multipart/mixed; boundary="top"\r\n\r\n--top\r\n'
        + inner
        + b"\r\n--top\r\n"
        + tail
        + b"\r\n--top--\r\n"
    )


EXE_PART = (
    b'Content-Type: application/octet-stream; name="invoice.pdf.exe"\r\n'
    b'Content-Disposition: attachment; filename="invoice.pdf.exe"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    b"TVqQAAMAAAAEAAAA"
)


def test_a_message_too_deep_to_parse_still_names_its_attachments_and_is_marked_incomplete() -> None:
    decoded = decode_message(_nested(1000, EXE_PART))
    assert decoded.subject == "deep"
    assert [a.filename for a in decoded.attachments] == ["invoice.pdf.exe"]
    assert decoded.incomplete


async def test_an_executable_beside_a_1000_deep_part_is_refused(gateway, sink):
    code, text = await asyncio.to_thread(data_reply, gateway, _nested(1000, EXE_PART))
    assert code == 554 and "invoice.pdf.exe" in text
    assert not sink.messages


async def test_a_message_the_decoder_cannot_read_to_the_end_is_quarantined_not_passed(gateway, sink):
    code, _text = await asyncio.to_thread(data_reply, gateway, _nested(1000, b"Content-Type: text/plain\r\n\r\nhi"))
    assert code == 250
    await wait_for(lambda: _quarantined(gateway))
    assert not sink.messages


def test_a_huge_parameter_list_is_parsed_in_bounded_time() -> None:
    """The stdlib counts quotes from the start for every ';': 60 KB of them took seconds on the loop."""
    bomb = b'application/pdf; name="' + b";" * 60000 + b'"'
    raw = (
        b'From: a@b.example\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: " + bomb + b"\r\n\r\nhello\r\n--b--\r\n"
    )
    decoded = decode_message(raw)  # 6 s before the bound, 0.1 s after (measured; no timing asserted here)
    attachment = decoded.attachments[0]
    assert attachment.content_type == "application/pdf"
    assert attachment.filename is not None and len(attachment.filename) <= MAX_PARAM_HEADER


async def _quarantined(gateway) -> bool:
    return bool(await quarantine_store.list_quarantine(gateway.store))
