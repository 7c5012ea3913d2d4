"""A corpus of Korean and English mail, spam and ham, built in code (no binary fixtures).

Every charset and encoding Korean mail arrives in is here: UTF-8, EUC-KR, `ks_c_5601-1987` labelled CP949
text with syllables outside EUC-KR (똠방각하), ISO-2022-KR, undeclared 8-bit, RFC 2047 B and Q words
(well formed and broken: a word split inside a multibyte character, a missing `?=`, a wrong charset
label, bad base64 padding), base64 / quoted-printable / 8bit bodies, HTML-only mail, nested
multipart/mixed + alternative with attachments, fullwidth letters, zero-width characters, separators,
compatibility jamo.

Each Case names the rule hits expected with the starter rules (exactly that set; empty means clean)
and, for decoding tests, the decoded subject and text fragments expected.

Decision on the bare word 광고 (advertising): it is ordinary business language ("광고 예산 회의",
"광고 캠페인 결과"), so the only starter rule on it is disabled; ham that mentions it must come out clean.
Only the bracketed subject tag at the start of the subject (`(광고)`, `[광고]`, ...) hits (`korean-ad-tag`).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    name: str
    raw: bytes
    expect_rules: frozenset[str] = frozenset()
    subject: str | None = None  # expected decoded subject, when checked
    text_has: tuple[str, ...] = ()  # fragments the decoded text must contain
    text_lacks: tuple[str, ...] = ()  # fragments it must not contain
    attachments: tuple[str | None, ...] = ()  # expected attachment file names, in order
    charsets: frozenset[str] = field(default_factory=frozenset)  # codecs that must be among msg.charsets

    @property
    def expect_clean(self) -> bool:
        return not self.expect_rules


# --- builders ------------------------------------------------------------------------------------------


def b_word(text: str, charset: str = "utf-8", codec: str | None = None) -> str:
    data = text.encode(codec or charset)
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def q_encode(data: bytes) -> str:
    """RFC 2047 Q encoding on one line (binascii.b2a_qp would insert soft line breaks in long words)."""
    return "".join("_" if b == 0x20 else chr(b) if b < 0x7F and chr(b).isalnum() else f"={b:02X}" for b in data)


def q_word(text: str, charset: str = "utf-8", codec: str | None = None) -> str:
    return f"=?{charset}?Q?{q_encode(text.encode(codec or charset))}?="


def encode_body(body: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(body)
    if cte == "quoted-printable":
        return binascii.b2a_qp(body)
    return body


def part(
    body: bytes, ctype: str, cte: str = "8bit", *, filename: str | None = None, disposition: str | None = None
) -> bytes:
    lines = [f"Content-Type: {ctype}".encode()]
    if filename is not None:
        lines[0] += f'; name="{filename}"'.encode()
        disposition = disposition or "attachment"
    if disposition:
        lines.append(
            f"Content-Disposition: {disposition}".encode() + (f'; filename="{filename}"'.encode() if filename else b"")
        )
    lines.append(f"Content-Transfer-Encoding: {cte}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + encode_body(body, cte)


def multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = [
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode(),
        b"This is a multi-part message in MIME format.\r\n",
    ]
    for p in parts:
        out.append(f"--{boundary}\r\n".encode() + p + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def message(
    subject: str | bytes, body_part: bytes, *, sender: str = "Kim <kim@example.co.kr>", extra: tuple[str, ...] = ()
) -> bytes:
    """A message: `subject` as it goes on the wire (str: ASCII/encoded words; bytes: raw 8-bit)."""
    head = [
        f"From: {sender}".encode(),
        b"To: lee@example.com",
        b"Date: Fri, 27 Nov 2026 10:00:00 +0900",
        b"Message-ID: <1@example.co.kr>",
        b"MIME-Version: 1.0",
        b"Subject: " + (subject if isinstance(subject, bytes) else subject.encode()),
    ]
    head += [line.encode() for line in extra]
    return b"\r\n".join(head) + b"\r\n" + body_part


def text_message(
    subject: str | bytes,
    body: str,
    *,
    charset: str | None = "utf-8",
    codec: str | None = None,
    cte: str = "8bit",
    html: bool = False,
    **kwargs,
) -> bytes:
    ctype = "text/html" if html else "text/plain"
    if charset is not None:
        ctype += f"; charset={charset}"
    data = body.encode(codec or charset or "utf-8")
    return message(subject, part(data, ctype, cte), **kwargs)


# --- the 20 KB bench message -----------------------------------------------------------------------

_HAM_PARAGRAPH = (
    "안녕하세요, 영업팀 김민수입니다. 다음 주 화요일 오후 2시에 거래처 미팅이 있어 일정 공유드립니다. "
    "회의실은 3층 대회의실이며, 견적서와 계약서 초안을 미리 검토해 주시기 바랍니다. "
    "지난달 청구서 금액에 차이가 있어 회계팀과 확인 중이며, 광고 예산 관련 안건도 함께 논의할 예정입니다. "
    "궁금하신 점은 언제든지 연락 주십시오. 감사합니다.\n"
)


def korean_multipart_20k(paragraphs: int = 20) -> bytes:
    """A ~20 KB Korean business mail: multipart/mixed [alternative [plain, html] in CP949 base64, a PDF]."""
    text = _HAM_PARAGRAPH * paragraphs
    html = (
        "<html><head><style>p{margin:0}</style></head><body>"
        + "".join(f"<p>{line}</p>" for line in text.splitlines())
        + "</body></html>"
    )
    alternative = multipart(
        "alternative",
        [
            part(text.encode("cp949"), "text/plain; charset=ks_c_5601-1987", "base64"),
            part(html.encode("cp949"), "text/html; charset=ks_c_5601-1987", "base64"),
        ],
        "alt-boundary-1",
    )
    pdf = part(b"%PDF-1.4\n" + bytes(range(256)) * 4, "application/pdf", "base64", filename="견적서.pdf")
    # an encoded file name, as Outlook writes it
    pdf = pdf.replace('"견적서.pdf"'.encode(), f'"{b_word("견적서.pdf", "ks_c_5601-1987", "cp949")}"'.encode())
    body = multipart("mixed", [alternative, pdf], "mixed-boundary-0")
    return message(b_word("거래처 미팅 일정 및 견적서 송부", "ks_c_5601-1987", "cp949"), body)


# --- the cases ---------------------------------------------------------------------------------------


def _cases() -> list[Case]:
    c: list[Case] = []
    add = c.append

    # ---- decoding, ham ----
    add(
        Case(
            "utf8-b-subject-8bit-body",
            text_message(b_word("회의 일정 안내"), "내일 오전 10시 주간 회의가 있습니다."),
            subject="회의 일정 안내",
            text_has=("주간 회의",),
            charsets=frozenset({"utf-8"}),
        )
    )
    add(
        Case(
            "euckr-q-subject-base64-body",
            text_message(
                q_word("3월 청구서 송부", "euc-kr"),
                "3월분 청구서를 첨부합니다. 확인 부탁드립니다.",
                charset="euc-kr",
                cte="base64",
            ),
            subject="3월 청구서 송부",
            text_has=("청구서를 첨부합니다",),
            charsets=frozenset({"cp949"}),
        )
    )
    add(
        Case(
            "ks_c_5601-1987-cp949-only-syllables",
            text_message(
                b_word("똠방각하 회의록", "ks_c_5601-1987", "cp949"),
                "똠방각하께서 회의록을 검토하셨습니다. 뷁 쌰 햏",
                charset="ks_c_5601-1987",
                codec="cp949",
                cte="quoted-printable",
            ),
            subject="똠방각하 회의록",
            text_has=("똠방각하께서", "뷁 쌰 햏"),
            charsets=frozenset({"cp949"}),
        )
    )
    add(
        Case(
            "iso-2022-kr-body",
            text_message("Meeting", "거래처 미팅 안내: 목요일 오후 3시", charset="iso-2022-kr", cte="7bit"),
            subject="Meeting",
            text_has=("거래처 미팅 안내",),
            charsets=frozenset({"iso2022_kr"}),
        )
    )
    add(
        Case(
            "undeclared-8bit-cp949-body-utf8-raw-subject",
            text_message("견적 문의".encode(), "견적서 요청드립니다. 수량은 100개입니다.", charset=None, codec="cp949"),
            subject="견적 문의",
            text_has=("견적서 요청드립니다",),
            charsets=frozenset({"utf-8", "cp949"}),
        )
    )
    add(
        Case(
            "undeclared-8bit-utf8-body",
            text_message("Lunch", "점심 메뉴: 김치찌개", charset=None, codec="utf-8"),
            text_has=("김치찌개",),
        )
    )
    add(
        Case(
            "wrong-label-euckr-word-holding-utf8",
            text_message(b_word("인보이스 확인", "euc-kr", "utf-8"), "Invoice attached.", charset="us-ascii"),
            subject="인보이스 확인",
        )
    )
    add(
        Case(
            "us-ascii-label-on-utf8-body",
            text_message("Report", "보고서 제출 완료", charset="us-ascii", codec="utf-8"),
            text_has=("보고서 제출 완료",),
        )
    )
    add(
        Case(
            "latin1-fallback-body",
            text_message("Rechnung", "", charset=None).replace(b"\r\n\r\n", b"\r\n\r\nGr\xfc\xdfe \xff\xfe\xfd"),
            text_has=("Gr",),
        )
    )
    split = "회의록 공유".encode()
    add(
        Case(
            "b-word-split-inside-multibyte-char",
            message(
                f"=?UTF-8?B?{base64.b64encode(split[:4]).decode()}?= "
                f"=?UTF-8?B?{base64.b64encode(split[4:]).decode()}?=",
                part("내용 없음".encode(), "text/plain; charset=utf-8"),
            ),
            subject="회의록 공유",
        )
    )
    add(Case("q-word-utf8-underscores", text_message(q_word("분기 실적 보고"), "첨부 참조"), subject="분기 실적 보고"))
    add(
        Case(
            "encoded-word-missing-terminator",
            text_message("=?UTF-8?B?" + base64.b64encode("출장 보고서".encode()).decode(), "보고서 첨부"),
            subject="출장 보고서",
        )
    )
    add(
        Case(
            "encoded-word-bad-padding",
            text_message("=?UTF-8?B?" + base64.b64encode("월간 보고".encode()).decode().rstrip("=") + "?=", "본문"),
            subject="월간 보고",
        )
    )
    add(
        Case(
            "encoded-word-unknown-charset-label",
            text_message(b_word("가격 협의", "x-bogus-charset", "cp949"), "본문"),
            subject="가격 협의",
        )
    )
    add(
        Case(
            "folded-mixed-subject",
            text_message(
                "Re: " + b_word("프로젝트 일정", "utf-8") + "\r\n " + q_word("변경 건", "euc-kr") + " (final)",
                "일정 변경 확인",
            ),
            subject="Re: 프로젝트 일정변경 건 (final)",
        )
    )
    add(
        Case(
            "html-only-business",
            text_message(
                b_word("계약서 검토 요청"),
                "<html><body><p>계약서&nbsp;초안을 <b>검토</b>해 주세요.</p>"
                "<script>document.write('무료야동')</script><!-- 출장안마 --></body></html>",
                charset="euc-kr",
                cte="quoted-printable",
                html=True,
            ),
            text_has=("계약서 초안을", "검토"),
            text_lacks=("무료야동", "출장안마", "<b>"),
        )
    )
    add(
        Case(
            "korean-multipart-20k-ham",
            korean_multipart_20k(),
            subject="거래처 미팅 일정 및 견적서 송부",
            text_has=("거래처 미팅", "광고 예산"),
            attachments=("견적서.pdf",),
            charsets=frozenset({"cp949"}),
        )
    )

    # ---- ham that must stay clean (false-positive traps) ----
    add(
        Case(
            "ham-ad-budget-meeting",
            text_message(b_word("광고 예산 회의"), "다음 분기 광고 캠페인 결과와 광고 예산을 논의합니다."),
            subject="광고 예산 회의",
        )
    )
    add(
        Case(
            "ham-crossword-traps",
            text_message(
                b_word("동의서 제출"),
                "서명하셔야 동의서가 접수됩니다. 쇼핑몰 카드 결제 내역, "
                "리딩 방법 교육, 성인 요금 안내, 완성 인원 확인, 당일 배송.",
            ),
            text_has=("동의서",),
        )
    )
    add(
        Case(
            "ham-english-business",
            text_message(
                "Sussex office: verify the account numbers",
                "Hi team, please verify the account numbers before Friday. The Essex and Sussex "
                "offices send their invoices. Sex: F (form field). Ticket XXX-123. Act now on the "
                "budget, it is a limited time offer from our supplier. Plan B a la carte.",
            ),
            subject="Sussex office: verify the account numbers",
        )
    )
    add(
        Case(
            "ham-newsletter-optout",
            text_message("Weekly digest", "이번 주 소식입니다. 메일 수신을 원하지 않으시면 수신거부를 눌러 주세요."),
            expect_rules=frozenset({"ko-ad-optout"}),
        )
    )
    add(
        Case(
            "ham-attachment-hwp",
            message(
                "Docs",
                multipart(
                    "mixed",
                    [
                        part("첨부합니다".encode(), "text/plain; charset=utf-8"),
                        part(b"HWP", "application/x-hwp", "base64", filename="회의록_2026.hwp"),
                    ],
                    "b1",
                ),
            ),
            attachments=("회의록_2026.hwp",),
        )
    )

    # ---- Korean ad tag variants ----
    for tag in (
        "(광고)",
        "[광고]",
        "(광 고)",
        "＜광고＞",
        "(廣告)",
        "(AD)",
        "[AD]",
        "【광고】",
        "( 광고 )",
        "(광\u200b고)",
        "[광, 고]",
        "(광고성 정보)",
    ):
        add(
            Case(
                f"ad-tag {tag}",
                text_message(b_word(f"{tag} 봄맞이 할인 안내"), "할인 행사 안내드립니다."),
                expect_rules=frozenset({"korean-ad-tag"}),
            )
        )
    add(
        Case(
            "ad-tag-after-prefix-tag",
            text_message(b_word("[외부] (광고) 신제품"), "신제품 안내"),
            expect_rules=frozenset({"korean-ad-tag"}),
        )
    )

    # ---- Korean spam ----
    add(
        Case(
            "ko-legal-ad-full",
            text_message(
                q_word("(광고) 겨울 세일 최대 70%", "euc-kr"),
                "겨울 세일 안내입니다.\n본 메일은 광고성 정보입니다. 무료수신거부 080-123-4567",
                charset="euc-kr",
                cte="base64",
            ),
            expect_rules=frozenset(
                {"korean-ad-tag", "ko-ad-free-optout", "ko-ad-optout", "ko-ad-080-optout", "ko-ad-info"}
            ),
        )
    )
    add(
        Case(
            "ko-ad-tag-split-multibyte",
            message(
                "=?UTF-8?B?"
                + base64.b64encode("(광고) 무".encode()).decode()
                + "?= =?UTF-8?B?"
                + base64.b64encode("료 세일".encode()).decode()
                + "?=",
                part("세일".encode(), "text/plain; charset=utf-8"),
            ),
            subject="(광고) 무료 세일",
            expect_rules=frozenset({"korean-ad-tag"}),
        )
    )
    add(
        Case(
            "ko-adult-separators",
            text_message(
                b_word("오늘 밤"),
                "[조, 건] 만.남 원하시면 연락 주세요 출_장_안_마",
                charset="euc-kr",
                cte="quoted-printable",
            ),
            expect_rules=frozenset({"ko-adult-conditional-meeting", "ko-adult-callout-massage"}),
        )
    )
    add(
        Case(
            "ko-adult-zero-width",
            text_message("hi", "조\u200b건\u200c만\u200d남 010-0000-0000\ufeff"),
            expect_rules=frozenset({"ko-adult-conditional-meeting"}),
        )
    )
    add(
        Case(
            "ko-adult-compat-jamo",
            text_message("hi", "ㅊㅜㄹㅈㅏㅇ안마 24시"),
            expect_rules=frozenset({"ko-adult-callout-massage"}),
        )
    )
    add(
        Case(
            "ko-gambling-html-cp949",
            message(
                b_word("첫충전 보너스 지급", "ks_c_5601-1987", "cp949"),
                multipart(
                    "alternative",
                    [
                        part("안전한 카지노 사이트".encode("cp949"), "text/plain; charset=ks_c_5601-1987", "base64"),
                        part(
                            "<p>첫충전 <b>보너스</b> 100%</p><p>바카라&nbsp;사이트</p>".encode("cp949"),
                            "text/html; charset=ks_c_5601-1987",
                            "base64",
                        ),
                    ],
                    "alt9",
                ),
            ),
            expect_rules=frozenset({"ko-ad-casino-site", "ko-ad-first-deposit", "ko-ad-baccarat-site"}),
        )
    )
    add(
        Case(
            "ko-stock-room-iso2022",
            text_message("Stocks", "무료 리딩방 입장 안내, 주식 리딩방 VIP", charset="iso-2022-kr", cte="7bit"),
            expect_rules=frozenset({"ko-ad-stock-room", "ko-ad-free-stock-room"}),
        )
    )
    add(
        Case(
            "ko-phishing-undeclared",
            text_message(
                "보안 알림".encode("cp949"),
                "고객님의 계정이 정지되었습니다. 보안 승급을 진행하세요.",
                charset=None,
                codec="cp949",
            ),
            subject="보안 알림",
            expect_rules=frozenset({"ko-phish-account-suspended", "ko-phish-security-upgrade"}),
        )
    )

    # ---- English spam ----
    add(
        Case(
            "en-viagra-fullwidth-spaced",
            text_message("ＶＩＡＧＲＡ sale", "Buy v i a g r a and C.I.A.L.I.S today. Make money fast!"),
            expect_rules=frozenset(
                {"en-adult-viagra", "en-adult-viagra-subject", "en-adult-cialis", "en-ad-make-money-fast"}
            ),
        )
    )
    add(
        Case(
            "en-spam-q-encoded-subject-base64",
            text_message(q_word("Hot singles near you"), "Hot singles are waiting. 100% free signup.", cte="base64"),
            expect_rules=frozenset({"en-adult-hot-singles", "en-ad-100-free"}),
        )
    )
    add(
        Case(
            "en-phishing",
            text_message(
                "Security alert", "Your account has been suspended. Verify your account and confirm your password here."
            ),
            expect_rules=frozenset(
                {"en-phish-account-suspended", "en-phish-verify-account", "en-phish-confirm-password"}
            ),
        )
    )
    add(
        Case(
            "en-double-extension-attachment",
            message(
                "Invoice",
                multipart(
                    "mixed",
                    [
                        part(b"Please see the invoice.", "text/plain; charset=us-ascii"),
                        part(b"MZ\x90\x00", "application/octet-stream", "base64", filename="Invoice.PDF.exe"),
                    ],
                    "b2",
                ),
            ),
            attachments=("Invoice.PDF.exe",),
            expect_rules=frozenset({"attachment-double-extension", "attachment-executable"}),
        )
    )
    return c


CASES: list[Case] = _cases()
