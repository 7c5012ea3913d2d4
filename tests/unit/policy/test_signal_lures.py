"""Structural signals that generalise beyond our own texts: a picture that is the link (image-link), and a
credential or payment lure beside a target no honest sender uses (credential-lure). Hand-made messages."""

from __future__ import annotations

import base64

from hypothesis import given, settings
from hypothesis import strategies as st

from app.mail.brands import domain_in_subdomain, has_cheap_tld, is_free_host, named_service
from app.mail.decode import decode_message
from app.mail.links import linked_images
from app.mail.obfuscation import obfuscation
from app.policy.lures import cold_pitch, find_lure, mailbox_greeting
from app.policy.signal_scores import SIGNAL_SCORES
from app.policy.content_rules import RuleHit
from app.policy.signals import message_signals, theme_pair_hit

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 64).decode()


def mail(
    text: str | None = None,
    html: str | None = None,
    *,
    image: str = "",
    attachment: tuple[str, str] | None = None,
    sender: str = "kim@example.co.kr",
    name: str = "",
    subject: str = "안내",
) -> bytes:
    parts = []
    if text is not None:
        parts.append(f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n")
    if html is not None:
        parts.append(f"Content-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n")
    if image:
        parts.append(
            f"Content-Type: image/jpeg\r\nContent-Disposition: attachment; filename={image}\r\n"
            f"Content-Transfer-Encoding: base64\r\n\r\n{PNG}\r\n"
        )
    if attachment:
        filename, body = attachment
        parts.append(
            f"Content-Type: text/html; charset=utf-8\r\nContent-Disposition: attachment; filename={filename}"
            f"\r\n\r\n{body}\r\n"
        )
    body = "".join(f"--b\r\n{p}" for p in parts) + "--b--\r\n"
    shown = f"{name} " if name else ""
    return (
        f"From: {shown}<{sender}>\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/mixed; boundary=b\r\n\r\n{body}"
    ).encode()


def signals(raw: bytes, local=("corp.example",)):
    return message_signals(decode_message(raw), local_domains=local)


def names(raw: bytes, local=("corp.example",)) -> list[str]:
    return signals(raw, local).names


LETTER = (
    "안녕하세요, 지난주 회의에서 말씀드린 견적서를 보내드립니다. 단가는 작년과 같고 납기는 3주입니다. "
    "검토하시고 궁금한 점 있으시면 편하게 연락 주세요. 감사합니다."
)


# image-link -----------------------------------------------------------------------------------------------


def test_a_banner_that_is_the_link_with_a_line_of_greeting_is_image_link():
    html = (
        '<center><a href="https://bet-vip.example/x"><img src="cid:banner1"></a><br><b>회원님 안녕하세요.</b></center>'
    )
    hits = {h.name: h for h in signals(mail(html=html, image="banner.gif")).hits}
    assert "image-link" in hits and hits["image-link"].score == SIGNAL_SCORES["image-link"]
    assert hits["image-link"].snippet.startswith("a linked image -> bet-vip.example")


def test_a_remote_image_beside_a_link_with_no_text_is_image_link():
    html = '<img src="http://203.0.113.9/ad.jpg"><br><a href="https://shop.example/go">바로가기</a>'
    found = signals(mail(html=html))
    assert "image-link" in found.names and "a remote image" in found.hits[found.names.index("image-link")].snippet


def test_a_photo_from_a_colleague_is_no_image_link_nor_lure():
    assert names(mail(text="사진 보내드립니다", image="IMG_4471.jpg")) == ["image-only"]
    assert names(mail(text="어제 결혼식 사진 보내드려요. 신혼여행 잘 다녀오세요!", image="IMG_4478.jpg")) == []


def test_a_newsletter_with_a_linked_logo_and_text_is_no_image_link():
    html = (
        f'<a href="https://news.example.com/"><img src="https://news.example.com/logo.png"></a><p>{LETTER}</p>'
        '<a href="https://news.example.com/read/1">읽어보기</a>'
    )
    assert "image-link" not in names(mail(html=html))


def test_a_short_reply_with_a_linked_logo_in_its_signature_is_no_image_link():
    html = (
        "<p>네, 확인했습니다. 내일 오전에 회신드리겠습니다.</p><p>홍길동 과장 | 영업2팀<br>(주)누리웍스 | T. 02-1234-5678 "
        "| M. 010-9876-5432<br>서울특별시 금천구 가산디지털1로 123, 7층</p>"
        '<a href="https://www.nuriworks.co.kr/"><img src="cid:logo001"></a>'
    )
    assert "image-link" not in names(mail(html=html, image="logo.png", sender="gd.hong@nuriworks.co.kr"))


def test_tracking_pixels_are_not_pictures():
    html = '<a href="https://x.example/"><img src="https://t.example/open" width="1" height="1"></a>'
    assert linked_images(decode_message(mail(html=html))) == (0, 0)
    assert linked_images(decode_message(mail(html='<a name="top"><img src="cid:1"></a>'))) == (0, 0)  # no href


# credential-lure ------------------------------------------------------------------------------------------


def test_a_sign_in_lure_beside_a_shortener_fires_with_phrase_and_host():
    raw = mail(text="보안 정책 변경으로 모든 구성원은 재로그인해야 합니다. 지금 재로그인: https://me2.kr/relogin")
    [hit] = [h for h in signals(raw).hits if h.name == "credential-lure"]
    assert hit.snippet == "재로그인 -> me2.kr" and hit.score == SIGNAL_SCORES["credential-lure"]


def test_lure_targets_free_hosting_cheap_tld_and_a_domain_in_front_of_another():
    lure = "결재 요청 문서가 도착했습니다. 결재를 진행하려면 로그인하세요. "
    for url in (
        "http://daouoffice.com.approval-doc.example/login",
        "https://groupware-login.web.app/",
        "https://secure-check.top/corp",
    ):
        assert "credential-lure" in names(mail(text=lure + url)), url
    assert "credential-lure" not in names(mail(text=lure + "https://gw.daouoffice.com/login"))


def test_a_look_alike_of_the_office_domain_is_a_target_but_its_own_tenant_is_not():
    lure = "그룹웨어 서버 이전으로 새 주소에서 기존 아이디와 비밀번호로 로그인하시기 바랍니다. "
    assert "credential-lure" in names(mail(text=lure + "http://gw-corp-example.com/login"))
    assert "credential-lure" in names(mail(text=lure + "http://gw.corp-example.com/login"))  # another domain
    assert "credential-lure" not in names(mail(text=lure + "https://gw.corp.example/login"))
    assert "credential-lure" not in names(mail(text=lure + "https://corpexample.sharepoint.com/s/x"))
    assert "credential-lure" not in names(mail(text=lure + "http://gw-corp-example.com/login"), local=())
    sender = mail(
        text="연봉 계약서 서명 요청이 도착했습니다. 계약서 확인 및 서명요청 http://corp-example-gw.com/sign",
        sender="approval@corp-example-gw.com",
    )
    assert "credential-lure" in names(sender)


def test_a_payment_lure_with_an_html_attachment():
    raw = mail(
        text="해외 결제 승인 안내입니다. 본인 사용이 아닌 경우 첨부 파일에서 결제 취소를 진행해 주세요.",
        attachment=("결제취소.html", '<p>취소</p><a href="https://pay-cancel.example/c">취소하기</a>'),
    )
    [hit] = [h for h in signals(raw).hits if h.name == "credential-lure"]
    assert hit.snippet == "결제승인 -> 결제취소.html"
    remittance = mail(
        text="Dear Customer, please see the attached remittance advice for the invoices paid.",
        attachment=("Remittance_88301.htm", "<script>location='https://x.example'</script>"),
    )
    assert "credential-lure" in names(remittance)
    assert "credential-lure" not in names(
        mail(text="Please see the attached remittance advice.", image="remittance.png")
    )  # a picture of it is no target


def test_a_brand_named_in_the_text_whose_site_no_link_goes_to():
    raw = mail(
        text="국민건강보험공단입니다. 건강검진 결과 통보서가 발급되었습니다. 본인 인증 후 열람: "
        "https://nhis-checkup.example/r",
        sender="nhis@nhis-checkup.example",
    )
    assert "credential-lure" in names(raw)
    honest = mail(
        text="정민재 님, 결제가 완료되었습니다. 결제 수단: 신한카드(법인). 매출전표: "
        "https://dashboard.tosspayments.com/receipt",
        sender="no-reply@tosspayments.com",
    )
    assert names(honest) == []  # a payment company names the card it charged; its own site is the link


def test_a_lure_word_alone_or_with_an_ordinary_link_never_fires():
    for text in (
        "비밀번호를 변경하셨습니다. 본인이 아니면 고객센터로 연락 주세요.",
        "결제가 완료되었습니다. 영수증: https://www.shop.example.co.kr/receipt/1",
        "Please sign in to the portal to review the draft: https://portal.partner.example.com/",
        LETTER + " https://bit.ly/quote-2026",
    ):
        assert "credential-lure" not in names(mail(text=text)), text


def test_english_lures():
    assert find_lure("Unusual sign-in activity", "") == "unusualsign-in"
    assert find_lure("", "Your password will expire today. Keep current password.") == "passwordwillexpire"
    assert "credential-lure" in names(
        mail(text="Please verify your account within 24 hours: https://account-verify.example.xyz/")
    )


def test_host_helpers():
    assert domain_in_subdomain("hiworks.com.auth-migrate.site") and domain_in_subdomain("a.naver.com.evil.example")
    assert not domain_in_subdomain("www.naver.com") and not domain_in_subdomain("mail.corp.co.kr")
    assert is_free_host("login-corp.pages.dev") and not is_free_host("pages.dev")
    assert has_cheap_tld("x.top") and not has_cheap_tld("x.co.kr")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_lure_and_image_scans_never_raise(text):
    assert isinstance(find_lure(text, text), str)
    raw = mail(html=f'<a href="{text[:40]}"><img src="{text[:20]}">{text}</a>')
    message_signals(decode_message(raw), local_domains=["corp.example", text[:30]])


# transfer-request-freemail -------------------------------------------------------------------------------


def test_a_money_request_from_a_free_mailbox_by_someone_who_cannot_be_called():
    text = (
        "경영지원팀 담당자님, 지금 해외 투자사와 미팅 중이라 통화가 어렵습니다. 오늘 15시 전에 아래 계좌로 "
        "4,800만원 송금 부탁드립니다. 본 건은 대외비이니 처리 후 이 메일로만 회신 주세요."
    )
    assert SIGNAL_SCORES["transfer-request-freemail"] == 0  # off by default: see signal_scores.py
    on = {"transfer-request-freemail": 5.0}
    [hit] = [
        h
        for h in message_signals(decode_message(mail(text=text, sender="ceo.lee@naver.com")), on).hits
        if h.name == "transfer-request-freemail"
    ]
    assert hit.snippet == "계좌로 + 통화가어렵 from naver.com"  # the first of each, in reading order
    # the office's own manager warning about such mail writes the same words, from the office's domain
    assert (
        "transfer-request-freemail"
        not in message_signals(decode_message(mail(text=text, sender="jh.lee@corp.example")), on).names
    )
    # a money request alone, from a free mailbox: a friend splitting a dinner bill
    assert (
        "transfer-request-freemail"
        not in message_signals(
            decode_message(mail(text="어제 회식비 3만원 계좌로 송금 부탁해~", sender="a@gmail.com")), on
        ).names
    )
    assert "transfer-request-freemail" not in names(mail(text=text, sender="ceo.lee@naver.com"))  # off


# lexicon-theme-pair --------------------------------------------------------------------------------------


def hit(name: str, mode: str = "enforce") -> RuleHit:
    return RuleHit(name, None, "advertising", 2.0, None, "body", name, mode)


def test_two_phrases_of_one_theme_add_up():
    assert (
        theme_pair_hit([hit("loan:무직자대출"), hit("loan:당일승인")]) is None
    )  # off by default: see signal_scores.py
    on = {"lexicon-theme-pair": 3.0}
    pair = theme_pair_hit([hit("loan:무직자대출"), hit("subject-ad"), hit("loan:당일승인")], on)
    assert pair is not None and pair.snippet == "loan: 무직자대출, 당일승인" and pair.score == 3.0
    assert theme_pair_hit([hit("loan:무직자대출"), hit("stock:급등주")], on) is None  # two themes, one phrase each
    assert theme_pair_hit([hit("gambling:첫충전"), hit("gambling:첫충")], on) is None  # one phrase inside the other
    assert theme_pair_hit([hit("ad:무료수신거부"), hit("ad:광고성정보")], on) is None  # every lawful newsletter
    assert theme_pair_hit([hit("loan:무직자대출"), hit("loan:당일승인", "monitor")], on) is None
    assert theme_pair_hit([hit("loan:무직자대출"), hit("loan:당일승인")], {"lexicon-theme-pair": 0}) is None


# obfuscated-text -----------------------------------------------------------------------------------------


def test_obfuscated_writing_is_a_signal_and_everyday_korean_is_not():
    assert obfuscation("ㅎㅘㄱㅇㅣㄴ 부탁드립니다").startswith("loose jamo")
    assert obfuscation("\uffb2\uffcc\uffb7 정책").startswith("halfwidth jamo")
    assert obfuscation("무직자 대\u200b출 가능").startswith("an invisible character")
    assert obfuscation("입.금 계.좌 : 농.협").startswith("syllables split")
    assert obfuscation("주_문_하_신 상품").startswith("syllables split")
    for honest in (
        "좋아요ㅋㅋ ㅎㅎ ㅠㅠ",
        "월·화·수 교육",
        "화~수 출장",
        "소/중/대 사이즈",
        "남-북 관계",
        "\ufeff안녕하세요",
        "서울시 금천구 가산디지털1로 123",
        "(광고) 이번 주 특가",
        "A.B.C 3.1절",
    ):
        assert obfuscation(honest) == "", honest
    [hit] = [
        h
        for h in signals(mail(text="입.금 확인이 안 되었습니다", subject="주_문 확_인")).hits
        if h.name == "obfuscated-text"
    ]
    assert (
        hit.snippet.startswith("syllables split by punctuation: 주_문")
        and hit.score == SIGNAL_SCORES["obfuscated-text"]
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("가나다ㄱㅏㅋ.._|~ \u200bﾲa1"), max_size=300))
def test_obfuscation_never_raises_and_finds_what_it_names(text):
    found = obfuscation(text)
    assert found == "" or found.split(":", 1)[0] in (
        "loose jamo",
        "halfwidth jamo",
        "syllables split by punctuation",
        "an invisible character inside a word",
    )


