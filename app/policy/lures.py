"""Credential and payment lures: the calls to action of phishing, as data.

A lure phrase asks the reader to sign in, confirm who they are, unlock or recover an account, approve,
cancel or claim a payment, fix a delivery address, or open a funeral notice or an invitation. Every one of them also appears in honest mail (a
bank does ask its customers to sign in), so a lure is never scored alone: app.policy.signals scores it
only beside a target that an honest sender would not use (a shortener, a free hosting page, a throw-away
TLD, a domain spelled out in front of another, a look-alike, an HTML attachment, a brand named in the text
whose site no link goes to).

Phrases are matched in the normalised text with its spaces removed (`비밀번호 변경`, `비밀번호를 변경`,
`비.밀.번.호 변경` and `verify your account` all match), so each entry is written without spaces.
"""

from __future__ import annotations

import re

from ..mail.normalise import normalise

LURE_CHARS = 1500  # the call to action is near the top; a long message is read this far

# (theme, phrases), every phrase written as it appears once normalised and spaces are removed
LURES: dict[str, tuple[str, ...]] = {
    "sign-in": (
        "로그인하세요",
        "로그인하시기",
        "로그인해야",
        "로그인해주",
        "로그인후",
        "로그인하여",
        "재로그인",
        "다시로그인",
        "로그인주소",
        "로그인하십시오",
        "로그인이필요",
        "signin",
        "login",
        "logon",
    ),
    "password": (
        "비밀번호변경",
        "비밀번호를변경",
        "비밀번호가변경",
        "비밀번호만료",
        "비밀번호가만료",
        "비밀번호를입력",
        "비밀번호입력",
        "비밀번호로로그인",
        "현재비밀번호",
        "비밀번호재설정",
        "passwordexpire",
        "passwordwillexpire",
        "keepcurrentpassword",
        "resetyourpassword",
        "confirmyourpassword",
    ),
    "identity": (
        "본인확인",
        "본인인증",
        "계정확인",
        "계정인증",
        "재인증",
        "계정복구",
        "계정을복구",
        "계정정지",
        "계정이정지",
        "계정보호",
        "보호조치",
        "이용정지",
        "이용이제한",
        "사용이제한",
        "접근이차단",
        "송수신이중단",
        "verifyyouraccount",
        "verifyyouridentity",
        "confirmyouraccount",
        "confirmyouridentity",
        "validateyouraccount",
        "unusualsign-in",
        "unusualsignin",
        "unusualactivity",
        "suspiciousactivity",
        "accountsuspended",
        "accountwillbesuspended",
        "accountwillbeclosed",
        "accounthasbeenlimited",
        "accountisonhold",
        "reactivateyouraccount",
        "mailboxisfull",
        "mailboxhasexceeded",
        "exceededitsquota",
        "verifyyourbusinessaccount",
        "갱신하세요",
        "지금갱신",
    ),
    "certificate": ("인증서갱신", "인증서만료", "인증서폐기", "인증서재발급", "재발급해", "인증서가만료"),
    "payment": (
        "결제승인",
        "해외승인",
        "결제가완료",
        "결제취소",
        "주문취소",
        "승인취소",
        "환급신청",
        "환급금",
        "환급계좌",
        "미납금액",
        "미납통행료",
        "미납요금",
        "납부하기",
        "결제하기",
        "updateyourpayment",
        "paymentfailed",
        "paymentdeclined",
        "billinginformation",
        "updateyourbilling",
        "refundrequest",
        "claimyourrefund",
        "결제부탁",
        "링크로결제",
        "착불요금",
        "납부계좌",
        "결제수단을다시",
        "결제수단다시",
        "연장비용",
        "약정진행",
        "verifyandreceive",
        "toreceiveit",
    ),
    "delivery": (
        "본인이아닌경우",
        "본인이변경하지",
        "본인이주문하지",
        "본인사용이아닌",
        "ifthiswasnotyou",
        "ifthiswasn'tyou",
        "ifthisisnotyou",
        "wasn'tyou",
        "newdevice",
        "주소확인",
        "주소지확인",
        "주소를확인",
        "주소를업데이트",
        "주소업데이트",
        "주소불명",
        "주소지오류",
        "주소가불분명",
        "배송불가",
        "반송예정",
        "updateyouraddress",
        "confirmyouraddress",
        "deliveryfailed",
        "unabletodeliver",
        "redelivery",
    ),
    "document": (
        "문서보기",
        "문서열기",
        "파일보기",
        "문서를공유",
        "파일을공유",
        "파일이공유",
        "문서가공유",
        "서명요청",
        "결재하기",
        "결재문서",
        "열람하실",
        "열람가능",
        "viewdocument",
        "reviewdocument",
        "sharedadocument",
        "sharedafile",
        "sharedwithyou",
        "viewsharedfile",
        "opendocument",
        "e-signature",
        "docusign",
        "newvoicemail",
        "listentovoicemail",
        "음성메시지",
        "reviewandsign",
        "reviewandpay",
        "remittanceadvice",
        "paymentadvice",
        "송금확인서",
        "입금확인서",
        "첨부파일을열어",
        "첨부된파일을열어",
        "securemessage",
        "세금계산서보기",
        "사진보기",
        "업로드해주세요",
        "이력서를업로드",
    ),
    # The family-event smishing: a funeral notice, a wedding or first-birthday invitation whose "mobile card"
    # is behind a shortener or a throw-away host. Real ones link the card services' own sites
    # (barunsoncard.com, itscard.co.kr) or carry no link.
    "invitation": ("부고", "별세", "부친상", "모친상", "빈소", "청첩장", "모바일청첩", "돌잔치", "초대장"),
}
# Business email compromise: a request to send money (or gift-card numbers) from someone who says they cannot
# be called and asks to keep it between the two of you. Scored only from a free mailbox (app.policy.signals):
# a manager at the office's own domain writes the same words warning against it.
TRANSFER = (
    "송금",
    "입금해",
    "입금부탁",
    "보내주",
    "보내야",
    "이체",
    "계좌로",
    "빌려",
    "기프트카드",
    "핀번호",
    "wire",
    "transfer",
    "giftcard",
    "bankdetails",
    "bankaccount",
)
UNREACHABLE = (
    "통화가어렵",
    "통화어렵",
    "전화는안",
    "전화는지금",
    "전화는회의",
    "전화가안",
    "전화를못",
    "전화는어렵",
    "카톡이안",
    "폰이고장",
    "액정이",
    "폰을잃어",
    "개인메일",
    "대외비",
    "다른직원",
    "공유하지마",
    "이메일로만",
    "이메일로답장",
    "메일로만",
    "메일로연락",
    "메일로답장",
    "메일로보내",
    "inameeting",
    "can'ttalk",
    "cannottalk",
    "keepthisconfidential",
    "strictlyconfidential",
    "bediscreet",
)
_TRANSFER = re.compile("|".join(map(re.escape, TRANSFER)))
_UNREACHABLE = re.compile("|".join(map(re.escape, UNREACHABLE)))

