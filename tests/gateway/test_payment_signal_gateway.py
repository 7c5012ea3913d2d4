"""payment-to-account in the running gateway: an invoice that asks for money into an account it gives, from a
company domain whose replies go to a free mailbox, is tagged; the same invoice without the account is not."""

from __future__ import annotations

import asyncio
import base64

from tests.conftest import wait_for

INVOICE = (
    "From: Accounts <billing@supply-partner.example>\r\nReply-To: <billing.desk77@gmail.com>\r\n"
    "To: <bob@corp.example>\r\nSubject: =?utf-8?b?{subject}?=\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
)


def invoice(body: str) -> bytes:
    subject = base64.b64encode("11월 납품 대금 청구".encode()).decode()
    return INVOICE.format(subject=subject, body=body).encode()


async def test_an_invoice_naming_an_account_to_pay_into_is_tagged(gateway, sink):
    await gateway.configure(bayes__enabled="no")
    with_account = invoice(
        "11월 납품 대금 684,000원을 12월 10일까지 입금 부탁드립니다. 입금 계좌: 기업은행 412-088127-01-018"
    )
    without = invoice("11월 납품 대금 684,000원을 12월 10일까지 입금 부탁드립니다. 계좌는 기존과 같습니다.")
    await asyncio.to_thread(gateway.send, "billing@supply-partner.example", ["bob@corp.example"], with_account)
    await asyncio.to_thread(gateway.send, "billing@supply-partner.example", ["bob@corp.example"], without)
    await wait_for(lambda: len(sink.messages) == 2)
    delivered = [message.content.decode() for message in sink.messages]
    tagged = next(text for text in delivered if "412-088127" in text)
    plain = next(text for text in delivered if "412-088127" not in text)
    rules = next(line for line in tagged.splitlines() if line.startswith("X-Mailmoat-Rules: "))
    assert "payment-to-account(+2)" in rules and "reply-to-freemail(+3)" in rules
    assert "X-Mailmoat-Score: 5" in tagged
    assert "X-Mailmoat-Rules: " not in plain  # reply-to-freemail's 3 alone: below the tag threshold
