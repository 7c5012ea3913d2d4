"""The links of a decoded message, with what makes each one suspicious. Pure; never raises; bounded.

`extract_links(decoded)` reads the raw HTML of the text/html parts (``DecodedMessage.html``) for
``<a href>`` links and the text they show (and image maps' ``<area href>``), and the decoded text for bare ``http://`` / ``www.`` links.
The HTML is scanned left to right with ``str.find`` whose answers are remembered (positions only grow),
so a body of 300 KB of unclosed ``<a`` costs one pass, never one pass per tag: no ``[^>]*`` regex runs
over the raw HTML. At most MAX_ANCHORS tags are looked at and MAX_LINKS links kept.

Each `Link` carries its target host (lower case, ``xn--`` labels decoded to Unicode), the host its text
shows when that text looks like an address, and the flags the content stage scores: an IP-address host,
user information before an ``@`` in the authority, punycode or non-ASCII host, a known shortener, and the
brand domain it imitates (see app.mail.brands).
"""

from __future__ import annotations

import html as html_lib
import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from .brands import is_shortener, lookalike, owner, registered_domain

MAX_LINKS = 200  # links kept per message
MAX_ANCHORS = 2000  # <a tags looked at per message
MAX_URL_CHARS = 2048
MAX_TAG_CHARS = 4096  # attributes of one tag read
MAX_ANCHOR_TEXT = 1024  # text of one link read
MAX_TEXT_CANDIDATES = 2000  # "://" or "www." looked at in the text, per needle

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # keeps offsets
_HREF = re.compile(
    r"""(?:^|\s)href\s*=\s*(?:"([^"]{0,%d})|'([^']{0,%d})|([^\s"'>]{1,%d}))"""
    % (MAX_URL_CHARS, MAX_URL_CHARS, MAX_URL_CHARS),
    re.IGNORECASE,
)
# Bare links in text. Hangul, CJK and fullwidth forms end a link: Korean text runs on without a space.
TEXT_URL = re.compile(
    r"""(?:https?://|www\.)[^\s<>"'()\[\]{}\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]{1,%d}"""
    % MAX_URL_CHARS,
    re.IGNORECASE,
)
_SHOWN = re.compile(r"(?:(https?)://)?((?:[^\W_]|-)+(?:\.(?:[^\W_]|-)+)+)\.?(?=$|[/:?#])", re.IGNORECASE)
_NUMERIC_HOST = re.compile(r"(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}")
_STRIP = re.compile(r"[\t\r\n\x00-\x1f]")
# TLDs common enough that "shop.example.com" shown without a scheme is taken for an address
_SHOWN_TLDS = frozenset(
    {
        "com",
        "net",
        "org",
        "kr",
        "io",
        "me",
        "co",
        "ly",
        "gl",
        "im",
        "info",
        "biz",
        "xyz",
        "top",
        "shop",
        "site",
        "online",
        "cn",
        "jp",
        "us",
        "uk",
        "to",
        "do",
        "so",
        "at",
        "gd",
        "la",
        "ru",
        "club",
        "live",
        "app",
        "link",
        "click",
        "store",
        "vip",
        "cc",
        "tk",
        "ml",
        "ga",
        "cf",
        "pw",
        "icu",
        "buzz",
        "한국",
    }
)


@dataclass(frozen=True, slots=True)
class Link:
    url: str  # as written (entities decoded), at most MAX_URL_CHARS
    scheme: str  # http | https | ftp
    host: str  # the target's host: lower case, IDNA decoded, no trailing dot
    shown_host: str = ""  # the host the link's text displays, when the text looks like an address
    is_ip: bool = False  # the host is an IP address (dotted, or the decimal/hex forms browsers accept)
    has_userinfo: bool = False  # "user@" (or "www.bank.com@") before the host
    punycode: bool = False  # an xn-- label, or a host in non-ASCII letters
    shortener: bool = False
    lookalike: str = ""  # the brand domain this host imitates ("" for none)
    source: str = "html"  # html: an <a href>; text: a bare link in the text

    @property
    def mismatched(self) -> bool:
        """The text shows one site and the link goes to another (www.naver.com -> evil.example)."""
        if not self.shown_host or not self.host or self.shown_host == self.host:
            return False
        if registered_domain(self.shown_host) == registered_domain(self.host):
            return False
        brand = owner(self.host)
        return brand is None or brand != owner(self.shown_host)  # naver.com shown, naver.me linked: Naver's


def extract_links(decoded) -> list[Link]:
    """Every distinct link of `decoded` (an app.mail.decode.DecodedMessage), HTML links first."""
    links: list[Link] = []
    seen: set[tuple[str, str]] = set()
    anchors = 0
    raw_seen: set[tuple[str, str]] = set()
    for part in getattr(decoded, "html", ()) or ():
        for url, text in _anchors(part, MAX_ANCHORS - anchors):
            anchors += 1
            if (url, text) in raw_seen:
                continue  # the same link again (a newsletter's logo, button and footer)
            raw_seen.add((url, text))
            _add(links, seen, url, text, "html")
            if len(links) >= MAX_LINKS:
                return links
    for url in text_urls(getattr(decoded, "text", "") or ""):
        _add(links, seen, url, "", "text")
        if len(links) >= MAX_LINKS:
            break
    return links