# own-domain-lookalike ------------------------------------------------------------------------------------


def test_a_domain_registered_with_the_office_name_beside_other_words():
    [hit] = [
        h
        for h in signals(mail(text=LETTER, sender="approval@gw-corp-example.com")).hits
        if h.name == "own-domain-lookalike"
    ]
    assert (hit.field, hit.snippet, hit.score) == (
        "sender",
        "gw-corp-example.com",
        SIGNAL_SCORES["own-domain-lookalike"],
    )
    linked = signals(mail(text=LETTER + " http://corp-example-docs.com/view"), ("corp.example",))
    assert "own-domain-lookalike" in linked.names
    nuri = ("nuriworks.co.kr",)
    assert "own-domain-lookalike" in names(mail(text=LETTER, sender="ap@nuriworks-mail.com"), nuri)
    for honest in ("kim@nuriworks.com", "kim@gw.nuriworks.co.kr", "jira@nuriworks.atlassian.net", "a@partner.co.kr"):
        assert "own-domain-lookalike" not in names(mail(text=LETTER, sender=honest), nuri), honest
    assert "own-domain-lookalike" not in names(mail(text=LETTER, sender="ap@nuriworks-mail.com"), ())


def test_the_office_name_counts_as_a_whole_label_part_not_as_the_start_of_a_longer_word():
    korea = ("korea.ac.kr",)
    for honest in ("news@koreaherald.com", "desk@koreatimes.co.kr", "info@southkorea.net", "a@koreans.org"):
        assert "own-domain-lookalike" not in names(mail(text=LETTER, sender=honest), korea), honest
    linked = mail(text=LETTER + " 로그인하세요 http://koreaherald.com.example-cdn.net/login")
    assert "own-domain-lookalike" not in names(linked, korea)
    assert not any("imitates" in h.snippet for h in signals(linked, korea).hits)
    for lookalike in ("it@korea-portal.com", "it@portal-korea.net", "it@mail-korea-ac.com"):
        assert "own-domain-lookalike" in names(mail(text=LETTER, sender=lookalike), korea), lookalike
    nuri = ("nuriworks.co.kr",)
    for typo in ("ap@nuriw0rks.com", "ap@nuriwork.com", "ap@nuriworkss.co.kr"):
        assert "own-domain-lookalike" in names(mail(text=LETTER, sender=typo), nuri), typo
    assert "own-domain-lookalike" not in names(mail(text=LETTER, sender="ap@nuriworksmall.com"), nuri)
    target = mail(text="결재문서 확인 후 로그인하세요 https://mail.corp.example.password-keep.com/")
    assert any("imitates our domain" in h.snippet for h in signals(target).hits)


