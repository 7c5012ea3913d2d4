"""Decoding: the corpus (every Korean charset and encoding), broken input, limits, and never raising."""

from __future__ import annotations

import base64

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.mail.charsets import decode_bytes, detect, resolve_charset
from app.mail.decode import MAX_TEXT_CHARS, decode_message
from app.mail.html_text import html_to_text
from tests.support.corpus import (
    CASES,
    korean_multipart_20k,
    message,
    multipart,
    part,
    text_message,
)

DECODING = [case for case in CASES if case.subject is not None or case.text_has or case.attachments or case.charsets]


@pytest.mark.parametrize("case", DECODING, ids=lambda case: case.name)
def test_corpus_decodes(case) -> None:
    msg = decode_message(case.raw)
    if case.subject is not None:
        assert msg.subject == case.subject
    for fragment in case.text_has:
        assert fragment in msg.text
    for fragment in case.text_lacks:
        assert fragment not in msg.text
    if case.attachments:
        assert tuple(a.filename for a in msg.attachments) == case.attachments
    assert case.charsets <= msg.charsets


def test_bench_message_shape() -> None:
    raw = korean_multipart_20k()
    assert 15_000 <= len(raw) <= 25_000
    msg = decode_message(raw)
    assert msg.from_address == "kim@example.co.kr"
    assert msg.header("TO") == ["lee@example.com"]
    assert [(a.filename, a.content_type, a.size) for a in msg.attachments] == [("견적서.pdf", "application/pdf", 1033)]
    assert msg.attachments[0].data.startswith(b"%PDF-1.4")
    assert "<p>" not in msg.text and "margin" not in msg.text
    assert msg.defects == []


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("ks_c_5601-1987", "cp949"),
        ("KS_C_5601-1987", "cp949"),
        ("euc-kr", "cp949"),
        ('"EUC-KR"', "cp949"),
        ("x-windows-949", "cp949"),
        ("cp949", "cp949"),
        ("iso-2022-kr", "iso2022_kr"),
        ("UTF-8", "utf-8"),
        ("utf8", "utf-8"),
        ("unknown-8bit", None),
        ("x-unknown", None),
        ("no-such-charset", None),
        ("base64", None),
        ("rot13", None),
        (None, None),
        ("us-ascii", "ascii"),
    ],
)
def test_resolve_charset(label, codec) -> None:
    assert resolve_charset(label) == codec


def test_decode_bytes_detection() -> None:
    assert decode_bytes("똠방각하".encode("cp949"), None)[:2] == ("똠방각하", "cp949")
    assert decode_bytes("똠방각하".encode("cp949"), "euc-kr")[:2] == ("똠방각하", "cp949")
    assert decode_bytes("회의".encode(), "euc-kr")[:2] == ("회의", "utf-8")  # mislabelled UTF-8
    assert decode_bytes("회의".encode("cp949"), "utf-8")[1] == "cp949"  # wrong label, detected
    assert decode_bytes("회의".encode("cp949"), "utf-8")[2] is not None  # ... and recorded
    assert decode_bytes("회의".encode("iso2022_kr"), None)[:2] == ("회의", "iso2022_kr")
    assert decode_bytes(b"plain", "ks_c_5601-1987") == ("plain", "ascii", None)
    text, _codec, defect = decode_bytes(b"\xff\xfe\xfd\xfc abc", None)
    assert "abc" in text and defect
    assert detect(b"\xc3\xa9") == "utf-8"


def test_seven_bit_japanese_and_korean_in_bodies_and_raw_headers() -> None:
    """ISO-2022-JP, Japanese mail's usual charset, is ASCII bytes with escapes: read in the declared charset, or
    in the one its escapes name when undeclared (a raw header); plain ASCII and ISO-2022-KR as before."""
    japanese = "写真送りますね、登録は無料です"
    assert decode_bytes(japanese.encode("iso2022_jp"), "iso-2022-jp")[:2] == (japanese, "iso2022_jp")
    assert decode_bytes(japanese.encode("iso2022_jp"), None)[0] == japanese
    assert decode_bytes("회의 자료".encode("iso2022_jp_2"), None)[0] == "회의 자료"  # KS X 1001 under -JP-2
    assert decode_bytes(b"\x1b$B!", None)[1] == "ascii"  # a broken escape: read as it is, no error
    raw = (
        b"From: =?utf-8?B?7IKs7L+g6528?= <sakura@example.jp>\r\nSubject: "
        + "お仕事おつかれさまです".encode("iso2022_jp")
        + b"\r\nContent-Type: text/plain; charset=iso-2022-jp\r\n\r\n"
        + japanese.encode("iso2022_jp")
        + b"\r\n"
    )
    msg = decode_message(raw)
    assert msg.subject == "お仕事おつかれさまです"
    assert msg.text.strip() == japanese


def test_broken_encoded_words_are_defects_not_errors() -> None:
    raw = text_message("=?UTF-8?B?" + base64.b64encode("출장 보고서".encode()).decode() + " =?x?Q?=ZZ?=", "x")
    msg = decode_message(raw)
    assert msg.subject.startswith("출장 보고서")
    assert any("missing ?=" in d for d in msg.defects)


