"""The statistical filter's pure parts: tokens of a message, and counts to a probability."""

from __future__ import annotations

from hypothesis import given, settings as hsettings, strategies as st

from app.classify.bayes import Model, chi2q, classify, token_probability, trained
from app.mail.decode import DecodedMessage, decode_message
from app.mail.tokens import MAX_TOKEN_CHARS, MAX_TOKENS, message_tokens, registrable
from tests.support.corpus import korean_multipart_20k, text_message

SPAM = [
    (
        "(광고) 바카라 첫충 30% 지급",
        "카지노 바카라 무료 가입머니 지급! 지금 바로 http://vip-casino.xyz 접속. 수신거부 080-123-4567",
    ),
    ("[광고] 주식 리딩방 무료 초대", "급등주 무료 리딩방 초대합니다. 수익 보장 https://stock-vip.top/join 카톡 문의"),
    ("대출 한도 조회 즉시 승인", "무직자 대출 당일 승인 가능. 신용 조회 없음 http://loan-fast.click 상담 문의"),
]
HAM = [
    (
        "거래처 미팅 일정 공유",
        "안녕하세요, 다음 주 화요일 오후 2시에 거래처 미팅이 있어 일정 공유드립니다. 회의실은 3층입니다.",
    ),
    ("견적서 송부드립니다", "요청하신 견적서를 첨부로 보내드립니다. 검토 후 회신 부탁드립니다. 감사합니다."),
    ("회계팀 청구서 확인 요청", "지난달 청구서 금액에 차이가 있어 확인 부탁드립니다. 회계팀 드림"),
]


def _tokens(subject: str, body: str, sender: str | None = None, **kwargs) -> frozenset[str]:
    raw = text_message(subject, body, sender=sender) if sender else text_message(subject, body)
    return message_tokens(decode_message(raw), **kwargs)


def _model() -> Model:
    model = Model()
    for subject, body in SPAM:
        model = trained(model, _tokens(subject, body), "spam")
    for subject, body in HAM:
        model = trained(model, _tokens(subject, body), "ham")
    return model


def test_korean_bigrams_latin_words_hosts_and_signals():
    tokens = message_tokens(
        decode_message(
            text_message(
                "=?utf-8?b?" + __import__("base64").b64encode("(광고) 바카라".encode()).decode() + "?=",
                "카지노 바카라 FREE money at https://click.vip-casino.co.kr/x and 010-1234-5678",
                sender="Spam <a@spam.example.com>",
            )
        ),
        signals=["hidden-text"],
    )
    assert {"카지", "바카", "카라"} <= tokens
    assert {"free", "money", "host:click.vip-casino.co.kr", "host:vip-casino.co.kr"} <= tokens
    assert {"s:바카", "sig:ad-tag", "sig:hidden-text", "from:spam.example.com", "#4"} <= tokens


def test_obfuscated_keyword_gives_the_same_bigram():
    plain = _tokens("안내", "바카라 사이트")
    spaced = _tokens("안내", "바.카.라 사이트")
    assert "바카" in plain and "바카" in spaced


def test_image_only_and_attachment_tokens():
    msg = DecodedMessage(subject="", text="", attachments=[])
    assert "sig:no-text" in message_tokens(msg)
    from app.mail.decode import Attachment

    msg.attachments.append(Attachment("promo.JPG", "image/jpeg", 10, b"x"))
    tokens = message_tokens(msg)
    assert {"sig:image-only", "att:image/jpeg", "ext:jpg"} <= tokens


def test_registrable_part_of_a_host():
    assert registrable("a.b.example.com") == "example.com"
    assert registrable("click.bad.co.kr") == "bad.co.kr"
    assert registrable("naver.com") == "naver.com"


def test_tokens_are_bounded_on_a_big_message():
    tokens = message_tokens(decode_message(korean_multipart_20k(200)))
    assert 0 < len(tokens) <= MAX_TOKENS
    assert all(len(t) <= MAX_TOKEN_CHARS for t in tokens)


@hsettings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.text(max_size=80), st.lists(st.text(max_size=60), max_size=5))
def test_tokens_never_raise_and_stay_bounded(body, subject, signals):
    tokens = message_tokens(
        DecodedMessage(subject=subject, text=body, from_address="x@" + subject[:10]), signals=signals
    )
    assert len(tokens) <= MAX_TOKENS and all(len(t) <= MAX_TOKEN_CHARS for t in tokens)


