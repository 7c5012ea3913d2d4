"""The one-pass keyword matcher (app.policy.keyword_index) finds exactly what searching every keyword found:
the same rules, with the same snippets (the leftmost match), for substring and word rules, matches across
separators, Korean, jamo, Latin, and keywords that start or end with a separator."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.mail.decode import DecodedMessage
from app.mail.normalise import exact_keyword_pattern, match_form, normalise
from app.policy.content_rules import ContentRule, _snippet, compile_rules
from app.policy.keyword_index import KeywordIndex, separator_free
from app.policy.starter_rules import STARTER_RULES

_STARTER_KEYWORDS = sorted({r.pattern for r in STARTER_RULES if not r.is_regex})
_PIECES = (
    list("광고무료수신거부성인완관출장안마대ㅊㅜㄹ")
    + ["viagra", "free", "sex", "sussex", "a", "b", "1", "0"]
    + ["ㄱ", "ㅘ", "ㅇ", "ㅗ", "r", "l"]
    + ["은", "는", "에게", "으로"]
)
_SEPARATORS = [
    " ",
    "  ",
    ".",
    ",",
    "_",
    "-",
    "\n",
    "\t",
    "·",
    "※",
    "★",
    "\u3000",
    "(",
    ")",
    "!",
    "😀",
    "\u200b",
    "&#44305;",
]


@st.composite
def _split_keyword(draw) -> str:
    """A starter keyword with separators put between its characters (`광·고`, `무 료수신거부`)."""
    chars = list(draw(st.sampled_from(_STARTER_KEYWORDS)))
    for _ in range(draw(st.integers(0, 3))):
        chars.insert(draw(st.integers(1, max(1, len(chars) - 1))), draw(st.sampled_from(_SEPARATORS)))
    return "".join(chars)


TEXT = st.lists(
    st.one_of(
        st.sampled_from(_PIECES),
        st.sampled_from(_SEPARATORS),
        st.sampled_from(_STARTER_KEYWORDS),
        _split_keyword(),
        st.text(max_size=3),
    ),
    max_size=40,
).map("".join)
KEYWORD = st.one_of(
    st.sampled_from(_STARTER_KEYWORDS),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), min_size=1, max_size=5).map("".join),
    st.text(min_size=1, max_size=6),
).filter(lambda k: bool(normalise(k)))


def _expected(rules: list[ContentRule], text: str) -> list[tuple[str, str]]:
    """What searching each keyword one by one finds: the leftmost exact match, for every rule, in the order of
    the keywords' first rules (rules with the same keyword and mode share one search)."""
    form = match_form(text)
    groups: dict[tuple[str, bool], list[str]] = {}
    for rule in rules:
        groups.setdefault((normalise(rule.pattern), rule.word), []).append(rule.name)
    found = []
    for (keyword, word), names in groups.items():
        match = re.search(exact_keyword_pattern(keyword, word=word), form)
        if match is not None:
            found += [(name, _snippet(form, match.start(), match.end())) for name in names]
    return found


def _rules(keywords: list[tuple[str, bool]]) -> list[ContentRule]:
    return [
        ContentRule(None, f"k{i}", "body", keyword, False, "custom", 1.0, None, word=word)
        for i, (keyword, word) in enumerate(keywords)
    ]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(KEYWORD, st.booleans()), min_size=1, max_size=12), TEXT)
def test_one_pass_finds_what_each_keyword_search_found(keywords, text) -> None:
    rules = _rules(keywords)
    compiled = compile_rules(rules, ad_tag_enabled=False)
    hits = compiled.evaluate(DecodedMessage(text=text))
    assert [(h.name, h.snippet) for h in hits] == _expected(rules, text)


_LEXICON_RULES = [r for r in STARTER_RULES if not r.is_regex and r.field == "body" and r.enabled]
_LEXICON = compile_rules(_LEXICON_RULES, ad_tag_enabled=False)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_the_starter_lexicon_in_one_pass(text) -> None:
    hits = _LEXICON.evaluate(DecodedMessage(text=text))
    assert [(h.name, h.snippet) for h in hits] == _expected(_LEXICON_RULES, text)


@given(st.text(max_size=40))
def test_separator_free_removes_exactly_the_separator_class(text) -> None:
    assert separator_free(text) == re.sub(r"[\W_]+", "", text)


def test_candidates_name_the_keywords_that_may_match() -> None:
    index = KeywordIndex(["광고", "무료 수신거부", "(!)", "viagra"])
    assert index.candidates("관광 고속버스") == [0, 2]  # a candidate only: the regex search says no
    assert index.candidates("무 료 수 신 거 부") == [1, 2]
    assert index.candidates("v.i.a.g.r.a") == [2, 3]
    assert index.candidates("") == [2]
    assert KeywordIndex([]).candidates("광고") == []
