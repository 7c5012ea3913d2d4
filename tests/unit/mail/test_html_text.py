"""HTML to text: hostile markup stays linear, comments and references, hidden text kept apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.mail.decode import MAX_TEXT_CHARS, decode_message
from app.mail.html_text import MAX_HTML_CHARS, html_to_text, visible_and_hidden
from tests.support.corpus import message, multipart, part, text_message


@pytest.mark.parametrize(
    "unit",
    [
        "<a",
        "<img",
        "<!--",
        "<script",
        "<a href='",
        "<div style=display:none>",
        '<p style="color:#fff">x',
        "<![CDATA[",
        "<style",
        "<a\n",
        "<p class=h>x",
        '<a class="class="',
    ],
)
def test_tag_bombs_convert(unit: str) -> None:
    """300 KB of unclosed tags: with `[^>]*` each of these took minutes (quadratic); now milliseconds.
    No timing here (bench/hostile.py measures); the test shows that the conversion finishes and keeps text."""
    bomb = unit * (300_000 // len(unit))
    visible, hidden = visible_and_hidden("<style>.h{display:none} x{</style>" + bomb + "끝")
    assert isinstance(visible, str) and isinstance(hidden, str)
    assert html_to_text("<p>앞</p>" + bomb[:1000] + "<p>뒤</p>") is not None


def test_markup_beyond_the_budget_is_not_read() -> None:
    assert html_to_text("x" * MAX_HTML_CHARS + "꼬리") == "x" * MAX_HTML_CHARS


@pytest.mark.parametrize(
    ("markup", "visible"),
    [
        ("대<!-- x -->출", "대출"),
        ("광<!---->고", "광고"),
        ("&#44305;&#44256;", "광고"),
        ("&#xAD11;&#xACE0;", "광고"),
        ("&#44305&#44256", "광고"),
        ("무&nbsp;료 &lt;b&gt;", "무 료 <b>"),
        ("앞<!-- 끝나지 않는 주석", "앞"),
    ],
)
def test_comments_and_references(markup: str, visible: str) -> None:
    assert html_to_text(markup) == visible


@pytest.mark.parametrize(
    ("markup", "visible", "hidden"),
    [
        ('<p>보임</p><div style="display:none">회의 <b>안건</b></div>', "보임", "회의 안건"),
        ('<p>보임</p><div style="DISPLAY: NONE !important">숨김</div>', "보임", "숨김"),
        ('<span style="visibility:hidden">숨김</span>보임', "보임", "숨김"),
        ('<span style="font-size:0">숨김</span>보임', "보임", "숨김"),
        ('<span style="font-size: 1px">숨김</span>보임', "보임", "숨김"),
        ('<span style="font-size:12px">보임</span>', "보임", ""),
        ('<span style="opacity:0">숨김</span>보임', "보임", "숨김"),
        ('<font color="#ffffff">숨김</font>보임', "보임", "숨김"),
        ('<span style="color:#fefefe">숨김</span>보임', "보임", "숨김"),
        ('<span style="color:red;background-color:#f00">숨김</span>보임', "보임", "숨김"),
        ('<body bgcolor="#000"><font color="black">숨김</font>보임</body>', "보임", "숨김"),
        ('<body bgcolor="#000"><font color="white">보임</font></body>', "보임", ""),
        # a dark cell somewhere: white text may sit on it, so it counts as visible
        ('<td bgcolor="#000"><font color="#fff">보임</font></td>', "보임", ""),
        ("<div hidden>숨김</div>보임", "보임", "숨김"),
        ('<img style="display:none" alt="숨은 그림">보임', "보임", "숨은 그림"),
        ('<div style="display:none">바깥<div>안쪽</div>바깥끝</div>보임', "보임", "바깥\n안쪽\n바깥끝"),
        ('무<span style="display:none">ㅋ</span>료', "무료", "ㅋ"),
        # unclosed: only up to the next tag is hidden, the rest is visible (in doubt, visible)
        ('<div style="display:none">숨김<p>보임</p>', "보임", "숨김"),
        ('<script>x="<div style=display:none>"</script>보임', "보임", ""),
        # a class hidden by a <style> block
        (
            '<style>.h, p.x { display: none }</style><span class="a h">숨김</span>보임<p class=x>숨김2</p>',
            "보임",
            "숨김\n숨김2",
        ),
        ('<style>.h{color:red}</style><span class="h">보임</span>', "보임", ""),
        # a block element ends a hidden paragraph: what follows is visible
        ('<p style="display:none">숨김<div>보임</div></p>', "보임", "숨김"),
    ],
)
def test_hidden_text(markup: str, visible: str, hidden: str) -> None:
    assert visible_and_hidden(markup) == (visible, hidden)


def test_decoded_message_carries_hidden_text_apart() -> None:
    raw = text_message("s", '<p>대출 상담</p><div style="display:none">회의 일정 날씨 안부</div>', html=True)
    msg = decode_message(raw)
    assert msg.text == "대출 상담"
    assert msg.hidden_text == "회의 일정 날씨 안부"
    assert decode_message(text_message("s", "plain")).hidden_text == ""


TAGS = st.sampled_from(
    [
        "<a",
        "<img",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "<div style='display:none'>",
        "</div>",
        "<font color=#fff>",
        "</font>",
        ">",
        "<",
        "&#44305;",
        "&amp",
        '"',
        "'",
        "<p hidden>",
        "<![CDATA[",
        "]]>",
        "<body bgcolor=#000>",
        " alt=x ",
        "<br/>",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TAGS, st.text(max_size=5)), max_size=40).map("".join))
def test_never_raises_and_keeps_no_tags(markup: str) -> None:
    visible, hidden = visible_and_hidden(markup)
    assert isinstance(visible, str) and isinstance(hidden, str)
    assert "<div style" not in visible and "<font" not in visible


def test_hidden_text_of_a_message_is_bounded() -> None:
    hidden_part = ('<p>x</p><div style="display:none">' + "숨김 " * 60_000 + "</div>").encode()
    raw = message("s", multipart("mixed", [part(hidden_part, "text/html; charset=utf-8", "base64")] * 4, "b"))
    msg = decode_message(raw)
    assert len(msg.hidden_text) <= MAX_TEXT_CHARS + 4
    assert msg.text.startswith("x")