def test_learned_spam_scores_high_and_ham_low():
    model = _model()
    spam = classify(
        model, _tokens("(광고) 바카라 이벤트", "바카라 카지노 가입머니 지급 http://vip-casino.xyz 수신거부")
    )
    ham = classify(model, _tokens("미팅 일정", "다음 주 화요일 거래처 미팅 일정 확인 부탁드립니다. 감사합니다."))
    assert spam.probability > 0.9 > 0.1 > ham.probability
    assert any(token in ("바카", "카라", "카지", "host:vip-casino.xyz") for token, _f in spam.top(10, spammy=True))
    assert all(f > 0.5 for _t, f in spam.top(5, spammy=True))


def test_an_empty_or_one_sided_model_is_neutral():
    assert classify(Model(), {"바카"}).probability == 0.5
    only_spam = trained(Model(), {"바카"}, "spam")
    assert classify(only_spam, {"바카"}).probability == 0.5
    assert classify(_model(), {"never-seen-token"}).probability == 0.5


def test_untraining_restores_the_model():
    model = _model()
    tokens = _tokens("새 메일", "전혀 새로운 단어들 zebra quartz")
    again = trained(trained(model, tokens, "spam"), tokens, "spam", sign=-1)
    assert again == model


def test_robinson_estimate_and_chi2():
    assert token_probability(0, 0, 10, 10) == 0.5
    assert 0.5 < token_probability(1, 0, 10, 10) < token_probability(10, 0, 10, 10) < 1
    assert abs(chi2q(0.0, 4) - 1.0) < 1e-12 and chi2q(1000.0, 4) < 1e-100


def test_bad_label_is_refused():
    import pytest

    with pytest.raises(ValueError):
        trained(Model(), {"a"}, "eggs")


def _reference_clues(model: Model, tokens) -> list[tuple[str, float]]:
    """The clues as classify computed them per message before the table (its own order of operations, which
    token_probability does not share to the last bit), strongest first."""
    clues = []
    for token in tokens:
        if token in model.counts:
            spam, ham = model.counts[token]
            spam_ratio, ham_ratio = spam / model.nspam, ham / model.nham
            if spam_ratio + ham_ratio:
                n = spam + ham
                f = (0.45 * 0.5 + n * spam_ratio / (spam_ratio + ham_ratio)) / (0.45 + n)
                if abs(f - 0.5) >= 0.1:
                    clues.append((abs(f - 0.5), token, f))
    clues.sort(key=lambda c: (-c[0], c[1]))
    return [(token, f) for _s, token, f in clues[:150]]


_COUNTS = st.dictionaries(
    st.sampled_from([f"t{i}" for i in range(40)]), st.tuples(st.integers(0, 30), st.integers(0, 30))
)


@hsettings(max_examples=150, deadline=None)
@given(_COUNTS, st.integers(0, 40), st.integers(0, 40), st.sets(st.sampled_from([f"t{i}" for i in range(45)])))
def test_remembered_clues_are_the_same_to_the_last_bit(counts, nspam, nham, tokens):
    model = Model(counts, nspam, nham)
    verdict = classify(model, tokens)
    if nspam and nham:
        assert list(verdict.clues) == _reference_clues(model, tokens)
    else:
        assert verdict == classify(Model(), tokens)
    assert classify(model, tokens) == verdict  # answered from what the model remembers: the same


_HOST_TEXT = st.lists(
    st.sampled_from(
        [
            "http://",
            "https://",
            "www.",
            ".",
            "..",
            "-",
            "a",
            "bad",
            "co",
            "kr",
            "com",
            "xyz",
            "1",
            "192",
            "광고",
            " ",
            "\n",
            "@",
            "/",
            ":",
        ]
    ),
    max_size=25,
).map("".join)