def text_urls(text: str):
    """The bare http(s):// and www. links of `text`, in order. Found with str.find (a regex scan of a whole
    Korean body costs ~40 ns a character; the finds a tenth of it), then matched where they start."""
    starts: list[int] = []
    for needle in ("://", "www.", "WWW."):
        at = text.find(needle)
        looked = 0
        while at >= 0 and looked < MAX_TEXT_CANDIDATES:
            looked += 1
            if needle != "://":
                starts.append(at)
            elif text[max(0, at - 5) : at].lower() == "https":
                starts.append(at - 5)
            elif text[max(0, at - 4) : at].lower() == "http":
                starts.append(at - 4)
            at = text.find(needle, at + len(needle))
    end = 0
    for start in sorted(starts):
        if start < end:
            continue  # inside the link before: http://www.naver.com found twice
        match = TEXT_URL.match(text, start)
        if match is not None:
            end = match.end()
            yield match.group(0).rstrip(".,;:!?")


def image_count(decoded) -> int:
    """<img> tags in the HTML parts plus image parts (inline or attached)."""
    tags = sum(_ascii_lower(part).count("<img") for part in getattr(decoded, "html", ()) or ())
    parts = sum(1 for a in getattr(decoded, "attachments", ()) if (a.content_type or "").startswith("image/"))
    return tags + parts


def parse_url(url: str) -> tuple[str, str, bool] | None:
    """(scheme, host, has_userinfo) of a web link as a browser reads it, or None for mailto:, tel:, #... ."""
    url = _STRIP.sub("", url.strip())[:MAX_URL_CHARS]
    if url.startswith("//"):
        url = "http:" + url
    elif url[:4].lower() == "www.":
        url = "http://" + url
    scheme, colon, rest = url.partition(":")
    scheme = scheme.lower()
    if not colon or scheme not in ("http", "https", "ftp"):
        return None
    rest = rest.replace("\\", "/")  # browsers read http:\\evil.example\ as http://evil.example/
    rest = "//" + rest.lstrip("/")
    try:
        parts = urlsplit(f"{scheme}:{rest}")
        host = parts.hostname or ""
    except ValueError:
        return None
    authority = parts.netloc
    host = _idna_decode(unquote(host).lower().rstrip("."))
    return scheme, host, "@" in authority


def _idna_decode(host: str) -> str:
    if "xn--" not in host:
        return host
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except (UnicodeError, ValueError):
                pass
        labels.append(label)
    return ".".join(labels)


def _is_ip(host: str) -> bool:
    if host.startswith("["):
        return True
    if not host[-1].isdigit() and ":" not in host:  # a name: its last label is no number
        return False
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return bool(_NUMERIC_HOST.fullmatch(host))


def shown_host(text: str) -> str:
    """The host that a link's text displays, if the text is an address ("www.naver.com", "https://x.kr/a")."""
    text = " ".join(text.split())
    if not text or len(text) > 300:
        return ""
    match = _SHOWN.match(text)
    if match is None:
        return ""
    host = match.group(2).lower()
    rest = text[match.end() :]
    if " " in rest.split("/", 1)[0]:
        return ""
    if match.group(1) is None and not host.startswith("www.") and host.rsplit(".", 1)[1] not in _SHOWN_TLDS:
        return ""
    if match.group(1) is None and " " in text:
        return ""
    return _idna_decode(host)


def _add(links: list[Link], seen: set[tuple[str, str]], url: str, text: str, source: str) -> None:
    url = html_lib.unescape(url) if "&" in url else url
    parsed = parse_url(url)
    if parsed is None:
        return
    scheme, host, userinfo = parsed
    shown = shown_host(text) if text else ""
    key = (url, shown)
    if key in seen or not host or (source == "text" and ("", host) in seen):
        return  # a bare link to a host an <a href> goes to already is mostly that link's own text
    seen.add(key)
    seen.add(("", host))
    is_ip = _is_ip(host)
    links.append(
        Link(
            url=url[:MAX_URL_CHARS],
            scheme=scheme,
            host=host,
            shown_host=shown,
            is_ip=is_ip,
            has_userinfo=userinfo,
            punycode=not host.isascii(),
            shortener=is_shortener(host),
            lookalike="" if is_ip else (lookalike(host) or ""),
            source=source,
        )
    )