_PATTERN = re.compile(
    "|".join(sorted((re.escape(p) for phrases in LURES.values() for p in phrases), key=len, reverse=True))
)
_THEME = {phrase: theme for theme, phrases in LURES.items() for phrase in phrases}


def compact(text: str) -> str:
    """`text` normalised with every space removed: the form lure phrases are matched in."""
    return normalise(text).replace(" ", "")


def _phrase(pattern: re.Pattern[str], text: str) -> str:
    """The first phrase of `pattern` in `text` with its spaces removed ("비밀번호 변경" is 비밀번호변경) that either
    starts a word or lies within one: a phrase put together from the end of one word and the start of the next
    (영업본 + "부 고"객 is no 부고, 배 + "송 금"액 no 송금) is not there."""
    form = normalise(text)
    letters = form.replace(" ", "")
    starts = []  # per letter of `letters`: whether a word starts there
    after_space = True
    for ch in form:
        if ch == " ":
            after_space = True
        else:
            starts.append(after_space)
            after_space = False
    for match in pattern.finditer(letters):
        a, b = match.span()
        if starts[a] or not any(starts[a + 1 : b]):
            return match.group(0)
    return ""


def find_lure(subject: str, text: str) -> str:
    """The first lure phrase of the subject or the top of the text, "" for none."""
    return _phrase(_PATTERN, subject[:300] + " " + text[:LURE_CHARS])