@hsettings(max_examples=200, deadline=None)
@given(_HOST_TEXT)
def test_host_tokens_whatever_the_text(text):
    from app.mail import tokens as tokens_module

    expected = set()
    for match in tokens_module._HOST.finditer(text):  # the host pattern run over every text, no pre-check
        host = (match.group(1) or match.group(2)).strip(".-")
        if host and host.replace(".", "").isdigit():
            expected.add("host:numeric")
        elif host:
            expected |= {f"host:{host[:35]}", f"host:{registrable(host)[:35]}"}
    found = set()
    tokens_module._text_tokens(text, "", found)
    assert {t for t in found if t.startswith("host:")} == expected


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab0Z9'-_ .\n가") + ["٣", "１", "é"]), max_size=30))
def test_latin_words_as_the_plain_pattern_finds_them(text):
    import re

    from app.mail import tokens as tokens_module

    assert tokens_module._LATIN_WORD.findall(text) == re.findall(r"[a-z][a-z0-9'\-]*[a-z0-9]|\d+", text)


def test_a_picture_with_few_clues_is_judged_only_when_the_filter_is_sure():
    from app.classify.signal import MIN_CLUES, MIN_PICTURE_CLUES, MIN_SURE_CLUES, SURE_PROBABILITY, bayes_hit

    message = decode_message(
        "From: a@banner.example\r\nSubject: SLOT bonus vip\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n\r\n".encode()
    )
    picture = message_tokens(message, ["image-only"])
    spammy = Model()
    for _ in range(40):
        spammy = trained(trained(spammy, picture, "spam"), {"s:회의", "s:견적", "from:corp.example"}, "ham")
    clues = len(classify(spammy, picture).clues)
    assert MIN_PICTURE_CLUES <= clues < MIN_CLUES
    lean = classify(spammy, message_tokens(message))
    assert len(lean.clues) >= MIN_SURE_CLUES and lean.probability >= SURE_PROBABILITY  # sure without the picture
    hit = bayes_hit(spammy, message, spam_score=10, ham_score=3, min_learned=1, signals=["image-only"])
    assert hit is not None and hit.score == 10
    unsure = Model()
    for _ in range(40):  # the picture's tokens as often in ham as in spam: no lean to judge by
        unsure = trained(trained(unsure, picture, "spam"), picture, "ham")
    assert bayes_hit(unsure, message, spam_score=10, ham_score=3, min_learned=1, signals=["image-only"]) is None


def test_the_bands_of_the_filter_score():
    from app.classify.signal import band_score

    assert [band_score(p, 10, 3) for p in (0.999, 0.7, 0.69, 0.5, 0.45, 0.4, 0.39, 0.06)] == [
        10,
        10,
        8,
        8,
        4,
        4,
        0,
        0,
    ]  # 0.7: the full quarantine score; 0.4: 4, no tag alone; below 0.4 silent
    assert [band_score(p, 10, 3) for p in (0.05, 0.01, 0.001)] == [-1, -2, -3]


def _briefing(sender: str, links: tuple[str, ...], opt_out: str = "수신거부") -> DecodedMessage:
    anchors = "".join(f'<a href="{url}">리포트 보기</a> ' for url in links)
    html = f"<p>코스닥 2차전지 급등, 외국인 순매수 상위 종목.</p><p>{anchors}</p><p>{opt_out}</p>"
    return decode_message(
        (
            f"From: =?utf-8?B?7Kad6raM?= <{sender}>\r\nSubject: [증권] 모닝 브리핑\r\n"
            f"Content-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n"
        ).encode()
    )


def test_an_own_newsletter_counts_the_filter_one_band_lower():
    from app.classify.honest import own_newsletter
    from app.classify.signal import held_for_honest_mark
    from app.policy.content_rules import RuleHit

    home = ("https://securities.broker.example/briefing", "https://broker.example/mailReject.do")
    own = _briefing("daily@broker.example", home)
    assert own_newsletter(own)
    assert not own_newsletter(_briefing("daily@broker.example", home, opt_out=""))  # no opt-out offered
    assert not own_newsletter(_briefing("daily@broker.example", (*home, "http://stock-vip.top/join")))  # elsewhere
    assert not own_newsletter(_briefing("daily@broker.example", ()))  # no link: nothing to judge the sender by
    assert not own_newsletter(_briefing("stock.vip@gmail.com", ("https://gmail.com/x",)))  # a free mailbox
    full = RuleHit("bayes", None, "custom", 10.0, None, "message", "p=0.746: 종목(0.99)")
    held = held_for_honest_mark(full, own, spam_score=10)
    assert held.score == 8 and held.mode == "enforce"  # a tag alone, a quarantine with 2 points beside
    assert "own newsletter: one band lower, 8" in held.snippet
    middle = RuleHit("bayes", None, "custom", 8.0, None, "message", "p=0.55")
    assert held_for_honest_mark(middle, own, spam_score=10).score == 4
    lowest = held_for_honest_mark(RuleHit("bayes", None, "custom", 4.0, None, "message", "p=0.45"), own, 10)
    assert lowest.mode == "monitor"  # shown by explain, not counted
    twenty = RuleHit("bayes", None, "custom", 20.0, None, "message", "p=0.9")
    assert held_for_honest_mark(twenty, own, spam_score=20).score == 16  # the shares of the setting's score
    ham_lean = RuleHit("bayes", None, "custom", -3.0, None, "message", "p=0.001")
    assert held_for_honest_mark(ham_lean, own, spam_score=10) is ham_lean
    spam = _briefing("vip@stock-vip.top", ("http://stock-vip.top/join", "http://bit.ly/x"))
    assert held_for_honest_mark(full, spam, spam_score=10) is full