# mailbox-greeting and cold-pitch -------------------------------------------------------------------------


def test_a_recipient_greeted_by_a_mailbox_not_a_name():
    assert mailbox_greeting("", "marketing님 안녕하세요.") == "marketing님"
    assert mailbox_greeting("", "안녕하세요 support 님,") == "support 님"
    assert mailbox_greeting("", "Hello contact, Signature requested") == "Hello contact,"
    assert mailbox_greeting("", "master@corp.example 고객님께 보내드리는 안내") == "master@corp.example 고객님"
    for honest in (
        "김민수님 안녕하세요",
        "담당자님께",
        "Dear Customer,",
        "kim@corp.example님, 새 기기에서 로그인했습니다",
        "Hi Jiyoung, thanks",
        "Hello team, the build is green",
    ):
        assert mailbox_greeting("", honest) == "", honest
    assert "mailbox-greeting" in names(mail(text="marketing님 안녕하세요. 이번 달 특가 안내드립니다."))


def test_an_english_cold_pitch_needs_both_halves():
    pitch = (
        "Dear Sir/Madam, Good day! We are the manufacturer of packing material in Ningbo. Free sample, "
        "fast delivery, best price. Kindly reply with your requirements."
    )
    assert cold_pitch("Cooperation", pitch) == "Dear Sir + Free sample"
    assert "cold-pitch" in names(mail(text=pitch))
    assert cold_pitch("", "Dear Sir, please find attached our invoice 2026-114 for November.") == ""
    assert cold_pitch("", "Hi Minsu, if you are interested I can send the slides after lunch.") == ""
    korean = (
        "안녕하세요. 해외 거래처에서 받은 메일 전달합니다: 'Dear Sir, free sample available' 검토 부탁드립니다. " * 3
    )
    assert cold_pitch("", korean) == ""  # a Korean text quoting one