# A threat: what the reader is told will happen unless they act, as one clause ("확인하지 않을 경우 출국이 제한될
# 수 있습니다", "등록하지 않으면 메일 접속이 차단됩니다", "if you do not verify within 24 hours your account will be
# suspended"). A condition of not acting, then within the same sentence a loss. Honest notices say it too (a
# bank's "사용하지 않으면 소멸", a safety rule's "미참석자 출입 제한": 7 of 668 train ham), so it only stands in for a
# lure phrase beside a target no honest sender uses (app.policy.signals).
_LOSS = (
    r"[^.!?]{0,60}?(?:정지|제한|차단|삭제|폐기|중단|불가|해지|비활성|잠금|잠기|불이익|말소|소멸|압류|소송|고발|과태료|가산세|연체료"
    r"|[Ss]uspend|[Dd]elet|[Tt]erminat|[Dd]isabl|[Ll]ock|[Cc]los|[Dd]eactivat|[Rr]emov|[Ll]os[te])"
)
# Each pattern starts with a literal letter, so that the regex engine skips to it at the speed of a find (a
# pattern that starts with an alternation runs its whole machinery at every letter: ~200 µs on the top of a
# Korean text): 하지 않으면 / 되지 않을 경우, 미등록 시, and in a mostly-English text "if you do not",
# "failure to", "otherwise".
_THREATS = (
    re.compile(r"않(?:으면|을\s?(?:경우|시)|으실\s?경우|는\s?경우|으시면)" + _LOSS),
    re.compile(r"미(?:완료|등록|확인|인증|조치|납|갱신|제출)\s?시" + _LOSS),
)
_THREATS_EN = (re.compile(r"f you (?:do not|don't|fail to)" + _LOSS), re.compile(r"(?:ailure to|therwise)" + _LOSS))
MAX_THREATS = 8  # conditions looked at


def threat(subject: str, text: str) -> str:
    """ "않을 경우 출국이 제한" when the top of the message threatens a loss unless the reader acts ("확인하지
    않을 경우 출국이 제한될 수 있습니다", "if you do not verify ... your account will be suspended"), else ""."""
    head = subject[:300] + " " + text[:LURE_CHARS]
    for pattern in _THREATS_EN if _mostly_english(head) else _THREATS:
        for count, found in enumerate(pattern.finditer(head)):
            if count >= MAX_THREATS:
                break
            at = found.start()
            if head[at] != "않" or head[max(0, at - 2) : at].rstrip().endswith("지"):  # 하지 않으면, not 많지 않으면
                return " ".join(found.group(0).split())[:80]
    return ""


def lure_theme(phrase: str) -> str:
    return _THEME.get(phrase, "")


def transfer_request(subject: str, text: str) -> str:
    """ "송금 + 통화가어렵": a money request beside a reason not to call, "" when the text lacks either."""
    head = subject[:300] + " " + text[:LURE_CHARS]
    transfer = _phrase(_TRANSFER, head)
    unreachable = _phrase(_UNREACHABLE, head) if transfer else ""
    return f"{transfer} + {unreachable}" if transfer and unreachable else ""


# A list mailer that has only the address greets its recipient by the mailbox: "marketing님", "support 님",
# "Hello contact,", "master@corp.example 고객님께". People and honest senders use a name or 담당자님 / "Dear
# Customer". Role words of shared mailboxes only: a personal local part (kim님) could be a nickname.
ROLE_MAILBOXES = (
    "info",
    "support",
    "help",
    "admin",
    "administrator",
    "contact",
    "sales",
    "marketing",
    "office",
    "hr",
    "webmaster",
    "master",
    "account",
    "accounts",
    "billing",
    "postmaster",
    "service",
    "staff",
    "recruit",
    "jobs",
    "finance",
    "biz",
    "business",
    "mail",
    "email",
    "cs",
    "manager",
)
_ROLE = "(?:" + "|".join(ROLE_MAILBOXES) + ")"
# Each pattern runs on the few characters before a "님" (found with str.find) or on a mostly-English text only:
# a regex that starts with a character class costs ~30 ns a character of Korean text.
_ADDRESS_BEFORE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:고객|회원)$")
_ROLE_BEFORE = re.compile(rf"(?<![\w@.-]){_ROLE}\s?$", re.IGNORECASE)
_ROLE_HELLO = re.compile(rf"\b(?:hi|hello|dear)\s+{_ROLE}\s*[,!:]", re.IGNORECASE)
GREETING_CHARS = 600
MAX_HONORIFICS = 20  # "님" looked at


def _mostly_english(text: str) -> bool:
    head = text[:200]
    return head.isascii() or len(head.encode("ascii", "ignore")) >= 0.75 * len(head)


