"""The stand-in for email.feedparser.NLCRE_eol (app/mail/feedparser_speed.py) finds what the original finds, and
the stdlib parser builds the same tree with it."""

from __future__ import annotations

import email
import email.feedparser
from email.policy import compat32

from hypothesis import given, settings
from hypothesis import strategies as st

from app.mail import feedparser_speed
from tests.support.corpus import CASES, korean_multipart_20k

ORIGINAL = feedparser_speed._original


def test_installed() -> None:
    assert isinstance(email.feedparser.NLCRE_eol, feedparser_speed._EndOfLineAtTheEnd)


@given(st.text(alphabet="ab\r\n -", max_size=12))
def test_search_finds_what_the_original_finds(text: str) -> None:
    found, expected = email.feedparser.NLCRE_eol.search(text), ORIGINAL.search(text)
    assert (found and found.group(0)) == (expected and expected.group(0))


def _tree(message: email.message.Message) -> list:
    return [
        (
            part.get_content_type(),
            part.items(),
            part.preamble,
            part.epilogue,
            None if part.is_multipart() else part.get_payload(),
            [type(d).__name__ for d in part.defects],
        )
        for part in message.walk()
    ]


def _parse_both(raw: bytes) -> tuple[list, list]:
    fast = _tree(email.message_from_bytes(raw, policy=compat32))
    email.feedparser.NLCRE_eol = ORIGINAL
    try:
        slow = _tree(email.message_from_bytes(raw, policy=compat32))
    finally:
        feedparser_speed.install()
    return fast, slow


def test_same_tree_for_every_corpus_case() -> None:
    for case in CASES + [type("Case", (), {"raw": korean_multipart_20k()})()]:
        fast, slow = _parse_both(case.raw)
        assert fast == slow


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "--b\r\n",
                "--b--\r\n",
                "--b\n",
                "\r\n",
                "\n",
                "\r",
                "text\r\n",
                "x",
                "--b--",
                "Content-Type: text/plain\r\n",
                "Content-Type: multipart/mixed; boundary=c\r\n",
                "--c\r\n",
                "--c--\n",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_same_tree_for_any_multipart_body(body: str) -> None:
    raw = ("Content-Type: multipart/mixed; boundary=b\r\n\r\n" + body).encode()
    fast, slow = _parse_both(raw)
    assert fast == slow
