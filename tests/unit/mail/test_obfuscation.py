"""Issue 15: obfuscated Korean keywords are found, ordinary words that merely contain them are not.

Each case goes through a real message (decode, HTML, normalise, compiled rules), not just normalise().
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.mail.decode import decode_message
from app.mail.normalise import match_form, normalise
from app.policy.content_rules import ContentRule, compile_rules
from tests.support.corpus import q_encode, text_message


def rule(name: str, field: str, pattern: str, *, word: bool = False) -> ContentRule:
    return ContentRule(None, name, field, pattern, False, "advertising", 1.0, None, word=word)


RULES = compile_rules(
    [
        rule("ad", "subject", "광고"),
        rule("adult", "body", "성인"),
        rule("loan", "body", "대출"),
        rule("baccarat", "body", "바카라"),
        rule("toto", "body", "토토"),
        rule("ad-body", "body", "광고"),
        rule("optout", "body", "무료수신거부"),
    ],
    ad_tag_enabled=False,
)


def subject_hits(subject: str) -> set[str]:
    raw = text_message(f"=?UTF-8?Q?{q_encode(subject.encode())}?=", "본문")
    return {hit.name for hit in RULES.evaluate(decode_message(raw))}


def body_hits(body: str, *, html: bool = False) -> set[str]:
    return {hit.name for hit in RULES.evaluate(decode_message(text_message("s", body, html=html)))}


@pytest.mark.parametrize("subject", ["관광 고속버스 예약 안내", "완성 인원 보고", "여행 관광 고속도로"])
def test_words_that_merely_contain_a_keyword_across_a_space_do_not_hit(subject: str) -> None:
    assert subject_hits(subject) == set()
    assert body_hits(subject) == set()


@pytest.mark.parametrize(
    ("subject", "hit"),
    [
        ("광 고", True),
        ("광.고", True),
        ("[광, 고] 세일", True),
        ("ㄱㅘㅇ고", True),
        ("광ㄱㅗ", True),
        ("ㄱ ㅘ ㅇ.ㄱㅗ", True),
        ("ㄱㅘ0고", True),
        ("&#44305;&#44256;", True),
        ("광\u200b고", True),
        ("ﾡￌ고", False),  # halfwidth 고 then 고: not 광고
        ("\uffa1\uffcd\uffb7\uffa1\uffcc", True),  # halfwidth jamo ㄱㅘㅇㄱㅗ
        ("관광 고속버스", False),
        ("완성 인원", False),
    ],
)
def test_subject_obfuscations(subject: str, hit: bool) -> None:
    assert ("ad" in subject_hits(subject)) is hit


@pytest.mark.parametrize(
    ("body", "html", "expected"),
    [
        ("대ㅊㅜㄹ 상담", False, {"loan"}),
        ("대 출 상담", False, {"loan"}),
        ("바ㅋr라 게임", False, {"baccarat"}),
        ("토.토 사이트", False, {"toto"}),
        ("성<!-- x -->인 영상", True, {"adult"}),
        ("광<!-- -->고 문의", True, {"ad-body"}),
        ("&#44305;&#44256; 문의", True, {"ad-body"}),
        ("<p>대<b></b>출</p>", True, {"loan"}),
        ("무 료 수 신 거 부", False, {"optout"}),
        ("무료 수신 거부", False, {"optout"}),
        ("완성 인원 보고, 관광 고속버스 예약", False, set()),
        ("바카라 크리스털 납품", False, {"baccarat"}),  # substring rule: as intended, the word itself
    ],
)
def test_body_obfuscations(body: str, html: bool, expected: set[str]) -> None:
    assert body_hits(body, html=html) == expected


def test_hidden_text_does_not_reach_the_visible_body_rules_but_has_its_own_field() -> None:
    raw = text_message("s", '<p>회의 안내</p><div style="display:none">성인 대출 광고</div>', html=True)
    msg = decode_message(raw)
    assert RULES.evaluate(msg) == []
    assert "성인" in msg.hidden_text
    hidden_rules = compile_rules(
        [
            ContentRule(None, "has-hidden-text", "hidden", r"\S", True, "custom", 1.5, None),
            rule("hidden-loan", "hidden", "대출"),
        ],
        ad_tag_enabled=False,
    )
    assert {hit.name for hit in hidden_rules.evaluate(msg)} == {"has-hidden-text", "hidden-loan"}
    assert hidden_rules.evaluate(decode_message(text_message("s", "<p>회의 안내</p>", html=True))) == []


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("[광, 고]", "[광고]"),
        ("광 고", "광고"),
        ("관광 고속버스", "관광 고속버스"),
        ("완성 인원", "완성 인원"),
        ("ㄱㅘㅇ고", "광고"),
        ("광ㄱㅗ", "광고"),
        ("과ㅇ고", "광고"),
        ("대ㅊㅜㄹ", "대출"),
        ("ㄱㅗㅏㅇ고", "광고"),  # compound vowel spelled out
        ("ㄷr출", "다출"),  # r for ㅏ after a consonant jamo
        ("바ㅋr라", "바카라"),
        ("ㅅ1ㄴ규", "신규"),  # 1 for ㅣ
        ("ㄱㅘ0고", "광고"),  # 0 for ㅇ beside a vowel jamo
        ("ㅁㅜ2ㅛ", "무료"),  # 2 for ㄹ before a vowel jamo: 무 + 료
        ("&#44305;&#44256;", "광고"),
        ("&#xAD11;&#xACE0;", "광고"),
        ("ﾡￂﾷﾡￌ", "강고"),  # halfwidth jamo
        ("토.토", "토토"),
        ("요ㅋㅋㅋ 감사", "요\u110f\u110f\u110f 감사"),  # laughter is not a final consonant
        ("제2회 1층 B1", "제2회 1층 b1"),  # digits beside whole syllables stay digits
        ("회의 일정\n\n안내", "회의 일정 안내"),
    ],
)
def test_normal_forms(text: str, normal: str) -> None:
    assert normalise(text) == normal


HOSTILE = st.sampled_from(
    [
        "&#",
        "&#x",
        "&#44305;",
        "&#38;",
        "&#35;",
        "&#51;",
        ";",
        "ㄱ",
        "ㅏ",
        "ㅘ",
        "ㅇ",
        "ㄹ",
        "ﾡ",
        "ￂ",
        "r",
        "R",
        "0",
        "o",
        "2",
        "7",
        "L",
        "l",
        "1",
        "|",
        "ｒ",
        "㉠",
        "\u3164",
        "\u200b",
        "광",
        "고",
        " ",
        ".",
        "\n",
        "가",
        "ᄀ",
        "ᅡ",
        "ᆨ",
        "ㅋ",
        "ㅠ",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(HOSTILE, max_size=30).map("".join))
def test_normalise_idempotent_on_obfuscation_material(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    match_form(text)


def test_normalise_is_linear_on_hostile_input() -> None:
    """No regex in normalise may backtrack: 100 K characters of each hostile pattern must go through (a
    quadratic step would take minutes here). Timing figures are in bench/hostile.py, not asserted."""
    for unit in ("ㄱr", "ㄱ ", "가 ", "ㅘ0", "&#", "&#&#51;", "a ", "가나 ", "ᄀ", "광\u200b", "0ㅏ2"):
        text = unit * (100_000 // len(unit))
        assert normalise(normalise(text)) == normalise(text)
        assert isinstance(match_form(text), str)