def mailbox_greeting(subject: str, text: str) -> str:
    """The greeting that names a mailbox instead of a person ("marketing님"), "" for none."""
    body = subject[:300] + " " + text[:GREETING_CHARS]
    at = body.find("님")
    looked = 0
    while at > 0 and looked < MAX_HONORIFICS:
        looked += 1
        before = body[max(0, at - 80) : at]
        found = _ROLE_BEFORE.search(before) or _ADDRESS_BEFORE.search(before)
        if found is not None:
            return found.group(0) + "님"
        at = body.find("님", at + 1)
    if _mostly_english(body):
        found = _ROLE_HELLO.search(body)
        if found is not None:
            return found.group(0)
    return ""


# The English cold pitch: a greeting to nobody in particular and a reply-for-more call to action, together
# ("Dear Sir/Madam ... free sample ... kindly reply"). Either alone is everyday mail; both, a bulk offer.
_NOBODY = re.compile(
    r"\b(?:dear (?:sir|madam|sir/madam|sir or madam|friend|purchasing manager|manager|partner|ceo|"
    r"beneficiary)|hi there|hello there|good day|greetings)\b",
    re.IGNORECASE,
)
_REPLY_FOR_MORE = re.compile(
    r"\b(?:just reply|reply (?:yes|with|if)|interested\?|if (?:you are |you're )?interested|"
    r"shall i send|kindly (?:reply|revert|contact|confirm|send)|let me know if|"
    r"book a (?:free|call)|free (?:sample|trial|audit|quote|consultation))",
    re.IGNORECASE,
)
PITCH_CHARS = 1500


def cold_pitch(subject: str, text: str) -> str:
    """ "Dear Sir + free sample" when the text greets nobody and asks for a reply to get more, else ""."""
    if not _mostly_english(text or subject):
        return ""  # a Korean text: the English phrases would be a quotation
    body = subject[:300] + " " + text[:PITCH_CHARS]
    nobody = _NOBODY.search(body)
    reply = _REPLY_FOR_MORE.search(body) if nobody else None
    return f"{nobody.group(0)} + {reply.group(0)}" if nobody and reply else ""


# Money the reader is asked to send to a crypto wallet: a Bitcoin, Ethereum or Tron address beside the coin's
# name (sextortion's "send $1,950 in Bitcoin to bc1q...", a fake investment's USDT deposit address). The
# address alone could be an order number's look-alike; the coin's name alone is a newsletter's topic.
# The names are looked for with str.find in their usual spellings (no lower(): ~12 µs on 3,000 Korean
# characters), and the address only near the first name found.
_COIN_NAMES = ("itcoin", "BTC", "btc", "USDT", "usdt", "thereum", "Tether", "allet", "비트코인", "테더", "지갑")
_WALLET = re.compile(
    r"(?<![A-Za-z0-9])(?:bc1[02-9ac-hj-np-z]{25,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40}"
    r"|T[1-9A-HJ-NP-Za-km-z]{33})(?![A-Za-z0-9])"
)
WALLET_CHARS = 1500
WALLET_WINDOW = 400  # characters either side of the coin's name looked at for an address


def crypto_wallet(subject: str, text: str) -> str:
    """The first wallet address near a coin's name, "" for none."""
    body = subject[:300] + " " + text[:WALLET_CHARS]
    at = min((i for i in map(body.find, _COIN_NAMES) if i >= 0), default=-1)
    if at < 0:
        return ""
    found = _WALLET.search(body, max(0, at - WALLET_WINDOW), at + WALLET_WINDOW)
    return found.group(0) if found else ""


# The advance-fee letter's fortune: a million or more in dollars, euros or pounds ("$2,500,000", "USD 12.5
# million", "4.7 million dollars"), offered in English. Scored from a free mailbox only (app.policy.signals):
# a company's contract or a bank's report quotes such sums from its own domain.
_BIG_SUM = re.compile(
    r"(?:\$|usd|us\$|eur|€|£|gbp)\s?\d{1,3}(?:,\d{3}){2,}"
    r"|\d+(?:\.\d+)?\s?(?:million|m)\s?(?:usd|dollars|us dollars|euros?|pounds)"
    r"|(?:usd|us\$|\$|eur|€|£)\s?\d+(?:\.\d+)?\s?million",
    re.IGNORECASE,
)
SUM_CHARS = 3000


