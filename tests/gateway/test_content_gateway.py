"""Content filtering in the running gateway, over real SMTP: rules, scores, tags, quarantine, viruses."""

from __future__ import annotations

import asyncio
import io
import time
import zipfile


from app.policy.content_rules import ContentRule
from app.store import content_rules as rules_store
from app.store import lists as lists_store
from app.store import quarantine as quarantine_store
from app.store import relay as relay_store
from app.store.queue import queue_size

from tests.support import clamd as clamd_helpers
from tests.support.clamd import EICAR, EICAR_VIRUS_NAME
from tests.conftest import db_execute, db_rows, wait_for
from tests.support.corpus import b_word, message, part, multipart, text_message

clamd_daemon = clamd_helpers.clamd_daemon


async def add_rule(
    gateway,
    name: str,
    field: str,
    pattern: str,
    score: float,
    *,
    action: str | None = None,
    regex: bool = False,
    mode: str = "enforce",
    category: str = "custom",
) -> None:
    await rules_store.save_rule(
        gateway.store, ContentRule(None, name, field, pattern, regex, category, score, action, True, mode)
    )
    await gateway.gateway.policy.reload()


def data_reply(
    gateway,
    raw: bytes,
    source_ip: str = "127.0.0.1",
    sender: str = "kim@other.example",
    recipients: tuple[str, ...] = ("bob@corp.example",),
) -> tuple[int, str]:
    with gateway.smtp(source_ip) as client:
        assert client.mail(sender)[0] == 250
        for rcpt in recipients:
            assert client.rcpt(rcpt)[0] == 250
        code, text = client.data(raw)
        return code, text.decode()


async def test_a_korean_keyword_split_and_encoded_in_euc_kr_is_rejected_with_the_rule_name(gateway, sink):
    await add_rule(gateway, "ko-ad", "subject", "광고", 20)
    raw = text_message(b_word("[광, 고] 특가 안내", "euc-kr"), "본문", charset="euc-kr")
    code, text = await asyncio.to_thread(data_reply, gateway, raw)
    assert (code, text) == (550, "5.7.1 Message content rejected (rule ko-ad)")
    assert await queue_size(gateway.store) == 0


async def test_scores_add_up_to_a_tag_with_headers_and_subject_prefix(gateway, sink):
    await add_rule(gateway, "a", "body", "무료수신거부", 3)
    await add_rule(gateway, "b", "subject", "special offer", 3)
    await gateway.configure(content__subject_tag="[SPAM]")
    raw = text_message("Special   OFFER today", "광고 메일입니다. 무료 수신 거부는 여기", cte="base64")
    code, _ = await asyncio.to_thread(data_reply, gateway, raw)
    assert code == 250
    await wait_for(lambda: sink.messages)
    delivered = sink.messages[0].content.decode()
    assert "X-Mailmoat-Score: 9" in delivered  # 3 + 3, and the starter rules ko-ad-free-optout (2), ko-ad-optout (1)
    assert "X-Mailmoat-Rules:" in delivered and "a(+3)" in delivered and "b(+3)" in delivered
    assert "Subject: [SPAM] Special   OFFER today" in delivered


async def test_quarantine_keeps_the_message_and_release_delivers_it_as_it_was(gateway, sink):
    await add_rule(gateway, "adult", "body", "zebra crossing deal", 12)
    raw = text_message("hello", "The zebra crossing deal is here")
    code, text = await asyncio.to_thread(data_reply, gateway, raw)
    assert code == 250 and text.startswith("2.0.0 Ok: queued as ")
    queue_id = text.rsplit(" ", 1)[1]
    assert await queue_size(gateway.store) == 0  # kept in the quarantine, not in the delivery queue
    held = await quarantine_store.list_quarantine(gateway.store)
    assert [(m.id, m.score, m.rules, m.sender) for m in held] == [(queue_id, 12.0, "adult(+12)", "kim@other.example")]
    released = await quarantine_store.release(gateway.store, queue_id, "operator", 1.0)
    assert released is not None
    await wait_for(lambda: sink.messages)
    content = sink.messages[0].content
    assert content.startswith(b"X-Mailmoat-Released: by operator")
    assert raw in content
    assert not await quarantine_store.list_quarantine(gateway.store)


async def test_a_rule_with_its_own_action_acts_whatever_the_score(gateway, sink):
    await add_rule(gateway, "phish", "header:reply-to", "@evil.example", 0.5, action="reject")
    raw = text_message("invoice", "see attached", extra=("Reply-To: boss@evil.example",))
    assert await asyncio.to_thread(data_reply, gateway, raw) == (550, "5.7.1 Message content rejected (rule phish)")


