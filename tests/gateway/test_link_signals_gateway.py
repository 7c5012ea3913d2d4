"""Link, picture and attachment signals in the running gateway, over real SMTP; URI blocklists against a
real DNS server (dnsmasq) on loopback."""

from __future__ import annotations

import asyncio
import email
import email.header

from app.store import dnsbl as dnsbl_store
from app.store import quarantine as quarantine_store
from app.store.events import recent_events
from app.store.queue import queue_size

from tests.conftest import run_dnsmasq, wait_for
from tests.support.corpus import message, multipart, part, text_message
from tests.support.documents import ooxml
from tests.support.processes import mailmoat
from tests.gateway.test_dnsbl import silent_udp

PHISHING = (
    "<p>[KB국민은행] 고객님의 계정에서 비정상적인 로그인이 감지되었습니다. 24시간 이내에 본인 확인을 하지 "
    '않으면 계좌 이용이 제한됩니다.</p><p><a href="https://kbstar-security.com/verify">www.kbstar.com</a></p>'
)
LETTER = "안녕하세요. 요청하신 자료를 보내드립니다. 확인 후 회신 부탁드립니다. 감사합니다."


def data_reply(gateway, raw: bytes) -> tuple[int, str]:
    with gateway.smtp() as client:
        assert client.mail("kim@other.example")[0] == 250
        assert client.rcpt("bob@corp.example")[0] == 250
        code, text = client.data(raw)
        return code, text.decode()


async def test_a_look_alike_of_a_korean_bank_is_refused_under_default_thresholds(gateway, sink):
    # the look-alike link (10), its text naming another host (3) and "unless you confirm within 24 hours, the
    # account is limited" (threat-unless, 2) with the lexicon's words pass the reject score: refused in session
    code, text = await asyncio.to_thread(
        data_reply, gateway, text_message("[KB국민은행] 보안 점검", PHISHING, html=True)
    )
    assert (code, text) == (550, "5.7.1 Message content rejected (rule link-brand-lookalike)")
    assert not await quarantine_store.list_quarantine(gateway.store)
    assert await queue_size(gateway.store) == 0 and not sink.messages


async def test_the_real_bank_link_passes_untouched(gateway, sink):
    honest = PHISHING.replace("https://kbstar-security.com/verify", "https://obank.kbstar.com/quics")
    code, _ = await asyncio.to_thread(data_reply, gateway, text_message("[KB국민은행] 안내", honest, html=True))
    assert code == 250
    await wait_for(lambda: sink.messages)
    assert b"X-Mailmoat-Score" not in sink.messages[0].content
    assert not await quarantine_store.list_quarantine(gateway.store)


async def test_a_macro_workbook_named_xlsx_is_quarantined(gateway, sink):
    raw = message(
        "견적서",
        multipart(
            "mixed",
            [
                part(LETTER.encode(), "text/plain; charset=utf-8"),
                part(
                    ooxml(macros=True),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "base64",
                    filename="견적서.xlsx",
                ),
            ],
            "b1",
        ),
    )
    code, _ = await asyncio.to_thread(data_reply, gateway, raw)
    assert code == 250
    [held] = await quarantine_store.list_quarantine(gateway.store)
    assert held.rules == "attachment-macro(+10)"


async def test_an_operator_can_turn_a_signal_down(gateway, sink):
    await gateway.configure(content__signal_scores="link-brand-lookalike=2")
    code, _ = await asyncio.to_thread(data_reply, gateway, text_message("[KB국민은행] 보안 점검", PHISHING, html=True))
    assert code == 250
    await wait_for(lambda: sink.messages)
    delivered = sink.messages[0].content.decode()
    headers = email.message_from_string(delivered)
    rules = str(email.header.make_header(email.header.decode_header(headers["X-Mailmoat-Rules"])))
    assert 5 <= float(headers["X-Mailmoat-Score"]) < 10 and "link-brand-lookalike(+2)" in rules  # tagged, not held


URIBL_RECORDS = ["--local-ttl=60", "--host-record=bad-shop.example.uribl.test,127.0.0.2"]