def _note(sender: str, subject: str, body: str, picture: bool = False) -> DecodedMessage:
    text = f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    if picture:
        text = (
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            + text
            + '--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename="proof.jpg"\r\n'
            + "Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRg==\r\n--b--\r\n"
        )
    return decode_message(f"From: <{sender}>\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n{text}".encode())


def test_a_note_that_asks_for_nothing_counts_the_filter_one_band_lower():
    from app.classify.honest import honest_mark, quiet_note
    from app.classify.signal import held_for_honest_mark
    from app.policy.content_rules import RuleHit

    sister = "오빠 나 혜진이. 폰이 물에 빠져서 서비스센터 맡겼어. 엄마한테 말 좀 해 줘. 돈 필요한 거 아니야 ㅋㅋ"
    note = _note("hyejin.92@gmail.com", "오빠 나 폰 고장나서 이걸로 연락해", sister)
    assert quiet_note(note) and honest_mark(note) == "a note asking for nothing"
    full = RuleHit("bayes", None, "custom", 10.0, None, "message", "p=0.969: 연락(0.99)")
    assert held_for_honest_mark(full, note, spam_score=10).score == 8
    proof = _note("dongbang.print@naver.com", "현수막 시안 1차", "시안 확인 부탁드립니다.", picture=True)
    assert proof.attachments and quiet_note(proof)  # a picture may come along
    asks = [
        "엄마 나야 폰이 고장나서 카톡이 안 돼. 신분증 사진이랑 계좌 비밀번호 이 메일로 보내줘",  # a transfer phrase
        "엄마 폰으로 인증번호 오면 알려줘. 카톡ID: mj_temp0712",  # a messenger
        "오빠 나야. 폰이 물에 빠져서 맡겼어. 엄마 신분증 사진이랑 비밀번호 이 메일로 보내줘",  # an ID card, a password
        "아빠다. 거래처에 280만원을 먼저 보내야 한다",  # an amount
        "곧 한국에 갈 예정인데 짐을 먼저 보내도 될까요? 답장 주시면 자세한 이야기 드리겠습니다.",  # a reply asked for
        "결재 서류 사진입니다. 확인 후 연락 주세요.",  # a call back
        "딜러 50명 대기 / 주소 8cara-live.com",  # a host written out
        "상담 1577-0483",  # a phone number
        "http://bit.ly/x 사진 보내드려요",  # a link
    ]
    for body in asks:
        assert not quiet_note(_note("kim.family@gmail.com", "엄마 나야", body)), body
    assert not quiet_note(_note("hyejin@corp.example", "오빠 나 폰 고장나서", sister))  # not a free mailbox


def test_the_words_of_a_hyphenated_sender_domain_are_tokens():
    tokens = _tokens("Award notice", "Congratulations.", sender="Awards <desk@global-excellence-awards24.org>")
    assert {"dw:global", "dw:excellence", "dw:awards", "from:global-excellence-awards24.org"} <= tokens
    plain = _tokens("회의 일정", "내일 뵙겠습니다.", sender="김대리 <kim@hanilprecision.co.kr>")
    assert not any(token.startswith("dw:") for token in plain)  # one word: the from: token says it already
    subdomain = _tokens("Voicemail", "New message.", sender="<vm@corp-example.voice-portal.co.kr>")
    assert {"dw:voice", "dw:portal"} <= subdomain and "dw:corp" not in subdomain


