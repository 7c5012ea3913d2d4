"""Content rules: the corpus verdicts with the starter rules, validation, fields, and evasion properties."""

from __future__ import annotations

import base64
import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.mail.decode import decode_message
from app.mail.normalise import keyword_found
from app.policy.content_rules import (
    AD_TAG_RULE,
    ContentRule,
    compile_rules,
    validate_rule,
)
from app.policy.starter_lexicon import LEXICON
from app.policy.starter_rules import STARTER_RULES
from tests.support.corpus import CASES, message, multipart, part, q_encode, text_message

STARTER = compile_rules(STARTER_RULES)


def rule(
    name="r",
    field="body",
    pattern="무료수신거부",
    is_regex=False,
    category="advertising",
    score=1.0,
    action=None,
    **kwargs,
) -> ContentRule:
    return ContentRule(None, name, field, pattern, is_regex, category, score, action, **kwargs)


def hits(compiled, raw: bytes) -> set[str]:
    return {hit.name for hit in compiled.evaluate(decode_message(raw))}


LEXICON_RULES = {r.name for r in STARTER_RULES if r.name.partition(":")[0] in LEXICON}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_corpus_verdicts(case) -> None:
    """Clean cases hit nothing; spam cases hit the rules named, and beyond them only words of the lexicon."""
    found = hits(STARTER, case.raw)
    if case.expect_clean:
        assert found == set()
    else:
        assert found - LEXICON_RULES == set(case.expect_rules) - LEXICON_RULES


def test_starter_rules_are_valid_and_named_once() -> None:
    names = [r.name for r in STARTER_RULES]
    assert len(names) == len(set(names))
    for r in STARTER_RULES:
        validate_rule(r)
    assert STARTER.rule_count == sum(r.enabled for r in STARTER_RULES)
    assert any(not r.enabled for r in STARTER_RULES)


ORDINARY_BUSINESS = [
    "광고",
    "광고 예산",
    "광고 캠페인",
    "대출 상환 일정",
    "성인 요금",
    "최저가 견적",
    "회의",
    "청구서",
    "견적서",
    "계약서",
    "주소 변경",
    "보안 점검",
    "계정 생성",
    "비밀번호 변경 안내",
    "수신 확인",
    "카지노 산업 동향",
    "바카라 크리스털 납품",
    "리딩 방법",
    "쇼핑몰 카드",
    "하셔야 동의서",
    "완성 인원",
    "당일 배송",
    "free shipping",
    "account",
    "verify the invoice",
    "password policy",
    "casino industry report",
    "limited edition",
    "act now on the budget",
    "Sussex",
    "Essex",
    "Sex: F",
    "XXX-1234",
    "adult education",
    "single",
    "offer",
    "winner of the award",
    "money transfer",
]


@pytest.mark.parametrize("words", ORDINARY_BUSINESS)
def test_no_enabled_rule_matches_ordinary_business_words(words: str) -> None:
    raw = text_message(words, f"안녕하세요. {words} 관련하여 연락드립니다. {words}")
    assert hits(STARTER, raw) == set()


@pytest.mark.parametrize(
    ("bad", "message_part"),
    [
        (rule(field="bodyy"), "unknown field"),
        (rule(field="header:"), "bad header name"),
        (rule(field="header:x y"), "bad header name"),
        (rule(category="spam"), "unknown category"),
        (rule(action="drop"), "unknown action"),
        (rule(mode="audit"), "unknown mode"),
        (rule(pattern=""), "pattern is empty"),
        (rule(pattern="x" * 2000), "longer than"),
        (rule(pattern="(unclosed", is_regex=True), "bad regular expression"),
        (rule(pattern="a*", is_regex=True), "matches the empty text"),
        (rule(pattern="\u200b \u200b"), "empty once normalised"),
        (rule(score=float("nan")), "not a finite number"),
        (rule(score="high"), "not a number"),
        (rule(name=" "), "name is empty"),
    ],
)
def test_validate_rule_rejects(bad: ContentRule, message_part: str) -> None:
    with pytest.raises(ValueError, match=message_part) as info:
        validate_rule(bad)
    assert "\n" not in str(info.value)