async def test_per_domain_thresholds(gateway, sink):
    await gateway.configure(content__reject_score="100", **{"content__reject_score__strict.example": "4"})
    await db_execute(gateway.gateway.store, "INSERT INTO local_domains(name, created) VALUES('strict.example', 0)")
    await gateway.gateway.policy.reload()
    await add_rule(gateway, "loan", "body", "무담보대출", 5)
    raw = text_message("안내", "무담보 대출 가능")
    assert (await asyncio.to_thread(data_reply, gateway, raw))[0] == 250
    code, _ = await asyncio.to_thread(data_reply, gateway, raw, recipients=("kim@strict.example",))
    assert code == 550


async def test_a_monitored_rule_is_logged_and_never_acts(gateway, sink):
    await add_rule(gateway, "watch", "subject", "urgent", 50, mode="monitor")
    assert (await asyncio.to_thread(data_reply, gateway, text_message("URGENT", "pay now")))[0] == 250
    await wait_for(lambda: sink.messages)
    assert b"X-Mailmoat-Score" not in sink.messages[0].content
    rows = await wait_for(lambda: db_rows(gateway.store, "SELECT rule FROM events WHERE check_name = 'content'"))
    assert "monitor:watch(+50)" in rows[0][0]


async def test_rule_hits_are_counted_and_a_sample_kept_for_previews(gateway, sink):
    await add_rule(gateway, "count-me", "subject", "quarterly report", 1)
    for _ in range(2):
        await asyncio.to_thread(data_reply, gateway, text_message("Quarterly report", "numbers"))
    await wait_for(lambda: len(sink.messages) == 2)
    await gateway.gateway.hits.flush()
    rule = await rules_store.find_rule(gateway.store, "count-me")
    assert rule.hits == 2 and rule.last_hit is not None
    rows = await db_rows(gateway.store, "SELECT subject, verdict FROM content_samples")
    assert [tuple(r) for r in rows] == [("Quarterly report", "accept")] * 2


async def test_allowlisted_senders_skip_the_rules_but_not_the_attachment_policy(gateway, sink):
    await add_rule(gateway, "block-all", "body", "hello", 100)
    await lists_store.add_entries(gateway.store, [{"list": "allow", "kind": "email", "value": "friend@other.example"}])
    await gateway.gateway.policy.reload()
    raw = text_message("hi", "hello there")
    assert (await asyncio.to_thread(data_reply, gateway, raw, sender="friend@other.example"))[0] == 250
    assert (await asyncio.to_thread(data_reply, gateway, raw))[0] == 550
    exe = message(
        "invoice",
        multipart(
            "mixed",
            [
                part("hello".encode(), "text/plain"),
                part(b"MZ" + b"\0" * 200, "application/octet-stream", "base64", filename="견적서.pdf.exe"),
            ],
            "b1",
        ),
    )
    code, text = await asyncio.to_thread(data_reply, gateway, exe, sender="friend@other.example")
    assert code == 554 and text.startswith("5.7.1 Attachment 견적서.pdf.exe is not allowed")


async def test_from_header_blocking_when_switched_on(gateway, sink):
    await lists_store.add_entries(gateway.store, [{"list": "block", "kind": "domain", "value": "spoofed.example"}])
    await gateway.gateway.policy.reload()
    raw = text_message("hi", "text", sender="CEO <ceo@spoofed.example>")
    assert (await asyncio.to_thread(data_reply, gateway, raw))[0] == 250
    await gateway.configure(lists__check_from_header="yes")
    assert await asyncio.to_thread(data_reply, gateway, raw) == (
        550,
        "5.7.1 Sender <ceo@spoofed.example> is not allowed to send to <bob@corp.example>",
    )


def eicar_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", EICAR)
    return buffer.getvalue()


async def test_a_virus_is_rejected_even_from_an_allowlisted_sender(gateway, sink, clamd_daemon):
    await gateway.configure(virus__clamd=clamd_daemon.address)
    await lists_store.add_entries(gateway.store, [{"list": "allow", "kind": "email", "value": "friend@other.example"}])
    await gateway.gateway.policy.reload()
    raw = message(
        "docs",
        multipart(
            "mixed",
            [part(b"see zip", "text/plain"), part(eicar_zip(), "application/zip", "base64", filename="docs.zip")],
            "b2",
        ),
    )
    code, text = await asyncio.to_thread(data_reply, gateway, raw, sender="friend@other.example")
    assert (code, text) == (554, f"5.7.1 Virus found: {EICAR_VIRUS_NAME}")
    clean = text_message("hi", "nothing here")
    assert (await asyncio.to_thread(data_reply, gateway, clean))[0] == 250
    await wait_for(lambda: sink.messages)
    assert b"X-Mailmoat-Virus-Scan: clean" in sink.messages[0].content
    assert not await quarantine_store.list_quarantine(gateway.store)


