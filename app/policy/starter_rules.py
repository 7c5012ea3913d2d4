"""The starter content rules: Korean and English advertising and adult spam, phishing, and the starter lexicon.

Principles:
- No enabled rule matches an ordinary business word on its own. The bare word 광고 (advertising: "광고 예산
  회의" is a normal meeting) is only a disabled, low-score example; the legal subject tag `(광고)` is
  caught by the built-in `korean-ad-tag` signal instead (see app.mail.adtag).
- Korean keywords match across separators only where a separated match starts a word (app.mail.normalise):
  `토토사이트` finds `토토 사이트` and `토.토.사.이.트`, while `광고` does not find `관광 고속버스`. A short keyword that
  hides inside longer words is a `word` rule (whole word, Korean particles allowed).
- Checked against the ham of the training corpus (corpus/train/ham; the held-out part is never looked at
  for tuning) and the cases in tests/support/corpus.py.
- Latin keywords match at word boundaries only.
- Scores are additive signals on a scale where about 5 is "certainly spam"; only one rule carries a direct
  action (executables named as documents), everything else is left to the policy's score thresholds.
- Rules with a real false-positive risk ship with enabled=False so an administrator can opt in.
"""

from __future__ import annotations

from app.policy.content_rules import ContentRule
from app.policy.starter_lexicon import LEXICON


def _rule(
    name: str,
    field: str,
    pattern: str,
    category: str,
    score: float,
    *,
    regex: bool = False,
    action: str | None = None,
    enabled: bool = True,
    word: bool = False,
) -> ContentRule:
    return ContentRule(
        id=None,
        name=name,
        field=field,
        pattern=pattern,
        is_regex=regex,
        category=category,
        score=score,
        action=action,
        enabled=enabled,
        word=word,
    )