def test_text_is_bounded() -> None:
    body = "가나다라마바사 " * 60_000  # ~480 K characters
    msg = decode_message(
        message(
            "big",
            multipart(
                "mixed",
                [
                    part(body.encode("cp949"), "text/plain; charset=euc-kr", "base64"),
                    part(body.encode(), "text/plain; charset=utf-8", "8bit"),
                ],
                "b",
            ),
        )
    )
    assert len(msg.text) <= MAX_TEXT_CHARS + 1
    assert msg.text.startswith("가나다라마바사")
    assert any("limit" in d for d in msg.defects)


def test_deep_nesting_and_many_parts_do_not_raise() -> None:
    inner = part(b"leaf", "text/plain")
    for depth in range(300):
        inner = multipart("mixed", [inner], f"d{depth}")
    decode_message(message("deep", inner))
    many = multipart(
        "mixed", [part(b"x", "application/octet-stream", "base64", filename=f"{i}.bin") for i in range(700)], "many"
    )
    msg = decode_message(message("many", many))
    assert len(msg.attachments) == 512
    assert any("MIME parts" in d for d in msg.defects)


@pytest.mark.parametrize(
    ("header", "address"),
    [
        ("Kim <Kim@Example.CO.KR>", "kim@example.co.kr"),
        ("=?UTF-8?B?" + base64.b64encode("김민수".encode()).decode() + "?= <ms.kim@example.kr>", "ms.kim@example.kr"),
        ("plain@example.com", "plain@example.com"),
        ('"a, b" <ab@example.com>', "ab@example.com"),
        ("undisclosed-recipients:;", ""),
    ],
)
def test_from_address(header: str, address: str) -> None:
    assert decode_message(text_message("s", "b", sender=header)).from_address == address


def test_html_to_text() -> None:
    assert (
        html_to_text(
            "<p>안녕&nbsp;하세요 &amp; <b>굵게</b></p><script>x()</script><style>p{}</style>"
            '<img src=x alt="무료 쿠폰"><!-- 숨김 -->끝'
        )
        == "안녕 하세요 & 굵게\n무료 쿠폰 끝"
    )
    assert html_to_text("<div>one</div><div>two</div>") == "one\ntwo"
    assert html_to_text("no markup &lt;at all&gt;") == "no markup <at all>"
    assert html_to_text("<a href='x>y'>broken <unclosed") == "y'>broken <unclosed"
    assert (
        html_to_text("무<b></b>료 vi<i>a</i>gra<noscript>보임</noscript><SCRIPT>x</script>끝") == "무료 viagra보임\n끝"
    )
    assert html_to_text("<P>a</P><Img ALT='z'>b<TD>c<pre>d</pre><param>e<brx>f<head><title>t") == "a\nz b\nc\nd\nef\nt"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_decode_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    msg = decode_message(raw)
    assert isinstance(msg.text, str) and isinstance(msg.subject, str)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(CASES),
    st.lists(st.tuples(st.integers(0, 10**6), st.binary(max_size=6)), max_size=6),
    st.integers(0, 10**6),
)
def test_decode_never_raises_on_mutated_corpus(case, edits, cut) -> None:
    raw = bytearray(case.raw)
    for position, data in edits:
        position %= len(raw) + 1
        raw[position : position + len(data)] = data
    decode_message(bytes(raw[: cut % (len(raw) + 1)] if cut % 3 == 0 else raw))


def test_a_flood_of_blank_lines_is_squeezed_before_parsing_and_the_parts_after_it_still_seen() -> None:
    from app.mail.decode import MAX_DECODED_LINES

    attachment = (
        b'--b\r\nContent-Type: application/octet-stream; name="run.exe"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nTVqQAA==\r\n--b--\r\n"
    )
    raw = (
        b"Subject: blank\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n"
        + b"\r\n" * (MAX_DECODED_LINES + 10)
        + b"visible text\r\n"
        + attachment
    )
    msg = decode_message(raw)
    assert "visible text" in msg.text and [a.filename for a in msg.attachments] == ["run.exe"]
    assert not any("lines" in defect for defect in msg.defects)


def test_past_the_line_budget_only_the_first_lines_are_decoded_and_a_defect_says_so() -> None:
    from app.mail.decode import MAX_DECODED_LINES

    raw = b"Subject: short lines\r\n\r\nfirst\r\n" + b"a\r\n" * MAX_DECODED_LINES + b"never decoded\r\n"
    msg = decode_message(raw)
    assert msg.subject == "short lines" and msg.text.startswith("first")
    assert "never decoded" not in msg.text
    assert f"more than {MAX_DECODED_LINES} lines: only the first {MAX_DECODED_LINES} decoded" in msg.defects


def test_past_the_line_budget_the_message_is_incomplete_and_later_attachment_names_still_seen() -> None:
    """Fail closed: a message of tiny lines cannot walk an .exe past the content checks."""
    from app.mail.decode import MAX_DECODED_LINES

    raw = (
        b'Subject: tiny lines\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\n"
        + b"a\r\n" * MAX_DECODED_LINES
        + b'--b\r\nContent-Type: application/octet-stream; name="invoice.pdf.exe"\r\n\r\nMZ\r\n--b--\r\n'
    )
    msg = decode_message(raw)
    assert msg.incomplete
    assert "invoice.pdf.exe" in [a.filename for a in msg.attachments]