async def test_clamd_down_defers_by_default_and_tags_when_told(gateway, sink, tmp_path):
    await gateway.configure(virus__clamd=f"unix:{tmp_path}/no-clamd.sock", virus__timeout="2s")
    raw = text_message("hi", "text")
    assert await asyncio.to_thread(data_reply, gateway, raw) == (
        451,
        "4.7.0 Virus scanner unavailable, please try again later",
    )
    await gateway.configure(virus__on_error="tag")
    assert (await asyncio.to_thread(data_reply, gateway, raw))[0] == 250
    await wait_for(lambda: sink.messages)
    assert b"X-Mailmoat-Virus-Scan: failed" in sink.messages[0].content


async def test_expired_quarantine_goes(gateway, sink):
    await add_rule(gateway, "adult", "body", "zebra crossing deal", 12)
    await gateway.configure(quarantine__lifetime="1s")
    assert (await asyncio.to_thread(data_reply, gateway, text_message("x", "zebra crossing deal")))[0] == 250
    assert len(await quarantine_store.list_quarantine(gateway.store)) == 1
    assert await quarantine_store.expire(gateway.store, time.time() + 1.1) == 1  # a second later, without a sleep
    assert not await quarantine_store.list_quarantine(gateway.store)


async def test_a_threshold_dry_run_tells_how_the_days_messages_would_have_fared(gateway, sink):
    from app.cli import main

    for name, word, score in (("low", "flimflam", 3), ("mid", "quuxly", 6), ("high", "zebra crossing deal", 12)):
        await add_rule(gateway, name, "body", word, score)
    for body in ("flimflam", "quuxly", "zebra crossing deal"):
        assert (await asyncio.to_thread(data_reply, gateway, text_message("x", body)))[0] == 250

    def dry(*args):
        import contextlib
        import io

        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--db", gateway.db, "set", *args, "--dry-run"])
        return code, out.getvalue().strip()

    assert await asyncio.to_thread(dry, "content.reject_score", "5") == (
        0,
        "dry run, nothing saved. In the last 24 hours (3 messages): 1 from quarantine to reject, 1 from tag to reject.",
    )
    code, text = await asyncio.to_thread(dry, "content.tag_score.corp.example", "2")
    assert code == 0 and text.endswith("1 from deliver to tag.")
    await gateway.gateway.policy.reload()
    assert gateway.gateway.policy.current.settings.reject_score == 15


async def test_the_legal_ad_tag_quarantines_inbound_mail_by_default_and_one_setting_switches_it(gateway, sink):
    ad = text_message(b_word("(광고) 봄맞이 특가 안내", "euc-kr"), "봄 신상품을 소개합니다.", charset="euc-kr")
    code, _text = await asyncio.to_thread(data_reply, gateway, ad)
    assert code == 250
    await wait_for(lambda: quarantine_store_size(gateway))
    await gateway.configure(content__ad_tag_action="tag")
    code, _text = await asyncio.to_thread(data_reply, gateway, ad)
    assert code == 250
    await wait_for(lambda: sink.messages)
    assert len(await quarantine_store.list_quarantine(gateway.store)) == 1


async def test_the_office_s_own_tagged_advertising_goes_out(gateway, sink):
    """The law requires the (광고) tag on the office's own commercial mail: outbound, it is only a score."""
    await gateway.trust("127.0.0.0/8")
    await relay_store.set_relay_route(gateway.store, "customer.example", sink.address)
    await gateway.gateway.policy.reload()
    ad = text_message(b_word("(광고) 신제품 출시 안내", "utf-8"), "신제품을 소개합니다.")
    code, _text = await asyncio.to_thread(
        data_reply, gateway, ad, sender="marketing@corp.example", recipients=("buyer@customer.example",)
    )
    assert code == 250
    await wait_for(lambda: sink.messages)
    assert not await quarantine_store.list_quarantine(gateway.store)


async def quarantine_store_size(gateway) -> int:
    return len(await quarantine_store.list_quarantine(gateway.store))
