"""Scam signals that generalise beyond our own texts: a sender dressed up as a Korean company's address
(pseudo-korean-sender) and a zip of web pages (attachment-archived-html). Hand-made messages."""

from __future__ import annotations

import base64
import io
import zipfile
from urllib.parse import quote

from hypothesis import given
from hypothesis import strategies as st

from app.mail.brands import pseudo_korean_domain, service_word_domain
from app.mail.decode import decode_message
from app.policy.content_rules import compile_rules
from app.policy.signal_scores import SIGNAL_SCORES
from app.policy.signals import message_signals
from app.policy.starter_rules import STARTER_RULES
from app.scan.attachments import check_attachments
from app.scan.documents import HTML_EXTENSIONS, document_findings


def mail(text: str, *, sender: str = "kim@example.co.kr", subject: str = "안내", reply_to: str = "") -> bytes:
    extra = f"Reply-To: <{reply_to}>\r\n" if reply_to else ""
    return (
        f"From: <{sender}>\r\n{extra}Subject: {subject}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    ).encode()


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
    assert "pseudo-korean-sender" not in hits(
        mail("Your order shipped.", sender="ship@acme-tools.co", subject="Order shipped")
    )  # English mail from a .co shop
    assert "pseudo-korean-sender" not in hits(mail(FEE, sender="kim@my-shop.com"))


@given(st.text(max_size=80))
def test_pseudo_korean_domain_never_raises(domain):
    assert pseudo_korean_domain(domain) in ("", "kr.com", "hyphenated .co")


# attachment-archived-html ---------------------------------------------------------------------------------


def zip_of(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<html><body>보기</body></html>")
    return buffer.getvalue()


def with_zip(text: str, filename: str, data: bytes, *, sender: str = "tax@bill-notice.example") -> bytes:
    body = (
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f"--b\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename*=UTF-8''"
        f"{quote(filename)}\r\nContent-Transfer-Encoding: base64\r\n\r\n{base64.b64encode(data).decode()}\r\n--b--\r\n"
    )
    return (
        f"From: <{sender}>\r\nSubject: 세금계산서 발행 안내\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/mixed; boundary=b\r\n\r\n{body}"
    ).encode()


def test_a_zip_of_nothing_but_a_web_page_is_a_packed_html_lure_and_a_lure_target():
    raw = with_zip(
        "전자세금계산서가 발행되었습니다. 첨부된 파일을 열어 확인해 주세요.",
        "세금계산서_1104.zip",
        zip_of("세금계산서_확인.html"),
    )
    found = hits(raw)
    assert found["attachment-archived-html"].score == SIGNAL_SCORES["attachment-archived-html"]
    assert found["attachment-archived-html"].snippet == "세금계산서_1104.zip"
    assert found["credential-lure"].snippet.startswith("첨부된파일을열어 -> 세금계산서_1104.zip")
    assert "attachment-archived-html" in hits(
        with_zip("B/L draft attached.", "Draft_BL.zip", zip_of("Draft_BL.pdf.html"))
    )


def test_honest_zips_are_not_packed_lures():
    text = "요청하신 자료 첨부합니다. 첨부된 파일을 열어 확인해 주세요."
    for name, members in (
        ("사진.zip", ("p1.jpg", "p2.jpg")),
        ("도면.zip", ("HP-0931.pdf",)),
        ("site.zip", ("index.html", "style.css", "logo.png")),
        ("empty.zip", ()),
        ("notes.zip", ("README",)),
        ("brand-logos.zip", ("logo.svg", "logo-white.svg")),
    ):
        found = hits(with_zip(text, name, zip_of(*members)))
        assert "attachment-archived-html" not in found and "credential-lure" not in found, name
    assert "attachment-archived-html" not in hits(with_zip(text, "broken.zip", b"PK\x03\x04 not a zip"))


def test_the_zip_directory_is_read_once_and_its_listing_passed_to_the_document_signals():
    message = decode_message(
        with_zip("첨부된 파일을 열어 확인해 주세요.", "세금계산서.zip", zip_of("세금계산서_확인.html", "보기.htm"))
    )
    listings: dict[int, list[str]] = {}
    assert check_attachments(message.attachments, listings=listings) == []
    assert listings == {0: ["세금계산서_확인.html", "보기.htm"]}
    assert [f.kind for f in document_findings(message.attachments, listings)] == ["archived-html"]
    # The listing given is what the document signals read: a zip of PDFs listed as web pages is judged by it.
    pdfs = decode_message(with_zip("자료", "자료.zip", zip_of("a.pdf"))).attachments
    assert [f.kind for f in document_findings(pdfs, {0: ["a.html"]})] == ["archived-html"]
    assert document_findings(pdfs, {0: []}) == [] and document_findings(pdfs) == []
    broken: dict[int, list[str]] = {}
    corrupt = decode_message(with_zip("자료", "broken.zip", b"PK\x03\x04 not a zip")).attachments
    assert [f.kind for f in check_attachments(corrupt, listings=broken)] == ["corrupt-archive"] and broken == {0: []}
    signals = message_signals(message, zip_listings=listings)
    assert "attachment-archived-html" in signals.names


def test_every_html_suffix_of_the_one_list_is_a_lure_target():
    assert {".htm", ".html", ".shtml", ".xhtml", ".mht", ".mhtml", ".svg"} <= HTML_EXTENSIONS
    for suffix in sorted(HTML_EXTENSIONS):
        body = (
            "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n첨부된 파일을 열어 확인해 주세요.\r\n"
            "--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; "
            f"filename=invoice{suffix}\r\n\r\n<p>invoice</p><a href=https://view.example/i>view</a>\r\n--b--\r\n"
        )
        raw = (
            "From: <tax@bill-notice.example>\r\nSubject: 세금계산서\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/mixed; boundary=b\r\n\r\n{body}"
        ).encode()
        assert hits(raw)["credential-lure"].snippet == f"첨부된파일을열어 -> invoice{suffix}", suffix


# fortune-freemail, crypto-wallet --------------------------------------------------------------------------

DONATION = (
    "I am Mrs. Grace Miller, 81, and my doctor gives me weeks. I wish to donate $4,200,000 to a "
    "company that will use it for charity. I chose you. Reply for details."
)


def test_a_fortune_offered_from_a_free_mailbox_in_english():
    found = hits(mail(DONATION, sender="grace.miller.charity@yahoo.com", subject="Donation"))
    assert found["fortune-freemail"].snippet == "$4,200,000 from yahoo.com"
    assert "fortune-freemail" in hits(
        mail(
            "Your share of USD 12.5 million awaits your reply.",
            sender="barrister.cole@gmail.com",
            subject="Inheritance",
        )
    )


def test_big_sums_from_a_company_or_in_korean_mail_are_not_a_fortune_offer():
    assert "fortune-freemail" not in hits(mail(DONATION, sender="ir@bigbank.example", subject="Q3"))
    korean = (
        "이번 계약 금액은 $4,200,000 입니다. 검토 부탁드립니다. 감사합니다. 계약서 초안은 다음 주에 보내드리겠습니다."
    )
    assert "fortune-freemail" not in hits(mail(korean, sender="kim.partner@gmail.com"))
    assert "fortune-freemail" not in hits(mail("Lunch was $42. Thanks!", sender="friend@gmail.com", subject="lunch"))


def test_a_wallet_address_beside_a_coin_name():
    text = "I recorded you. Send $1,950 in Bitcoin to this address: bc1q7ft2a8k0v4mqz3x6e9hd2p5s8wj0n3rl4ky6c"
    assert hits(mail(text, sender="x@alerts.example"))["crypto-wallet"].snippet.startswith("bc1q7ft2")
    deposit = "USDT(TRC20) 입금 주소: TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE 로 보내주시면 수익이 지급됩니다."
    assert "crypto-wallet" in hits(mail(deposit, sender="vip@coin-room.example"))


def test_a_coin_name_or_an_id_alone_is_no_wallet():
    assert "crypto-wallet" not in hits(mail("비트코인 시세가 올랐네요. 다음 주 회의에서 이야기해요."))
    order = "주문번호 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy 의 배송이 시작되었습니다."  # no coin named
    assert "crypto-wallet" not in hits(mail(order))


# sender-brand-lookalike ------------------------------------------------------------------------------------


def test_a_sender_whose_own_domain_imitates_a_bank():
    raw = mail(
        "고객님의 기업용 공동인증서가 폐기됩니다. 재발급해 주십시오.",
        sender="ibk@ibk-corporate.info",
        subject="[IBK기업은행] 인증서 폐기 예정 안내",
    )
    assert hits(raw)["sender-brand-lookalike"].snippet == "ibk-corporate.info (looks like ibk.co.kr)"
    assert "sender-brand-lookalike" in hits(mail("송금이 도착했습니다.", sender="pay@kakaopay-notice.net"))


def test_the_brand_itself_and_ordinary_senders_are_no_lookalike():
    for sender in ("notice@kakaopay.com", "ibk@ibk.co.kr", "kim@example.co.kr", "mina@naver.com"):
        assert "sender-brand-lookalike" not in hits(mail("안내드립니다.", sender=sender)), sender


# service-word-domain: Korean services ----------------------------------------------------------------------


def test_a_korean_service_name_joined_to_other_words_is_not_the_service():
    raw = mail(
        "경영지원팀 토픽에 읽지 않은 메시지가 9개 있습니다. http://jandi-team.co/login", sender="noreply@jandi-team.co"
    )
    assert hits(raw)["service-word-domain"].snippet == "jandi-team.co (jandi)"
    assert service_word_domain("bill36524-notice.com") == "bill36524"
    assert service_word_domain("hiworks-mailadmin.com") == "hiworks"
    for own in ("hiworks.com", "bill36524.com", "corp.daouoffice.com", "kurly.com", "jandi.com", "smartbillion.com"):
        assert service_word_domain(own) == "", own


# credential-lure: family-event smishing ------------------------------------------------------------------


def test_a_funeral_notice_behind_a_shortener_is_a_lure():
    raw = mail(
        "[부고] 故 김정숙님께서 별세하셨기에 삼가 알려드립니다. 빈소 안내: https://me2.kr/bugo1104",
        sender="bugo@notice-family.example",
        subject="[부고] 故 김정숙님 별세",
    )
    assert hits(raw)["credential-lure"].snippet == "부고 -> me2.kr"


def test_a_real_invitation_linking_the_card_service_is_no_lure():
    raw = mail(
        "저희 결혼합니다. 모바일 청첩장: https://m.barunsoncard.com/abc 와 주시면 감사하겠습니다.",
        sender="mina@naver.com",
        subject="청첩장 보내드려요",
    )
    assert "credential-lure" not in hits(raw)


def test_calls_to_pay_renew_or_view_beside_a_throwaway_target_are_lures():
    cases = [
        (
            "착불 택배 문 앞에 두고 왔습니다. 착불 요금 4,500원 아래 링크로 결제 부탁드려요. https://me2.kr/pay4500",
            "착불요금",
        ),
        ("고객님의 OTP 유효기간이 만료됩니다. 지금 갱신하세요. http://otp.renew-now.top/", "지금갱신"),
        ("You have received a secure message. Read Secure Message http://185.234.72.18/read", "securemessage"),
    ]
    for text, phrase in cases:
        assert hits(mail(text, sender="notice@sender.example"))["credential-lure"].snippet.startswith(phrase), phrase


def test_the_same_calls_beside_the_senders_own_site_are_no_lure():
    raw = mail("11월 이용 요금 결제 부탁드립니다. 청구서: https://www.example.co.kr/bill", sender="bill@example.co.kr")
    assert "credential-lure" not in hits(raw)


# en-fraud starter lexicon: the classic letters' own words ---------------------------------------------------


def test_the_classic_scam_letters_words_hit_the_starter_rules():
    starter = compile_rules(STARTER_RULES)
    letter = mail(
        "Dear CEO, we received an application to register your name as their Internet Keyword and CN "
        "domain names. My late husband left a consignment box with a diplomatic courier.",
        sender="jason@cn-registry.example",
        subject="Urgent",
    )
    found = {hit.name for hit in starter.evaluate(decode_message(letter))}
    assert {
        "en-fraud:internet keyword",
        "en-fraud:my late husband",
        "en-fraud:consignment box",
        "en-fraud:diplomatic courier",
    } <= found
    honest = mail(
        "Please find the keyword list for our internet ads and the courier's tracking number.",
        sender="kim@example.co.kr",
        subject="Ads",
    )
    assert not {h.name for h in starter.evaluate(decode_message(honest))} & {"en-fraud:internet keyword"}


# service-word-domain for the everyday service names the display name claims -----------------------------


def from_display(
    display: str, address: str, text: str = "회의에 초대했습니다. 회의 참가 전 로그인이 필요합니다."
) -> bytes:
    return (
        f"From: {display} <{address}>\r\nSubject: 회의 초대\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    ).encode()


def test_an_everyday_service_name_in_the_domain_where_the_display_name_claims_it():
    for display, address, service in (
        ("Zoom", "no-reply@zoom-meetingsinvite.us", "zoom"),
        ("Microsoft Teams", "teams-noreply@teams-chatnotify.com", "microsoft"),
        ("Outlook 일정", "calendar-noreply@outlook-invites.com", "outlook"),
    ):
        found = hits(from_display(display, address))
        domain = address.partition("@")[2]
        assert found["service-word-domain"].snippet == f"{domain} ({service})", display
        assert found["sender-service-lookalike"].score == SIGNAL_SCORES["sender-service-lookalike"]
        total = sum(
            found[name].score for name in ("service-word-domain", "sender-service-lookalike", "sender-name-mismatch")
        )
        assert total >= 10  # a forged identity quarantines on its signals alone


def test_everyday_names_without_the_claim_or_at_the_service_itself_are_no_lookalike():
    for display, address in (
        ("Zoom", "no-reply@zoom.us"),  # the service's own
        ("김줌", "kim@zoom-studio.co.kr"),  # a studio named zoom, its owner's name shown
        ("Teams 관리자", "admin@corp.example"),  # no hyphenated domain
        ("Zoom", "events@meetings-invite.com"),  # the claim, but not in the domain: sender-name-mismatch only
    ):
        found = hits(from_display(display, address))
        assert "service-word-domain" not in found and "sender-service-lookalike" not in found, address