async def test_a_link_to_a_domain_on_a_uri_blocklist_is_scored(gateway, sink, tmp_path):
    body = (
        "<p>" + LETTER + '</p><a href="https://www.bad-shop.example/sale?id=7">이번 주 특가</a>'
        '<a href="https://www.example.co.kr/">회사 홈페이지</a>'
    )
    with run_dnsmasq(URIBL_RECORDS, "bad-shop.example.uribl.test", tmp_path) as port:
        await dnsbl_store.set_zone(gateway.store, "uribl.test", "uri", 1.0, "")
        await gateway.configure(dns__nameservers=f"127.0.0.1:{port}")
        code, _ = await asyncio.to_thread(data_reply, gateway, text_message("이번 주 특가", body, html=True))
        assert code == 250
        await wait_for(lambda: sink.messages)
        asked = gateway.gateway.dnsbl.queries
        assert asked == 2  # bad-shop.example and example.co.kr, the registered domains
    delivered = sink.messages[0].content.decode()
    assert "X-Mailmoat-Score: 6" in delivered and "uribl:uribl.test(+6)" in delivered

    async def scored():
        return [e for e in await recent_events(gateway.store) if "uribl:uribl.test" in (e["rule"] or "")]

    await wait_for(scored)


async def test_a_dead_nameserver_never_holds_mail(gateway, sink):
    with silent_udp() as port:
        await dnsbl_store.set_zone(gateway.store, "uribl.test", "uri", 1.0, "")
        await gateway.configure(dns__nameservers=f"127.0.0.1:{port}", dnsbl__budget="0.3")
        body = "<p>" + LETTER + '</p><a href="https://www.bad-shop.example/sale">특가</a>'
        code, _ = await asyncio.to_thread(data_reply, gateway, text_message("특가", body, html=True))
    assert code == 250
    await wait_for(lambda: sink.messages)
    assert b"uribl" not in sink.messages[0].content


async def test_uri_zones_are_not_asked_at_mail_from_and_mail_without_links_asks_nothing(gateway, sink, tmp_path):
    with run_dnsmasq(URIBL_RECORDS, "bad-shop.example.uribl.test", tmp_path) as port:
        await dnsbl_store.set_zone(gateway.store, "uribl.test", "uri", 1.0, "")
        await gateway.configure(dns__nameservers=f"127.0.0.1:{port}")
        code, _ = await asyncio.to_thread(data_reply, gateway, text_message("안내", LETTER))
        assert code == 250
        await wait_for(lambda: sink.messages)
    assert gateway.gateway.dnsbl.queries == 0


def test_cli_adds_and_lists_a_uri_zone(tmp_path):
    db = tmp_path / "mm.db"
    assert mailmoat("init", db=db).returncode == 0
    added = mailmoat("dnsbl", "add", "dbl.test", "--kind", "uri", "--codes", "127.0.1.2", db=db)
    assert added.returncode == 0, added.stderr
    assert "link domains" in added.stdout
    assert mailmoat("dnsbl", "list", db=db).stdout.split()[:2] == ["uri", "dbl.test"]
    bad = mailmoat("dnsbl", "add", "dbl.test", "--kind", "url", db=db)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


async def test_a_banner_that_is_the_link_with_no_text_is_quarantined_without_the_filter(gateway, sink):
    await gateway.configure(bayes__enabled="no")  # the structural signals stand on their own
    html = '<center><a href="https://major-777.example/"><img src="cid:banner1@x" width="600"></a></center>'
    raw = message(
        "🎁",
        multipart(
            "related",
            [
                part(html.encode(), "text/html; charset=utf-8"),
                part(
                    b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
                    "image/png",
                    "base64",
                    filename="banner26.png",
                    disposition="inline",
                ),
            ],
            "b1",
        ),
    )
    code, _ = await asyncio.to_thread(data_reply, gateway, raw)
    assert code == 250
    [held] = await quarantine_store.list_quarantine(gateway.store)
    assert "image-link(+5)" in held.rules and "image-only(+3)" in held.rules and held.score >= 10


async def test_a_sign_in_lure_to_a_look_alike_of_the_office_domain_is_named_with_its_target(gateway, sink):
    body = (
        "전 직원 공지드립니다. 그룹웨어 서버 이전으로 로그인 주소가 변경되었습니다. 새 주소에서 기존 아이디와 비밀번호로 "
        "로그인하시기 바랍니다. 새 그룹웨어 로그인: http://gw-corp-example.com/login 경영지원팀"
    )
    code, _ = await asyncio.to_thread(data_reply, gateway, text_message("공지: 그룹웨어 로그인 주소 변경", body))
    assert code == 250

    async def named():
        return [e for e in await recent_events(gateway.store) if "credential-lure(+6)" in (e["rule"] or "")]

    await wait_for(named)
    held = await quarantine_store.list_quarantine(gateway.store)
    if not held:  # tagged (the filter undecided), never delivered untouched
        await wait_for(lambda: sink.messages)
        assert b"X-Mailmoat-Score" in sink.messages[0].content
