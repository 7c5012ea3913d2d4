"""Hosts: registered domains, link shorteners, and look-alikes of the brands Korean phishing imitates.

Policy as data: BRANDS (each brand's own domains), SHORTENERS and the confusable characters are plain
tables; `lookalike(host)` and `registered_domain(host)` are pure functions on them.

Registered domain: a compact built-in rule (the last two labels, three under a known second-level
suffix such as co.kr or go.kr) rather than the full Public Suffix List. Decision: the two callers are
the brand comparison (whose table is Korean and .com domains) and the URIBL lookups, and URIBLs key on
the domain a registrar sold, which this rule gives for every suffix a Korean office meets; the PSL's
private section (github.io, blogspot.com) would even hide the hosts these lists name. No download at run
time, no dependency to keep fresh.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Second-level public suffixes: under these, the registered domain has three labels.
SECOND_LEVEL_SUFFIXES = frozenset(
    {
        # Korea, generic and regional
        "co.kr",
        "or.kr",
        "go.kr",
        "ne.kr",
        "re.kr",
        "pe.kr",
        "ac.kr",
        "hs.kr",
        "ms.kr",
        "es.kr",
        "sc.kr",
        "kg.kr",
        "mil.kr",
        "seoul.kr",
        "busan.kr",
        "daegu.kr",
        "incheon.kr",
        "gwangju.kr",
        "daejeon.kr",
        "ulsan.kr",
        "gyeonggi.kr",
        "gangwon.kr",
        "chungbuk.kr",
        "chungnam.kr",
        "jeonbuk.kr",
        "jeonnam.kr",
        "gyeongbuk.kr",
        "gyeongnam.kr",
        "jeju.kr",
        # elsewhere, the ones mail to Korea meets most
        "co.jp",
        "ne.jp",
        "or.jp",
        "ac.jp",
        "go.jp",
        "com.cn",
        "net.cn",
        "org.cn",
        "gov.cn",
        "com.tw",
        "com.hk",
        "com.sg",
        "com.vn",
        "co.uk",
        "org.uk",
        "ac.uk",
        "com.au",
        "net.au",
        "co.nz",
        "co.in",
        "com.br",
        "com.mx",
        "co.id",
        "co.th",
        "com.my",
        "com.ph",
        "com.tr",
        "co.za",
    }
)

# Link shorteners: the target is hidden until clicked (weak on its own: newsletters use some of them too).
SHORTENERS = frozenset(
    {
        "bit.ly",
        "bitly.com",
        "han.gl",
        "me2.kr",
        "me2.do",
        "url.kr",
        "vo.la",
        "goo.gl",
        "is.gd",
        "v.gd",
        "buly.kr",
        "c11.kr",
        "tinyurl.com",
        "t.ly",
        "ow.ly",
        "rebrand.ly",
        "cutt.ly",
        "shorturl.at",
        "rb.gy",
        "tiny.cc",
        "s.id",
        "lrl.kr",
        "zrr.kr",
        "abit.ly",
        "naver.me",
        "kko.to",
        "bitly.kr",
        "t2m.kr",
        "muz.so",
        "ouo.io",
        "shorturl.asia",
        "2u.pw",
        "qrco.de",
        "gg.gg",
    }
)


# brand -> the domains it owns (the first names the brand's label). A host under any of them is the
# real thing; a host that merely resembles one of them is a look-alike.
BRANDS: dict[str, tuple[str, ...]] = {
    "naver": ("naver.com", "naver.net", "navercorp.com", "naver.me", "pstatic.net", "worksmobile.com"),
    "daum": ("daum.net", "daumcdn.net", "hanmail.net"),
    "kakao": (
        "kakao.com",
        "kakaocorp.com",
        "kakaotalk.com",
        "kakao.co.kr",
        "kakaocdn.net",
        "kakaopay.com",
        "kakaopaycorp.com",
        "kko.to",
        "kakaoenterprise.com",
    ),
    "kakaobank": ("kakaobank.com",),
    "kbstar": ("kbstar.com", "kbcard.com", "kbfg.com", "kbinsure.co.kr", "kbsec.com", "kbanknow.com"),
    "shinhan": ("shinhan.com", "shinhancard.com", "shinhansec.com", "shinhangroup.com", "shinhanlife.co.kr"),
    "wooribank": ("wooribank.com", "wooricard.com", "woorifg.com"),
    "kebhana": ("kebhana.com", "hanabank.com", "hanacard.co.kr", "hanafn.com", "hanaw.com"),
    "nonghyup": ("nonghyup.com", "nhbank.com", "nhcard.co.kr", "nhqv.com", "nhlife.co.kr"),
    "ibk": ("ibk.co.kr", "ibkcard.co.kr"),
    "toss": ("toss.im", "tossbank.com", "toss.me", "tosspayments.com"),
    "hometax": ("hometax.go.kr",),
    "nts": ("nts.go.kr", "hometax.go.kr"),
    "cjlogistics": ("cjlogistics.com", "cj.net", "cjthemarket.com"),
    "epost": ("epost.go.kr", "koreapost.go.kr", "epostbank.go.kr"),
    "hanjin": ("hanjin.com", "hanjin.co.kr"),
    "lotteglogis": ("lotteglogis.com", "lotte.co.kr"),
    "coupang": ("coupang.com", "coupangeats.com", "coupangplay.com", "coupangpay.com", "coupangcdn.com"),
    "police": ("police.go.kr",),
    "nhis": ("nhis.or.kr",),
    "samsungcard": ("samsungcard.com",),
    "hyundaicard": ("hyundaicard.com",),
    "lottecard": ("lottecard.co.kr",),
    "spo": ("spo.go.kr",),
    "scourt": ("scourt.go.kr",),
    "gov24": ("gov.kr",),
    "fss": ("fss.or.kr",),
    "nps": ("nps.or.kr",),
    # Global services whose login pages, shared documents and parcel notices Korean offices are phished with.
    # Domains only: their names are not in BRAND_NAMES (partners write "Teams", "DocuSign", "DHL" in ordinary
    # mail), so they never make a brand claim; and their labels are in GLOBAL_LABELS: only the brand's domain
    # spelled out in front of someone else's (paypal.com.resolution-limit.org) makes a look-alike. Their
    # freemail domains (gmail.com, outlook.com, icloud.com) are left out: anyone holds an address there.
    "microsoft": (
        "microsoft.com",
        "office.com",
        "office365.com",
        "sharepoint.com",
        "onedrive.com",
        "onmicrosoft.com",
        "aka.ms",
        "microsoftstore.com",
    ),
    "microsoft-login": ("microsoftonline.com",),  # its own entry: the sign-in domain phishers spell out
    "google": (
        "google.com",
        "google.co.kr",
        "googleusercontent.com",
        "google-analytics.com",
        "googletagmanager.com",
        "googleapis.com",
        "gstatic.com",
        "youtube.com",
        "withgoogle.com",
        "forms.gle",
        "g.co",
    ),
    "apple": ("apple.com", "apple.co", "mzstatic.com"),
    "amazon": (
        "amazon.com",
        "amazonaws.com",
        "amazonses.com",
        "amazon.co.jp",
        "amazon.co.uk",
        "amazon.de",
        "media-amazon.com",
        "ssl-images-amazon.com",
        "amazontrust.com",
    ),
    "paypal": ("paypal.com", "paypal.me", "paypalobjects.com"),
    "docusign": ("docusign.net", "docusign.com"),
    "dropbox": ("dropbox.com", "dropboxusercontent.com", "dropboxmail.com"),
    "wetransfer": ("wetransfer.com", "we.tl"),
    "netflix": ("netflix.com", "nflxext.com"),
    "dhl": ("dhl.com", "dhl.de", "dhl.co.kr"),
    "fedex": ("fedex.com",),
    "usps": ("usps.com",),
    "maersk": ("maersk.com",),
}

# Who a message may claim to be: brand -> the names it goes by in a subject or a sender's name. Public bodies
# Korean phishing impersonates are brands here too (their own domains in BRANDS). Names that are ordinary
# words (다음 "next", 토스 "toss" in sport) are left out.
BRAND_NAMES: dict[str, tuple[str, ...]] = {
    "naver": ("네이버", "naver"),
    "kakao": ("카카오", "kakao"),
    "kakaobank": ("카카오뱅크",),
    "kbstar": ("kb국민", "국민은행", "국민카드"),
    "shinhan": ("신한은행", "신한카드", "신한금융"),
    "wooribank": ("우리은행", "우리카드"),
    "kebhana": ("하나은행", "하나카드"),
    "nonghyup": ("농협", "nh농협"),
    "ibk": ("기업은행", "ibk기업"),
    "nts": ("국세청", "홈택스", "hometax"),
    "cjlogistics": ("대한통운",),
    "epost": ("우체국",),
    "hanjin": ("한진택배",),
    "lotteglogis": ("롯데택배", "롯데글로벌로지스"),
    "coupang": ("쿠팡", "coupang"),
    "police": ("경찰청", "사이버수사대"),
    "nhis": ("건강보험공단", "국민건강보험"),
    "samsungcard": ("삼성카드",),
    "hyundaicard": ("현대카드",),
    "lottecard": ("롯데카드",),
    "spo": ("검찰청",),
    "scourt": ("법원",),
    "gov24": ("정부24",),
    "fss": ("금융감독원",),
    "nps": ("국민연금",),
}

# Labels that are also ordinary words or other countries' names for things (police.uk, epost.ca): only
# their confusable spellings count, not the word in another TLD or in a hyphenated name.
GENERIC_LABELS = frozenset(
    {"police", "toss", "epost", "nts", "nhis", "lotte", "daum", "hanjin", "kko", "spo", "gov", "fss", "nps", "scourt"}
)
# Global brands own their names under many country TLDs (google.de, amazon.in, dhl.fr) and their words are
# common in other names (live, office, apple): no foreign-TLD, hyphenated-word or typing-slip look-alikes.
GLOBAL_LABELS = frozenset(
    _domain.split(".", 1)[0]
    for _brand in (
        "microsoft",
        "microsoft-login",
        "google",
        "apple",
        "amazon",
        "paypal",
        "docusign",
        "dropbox",
        "wetransfer",
        "netflix",
        "dhl",
        "fedex",
        "usps",
        "maersk",
    )
    for _domain in BRANDS[_brand]
)
GENERIC_LABELS |= GLOBAL_LABELS

# The TLDs a brand is assumed to hold defensively: its label there is not reported as a look-alike.
_HOME_TLDS = ("com", "net", "co.kr", "kr")

# Characters that look like Latin letters (Cyrillic, Greek, fullwidth handled by NFKC, a few IPA letters).
_CONFUSABLES = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ԁ": "d",
        "ѕ": "s",
        "һ": "h",
        "ԛ": "q",
        "ԝ": "w",
        "к": "k",
        "м": "m",
        "т": "t",
        "в": "b",
        "н": "h",
        "г": "r",
        "ο": "o",
        "α": "a",
        "ν": "v",
        "ι": "i",
        "κ": "k",
        "τ": "t",
        "ρ": "p",
        "ε": "e",
        "υ": "u",
        "χ": "x",
        "ɡ": "g",
        "ı": "i",
        "ɩ": "i",
        "ӏ": "l",
        "ℓ": "l",
        "0": "o",
        "1": "l",
        "3": "e",
        "5": "s",
        "|": "l",
    }
)

_OWNER: dict[str, str] = {domain: brand for brand, domains in BRANDS.items() for domain in domains}
# label of a brand domain -> the brand (e.g. "kbcard" -> kbstar), for the brands' other domains too
_LABELS: dict[str, str] = {}
for _brand, _domains in BRANDS.items():
    for _domain in _domains:
        _label = _domain.split(".", 1)[0]
        if len(_label) >= 3:
            _LABELS.setdefault(_label, _brand)


def registered_domain(host: str) -> str:
    """The domain a registrar sold: www.naver.com -> naver.com, a.b.hometax.go.kr -> hometax.go.kr."""
    labels = host.rstrip(".").split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in SECOND_LEVEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def suffix_of(domain: str) -> str:
    """The public suffix part of a registered domain: naver.com -> com, hometax.go.kr -> go.kr."""
    return domain.split(".", 1)[1] if "." in domain else ""


def is_shortener(host: str) -> bool:
    return host in SHORTENERS or registered_domain(host) in SHORTENERS and host.startswith("www.")


def owner(host: str) -> str | None:
    """The brand that owns `host` (it is one of its domains or under one), else None."""
    labels = host.split(".")
    for start in range(len(labels) - 1):
        brand = _OWNER.get(".".join(labels[start:]))
        if brand is not None:
            return brand
    return None


def fold(text: str) -> str:
    """Look-alike characters folded to the Latin letters they imitate: "nаvеr" (Cyrillic) -> "naver",
    "0" -> "o", "1" -> "l", "rn" -> "m", "vv" -> "w"."""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKC", text).casefold()
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return text.translate(_CONFUSABLES).replace("rn", "m").replace("vv", "w")


_PRIMARY = tuple(domains[0] for domains in BRANDS.values())
_LETTERS = {label: frozenset(label) for label in _LABELS}
_BY_LENGTH: dict[int, list[str]] = {}  # labels that typing slips are looked for: 5+ letters, no plain words
for _label in _LABELS:
    if len(_label) >= 5 and _label not in GENERIC_LABELS:
        _BY_LENGTH.setdefault(len(_label), []).append(_label)


def _close(label: str, brand: str, foreign: bool = False) -> bool:
    """Within one typing slip of `brand`: a dropped, added or swapped letter (5+ letters), or one changed
    letter (6+ letters; "saver" is not "naver"; 5 for a host in non-ASCII letters, "nóver"), or two edits
    for long names (10+ letters: "lottemart" is Lotte's, not a slip of "lottecard")."""
    if label == brand:
        return True
    size = len(brand)
    if size < 5 or abs(len(label) - size) > 2 or len(_LETTERS[brand].symmetric_difference(label)) > 4:
        return False  # an edit changes at most two letters of the set: two edits, at most four
    if len(label) == size and _transposed(label, brand):
        return True
    distance = _distance(label, brand, 2)
    if distance == 1:
        return len(label) != size or size >= 6 or foreign
    return distance == 2 and size >= 10


def _transposed(a: str, b: str) -> bool:
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 once it is certainly above `limit` (labels are short)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


@functools.lru_cache(maxsize=4096)  # hosts repeat: a newsletter's tracking host, a campaign's domain
def lookalike(host: str) -> str | None:
    """The brand domain that `host` (lower case, Unicode labels already decoded from xn--) imitates, or None.

    A look-alike: the brand's domain used as a prefix of someone else's (naver.com.login-check.xyz), the
    brand's label in a foreign TLD (kbstar.top), with confusable letters (nаver.com in Cyrillic, kb5tar.com),
    one slip away (nver.com, kakaoo.com), or as a word of a hyphenated name (kbstar-security.com). The real
    domains and their subdomains never are.
    """
    host = host.rstrip(".")
    if not host or owner(host) is not None:
        return None
    folded_host = fold(host)
    folded_owner = owner(folded_host) if folded_host != host else None
    if folded_owner is not None:  # nаver.com with a Cyrillic а
        return BRANDS[folded_owner][0]
    domain = registered_domain(host)
    labels = host.split(".")
    inner = labels[: len(labels) - len(domain.split("."))]
    if inner:  # naver.com.login-check.xyz: a brand domain spelled out in the subdomain part
        inner_text = "." + fold(".".join(inner)) + "."
        for brand_domain in _PRIMARY:
            if "." + brand_domain + "." in inner_text:
                return brand_domain
    label = domain.split(".", 1)[0]
    folded = fold(label)
    brand = _LABELS.get(folded)
    if brand is not None:  # homoglyphs (kb5tar.com), or the brand's label in a foreign TLD (kbstar.top)
        if folded != label or (suffix_of(domain) not in _HOME_TLDS and folded not in GENERIC_LABELS):
            return BRANDS[brand][0]
        return None  # kbstar.net: held defensively by the brand, as far as we can tell
    if "-" in folded:  # kbstar-security.com, cj-logistics.com
        for word in (folded.replace("-", ""), *folded.split("-")):
            brand = _LABELS.get(word)
            if brand is not None and len(word) >= 3 and word not in GENERIC_LABELS:
                return BRANDS[brand][0]
    foreign = not label.isascii()
    for size in range(len(folded) - 2, len(folded) + 3):
        for brand_label in _BY_LENGTH.get(size, ()):
            if _close(folded, brand_label, foreign):
                return BRANDS[_LABELS[brand_label]][0]
    return None


def claimed_brands(text: str) -> set[str]:
    """The brands whose names `text` (a normalised subject or sender name) uses."""
    folded = text.replace(" ", "")
    return {brand for brand, names in BRAND_NAMES.items() if any(name in folded for name in names)}


# Free hosting and app platforms where anyone publishes a page under the platform's name in minutes: a
# login page there is not the sender's own. Ordinary mail links to them too (a team's demo on vercel.app),
# so they count only beside a credential or payment lure (app.policy.lures).
FREE_HOSTS = frozenset(
    {
        "web.app",
        "firebaseapp.com",
        "pages.dev",
        "workers.dev",
        "github.io",
        "netlify.app",
        "vercel.app",
        "herokuapp.com",
        "glitch.me",
        "000webhostapp.com",
        "weebly.com",
        "wixsite.com",
        "blogspot.com",
        "r2.dev",
        "ngrok.io",
        "ngrok-free.app",
        "ngrok.app",
        "repl.co",
        "replit.app",
        "onrender.com",
        "azurewebsites.net",
        "web.core.windows.net",
        "firebasestorage.googleapis.com",
        "storage.googleapis.com",
        "ipfs.io",
        "dweb.link",
        "square.site",
        "webflow.io",
        "framer.app",
        "framer.website",
        "notion.site",
        "surge.sh",
        "fly.dev",
        "translate.goog",
        "typedream.app",
        "godaddysites.com",
        "mystrikingly.com",
        "jimdosite.com",
    }
)
# TLDs sold for next to nothing and favoured by throw-away phishing and spam domains (Spamhaus' and
# Interisle's yearly lists): again only a hint beside a lure, never alone.
CHEAP_TLDS = frozenset(
    {
        "top",
        "xyz",
        "site",
        "online",
        "icu",
        "buzz",
        "click",
        "link",
        "live",
        "help",
        "support",
        "info",
        "cc",
        "tk",
        "ml",
        "ga",
        "cf",
        "gq",
        "pw",
        "rest",
        "cyou",
        "sbs",
        "cfd",
        "monster",
        "quest",
        "bond",
        "win",
        "loan",
        "work",
        "club",
        "vip",
        "fun",
        "space",
        "website",
        "today",
        "best",
        "mom",
        "lol",
        "email",
        "center",
    }
)
_TLD_LABELS = frozenset({"com", "net", "org", "kr", "co", "go", "or", "us", "io", "jp", "cn", "uk", "de", "gov", "edu"})
# Free mailboxes: anyone can open one in a name of their choosing, a "CEO" or "Mom" included.
FREEMAIL = frozenset(
    {
        "gmail.com",
        "naver.com",
        "daum.net",
        "hanmail.net",
        "nate.com",
        "kakao.com",
        "yahoo.com",
        "yahoo.co.kr",
        "yahoo.co.jp",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.de",
        "mail.com",
        "aol.com",
        "zoho.com",
        "yandex.com",
        "mail.ru",
        "126.com",
        "163.com",
        "qq.com",
        "sina.com",
    }
)


def is_free_host(host: str) -> bool:
    """Under a free hosting or app platform (x.web.app, login-corp.pages.dev)."""
    labels = host.split(".")
    return any(".".join(labels[start:]) in FREE_HOSTS for start in range(1, len(labels) - 1))


def has_cheap_tld(host: str) -> bool:
    return host.rsplit(".", 1)[-1] in CHEAP_TLDS


# Labels that name a site's part, language or country rather than a domain (www.kr.playstation.com,
# m.en.example.com, mail.us.example.net): never the name of a domain spelled in front of another.
SUBDOMAIN_WORDS = frozenset({"www", "www2", "ww2", "m", "mobile", "wap", "web", "en", "ko", "ja", "zh", "fr", "es"})


@functools.lru_cache(maxsize=4096)
def domain_in_subdomain(host: str) -> bool:
    """A whole domain name spelled out in front of someone else's (daouoffice.com.approval-doc.site,
    hiworks.com.auth-migrate.site, scourt.go.kr.e-songdal.com, zoom.us.j.meeting-join.app): the reader sees
    the familiar name first. A name before a generic label (com, net, org, gov, edu) or before a two-label
    suffix (co.kr, go.kr) counts; before a lone two-letter label, only a hyphenated name or a service's own
    domain (wedding-card.kr, zoom.us), since a country or language label names a site's part
    (store.kr.playstation.com). Site-part words are never the name (www.kr.playstation.com, m.en.example.com)."""
    domain = registered_domain(host)
    inner = host[: len(host) - len(domain)].rstrip(".").split(".")
    if len(inner) < 2:
        return False
    labels = inner + domain.split(".")
    for at in range(1, len(inner)):
        label, name = inner[at], inner[at - 1]
        if label not in _TLD_LABELS or name in _TLD_LABELS or name in SUBDOMAIN_WORDS or len(name) < 2:
            continue
        if len(label) > 2 or labels[at + 1] in _TLD_LABELS:
            return True
        spelled = f"{name}.{label}"
        if "-" in name or owner(spelled) is not None or any(spelled in known for known in SENDER_NAMES.values()):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def throwaway_host(host: str) -> bool:
    """A host on a free hosting platform, under a throw-away TLD, or with a domain spelled out in front of
    another: where a phishing page lives, never where a bank or a company's own site does."""
    return is_free_host(host) or has_cheap_tld(host) or domain_in_subdomain(host)


# Addresses that dress up as a Korean company's: a name under CentralNic's pseudo-Korean zones (kr.com,
# co.kr.com, kr.net: kostat-survey.kr.com, love-children.kr.com), or a hyphenated name under bare .co, the
# .co.kr with its .kr dropped (samsung-careers.co, logen-delivery.co, hanil-precision.co). A Korean firm's
# address is under .kr or its own .com; honest Korean senders under .co use one brand word (longblack.co).
_PSEUDO_KOREAN_ZONES = (".kr.com", ".kr.net", ".kr.org", ".co.kr.com", ".co.kr.net")


def pseudo_korean_domain(domain: str) -> str:
    """ "kr.com" or "hyphenated .co" when `domain` dresses up as a Korean company's address, else ""."""
    domain = domain.lower().rstrip(".")
    if domain.endswith(_PSEUDO_KOREAN_ZONES):
        return "kr.com"
    registered = registered_domain(domain)
    if registered.endswith(".co") and "-" in registered:
        return "hyphenated .co"
    return ""


# Global services a sender's display name may claim ("PayPal", "Zoom", "Dropbox"): the name, and the domains
# the service sends from besides those in BRANDS. A display name is free text, so only the name used as a
# word counts, and a sender under the service's own domains (or a brand's, per owner()) is the real thing.
SENDER_NAMES: dict[str, tuple[str, ...]] = {
    "paypal": (),
    "microsoft": (),
    "office 365": (),
    "microsoft 365": (),
    "onedrive": (),
    "sharepoint": (),
    "outlook": ("outlook.com", "hotmail.com"),
    "google": (),
    "apple": (),
    "icloud": ("icloud.com",),
    "amazon": (),
    "docusign": (),
    "dropbox": (),
    "wetransfer": (),
    "netflix": (),
    "dhl": (),
    "fedex": (),
    "usps": (),
    "maersk": (),
    "zoom": ("zoom.us", "zoom.com", "zoomgov.com"),
    "linkedin": ("linkedin.com", "licdn.com"),
    "adobe": ("adobe.com", "adobesign.com", "echosign.com", "adobe.io"),
    "binance": ("binance.com",),
    "coinbase": ("coinbase.com",),
    "quickbooks": ("intuit.com",),
    "intuit": ("intuit.com",),
    "facebook": ("facebook.com", "facebookmail.com"),
    "instagram": ("instagram.com", "facebookmail.com"),
    "github": ("github.com",),
    "slack": ("slack.com",),
    "upbit": ("upbit.com",),
    "bithumb": ("bithumb.com",),
}
_SENDER_NAME_OWNER = {
    "paypal": "paypal",
    "microsoft": "microsoft",
    "office 365": "microsoft",
    "microsoft 365": "microsoft",
    "onedrive": "microsoft",
    "sharepoint": "microsoft",
    "outlook": "microsoft",
    "google": "google",
    "apple": "apple",
    "icloud": "apple",
    "amazon": "amazon",
    "docusign": "docusign",
    "dropbox": "dropbox",
    "wetransfer": "wetransfer",
    "netflix": "netflix",
    "dhl": "dhl",
    "fedex": "fedex",
    "usps": "usps",
    "maersk": "maersk",
}
_SENDER_NAME = re.compile(
    r"(?<![a-z0-9])(" + "|".join(sorted(map(re.escape, SENDER_NAMES), key=len, reverse=True)) + r")(?![a-z0-9])"
)


def named_service(display_name: str, sender_domain: str) -> str:
    """The global service a display name claims ("Zoom", "PayPal Service") when the sender's domain is not
    that service's, else ""."""
    name = display_name[:120].lower()
    match = _SENDER_NAME.search(name)
    if match is None:
        return ""
    service = match.group(1)
    domain = sender_domain.lower()
    brand = _SENDER_NAME_OWNER.get(service)
    if brand is not None and (owner(domain) or "").split("-", 1)[0] == brand:  # microsoft-login: Microsoft's
        return ""
    if any(domain == own or domain.endswith("." + own) for own in SENDER_NAMES[service]):
        return ""
    return service


# Korean public bodies: the ministries, agencies, courts, public corporations and their services that phishing
# signs as. Every one of them mails from a domain under .kr (nts.go.kr, nhis.or.kr, kepco.co.kr, gov.kr).
PUBLIC_BODY_NAMES = (
    "국세청",
    "홈택스",
    "관세청",
    "조달청",
    "나라장터",
    "통계청",
    "병무청",
    "경찰청",
    "검찰청",
    "법원",
    "전자소송",
    "정부24",
    "국민비서",
    "문서24",
    "건강보험",
    "국민연금",
    "근로복지공단",
    "고용노동부",
    "행정안전부",
    "법무부",
    "금융감독원",
    "금감원",
    "금융위원회",
    "도로공사",
    "하이패스",
    "우체국",
    "우정사업본부",
    "한국전력",
    "한전",
    "위택스",
    "특허청",
    "식약처",
    "질병관리청",
    "국토교통부",
    "보건복지부",
    "중소벤처기업부",
    "기획재정부",
    "과학기술정보통신부",
    "산업통상자원부",
    "등기소",
    "출입국",
)
_PUBLIC_BODY = re.compile("|".join(PUBLIC_BODY_NAMES) + r"|[가-힣]{2,}(?:공단|진흥원|위원회)")
# the tag at the head of a subject: "[통계청] 경제총조사 ...", "(근로복지공단) ..."
_SUBJECT_TAG = re.compile(r"\s*[\[(【<［（]([^\])】>］）]{1,30})[\])】>］）]")


def public_body_claim(display_name: str, subject: str, sender_domain: str) -> str:
    """The public body a sender's name or the tag at the head of the subject names ("통계청", "근로복지공단")
    when the sender's domain is not under .kr, else "". `display_name` and `subject` are normalised text."""
    domain = sender_domain.lower().rstrip(".")
    if not domain or domain.endswith((".kr", ".한국", ".xn--3e0b707e")):
        return ""
    tag = _SUBJECT_TAG.match(subject[:60])
    for text in (display_name[:120], tag.group(1) if tag else ""):
        found = _PUBLIC_BODY.search(text.replace(" ", ""))
        if found is not None:
            return found.group(0)
    return ""


# Global services' names distinctive enough that no honest third party builds a domain of them and other words
# (apple, amazon, zoom, teams, ups, outlook are everyday words or Korean company names: left out).
SERVICE_WORDS = (
    "paypal",
    "docusign",
    "dropbox",
    "wetransfer",
    "netflix",
    "fedex",
    "dhl",
    "usps",
    "maersk",
    "quickbooks",
    "intuit",
    "microsoft",
    "onedrive",
    "sharepoint",
    "office365",
    "m365",
    "o365",
    "adobe",
    "linkedin",
    "coinbase",
    "binance",
    "icloud",
    "metamask",
    # Korean groupware, e-invoicing, marketplaces and carriers whose notices Korean offices are
    # phished with (their own domains are one word: hiworks.com, bill36524.com, kurly.com)
    "hiworks",
    "daouoffice",
    "jandi",
    "bill36524",
    "smartbill",
    "kurly",
    "musinsa",
    "bunjang",
    "daangn",
    "gmarket",
    "tmon",
    "wemakeprice",
    "joonggonara",
    "interpark",
    "logen",
    "baemin",
    "yogiyo",
    "saramin",
    "jobkorea",
    "albamon",
)
_SERVICE_WORD = re.compile(r"(?:^|-)(" + "|".join(SERVICE_WORDS) + r")(?:-|$)")
# How a sender's display name calls the Korean services of SERVICE_WORDS ("잔디 <noreply@jandi-team.co>").
SERVICE_WORD_NAMES: dict[str, tuple[str, ...]] = {
    "hiworks": ("하이웍스",),
    "daouoffice": ("다우오피스",),
    "jandi": ("잔디",),
    "bill36524": ("빌36524",),
    "smartbill": ("스마트빌",),
    "kurly": ("컬리",),
    "musinsa": ("무신사",),
    "bunjang": ("번개장터",),
    "daangn": ("당근",),
    "gmarket": ("g마켓", "지마켓"),
    "tmon": ("티몬",),
    "wemakeprice": ("위메프",),
    "joonggonara": ("중고나라",),
    "interpark": ("인터파크",),
    "logen": ("로젠",),
    "baemin": ("배민", "배달의민족"),
    "yogiyo": ("요기요",),
    "saramin": ("사람인",),
    "jobkorea": ("잡코리아",),
    "albamon": ("알바몬",),
}


def names_service(display_name: str, service: str) -> bool:
    """Whether a sender's display name names `service` (a SERVICE_WORDS entry) in Latin or Korean letters."""
    name = display_name[:120].lower().replace(" ", "")
    return service in name or any(korean in name for korean in SERVICE_WORD_NAMES.get(service, ()))


_LATIN_WORD = re.compile(r"[a-z0-9]{3,}")


def claimed_service_domain(display_name: str, sender_domain: str) -> str:
    """The service a sender's display name claims (named_service) when the sender's registered domain joins
    that service's name, or a Latin word of the display name, to other words with hyphens ("Zoom
    <no-reply@zoom-meetingsinvite.us>", "Microsoft Teams <...@teams-chatnotify.com>", "Outlook 일정
    <...@outlook-invites.com>"), else "". The everyday names SERVICE_WORDS leaves out (zoom, teams, outlook,
    amazon) count here, where the name and the domain agree on them."""
    service = named_service(display_name, sender_domain)
    if not service:
        return ""
    domain = registered_domain(sender_domain.lower().rstrip("."))
    label = domain.split(".", 1)[0]
    if "-" not in label or owner(domain) is not None:
        return ""
    claimed = {service, *_LATIN_WORD.findall(display_name[:120].lower())}
    return service if not claimed.isdisjoint(label.split("-")) else ""


@functools.lru_cache(maxsize=4096)
def service_word_domain(host: str) -> str:
    """The service whose name a registered domain joins to other words with hyphens (fedex-customs-pay.com,
    quickbooks-invoices.net -> "fedex", "quickbooks"), "" when the domain is none or the service's own."""
    domain = registered_domain(host.lower().rstrip("."))
    label = domain.split(".", 1)[0]
    if "-" not in label or owner(domain) is not None:
        return ""
    found = _SERVICE_WORD.search(label)
    return found.group(1) if found else ""