def fortune_offer(subject: str, text: str) -> str:
    """ "$2,500,000" when a mostly-English text names a sum of a million or more, else ""."""
    if not _mostly_english(text or subject):
        return ""
    found = _BIG_SUM.search(subject[:300] + " " + text[:SUM_CHARS])
    return found.group(0) if found else ""


# The stock-tip room (리딩방): a claim of trading profit and a personal channel to join, together ("지난 달 추천 종목
# 평균 수익률 +46.8% ... VIP 신청", "급등 예상 테마주 5선 공개 ... 참석 신청 010-3382-7716", "리딩방 무료 입장 카톡
# ID"). A brokerage's honest research mail claims no returns and gives its branch's 1588 number, not a mobile
# phone, a Kakao ID or a Telegram handle. The claim is looked for around the letters str.find finds fastest,
# single ones (익 of 수익, 목 of 종목, 급 of 급등, 딩 of 리딩, 테 of 테마주, 력 of 세력주, 작 of 작전주, 한 of 상한가, 보 of
# 원금 보장; a find of a two-letter word costs ~20 times more), the channel only once a claim is found.
_PROFIT_ANCHORS = "익목급딩테력작한보"
_PROFIT = re.compile(
    r"수익률\s?[+＋]?\s?\d{2,4}(?:\.\d)?\s?%|(?:수익|원금|수익률)\s?(?:보장|인증)|상한가"
    r"|[+＋]\s?\d{2,4}(?:\.\d)?\s?%\s?(?:수익|상승|급등)"
    r"|(?:추천|급등|상승|대장|작전|세력|테마)\s?(?:종목|주)|종목\s?(?:추천|공개|무료)|급등\s?(?:예상|임박)|리딩\s?방"
)
_PERSONAL_CHANNEL = re.compile(
    r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}|카톡|카카오톡\s?(?:ID|아이디|친구)|오픈\s?채팅|open\.kakao\.com|텔레그램|telegram|t\.me/"
    r"|VIP\s?(?:신청|회원|방)|회원\s?방|문자\s?(?:주|신청|보내|로\s?신청)",
    re.IGNORECASE,
)
# A mobile number under a signature's label ("M. 010-7718-2046", "HP: 010-...", "휴대폰 010-...") beside the
# office's landline, fax or address (on its line or the next) is how an office signs its mail, not a channel to
# join: a colleague's digest that mentions 상한가 signs with one. "문의 HP 010-..." alone still counts.
_SIGNATURE_FIELDS = re.compile(
    r"\b0(?:2|[3-6]\d)[-. )]\d{3,4}[-. ]\d{4}|\b1[568]\d\d-\d{4}|@|팩스|\bfax\b", re.IGNORECASE
)
_SIGNATURE_LABEL = re.compile(
    r"(?:\b(?:M|HP|H\.P|C\.P|Mobile|Mob|Cell)|휴대폰|핸드폰|휴대전화)\s?[.:)]?\s?$", re.IGNORECASE
)
PROFIT_WINDOW = 8  # characters either side of an anchor the claim is matched in
MAX_PROFIT_CANDIDATES = 24


def stock_tip(subject: str, text: str) -> str:
    """ "수익률 +46.8% + VIP 신청" when the top of the message claims trading profit and gives a personal channel
    to join, else ""."""
    head = subject[:300] + " " + text[:LURE_CHARS]
    looked = 0
    for anchor in _PROFIT_ANCHORS:
        at = head.find(anchor)
        while at >= 0 and looked < MAX_PROFIT_CANDIDATES:
            if anchor in "한보" and head[at + 1 : at + 2] not in "가장":  # 상한가, 원금 보장 only: 한 and 보 are common
                at = head.find(anchor, at + 1)
                continue
            looked += 1
            claim = _PROFIT.search(head, max(0, at - PROFIT_WINDOW), at + PROFIT_WINDOW)
            if claim is not None:
                channel = _personal_channel(head)
                return f"{claim.group(0)} + {channel}" if channel else ""
            at = head.find(anchor, at + 1)
    return ""


def _personal_channel(head: str) -> str:
    """The first way to reach a person privately, a signature's own mobile number aside."""
    for found in _PERSONAL_CHANNEL.finditer(head):
        if found.group(0)[:1].isdigit() and _SIGNATURE_LABEL.search(head, max(0, found.start() - 12), found.start()):
            start = head.rfind("\n", 0, head.rfind("\n", 0, found.start())) + 1  # the line before, and this one
            end = head.find("\n", found.end())
            end = head.find("\n", end + 1) if end >= 0 else len(head)  # and the next
            if _SIGNATURE_FIELDS.search(head, start, end if end >= 0 else len(head)):
                continue
        return found.group(0)
    return ""


