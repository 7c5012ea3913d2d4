"""A decoded message works out the match form of a text once, for every stage that asks (the content rules, the
statistical filter's tokens)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.mail.decode import DecodedMessage, decode_message
from app.mail.normalise import match_form
from app.mail.tokens import message_tokens


@given(st.text(alphabet="aB 광고ㄱㅏ.\u200b&#;x1", max_size=40))
def test_same_form_as_match_form(text):
    message = DecodedMessage(text=text)
    assert message.match_form(text) == match_form(text)
    assert message.match_form(text) is message.match_form(text)


def test_the_tokens_read_the_form_the_rules_made():
    message = decode_message("Subject: 안내\r\n\r\n무료 상담 광고 문의 W.I.N.N.E.R\r\n".encode())
    form = message.match_form(message.text)
    tokens = message_tokens(message)
    assert message._match_forms == {message.text: form}  # no second form worked out for the short body
    assert {"광고", "winner"} <= tokens  # the spaced letters joined by match_form