STARTER_RULES: list[ContentRule] = [
    # --- Korean advertising -------------------------------------------------------------------------
    # "free unsubscribe": the opt-out line Korean law requires in commercial mail; never in person-to-person mail.
    _rule("ko-ad-free-optout", "body", "무료수신거부", "advertising", 2.0),
    # "unsubscribe" alone: also in legitimate newsletters, hence a low score.
    _rule("ko-ad-optout", "body", "수신거부", "advertising", 1.0),
    # An 080 free-call opt-out number next to 수신거부: the legal ad footer; business mail has no 080 opt-out.
    _rule(
        "ko-ad-080-optout",
        "body",
        r"수신[\W_]*거부.{0,20}080-?\d{3,4}-?\d{4}|080-?\d{3,4}-?\d{4}.{0,20}수신[\W_]*거부",
        "advertising",
        1.5,
        regex=True,
    ),
    # "advertising information" boilerplate (광고성 정보): ad mail footers; consent mails mention it too, low score.
    _rule("ko-ad-info", "body", "광고성정보", "advertising", 1.0),
    # Stock-tip chat rooms ("주식 리딩방", "무료 리딩방"): one of the largest Korean spam themes. Not the bare
    # 리딩방, which hides in "리딩 방법" (reading method) once word spaces are gone.
    _rule("ko-ad-stock-room", "body", "주식리딩방", "advertising", 3.0),
    _rule("ko-ad-free-stock-room", "body", "무료리딩방", "advertising", 3.0),
    _rule("ko-ad-stock-room-subject", "subject", "리딩방", "advertising", 2.0, enabled=False),
    # "surging stock recommendation" (급등주 추천): stock-tip spam wording.
    _rule("ko-ad-hot-stocks", "body", "급등주추천", "advertising", 2.5),
    # Loan spam: the specific predatory forms (unsecured, for the unemployed, same day), never the bare 대출.
    _rule("ko-ad-loan-unsecured", "body", "무담보대출", "advertising", 2.5),
    _rule("ko-ad-loan-jobless", "body", "무직자대출", "advertising", 3.0),
    # 당일대출 (same-day loan) also appears in real bank notices ("당일 대출 실행"): lower score.
    _rule("ko-ad-loan-sameday", "body", "당일대출", "advertising", 1.5),
    # Illegal gambling sites: 바카라 alone is also a crystal brand, so only "...사이트" forms.
    _rule("ko-ad-casino-site", "body", "카지노사이트", "advertising", 3.5),
    _rule("ko-ad-baccarat-site", "body", "바카라사이트", "advertising", 3.5),
    _rule("ko-ad-toto-site", "body", "토토사이트", "advertising", 3.5),
    _rule("ko-ad-private-toto", "body", "사설토토", "advertising", 3.5),
    # "first deposit bonus" (첫충 / 첫충전 보너스): gambling-site lure.
    _rule("ko-ad-first-deposit", "body", "첫충전보너스", "advertising", 3.0),
    # DISABLED: the bare word 광고 appears in ordinary business mail ("광고 예산 회의"). Low score if enabled.
    _rule("ko-ad-word", "body", "광고", "advertising", 0.5, enabled=False),
    # DISABLED: "lowest price guaranteed" is everyday retail wording in wanted newsletters.
    _rule("ko-ad-lowest-price", "body", "최저가보장", "advertising", 1.0, enabled=False),
    # DISABLED: bare 대출 (loan) is ordinary banking vocabulary.
    _rule("ko-ad-loan", "body", "대출", "advertising", 1.0, enabled=False),
    # --- Korean adult ---------------------------------------------------------------------------------
    # 조건만남 (paid "conditional meeting"), 출장안마 (call-out massage), 무료야동 / 야동사이트 (free porn videos /
    # porn sites), 몰카영상 (hidden-camera videos): slang of the adult/prostitution trade, not business words.
    # Two-syllable forms (야동, 몰카) are NOT used alone: without word spaces they hide in ordinary text
    # ("하셔야 동의서" -> "하셔야동의서", "쇼핑몰 카드" -> "쇼핑몰카드").
    _rule("ko-adult-free-porn", "body", "무료야동", "adult", 4.0),
    _rule("ko-adult-porn-site", "body", "야동사이트", "adult", 4.0),
    _rule("ko-adult-porn-video", "body", "야동", "adult", 2.0, enabled=False),
    _rule("ko-adult-conditional-meeting", "body", "조건만남", "adult", 4.0),
    _rule("ko-adult-callout-massage", "body", "출장안마", "adult", 4.0),
    _rule("ko-adult-hidden-cam", "body", "몰카영상", "adult", 3.0),
    # 섹스 (sex, transliterated): no ordinary Korean word contains it, and 섹 rarely ends a word.
    _rule("ko-adult-sex", "body", "섹스", "adult", 3.0),
    # 성인방송 / 성인용품 (adult broadcasting / adult goods): specific compounds, unlike the bare 성인.
    _rule("ko-adult-broadcast", "body", "성인방송", "adult", 3.0),
    _rule("ko-adult-goods", "body", "성인용품", "adult", 2.0),
    # 19금 (rated 19+): word-bounded on its digits so "2019금요일" does not match.
    _rule("ko-adult-19", "subject", "19금", "adult", 2.0),
    # DISABLED: 성인 (adult) is ordinary ("성인 요금", adult fare) and, without word spaces, hides inside
    # other words ("완성 인원" -> "완성인원").
    _rule("ko-adult-word", "body", "성인", "adult", 1.0, enabled=False),
    # --- English advertising -----------------------------------------------------------------------
    # Classic spam phrases; none is used on its own in business correspondence.
    _rule("en-ad-make-money-fast", "body", "make money fast", "advertising", 3.0),
    _rule("en-ad-double-income", "body", "double your income", "advertising", 3.0),
    _rule("en-ad-casino-bonus", "body", "casino bonus", "advertising", 3.0),
    _rule("en-ad-cheap-meds", "body", "cheap meds", "advertising", 3.0),
    _rule("en-ad-100-free", "body", "100% free", "advertising", 1.5),
    _rule("en-ad-you-won", "body", r"congratulations[!,.]? you (?:have )?won", "advertising", 2.5, regex=True),
    # DISABLED: "limited time offer" / "act now" are in plenty of wanted marketing mail.
    _rule("en-ad-limited-offer", "body", "limited time offer", "advertising", 1.0, enabled=False),
    _rule("en-ad-act-now", "body", "act now", "advertising", 0.5, enabled=False),
    # --- English adult -------------------------------------------------------------------------------
    # Drug names and explicit phrases: spam vocabulary; word-bounded (viagra, not "viagrafalls").
    _rule("en-adult-viagra", "body", "viagra", "adult", 3.0),
    _rule("en-adult-viagra-subject", "subject", "viagra", "adult", 3.0),
    _rule("en-adult-cialis", "body", "cialis", "adult", 3.0),
    _rule("en-adult-enlargement", "body", r"(?:penis|male) enlargement", "adult", 4.0, regex=True),
    _rule("en-adult-hot-singles", "body", "hot singles", "adult", 3.0),
    _rule("en-adult-porn", "body", r"porn(?<![^\W_]porn)(?:o|hub|ographic)?(?![^\W_])", "adult", 2.5, regex=True),
    # DISABLED: "sex" is on forms ("Sex: F"), in medicine and HR; "xxx" is a placeholder in templates.
    _rule("en-adult-sex", "body", "sex", "adult", 1.0, enabled=False),
    _rule("en-adult-xxx", "body", "xxx", "adult", 1.0, enabled=False),
    # --- Phishing ------------------------------------------------------------------------------------------
    # Korean banking/parcel phishing lures: "security upgrade" (보안승급), "account suspended" (계정이 정지),
    # "parcel address mismatch" (택배 주소 불일치). Not phrases a colleague writes.
    _rule("ko-phish-security-upgrade", "body", "보안승급", "phishing", 3.0),
    _rule("ko-phish-account-suspended", "body", "계정이정지", "phishing", 2.5),
    _rule("ko-phish-parcel-address", "body", "주소불일치", "phishing", 2.0),
    # English account lures; "verify your account" also comes from real services, hence moderate scores.
    _rule("en-phish-verify-account", "body", "verify your account", "phishing", 2.0),
    _rule(
        "en-phish-account-suspended",
        "body",
        r"your account (?:has been|will be) (?:suspended|locked|closed)",
        "phishing",
        2.5,
        regex=True,
    ),
    _rule("en-phish-confirm-password", "body", "confirm your password", "phishing", 2.5),
    # Executables dressed as documents ("invoice.pdf.exe"): never legitimate, so a direct action.
    _rule(
        "attachment-double-extension",
        "attachment",
        r"\.(?:pdf|docx?|xlsx?|pptx?|hwp|txt|jpe?g|png|zip)\.(?:exe|scr|pif|com|bat|cmd|js|jse|vbs|vbe|wsf|hta|lnk)$",
        "phishing",
        5.0,
        regex=True,
        action="quarantine",
    ),
    # Executable and script attachments: rarely legitimate by mail, but software vendors do send them.
    _rule(
        "attachment-executable",
        "attachment",
        r"\.(?:exe|scr|pif|bat|cmd|js|jse|vbs|vbe|wsf|hta|lnk)$",
        "phishing",
        3.0,
        regex=True,
    ),
]

# The everyday vocabulary of Korean spam, by theme (app.policy.starter_lexicon), after the rules above; a
# keyword that a rule above already has on the body is not repeated.
_ABOVE = {(r.field, r.pattern) for r in STARTER_RULES if not r.is_regex}
STARTER_RULES += [
    _rule(f"{theme}:{keyword}", "body", keyword, category, score, word=word)
    for theme, (category, entries) in LEXICON.items()
    for keyword, score, word in entries
    if ("body", keyword) not in _ABOVE
]