def test_compile_names_the_bad_rule_and_skips_disabled_ones() -> None:
    with pytest.raises(ValueError, match="content rule 'broken'"):
        compile_rules([rule(), rule(name="broken", is_regex=True, pattern="(")])
    compiled = compile_rules([rule(name="off", pattern="(", is_regex=True, enabled=False), rule(name="on")])
    assert compiled.rule_count == 1


def test_hit_carries_rule_data() -> None:
    compiled = compile_rules(
        [ContentRule(7, "optout", "body", "무료 수신거부", False, "advertising", 2.5, "tag", mode="monitor")],
        ad_tag_score=1.5,
        ad_tag_action="tag",
    )
    found = compiled.evaluate(decode_message(text_message(q_word_subject("(광고) 세일"), "세일! 무료수신거부 080")))
    assert [(h.name, h.id, h.category, h.score, h.action, h.field, h.mode) for h in found] == [
        (AD_TAG_RULE, None, "advertising", 1.5, "tag", "subject", "enforce"),
        ("optout", 7, "advertising", 2.5, "tag", "body", "monitor"),
    ]
    assert found[0].snippet == "(광고)"
    assert "무료수신거부" in found[1].snippet
    assert (
        compile_rules([], ad_tag_enabled=False).evaluate(
            decode_message(text_message(q_word_subject("(광고) 세일"), "x"))
        )
        == []
    )


def q_word_subject(text: str) -> str:
    return f"=?UTF-8?Q?{q_encode(text.encode())}?="


def test_header_and_attachment_fields_and_regex_case() -> None:
    compiled = compile_rules(
        [
            rule(name="mailer", field="header:X-Mailer", pattern="bulkmailer pro"),
            rule(name="zip-type", field="attachment", pattern=r"^application/zip ", is_regex=True),
            rule(name="hangul-name", field="attachment", pattern="견적서"),
            rule(name="caps", pattern=r"URGENT\s+WIRE", is_regex=True),
            rule(name="lower", pattern=r"wire\s+now", is_regex=True),
        ]
    )
    raw = message(
        "s",
        multipart(
            "mixed",
            [
                part(b"Urgent wire now please", "text/plain"),
                part(b"PK", "application/zip", "base64", filename="견 적 서.zip"),
            ],
            "b",
        ),
        extra=("X-Mailer: BulkMailer  PRO 5",),
    )
    assert hits(compiled, raw) == {"mailer", "zip-type", "hangul-name", "caps", "lower"}


def test_subject_keyword_and_duplicate_keywords_share_one_pattern() -> None:
    compiled = compile_rules(
        [
            rule(name="a", field="subject", pattern="무료 야동"),
            rule(name="b", field="subject", pattern="무료야동", category="adult"),
        ]
    )
    assert hits(
        compiled, text_message("=?UTF-8?B?" + base64.b64encode("[무.료] 야-동".encode()).decode() + "?=", "x")
    ) == {"a", "b"}


# --- evasion properties: a keyword is found however it is split or encoded ----------------------------

KEYWORDS = ["무료수신거부", "조건만남", "출장안마", "카지노사이트", "보안승급"]
SEPARATORS = st.sampled_from([" ", ".", ",", "_", "-", "[", "]", "\u200b", "·", "  ", "/", "\u3000", "*"])


def _split(keyword: str, separators: list[str], positions: list[int]) -> str:
    chars = list(keyword)
    for sep, pos in zip(separators, positions):
        chars.insert(1 + pos % (len(chars) - 1), sep)
    return "".join(chars)


