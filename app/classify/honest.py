"""Honest marks: what a message shows that the spam the statistical filter learned does not, so that the
filter's lean counts one band lower (app.classify.signal.held_for_honest_mark). Each mark is narrow on
purpose: a mark a spammer shows cheaply takes their mail down a band too.

Measured by grouped 5-fold CV on corpus/train (1532 spam, 761 ham): of the 274 spam that the filter's full
band quarantined with under 2 points beside it, one carries a mark (a picture from a free mailbox with filler
words for text); the own-newsletter ad spam keep enough rule points (the (광고) tag, the 080 opt-out).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..mail.brands import FREEMAIL, registered_domain
from ..mail.decode import DecodedMessage
from ..mail.links import Link, extract_links
from ..policy.lures import LURE_CHARS, TRANSFER, compact, find_lure

# An opt-out, as the Korean ad law asks of a real sender of newsletters (and CAN-SPAM of an American one).
OPT_OUT_WORDS = (
    "수신거부",
    "수신 거부",
    "수신을 원하지 않",
    "unsubscribe",
    "구독 취소",
    "구독취소",
    "opt out",
    "opt-out",
)
# What a note asks of its reader or offers as a way on: a host written out (8cara-live.com, t.me/...), a phone
# number, an amount of money, a long run of digits (an account), a messenger, a reply or a call for advice, a
# fee, an identity card, a password or code, an account, a gift card, a payment, "send me" (보내줘: the lures'
# 보내주 misses it), a call back (연락 주세요; not "연락해", which a relative writing from a borrowed mailbox
# says). The family-impersonation, romance and loan spam written as a short personal note each carry one.
_ASK = re.compile(
    r"[a-z0-9-]+\.[a-z]{2,}\b|\d{2,4}-\d{3,4}-\d{4}|\d{3,4}-\d{4}|\d{6,}|[$₩€£]\s*\d"
    r"|\d[\d,.]*\s*(?:원|만|천|백|억|달러|불|usd|krw)"
    r"|카톡|카카오|텔레그램|telegram|whatsapp|wechat|위챗|id\s*[:：]|@\w"
    r"|연락\s*주|답장|회신|문의|상담|가입|수수료|통관|reply|contact|pricing|fee\b"
    r"|신분증|비밀번호|인증번호|otp|계좌|보내\s*줘|상품권|결제|password|passcode|gift\s*card",
    re.IGNORECASE,
)
_TRANSFER = tuple(TRANSFER)


def own_newsletter(message: DecodedMessage, links: Sequence[Link] | None = None) -> bool:
    """A newsletter of its own sender: no free mailbox, every link (one at least) on the sender's registered
    domain, and an opt-out in the text. A broker's market briefing ("코스닥 2차전지 급등, 외국인 순매수 상위 종목")
    speaks the stock spam's words; the spam that the filter alone quarantines links elsewhere, mails from a
    free mailbox, or offers no opt-out."""
    sender = message.from_address.rpartition("@")[2].lower()
    if not sender or sender in FREEMAIL:
        return False
    links = extract_links(message) if links is None else links
    home = registered_domain(sender)
    if not links or any(registered_domain(link.host.lower()) != home for link in links):
        return False
    text = message.text.lower()
    return any(word in text for word in OPT_OUT_WORDS)


def quiet_note(message: DecodedMessage, links: Sequence[Link] | None = None) -> bool:
    """A personal note from a free mailbox that asks for nothing: no link, no attachment but pictures, no lure
    or money request (app.policy.lures), no contact, amount, account, call back or reply asked for. A sister
    writing from a borrowed mailbox that her phone is broken ("돈 필요한 거 아니야") has the words of the
    "엄마 나야, 폰이 고장나서" fraud, which always asks for something: an ID photo, a code, a gift card, a
    transfer, a reply. Pictures may come along (a photo, a scan, a print shop's proof with "시안 확인
    부탁드립니다"): the picture spam from free mailboxes in corpus/train keep their signals' points and mostly
    the full band (one band lower still quarantines them beside image-only)."""
    sender = message.from_address.rpartition("@")[2].lower()
    pictures_only = all((a.content_type or "").startswith("image/") for a in message.attachments)
    if sender not in FREEMAIL or not pictures_only or (extract_links(message) if links is None else links):
        return False
    head = f"{message.subject} {message.text[:LURE_CHARS]}"
    if find_lure(message.subject, message.text):
        return False
    letters = compact(head)
    if any(phrase in letters for phrase in _TRANSFER):
        return False
    return not _ASK.search(head)


def honest_mark(message: DecodedMessage) -> str:
    """The honest mark `message` carries, "" for none."""
    links = extract_links(message)
    if own_newsletter(message, links):
        return "own newsletter"
    if quiet_note(message, links):
        return "a note asking for nothing"
    return ""
