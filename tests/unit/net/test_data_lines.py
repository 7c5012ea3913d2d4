"""The message data as the delivery client writes it after DATA's 354: aiosmtplib's encoding, byte for byte."""

from __future__ import annotations

from aiosmtplib.protocol import PERIOD_REGEX, normalize_message_line_endings
from hypothesis import given, settings
from hypothesis import strategies as st

from app.net.smtp_client import data_lines


def aiosmtplib_data(content: bytes) -> bytes:
    return PERIOD_REGEX.sub(b"..", normalize_message_line_endings(content)) + b".\r\n"


@settings(max_examples=500)
@given(st.lists(st.sampled_from([b"\r\n", b"\r", b"\n", b".", b"..", b"a", b"\xea\xb0\x80", b" "]), max_size=40))
def test_same_bytes_as_aiosmtplib(pieces):
    content = b"".join(pieces)
    assert b"".join(data_lines(content)) == aiosmtplib_data(content)


@given(st.lists(st.sampled_from([b".", b"a", b"\xed\x95\x9c", b"."]), max_size=8), st.integers(1, 12))
def test_crlf_lines_are_stuffed_and_ended(words, count):
    line = b"".join(words)
    content = (line + b"\r\n") * count
    assert b"".join(data_lines(content)) == aiosmtplib_data(content)


def test_every_ending_and_dot_case():
    for content in (
        b"",
        b".",
        b".\r\n",
        b"a\r\n.\r\n..\r\nb",
        b"a\n.\nb\r\n",
        b"a\r.\rb\r\n",
        b"a\r\r\nb\r\n",
        b"Subject: \xec\x95\x88\xeb\x85\x95\r\n\r\n.hidden\r\nend\r\n",
    ):
        assert b"".join(data_lines(content)) == aiosmtplib_data(content), content


def test_a_clean_message_is_written_as_it_is_not_copied():
    content = b"Subject: hi\r\n\r\n" + b"\xec\x95\x88\xeb\x85\x95 line\r\n" * 300
    body, end = data_lines(content)
    assert body is content
    assert end == b".\r\n"