def _encode(text: str, how: str, charset: str) -> bytes:
    codec = {"utf-8": "utf-8", "euc-kr": "euc_kr", "ks_c_5601-1987": "cp949"}[charset]
    if how == "subject-b":
        return text_message(f"=?{charset}?B?{base64.b64encode(text.encode(codec)).decode()}?=", "본문")
    if how == "subject-q":
        return text_message(f"=?{charset}?Q?{q_encode(text.encode(codec))}?=", "본문")
    if how == "body-html":
        return text_message("s", f"<p>앞</p><p>{text}</p>", charset=charset, codec=codec, cte="base64", html=True)
    cte = {"body-base64": "base64", "body-qp": "quoted-printable", "body-8bit": "8bit"}[how]
    return text_message("s", f"본문 앞부분 {text} 뒷부분", charset=charset, codec=codec, cte=cte)


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(KEYWORDS),
    st.lists(SEPARATORS, max_size=5),
    st.lists(st.integers(0, 50), min_size=5, max_size=5),
    st.sampled_from(["subject-b", "subject-q", "body-base64", "body-qp", "body-8bit", "body-html"]),
    st.sampled_from(["utf-8", "euc-kr", "ks_c_5601-1987"]),
)
def test_keyword_found_however_split_or_encoded(keyword, separators, positions, how, charset) -> None:
    field = "subject" if how.startswith("subject") else "body"
    compiled = compile_rules([rule(name="kw", field=field, pattern=keyword)], ad_tag_enabled=False)
    if charset != "utf-8":  # legacy charsets cannot carry every separator (no zero-width space in EUC-KR)
        separators = [sep for sep in separators if sep.encode("euc_kr", "replace") != b"?"]
    text = _split(keyword, separators, positions)
    assert hits(compiled, _encode(text, how, charset)) == {"kw"}


KOREAN_TEXT = st.lists(
    st.one_of(
        st.sampled_from(list("무료수신거부조건만남출장안마광고성인완관") + ["ㄱ", "ㅘ", "ㅇ", "ㅗ", "r", "0"]),
        st.sampled_from([" ", ".", "\n", "\u200b", "-", "ab", "1"]),
        st.text(max_size=3),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(KEYWORDS + ["viagra", "make money fast", "광고", "성인"]),
    st.one_of(st.text(max_size=80), KOREAN_TEXT),
    st.booleans(),
)
def test_keyword_hit_iff_reference_match(keyword: str, text: str, word: bool) -> None:
    """The compiled rules (pre-filter + confirmation) agree with the slow reference keyword_found()."""
    compiled = compile_rules([rule(name="kw", pattern=keyword, word=word)], ad_tag_enabled=False)
    raw = text_message("s", text.replace("\r", " ").replace("\x00", " "))
    msg = decode_message(raw)
    assert bool(compiled.evaluate(msg)) == keyword_found(keyword, msg.text, word=word)


_BODY_KEYWORDS = [r for r in STARTER_RULES if r.field == "body" and not r.is_regex]
ALL_BODY_KEYWORDS = compile_rules([dataclasses.replace(r, enabled=True) for r in _BODY_KEYWORDS], ad_tag_enabled=False)
_LEXICON_TEXT = st.lists(
    st.one_of(
        st.sampled_from([r.pattern for r in _BODY_KEYWORDS]),
        st.sampled_from([" ", ".", "\n", "\u200b", "-", "ab", "1", "가"]),
        st.text(max_size=3),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_LEXICON_TEXT, KOREAN_TEXT, st.text(max_size=60)))
def test_the_whole_starter_lexicon_at_once_hits_what_each_keyword_alone_would(text: str) -> None:
    """Every body keyword of the starter set compiled together (one Aho-Corasick pass over hundreds of
    keywords) finds exactly the rules the reference keyword_found() finds one by one."""
    msg = decode_message(text_message("s", text.replace("\r", " ").replace("\x00", " ")))
    expected = {r.name for r in _BODY_KEYWORDS if keyword_found(r.pattern, msg.text, word=r.word)}
    assert {hit.name for hit in ALL_BODY_KEYWORDS.evaluate(msg)} == expected
