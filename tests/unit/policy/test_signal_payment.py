"""payment-to-account: a bank account given in the mail beside a call to pay or send. Hand-made messages."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.mail.decode import decode_message
from app.policy.lures import payee_account
from app.policy.signal_scores import SIGNAL_SCORES
from app.policy.signals import message_signals


def mail(text: str, *, sender: str = "seller@example.co.kr", subject: str = "안내") -> bytes:
    return (
        f"From: <{sender}>\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    ).encode()


def names(raw: bytes) -> list[str]:
    return message_signals(decode_message(raw)).names


def test_an_account_beside_a_call_to_pay_is_a_payment_to_account():
    courier = "택배 착불 요금 6,000원이 미결제입니다. 아래로 보내 주시면 문 앞에 두겠습니다. 입금처: 신한 140-221-907315 (김배송)"
    hit = next(h for h in message_signals(decode_message(mail(courier))).hits if h.name == "payment-to-account")
    assert hit.snippet == "입금처: 신한 140-221-907315 + 결제"  # 미결제: the first call found
    assert hit.score == SIGNAL_SCORES["payment-to-account"] == 2.0  # a nudge: never a tag alone
    masked = "중고 노트북 90만원입니다. 선입금 후 발송해요. 계좌 : 토스뱅크 1000-88**-2290"
    assert "payment-to-account" in names(mail(masked))
    english = "Please remit the balance to our new account. Beneficiary bank: Hana Bank, A/C 203-910224-18507."
    assert "payment-to-account" in names(mail(english, subject="Balance due"))
    assert (
        payee_account("", "Kindly wire USD 9,800 today. IBAN DE44 5001 0517 5407 3249 31")
        == "IBAN DE44 5001 0517 + wire"
    )
    # the word alone is no account: a partner's notice that "the account and SWIFT stay the same"
    assert (
        payee_account("", "Payment returned: the beneficiary name differs. The account and SWIFT stay the same.") == ""
    )
    assert payee_account("", "Please remit payment. SWIFT code HNBNKRSEXXX, account 0123456789").startswith(
        "SWIFT code"
    )


def test_phone_numbers_dates_and_accounts_without_a_call_are_not():
    assert "payment-to-account" not in names(
        mail("문의: 기업금융팀 02-556-0917, 010-2231-4410. 입금 확인 후 연락드립니다.")
    )
    assert payee_account("", "회의는 2026-12-07 10시, 결제 건 논의합니다.") == ""
    # an account named but nothing asked: a bank's statement
    assert payee_account("", "고객님의 농협 352-0441-2281-93 계좌 거래내역서를 첨부합니다.") == ""
    # a number that no bank or account label introduces
    assert payee_account("", "주문번호 2026-1207-558812 결제가 완료되었습니다.") == ""


@given(st.text(alphabet="국민농협계좌입금송금 -0123456789*abcIBANSWIFT\n", max_size=400))
def test_payee_account_never_raises_and_stays_short(text):
    found = payee_account(text[:50], text)
    assert isinstance(found, str) and len(found) <= 90