def test_a_new_fraud_domain_is_known_by_the_words_it_is_made_of():
    model = Model()
    for sender in ("asia-business-awards.org", "best-supplier-awards.com", "global-awards-committee.net"):
        model = trained(model, _tokens("Notice", "Please confirm.", sender=f"<desk@{sender}>"), "spam")
    for sender in ("hanilprecision.co.kr", "kbfg.com", "seongnam.go.kr"):
        model = trained(model, _tokens("Notice", "Please confirm.", sender=f"<desk@{sender}>"), "ham")
    new_fraud = _tokens("Notice", "Please confirm.", sender="<desk@industry-leaders-awards.org>")
    new_firm = _tokens("Notice", "Please confirm.", sender="<desk@daesungsteel.co.kr>")
    assert "dw:awards" in new_fraud
    assert classify(model, new_fraud).probability > classify(model, new_firm).probability


def test_a_one_liner_is_judged_when_the_filter_is_all_but_sure_and_a_short_note_never():
    from app.classify.signal import MIN_CLUES, MIN_SURE_CLUES, bayes_hit

    one_liner = decode_message(text_message("Cheap meds", "Cheap meds, no Rx, fast delivery"))
    spammy = Model()
    for _ in range(40):
        spammy = trained(spammy, message_tokens(one_liner), "spam")
        spammy = trained(spammy, _tokens("거래처 미팅 일정 공유", "다음 주 화요일 오후 2시 회의실 3층"), "ham")
    verdict = classify(spammy, message_tokens(one_liner))
    assert MIN_SURE_CLUES <= len(verdict.clues) < MIN_CLUES and verdict.probability > 0.99
    hit = bayes_hit(spammy, one_liner, spam_score=10, ham_score=3, min_learned=1)
    assert hit is not None and hit.score == 10
    note = decode_message(b"From: <a@x.example>\r\nSubject: meds\r\n\r\nCheap\r\n")  # three clues, all spam's
    assert len(classify(spammy, message_tokens(note)).clues) < MIN_SURE_CLUES
    assert bayes_hit(spammy, note, spam_score=10, ham_score=3, min_learned=1) is None


def test_a_from_with_no_display_name_gives_one_token_not_the_addresss_words():
    bare = message_tokens(decode_message(b"From: alice@other.example\r\nSubject: x\r\n\r\nhello there, friend\r\n"))
    named = message_tokens(decode_message(b"From: Alice Kim <alice@other.example>\r\nSubject: x\r\n\r\nhello\r\n"))
    assert "f:@" in bare and not {"f:alice", "f:other", "f:example"} & bare
    assert {"f:alice", "f:kim"} <= named and "f:@" not in named


def test_a_signal_scored_zero_is_still_one_of_the_filters_tokens():
    """`transfer-request-freemail` is off by default (score 0): it adds no point, but the filter learns it as a
    token, at the gateway as in `make model`, whatever the operator sets its score to."""
    from app.classify.learning import decoded_tokens
    from app.policy.signals import message_signals

    message = decode_message(
        text_message(
            "urgent",
            "최대리, 지금 회의 중이라 통화가 어렵습니다. 거래처 계좌로 1,850만원 송금 부탁해요.",
            sender="Lee <ceo.office.urgent@gmail.com>",
        )
    )
    signals = message_signals(message, {"transfer-request-freemail": 0.0})
    assert "transfer-request-freemail" in signals.found
    assert "transfer-request-freemail" not in signals.names  # no point
    assert "sig:transfer-request-freemail" in decoded_tokens(message)[0]
    scored = message_signals(message, {"transfer-request-freemail": 5.0})
    assert "transfer-request-freemail" in scored.names and scored.found == signals.found


def test_chinese_and_japanese_text_gives_character_bigrams():
    tokens = message_tokens(DecodedMessage(subject="纯中药壮阳", text="纯中药壮阳，30分钟见效 写真送りますね 회의"))
    assert {"中药", "壮阳", "分钟", "写真", "s:壮阳"} <= tokens
    assert "회의" in tokens and not any(len(t) == 1 for t in tokens)