def test_a_display_name_that_claims_a_global_service_from_another_domain():
    assert named_service("PayPal", "mlxmutv-kr.com") == "paypal"
    assert named_service("Zoom", "zoom-meeting-invite.com") == "zoom"
    assert named_service("Microsoft 365 보안 알림", "corp-example.protection-mail.com") == "microsoft 365"
    for name, domain in (
        ("PayPal", "paypal.com"),
        ("Zoom", "zoom.us"),
        ("Microsoft", "microsoftonline.com"),
        ("Adobe Sign", "adobesign.com"),
        ("Pineapple Studio", "pineapple.example"),
        ("김민수", "naver.com"),
        ("DHL Express Korea", "dhl.co.kr"),
    ):
        assert named_service(name, domain) == "", (name, domain)
    [hit] = [
        h
        for h in signals(mail(text=LETTER, name="Dropbox", sender="no-reply@dropbox-transfer.org")).hits
        if h.name == "sender-name-mismatch"
    ]
    assert (hit.field, hit.snippet) == ("sender", "Dropbox <dropbox-transfer.org> is not dropbox")


def test_a_lure_phrase_is_never_made_of_the_end_of_one_word_and_the_start_of_the_next():
    from app.mail.obfuscation import obfuscation
    from app.policy.lures import find_lure, transfer_request

    for text in ("영업본부 고객 여러분께", "IT본부 고객지원팀 안내", "총무부 고지사항", "정부 고시 개정"):
        assert find_lure("", text) == "", text  # 본"부 고"객 is no 부고
    assert transfer_request("", "배송 금액 안내드립니다. 통화가 어렵습니다") == ""  # 배"송 금"액 is no 송금
    assert find_lure("", "비밀번호 변경 바랍니다") == "비밀번호변경"  # a phrase written in words still counts
    assert find_lure("[부고] 김철수 부친상", "") == "부고"
    # a name masked by an honest notice is no split syllable
    assert obfuscation("받는 분: 홍*동 고객님, 예금주 김*수") == ""
