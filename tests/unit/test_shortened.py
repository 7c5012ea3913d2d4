"""safe_text.shortened: a summary fits its place without a word cut in two."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.safe_text import shortened


def test_a_long_alert_summary_is_cut_between_words_with_an_ellipsis():
    summary = "sender webmaster@corp.example sent 8 messages to 8 domains in 10 minutes (usual: 0)"
    assert shortened(summary, 60) == "sender webmaster@corp.example sent 8 messages to 8 domains…"
    assert (
        shortened("스팸 발송 의심 계정이 10분 동안 외부 도메인 여러 곳에 메일을 보냈습니다", 20)
        == "스팸 발송 의심 계정이 10분…"
    )


@given(st.text(max_size=200), st.integers(min_value=2, max_value=120))
def test_shortened_fits_and_keeps_the_beginning(text, width):
    short = shortened(text, width)
    assert len(short) <= width
    if len(text) <= width:
        assert short == text
    else:
        assert short.endswith("…") and text.startswith(short[:-1])
