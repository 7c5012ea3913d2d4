"""Links: extraction from HTML and text, the tricks each flag catches, brand look-alikes, bounded scanning."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from app.mail import links as links_module
from app.mail.brands import lookalike, registered_domain
from app.mail.decode import DecodedMessage, decode_message
from app.mail.links import MAX_LINKS, extract_links, parse_url, shown_host


def html_links(body: str) -> list:
    return extract_links(DecodedMessage(html=[body]))


def one(body: str):
    found = html_links(body)
    assert len(found) == 1, found
    return found[0]


# (name, HTML, the flag that must be set) — each trick a phishing mail to a Korean office uses
TRICKS = [
    (
        "text shows the bank, link goes elsewhere",
        '<a href="http://kb-verify.example/x">www.kbstar.com</a>',
        "mismatched",
    ),
    (
        "text shows a full URL of another site",
        '<a href="https://evil.example/">https://www.naver.com/login</a>',
        "mismatched",
    ),
    ("IP address host", '<a href="http://203.0.113.7/login">로그인</a>', "is_ip"),
    ("decimal IP host", '<a href="http://3405803783/">here</a>', "is_ip"),
    ("IPv6 host", '<a href="http://[2001:db8::1]/">here</a>', "is_ip"),
    ("userinfo", '<a href="http://www.kbstar.com@evil.example/">KB</a>', "has_userinfo"),
    ("punycode look-alike of naver", '<a href="http://xn--nver-53d.com/">네이버</a>', "lookalike"),
    ("brand domain as a subdomain prefix", '<a href="https://naver.com.login-check.xyz/">로그인</a>', "lookalike"),
    ("brand in a hyphenated name", '<a href="https://kbstar-security.com/">보안 점검</a>', "lookalike"),
    ("digit for a letter", '<a href="https://kb5tar.com/">KB</a>', "lookalike"),
    ("dropped letter", '<a href="https://nver.com/">Naver</a>', "lookalike"),
    ("swapped letters", '<a href="https://coupnag.com/">쿠팡</a>', "lookalike"),
    ("tax office in a foreign TLD", '<a href="https://hometax.top/">홈택스</a>', "lookalike"),
    ("carrier with a hyphen", '<a href="http://cj-logistics.com/track">배송 조회</a>', "lookalike"),
    ("shortener", '<a href="https://bit.ly/3abcd">택배 조회</a>', "shortener"),
    ("Korean shortener", '<a href="http://han.gl/AbCd">확인</a>', "shortener"),
]


@pytest.mark.parametrize("name,body,flag", TRICKS, ids=[t[0] for t in TRICKS])
def test_each_trick_sets_its_flag(name, body, flag):
    link = one(body)
    assert getattr(link, flag), link


# real links that must not fire anything
HONEST = [
    ("naver shown as naver", '<a href="https://www.naver.com/news?id=1">www.naver.com</a>'),
    ("bare domain text, www link", '<a href="https://www.kbstar.com/">kbstar.com</a>'),
    (
        "ESP click tracking, text not an address",
        '<a href="https://click.stibee.example/c/ABC?u=https%3A%2F%2Fshop.example">자세히 보기</a>',
    ),
    ("subdomain of the tax office", '<a href="https://www.hometax.go.kr/websquare">홈택스 바로가기</a>'),
    ("bank's own card domain", '<a href="https://card.kbcard.com/">KB국민카드</a>'),
    ("kakao's own domain", '<a href="https://accounts.kakao.com/login">카카오 계정</a>'),
    ("a Korean sentence with a dot in it", '<a href="https://shop.example/a">안내.확인하기</a>'),
    ("a plain company", '<a href="https://www.example.co.kr/">example.co.kr</a>'),
    ("UK police are not Korean police", '<a href="https://www.police.uk/">police.uk</a>'),
    ("a word one letter from naver", '<a href="https://saver.example/">Save</a>'),
]


@pytest.mark.parametrize("name,body", HONEST, ids=[h[0] for h in HONEST])
def test_real_links_fire_nothing(name, body):
    link = one(body)
    assert not (
        link.mismatched or link.is_ip or link.has_userinfo or link.lookalike or link.shortener or link.punycode
    ), link


def test_the_host_is_the_one_a_browser_goes_to():
    assert one('<a href="http:\\\\evil.example\\@www.naver.com/">x</a>').host == "evil.example"
    assert one('<a href="http://www.naver.com@evil.example:8080/">x</a>').host == "evil.example"
    assert one('<a href="https://WWW.KBSTAR.COM%2eevil.example/">x</a>').host == "www.kbstar.com.evil.example"
    assert one('<a href="http://xn--nver-53d.com/">x</a>').host == "nаver.com"  # decoded, Cyrillic а


def test_a_brand_linking_its_own_other_domain_is_no_mismatch():
    link = one('<a href="https://naver.me/xYz">https://www.naver.com/event</a>')
    assert not link.mismatched and link.shortener  # Naver's own shortener: weak, as any shortener
    assert one('<a href="https://evil.example/">https://www.naver.com/event</a>').mismatched


def test_lookalike_names_the_brand_it_imitates_and_never_the_real_domains():
    assert lookalike("nаver.com") == "naver.com"  # Cyrillic а
    assert lookalike("wooribank.co") == "wooribank.com"
    assert lookalike("shinhan-card.net") == "shinhan.com"
    assert lookalike("hometax.go.kr.example.com") == "hometax.go.kr"
    for real in (
        "naver.com",
        "m.naver.com",
        "hometax.go.kr",
        "www.nts.go.kr",
        "epost.go.kr",
        "toss.im",
        "kbstar.net",
        "never.com",
        "www.gov.uk",
        "on-line-shop.com",
        "example.com",
        "lottemart.com",
        "coupangplay.com",
        "kakaotalk.com",
        "gmarket.co.kr",
        "saramin.co.kr",
        "stibee.com",
    ):
        assert lookalike(real) is None, real


def test_registered_domains_and_urls():
    assert registered_domain("a.b.hometax.go.kr") == "hometax.go.kr"
    assert registered_domain("www.naver.com") == "naver.com"
    assert registered_domain("x.seoul.kr") == "x.seoul.kr"
    assert parse_url("HTTPS://WWW.Naver.COM./a") == ("https", "www.naver.com", False)
    assert parse_url("//evil.example/x") == ("http", "evil.example", False)
    assert parse_url("mailto:a@b.example") is None and parse_url("#top") is None
    assert parse_url("javascript:alert(1)") is None
    assert parse_url("http://[::1") is None  # broken IPv6: no link, no exception
    assert shown_host("https://www.naver.com/login") == "www.naver.com"
    assert shown_host("  www.kbstar.com ") == "www.kbstar.com"
    assert shown_host("Click here") == "" and shown_host("안내.확인하기") == ""
    assert shown_host("version 1.2") == "" and shown_host("kbstar.com 바로가기") == ""


def test_links_from_a_real_message_html_and_text_parts():
    raw = (
        "From: a@b.example\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n고객님 http://nver.com/login확인 바랍니다\r\n--b\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n"
        "<p>고객님 <A  HREF = 'https://www.naver.com/x'><b>www.naver.com</b></A></p>\r\n--b--\r\n"
    ).encode()
    found = extract_links(decode_message(raw))
    assert [(link.host, link.shown_host, link.source) for link in found] == [
        ("www.naver.com", "www.naver.com", "html"),
        ("nver.com", "", "text"),
    ]
    assert found[1].url == "http://nver.com/login" and found[1].lookalike == "naver.com"


class CountingFinder(links_module._Finder):
    scanned = 0

    def find(self, needle: str, pos: int) -> int:
        before = self.found.get(needle)
        at = super().find(needle, pos)
        if self.found.get(needle) is not before or before is None:
            CountingFinder.scanned += (len(self.text) if at < 0 else at) - pos
        return at


@pytest.mark.parametrize("bomb", ["<a", "<a ", "<a href=x>", "<a href='", "<ab", "<a href=http://x.example/>y"])
def test_a_300_kb_bomb_of_anchors_is_scanned_in_one_pass(monkeypatch, bomb):
    monkeypatch.setattr(links_module, "_Finder", CountingFinder)
    CountingFinder.scanned = 0
    body = bomb * (300 * 1024 // len(bomb))
    found = html_links(body)
    assert len(found) <= MAX_LINKS
    assert CountingFinder.scanned <= 3 * len(body)  # each needle ("<a", ">", "</a") crosses the text once


@pytest.mark.parametrize("bomb", ["http://", "www.", ":// ", "http://a.example ", "https://"])
def test_a_300_kb_bomb_of_bare_links_in_text_ends_with_a_bounded_list(bomb):
    found = extract_links(DecodedMessage(text=bomb * (300 * 1024 // len(bomb))))
    assert len(found) <= MAX_LINKS


def test_link_count_is_capped():
    body = "".join(f'<a href="https://h{i}.example/">x</a>' for i in range(1000))
    assert len(html_links(body)) == MAX_LINKS


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("<a href=\"='> /x.:@[]\\하xn--0123") + ["</a>", "http://", "www.", "&#64;"]), max_size=120
    ).map("".join)
)
def test_extraction_never_raises(body):
    for link in html_links(body) + extract_links(DecodedMessage(text=body)):
        assert link.scheme in ("http", "https", "ftp") and link.host


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_parsing_and_brand_checks_never_raise_on_any_text(text):
    parsed = parse_url("http://" + text)
    if parsed is not None and parsed[1]:
        lookalike(parsed[1])
    lookalike(text.lower())
    shown_host(text)


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(r"[a-z0-9-]{1,12}(\.[a-z0-9-]{1,12}){0,2}", fullmatch=True),
    st.sampled_from(["naver.com", "kakao.com", "kbstar.com", "hometax.go.kr", "epost.go.kr", "coupang.com"]),
)
def test_subdomains_of_the_real_brands_are_never_look_alikes(prefix, domain):
    assert lookalike(f"{prefix}.{domain}") is None