class _Finder:
    """str.find that remembers: scanning only moves forward, so each needle's next occurrence is searched
    for once per occurrence, and a needle known to be absent is never searched for again."""

    def __init__(self, text: str):
        self.text = text
        self.found: dict[str, int] = {}

    def find(self, needle: str, pos: int) -> int:
        at = self.found.get(needle)
        if at is None or (at != -1 and at < pos):
            at = self.text.find(needle, pos)
            self.found[needle] = at
        return at


def _anchors(html: str, limit: int):
    """(href, shown text) of each <a ...> tag of `html`, at most `limit` tags; linear in len(html)."""
    lower = _ascii_lower(html)
    finder = _Finder(lower)
    pos = 0
    count = 0
    looked = 0
    while count < limit and looked < 4 * MAX_ANCHORS:
        start = finder.find("<a", pos)
        if start < 0:
            return
        looked += 1
        after = start + 2
        is_area = lower.startswith("rea", after) and lower[after + 3 : after + 4] in (" ", "\t", "\r", "\n")
        if is_area:
            after += 3  # <area href> of an image map: the picture's regions are its links, and show no text
        elif after >= len(lower) or lower[after] not in " \t\r\n/>":
            pos = after  # <abbr>, <address>...
            continue
        end = finder.find(">", after)
        if end < 0:
            return
        count += 1
        pos = end + 1
        href = _HREF.search(html, after, min(end, after + MAX_TAG_CHARS))
        if href is None:
            continue
        url = (
            href.group(1)
            if href.group(1) is not None
            else (href.group(2) if href.group(2) is not None else href.group(3))
        )
        if is_area:
            yield url, ""
            continue
        close = finder.find("</a", pos)
        following = finder.find("<a", pos)  # an unclosed link's text ends where the next one starts
        stop = min(len(html) if close < 0 else close, len(html) if following < 0 else following)
        yield url, _visible(html[pos : min(stop, pos + MAX_ANCHOR_TEXT)])


def _ascii_lower(text: str) -> str:
    """Lower case with the same offsets as `text` (str.lower turns a few letters into two characters)."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


def _visible(fragment: str) -> str:
    """The text of an HTML fragment: tags dropped, entities decoded; linear."""
    if "<" in fragment:
        pieces = fragment.split("<")
        kept = [pieces[0]]
        for piece in pieces[1:]:
            gt = piece.find(">")
            kept.append(piece[gt + 1 :] if gt >= 0 else "")
        fragment = " ".join(kept)
    return html_lib.unescape(fragment) if "&" in fragment else fragment


_IMAGE_TAGS = re.compile(r"<(/?a|img)(?=[\s/>])", re.IGNORECASE)
_REMOTE_SRC = re.compile(r"""\ssrc\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def linked_images(decoded) -> tuple[int, int]:
    """(images that are links, images served from a remote address) in the HTML parts: `<a href><img></a>`
    makes the picture the call to action; `<img src="http://...">` is a picture kept on someone's server
    rather than carried in the message. One pass over the tags; 1x1 tracking pixels are not pictures."""
    linked = remote = 0
    for part in getattr(decoded, "html", ()) or ():
        inside = False
        for count, match in enumerate(_IMAGE_TAGS.finditer(part)):
            if count >= 4 * MAX_ANCHORS:
                break
            tag = match.group(1).lower()
            if tag == "a":
                end = part.find(">", match.end(), match.end() + MAX_TAG_CHARS)
                inside = end >= 0 and _HREF.search(part, match.end(), end) is not None
            elif tag == "/a":
                inside = False
            else:
                end = part.find(">", match.end(), match.end() + MAX_TAG_CHARS)
                attributes = part[match.end() : end if end >= 0 else match.end() + MAX_TAG_CHARS]
                if _PIXEL.search(attributes):
                    continue
                linked += inside or _USEMAP.search(attributes) is not None
                remote += _REMOTE_SRC.search(attributes) is not None
        if "href" in part:
            linked += _background_pictures(part)
    return linked, remote


def _background_pictures(html: str) -> int:
    """Pictures set as a table's or cell's background (`background="cid:..."`, `background-image:url(...)`)
    in an HTML part that has a link: the banner under a single link, the shape of image-only spam that
    carries no <img> at all. Found with str.find, at most four looked at."""
    lower = _ascii_lower(html)
    count = 0
    at = lower.find("background")
    looked = 0
    while at >= 0 and looked < 4 * MAX_ANCHORS:
        looked += 1
        if _BACKGROUND_PICTURE.match(lower, at) is not None:
            count += 1
            if count >= 4:
                break
        at = lower.find("background", at + 10)
    return count


_USEMAP = re.compile(r"""\susemap\s*=""", re.IGNORECASE)  # a picture whose regions are links (<map><area href>)
_BACKGROUND_PICTURE = re.compile(r"""background(?:\s*=\s*["']?\s*|-image\s*:\s*url\(\s*["']?\s*)(?:cid:|https?:|//)""")
_PIXEL = re.compile(r"""\b(?:width|height)\s*=\s*["']?\s*[01](?:px)?\b""", re.IGNORECASE)
