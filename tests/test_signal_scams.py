"""Scam signals that generalise beyond our own texts: a sender dressed up as a Korean company's address
(pseudo-korean-sender). Hand-made messages."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.mail.brands import pseudo_korean_domain
from app.mail.decode import decode_message
from app.policy.signal_scores import SIGNAL_SCORES
from app.policy.signals import message_signals


def mail(text: str, *, sender: str = "kim@example.co.kr", subject: str = "안내", reply_to: str = "") -> bytes:
    extra = f"Reply-To: <{reply_to}>\r\n" if reply_to else ""
    return (f"From: <{sender}>\r\n{extra}Subject: {subject}\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n").encode()


def hits(raw: bytes) -> dict:
    return {hit.name: hit for hit in message_signals(decode_message(raw), local_domains=("corp.example",)).hits}


FEE = "서류 합격을 축하드립니다. 인적성 검사 응시료 55,000원을 아래 계좌로 납부해 주세요. 국민은행 447501-04-228193"


# pseudo-korean-sender -------------------------------------------------------------------------------------

def test_a_hyphenated_dot_co_sender_of_korean_mail_dresses_up_as_a_korean_company():
    found = hits(mail(FEE, sender="hr@daehan-careers.co", subject="[대한전자] 서류 합격 안내"))
    assert found["pseudo-korean-sender"].score == SIGNAL_SCORES["pseudo-korean-sender"]
    assert found["pseudo-korean-sender"].snippet == "daehan-careers.co (hyphenated .co)"


def test_a_kr_com_sender_dresses_up_whatever_the_language():
    found = hits(mail("Please review the attached survey.", sender="info@stats-survey.kr.com", subject="Survey"))
    assert found["pseudo-korean-sender"].snippet == "stats-survey.kr.com (kr.com)"


def test_honest_senders_are_not_pseudo_korean():
    assert "pseudo-korean-sender" not in hits(mail(FEE, sender="hr@daehan.co.kr"))  # the real .co.kr
    assert "pseudo-korean-sender" not in hits(mail("오늘의 노트입니다.", sender="note@longblack.co"))  # one brand word
    assert "pseudo-korean-sender" not in hits(mail("Your order shipped.", sender="ship@acme-tools.co",
                                                   subject="Order shipped"))  # English mail from a .co shop
    assert "pseudo-korean-sender" not in hits(mail(FEE, sender="kim@my-shop.com"))


@given(st.text(max_size=80))
def test_pseudo_korean_domain_never_raises(domain):
    assert pseudo_korean_domain(domain) in ("", "kr.com", "hyphenated .co")
