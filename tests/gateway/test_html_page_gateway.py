"""HTML attachments in the running gateway, over real SMTP: a 보안메일 statement whose password input decrypts
the statement in the browser and sends nothing is delivered untouched; a log-in page that posts to another
server is refused (the form, 10, and the lure beside it, 6: past the reject score) by its signals alone."""

from __future__ import annotations

import asyncio
import base64

from app.store import quarantine as quarantine_store

from tests.conftest import wait_for
from tests.support.corpus import message, multipart, part
from tests.support.documents import HARVESTER, SECURE_STATEMENT
from tests.gateway.test_link_signals_gateway import data_reply

STATEMENT_TEXT = "12월 이용대금 명세서를 보내드립니다. 첨부된 보안메일은 사업자등록번호 10자리로 열람하실 수 있습니다."


def with_page(page: str, filename: str) -> bytes:
    return message(
        "=?utf-8?b?" + base64.b64encode("12월 이용대금 명세서".encode()).decode() + "?=",
        multipart(
            "mixed",
            [
                part(STATEMENT_TEXT.encode(), "text/plain; charset=utf-8"),
                part(page.encode(), "text/html; charset=utf-8", "base64", filename=filename),
            ],
            "b1",
        ),
        sender="Card <statement@card.example>",
    )


async def test_a_secure_statement_is_delivered_and_a_page_posting_elsewhere_is_refused(gateway, sink):
    await gateway.configure(bayes__enabled="no")
    code, _ = await asyncio.to_thread(data_reply, gateway, with_page(SECURE_STATEMENT, "statement_12.html"))
    assert code == 250
    await wait_for(lambda: len(sink.messages) == 1)
    assert b"X-Mailmoat-Rules" not in sink.messages[0].content
    code, text = await asyncio.to_thread(data_reply, gateway, with_page(HARVESTER, "statement_12.html"))
    assert (code, text) == (550, "5.7.1 Message content rejected (rule attachment-html-form)")
    assert not await quarantine_store.list_quarantine(gateway.store)
    assert len(sink.messages) == 1