# A price quoted in the top of a message: "$49", "USD 2,950", "EUR 1,271", "396,000원", "35만원".
_PRICE = re.compile(
    r"(?:\$|USD|US\$|EUR|€|£)\s?\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+\s?원|\d+\s?만\s?원|\d[\d,]*\s?(?:dollars|euros)\b"
)
PRICE_CHARS = 1500


def price_quote(subject: str, text: str) -> str:
    """The first price in the subject or the top of the text, "" for none."""
    found = _PRICE.search(subject[:300] + " " + text[:PRICE_CHARS])
    return found.group(0) if found else ""


# Money asked for into a bank account written in the mail: a bank's name or an account label just before an
# account-shaped number ("농협 352-1174-8820-13", "계좌 : 198-910432-11907", "Account: ... 0721-884120-9"), or an
# IBAN or SWIFT code, beside a call to pay or send. The fake invoice, the courier's cash-on-delivery fee, the
# relative in trouble, the used-goods seller and the "new beneficiary account" all need the reader to pay into
# an account they give; honest mail does it too (a club's dues, a wedding's account, a vendor's invoice), so it
# is a nudge, never a tag alone. The number is found around its hyphens (str.find: a regex that starts with a
# class costs ~30 ns a character of Korean text), the label and the call only once a number is there.
_ACCOUNT_NUMBER = re.compile(r"(?<![\d-])\d{2,6}-[\d*]{2,6}-[\d*]{1,7}(?:-\d{1,3})?(?![\d-])")
_PHONE_SHAPE = re.compile(r"0\d{1,2}-\d{3,4}-\d{4}")  # 02-556-0917, 010-1234-5678: a phone, not an account
_ACCOUNT_LABEL = re.compile(
    r"(?:국민|신한|우리|하나|농협|기업|카카오뱅크|토스뱅크|케이뱅크|우체국|새마을|수협|신협|씨티|산업|SC제일|은행|계좌|예금주|입금처"
    r"|bank|account|acct|a/c)[^\d\n]{0,25}$",
    re.IGNORECASE,
)
_BANK_CODES = ("IBAN", "SWIFT")
# What must follow IBAN or SWIFT (within a few characters) for it to be an account: an IBAN (two letters, two digits,
# more) or a SWIFT/BIC code (4 + 2 letters, 2 or 5 letters or digits). "the account and SWIFT stay the same" gives none.
_BANK_CODE_VALUE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,}|[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b")
_PAY_CALL = re.compile(
    r"입금|송금|이체|납부|보내\s?(?:주|면|줘|라|야)|결제|remit|wire|transfer|payment|\bpay\b", re.IGNORECASE
)
ACCOUNT_DIGITS = 10  # an account number has 10 to 14 digits; a phone number 9 to 11, a date 8
MAX_HYPHENS = 40  # hyphens looked at for an account number


def payee_account(subject: str, text: str) -> str:
    """ "농협 352-1174-8820 + 입금" when the top of the message gives a bank account and asks to pay or send
    money, else ""."""
    head = subject[:300] + " " + text[:LURE_CHARS]
    account = _account_number(head)
    if not account:
        return ""
    call = _PAY_CALL.search(head)
    return f"{account} + {call.group(0)}" if call else ""


def _account_number(head: str) -> str:
    for code in _BANK_CODES:
        at = head.find(code)
        if at >= 0 and _BANK_CODE_VALUE.search(head, at + len(code), at + len(code) + 24):
            return " ".join(head[at : at + 20].split())
    at = head.find("-")
    looked = 0
    while at >= 0 and looked < MAX_HYPHENS:
        looked += 1
        found = _ACCOUNT_NUMBER.search(head, max(0, at - 6), at + 24)
        if found is not None and found.start() <= at:
            number = found.group(0)
            digits = sum(ch.isdigit() or ch == "*" for ch in number)
            if digits >= ACCOUNT_DIGITS and not _PHONE_SHAPE.fullmatch(number):
                label = _ACCOUNT_LABEL.search(head, max(0, found.start() - 40), found.start())
                if label is not None:
                    return " ".join(head[label.start() : found.end()].split())[:60]
            at = head.find("-", found.end())
        else:
            at = head.find("-", at + 1)
    return ""
