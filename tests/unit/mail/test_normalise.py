"""Normalisation for matching: examples, idempotence, and the fast match form agreeing with normalise()."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.mail.adtag import detect_ad_tag
from app.mail.normalise import keyword_found, keyword_pattern, match_form, normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[광, 고]", "[광고]"),
        ("광 고", "광고"),
        ("광.고", "광고"),
        ("광_고", "광고"),
        ("광\u200b고", "광고"),
        ("광\u00ad고\ufeff", "광고"),
        ("ㄱㅘㅇㄱㅗ", "광고"),
        ("ㄱ ㅘ ㅇ.ㄱㅗ", "광고"),
        ("ㅊㅜㄹㅈㅏㅇ안마", "출장안마"),
        ("ＡＤ ＦＲＥＥ", "ad free"),
        ("ＶＩＡＧＲＡ", "viagra"),
        ("v i a g r a now", "viagra now"),
        ("V.I.A.G.R.A", "viagra"),
        ("c-i-a-l-i-s", "cialis"),
        ("a b test", "a b test"),  # two single letters stay apart
        ("Plan B a la carte", "plan b a la carte"),
        ("회의 일정\n\n안내", "회의 일정 안내"),  # word boundaries stay (all separators went before)
        ("Meeting  at\t10", "meeting at 10"),
        ("똠방각하", "똠방각하"),
        ("(廣告) 세일", "(廣告) 세일"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_examples(text: str, expected: str) -> None:
    assert normalise(text) == expected


KOREAN = st.sampled_from(
    list("광고무료수신거부조건만남출장안마가나다똠뷁햏") + ["ㄱ", "ㅘ", "ㅇ", "ㅏ", "ㅋ", "ㄹ", "ㅎ"]
)
SEPARATORS = st.sampled_from(
    [" ", ".", ",", "_", "-", "[", "]", "\u200b", "\u200d", "·", "\n", "  ", "\u3000", "\u3164", "\ufeff", "/"]
)
LATIN = st.sampled_from(list("aBvIxyZ019") + ["Ａ", "ｖ", "ß", "İ", "ﬁ", "\u0301", "é"])
MIXED = st.lists(st.one_of(KOREAN, SEPARATORS, LATIN, st.characters()), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), MIXED))
def test_idempotent_and_never_raises(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=60), MIXED))
def test_match_form_never_raises(text: str) -> None:
    match_form(text)
    detect_ad_tag(text)


HANGUL_KEYWORD = st.lists(st.sampled_from(list("광고무료수신거부조건만남")), min_size=2, max_size=4).map("".join)


@settings(max_examples=300, deadline=None)
@given(HANGUL_KEYWORD, MIXED, st.booleans())
def test_keyword_pattern_finds_every_exact_match(keyword: str, text: str, word: bool) -> None:
    """The fast pre-filter (pattern over match_form) finds a Hangul keyword wherever the exact match does."""
    if keyword_found(keyword, text, word=word):
        assert re.search(keyword_pattern(normalise(keyword)), match_form(text)) is not None


@settings(max_examples=200, deadline=None)
@given(HANGUL_KEYWORD, st.lists(SEPARATORS, max_size=8), st.randoms(use_true_random=False))
def test_keyword_found_however_split(keyword: str, separators: list[str], rnd) -> None:
    chars = list(keyword)
    for sep in separators:
        chars.insert(rnd.randint(1, len(chars) - 1), sep)
    text = "앞 문장 " + "".join(chars) + " 뒤"
    assert keyword_found(keyword, text)
    assert re.search(keyword_pattern(normalise(keyword)), match_form(text))


@pytest.mark.parametrize(
    ("keyword", "text", "found"),
    [
        ("sex", "Sussex office", False),
        ("sex", "no sex please", True),
        ("viagra", "buy V I A G R A", True),
        ("viagra", "viagrafalls", False),
        ("make money fast", "MAKE  money\nfast!", True),
        ("100% free", "it is 100% free", True),
        ("100% free", "1100% free", False),
        ("19금", "2019금요일", False),
        ("19금", "[19금] 영상", True),
    ],
)
def test_latin_keywords_word_bounded(keyword: str, text: str, found: bool) -> None:
    assert (re.search(keyword_pattern(normalise(keyword)), match_form(text)) is not None) is found


@pytest.mark.parametrize(
    ("subject", "tag"),
    [
        ("(광고) 봄 세일", "(광고)"),
        ("[광고] 봄 세일", "[광고]"),
        ("(광 고) 봄 세일", "(광고)"),
        ("＜광고＞ 세일", "<광고>"),
        ("【광고】 세일", "【광고】"),
        ("(廣告) 세일", "(廣告)"),
        ("(AD) Sale", "(ad)"),
        ("[ad] sale", "[ad]"),
        ("  (광\u200b고)세일", "(광고)"),
        ("(광고성 정보) 안내", "(광고성정보)"),
        ("Re: (광고) 세일", "(광고)"),
        ("[외부] [광고] 세일", "[광고]"),
        ("[광, 고] 세일", "[광고]"),
        ("(ㄱㅘㅇㄱㅗ) 세일", "(광고)"),  # loose jamo
        ("(\uffa1\uffcd\uffb7\uffa1\uffcc) 세일", "(광고)"),  # halfwidth jamo
        ("(ㄱ ㅘ ㅇ ㄱ ㅗ) 세일", "(광고)"),
        ("(&#44305;&#44256;) 세일", "(광고)"),
        ("[廣 告] 세일", "[廣告]"),
        ("(광ㄱㅗ) 세일", "(광고)"),
        ("세일 (광고)", "(광고)"),  # at the end
        ("봄맞이 특가 세일 [광고] ", "[광고]"),
        ("Spring sale (AD)", "(ad)"),
    ],
)
def test_ad_tag_variants(subject: str, tag: str) -> None:
    assert detect_ad_tag(subject) == tag


@pytest.mark.parametrize(
    "subject",
    [
        "광고 예산 회의",
        "광고 캠페인 결과 보고",
        "신규 광고 (검토 요청)",
        "(광고주 미팅) 일정",
        "[add] item",
        "(ADMIN) notice",
        "",
        "Re: 회의",
        "광고 (검토 요청) 회의",
        "회의 (광고주) 참석",
        "관광 (고속버스) 안내",
        "세일 (광고) 안내 드립니다 자세한 내용은 본문 참고",
    ],
)
def test_ad_tag_negatives(subject: str) -> None:
    assert detect_ad_tag(subject) is None


def _prepare_as_before(text: str) -> tuple[str, bool]:
    """normalise._prepare as it was before the one-scan check (invisibles removed and jamo looked for always)."""
    from app.mail import normalise as module

    if "&#" in text:
        text = module._REFERENCE.sub(module._reference, text)
    text = module._INVISIBLE.sub("", text)
    jamo = module._JAMO_SOURCE.search(text) is not None
    if jamo:
        text = module._fold_lookalikes(text)
    text = module._fold(text)
    if "&#" in text:
        text = module._fold(module._REFERENCE.sub(module._reference, text))
        text = module._INVISIBLE.sub("", text)
        jamo = module._JAMO.search(text) is not None
    elif "\u1160" in text:
        text = module._INVISIBLE.sub("", text)
    if jamo:
        jamo = module._JAMO.search(text) is not None
        if jamo:
            folded = module._fold_lookalikes(text)
            if folded != text:
                text = module._fold(folded)
                jamo = module._JAMO.search(text) is not None
    return text, jamo


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("광고ㄱㅘㅇㅗr0 .\n")
            + [
                "\u200b",
                "\u00ad",
                "\u3164",
                "\uffa0",
                "\u1160",
                "\U000e0041",
                "&#44305;",
                "&#x200b;",
                "ａ",
                "\u3260",
                "\uffa1",
            ]
        ),
        max_size=25,
    ).map("".join)
)
def test_one_scan_for_invisibles_and_jamo_changes_nothing(text):
    """_prepare looks for invisible characters and jamo in one scan first: the same result as before."""
    from app.mail import normalise as module

    assert module._prepare(text) == _prepare_as_before(text)
