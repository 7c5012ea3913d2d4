"""Shared MIME-building helpers for the corpus generators (stdlib only).

Messages are assembled by hand rather than through email.message, because the corpus needs shapes the
stdlib policy would "fix": bodies in a charset other than the one declared, 8bit text with no charset
at all, the Korean label ks_c_5601-1987 on CP949 bytes, and headers encoded per RFC 2047 in EUC-KR.
Every function is deterministic; randomness comes only from the Random the caller passes.
"""

from __future__ import annotations

import base64
import binascii
import io
import struct
import urllib.parse
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field

CRLF = b"\r\n"

# Name declared in Content-Type -> Python codec that produces the bytes.
CHARSET_CODECS = {
    "utf-8": "utf-8",
    "euc-kr": "euc-kr",
    "ks_c_5601-1987": "cp949",
    "cp949": "cp949",
    "iso-2022-kr": "iso2022_kr",
    "us-ascii": "ascii",
    "gb2312": "gb2312",
    "gbk": "gbk",
    "big5": "big5",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "shift_jis",
}


def can_encode(text: str, charset: str) -> bool:
    try:
        text.encode(CHARSET_CODECS[charset])
    except UnicodeEncodeError:
        return False
    return True


def pick_charset(text: str, wanted: str) -> str:
    """The wanted charset if it can carry the text, else the nearest wider one (as a mailer would)."""
    for charset in (wanted, "ks_c_5601-1987", "utf-8"):
        if charset == "iso-2022-kr" and not can_encode(text, "euc-kr"):
            continue
        if can_encode(text, charset):
            return charset
    return "utf-8"


# ---------------------------------------------------------------- headers


def encoded_words(text: str, charset: str = "utf-8", method: str = "B") -> str:
    """RFC 2047 encoded words for text, split so each word stays within 75 characters and no multibyte
    character is cut; several words are joined by a folding CRLF SP."""
    codec = CHARSET_CODECS[charset]
    prefix = f"=?{charset}?{method}?"
    words, chunk = [], ""

    def encode(piece: str) -> str:
        raw = piece.encode(codec)
        if method.upper() == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for byte in raw:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and byte < 128:
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    for ch in text:
        trial = chunk + ch
        if len(prefix) + len(encode(trial)) + 2 > 75 and chunk:
            words.append(f"{prefix}{encode(chunk)}?=")
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(f"{prefix}{encode(chunk)}?=")
    return "\r\n ".join(words)


def header_text(text: str, style: str) -> str:
    """A header value carrying text in one of the styles seen in the wild.

    style: "raw" (8-bit UTF-8 as is, no encoding), "b-utf-8", "q-utf-8", "b-euc-kr", "q-euc-kr",
    "b-ks_c_5601-1987", or "ascii" (only if text is ASCII)."""
    if style == "raw" or (style == "ascii" and text.isascii()):
        return text
    if text.isascii() and style != "raw":
        # Mailers leave pure ASCII alone most of the time.
        return text
    method, charset = style.split("-", 1)
    charset = pick_charset(text, charset)
    return encoded_words(text, charset, method.upper())


def address_header(name: str, addr: str, style: str) -> str:
    if not name:
        return f"<{addr}>" if style != "bare" else addr
    if name.isascii():
        needs_quotes = any(c in name for c in ',.;:()[]"@')
        shown = f'"{name}"' if needs_quotes else name
        return f"{shown} <{addr}>"
    if style == "raw":
        return f'"{name}" <{addr}>'
    return f"{header_text(name, style)} <{addr}>"


# ---------------------------------------------------------------- parts


@dataclass
class Part:
    headers: list[tuple[str, str]]
    body: bytes = b""
    children: list["Part"] = field(default_factory=list)
    boundary: str = ""


def _crlf_lines(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _base64_body(data: bytes, width: int = 76) -> bytes:
    encoded = base64.b64encode(data)
    lines = [encoded[i : i + width] for i in range(0, len(encoded), width)]
    return CRLF.join(lines) + CRLF


def _qp_body(data: bytes) -> bytes:
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    out = [binascii.b2a_qp(line, quotetabs=False, istext=False) for line in lines]
    # b2a_qp already soft-wraps at 76 with "=\n"; normalise its newlines to CRLF.
    return CRLF.join(_crlf_lines(line) for line in out) + CRLF


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return _base64_body(data)
    if cte == "quoted-printable":
        return _qp_body(data)
    body = _crlf_lines(data)
    return body if body.endswith(CRLF) else body + CRLF


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "base64",
    declare: str | None = "same",
    extra_headers: list[tuple[str, str]] | None = None,
) -> Part:
    """A text/* part. charset picks the bytes; declare is the label written in Content-Type
    ("same" = the charset name, None = no charset parameter at all, anything else = that label, which
    lets a part claim one charset and carry another's bytes). cte "8bit-undeclared" writes raw 8-bit
    bytes with no Content-Transfer-Encoding header."""
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(CHARSET_CODECS[charset])
    label = charset if declare == "same" else declare
    ctype = f"text/{subtype}" + (f'; charset="{label}"' if label else "")
    headers = [("Content-Type", ctype)]
    if cte != "8bit-undeclared":
        headers.append(("Content-Transfer-Encoding", cte))
    headers.extend(extra_headers or [])
    return Part(headers, encode_body(data, "8bit" if cte == "8bit-undeclared" else cte))


def binary_part(
    data: bytes,
    ctype: str,
    filename: str | None = None,
    content_id: str | None = None,
    disposition: str | None = "attachment",
    filename_style: str = "b-utf-8",
) -> Part:
    """filename_style: an RFC 2047 style for header_text (what most mailers write, though RFC 2047 does
    not cover parameters), or "rfc2231" for filename*=UTF-8''... as RFC 2231 says."""
    name_param = file_param = ""
    if filename and filename.isascii():
        name_param, file_param = f'; name="{filename}"', f'; filename="{filename}"'
    elif filename and filename_style == "rfc2231":
        quoted = urllib.parse.quote(filename, safe="")
        name_param, file_param = f"; name*=UTF-8''{quoted}", f"; filename*=UTF-8''{quoted}"
    elif filename:
        shown = header_text(filename, filename_style)
        name_param, file_param = f'; name="{shown}"', f'; filename="{shown}"'
    headers = [("Content-Type", ctype + name_param), ("Content-Transfer-Encoding", "base64")]
    if content_id:
        headers.append(("Content-ID", f"<{content_id}>"))
    if disposition:
        headers.append(("Content-Disposition", disposition + file_param))
    return Part(headers, _base64_body(data))


def multipart(subtype: str, children: list[Part], boundary: str, extra: str = "") -> Part:
    ctype = f'multipart/{subtype};\r\n\tboundary="{boundary}"' + extra
    return Part([("Content-Type", ctype)], children=children, boundary=boundary)


def _render_part(part: Part, with_headers: bool = True) -> bytes:
    out = io.BytesIO()
    if with_headers:
        for name, value in part.headers:
            out.write(f"{name}: {value}".encode("utf-8") + CRLF)
        out.write(CRLF)
    if part.children:
        out.write(b"This is a multi-part message in MIME format." + CRLF + CRLF)
        for child in part.children:
            out.write(f"--{part.boundary}".encode("ascii") + CRLF)
            out.write(_render_part(child))
            out.write(CRLF)
        out.write(f"--{part.boundary}--".encode("ascii") + CRLF)
    else:
        out.write(part.body)
    return out.getvalue()


def render_message(headers: list[tuple[str, str]], root: Part) -> bytes:
    """Top-level headers, then the root part's own headers (MIME-Version first), then its body."""
    out = io.BytesIO()
    for name, value in headers:
        out.write(f"{name}: {value}".encode("utf-8") + CRLF)
    out.write(b"MIME-Version: 1.0" + CRLF)
    for name, value in root.headers:
        out.write(f"{name}: {value}".encode("utf-8") + CRLF)
    out.write(CRLF)
    out.write(_render_part(root, with_headers=False))
    return out.getvalue()


# ---------------------------------------------------------------- images (tiny but valid)


def png_bytes(width: int, height: int, pixel) -> bytes:
    """An RGB PNG; pixel(x, y) -> (r, g, b)."""
    raw = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def gif_bytes(width: int, height: int, palette: list[tuple[int, int, int]], index) -> bytes:
    """A GIF89a with a 4-colour palette; index(x, y) -> 0..3. LZW is written 'uncompressed' (a clear code
    every two literals) so every decoder reads it without code-width growth."""
    palette = (palette + [(0, 0, 0)] * 4)[:4]
    min_code = 2
    clear, end = 4, 5
    codes = [clear]
    pending = 0
    for y in range(height):
        for x in range(width):
            if pending == 2:
                codes.append(clear)
                pending = 0
            codes.append(index(x, y) & 3)
            pending += 1
    codes.append(end)
    bits, nbits, data = 0, 0, bytearray()
    for code in codes:
        bits |= code << nbits
        nbits += 3
        while nbits >= 8:
            data.append(bits & 0xFF)
            bits >>= 8
            nbits -= 8
    if nbits:
        data.append(bits & 0xFF)
    blocks = b"".join(bytes([len(data[i : i + 255])]) + bytes(data[i : i + 255]) for i in range(0, len(data), 255))
    screen = struct.pack("<HHBBB", width, height, 0x81, 0, 0)
    table = b"".join(bytes(c) for c in palette)
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
    return b"GIF89a" + screen + table + image + bytes([min_code]) + blocks + b"\x00\x3b"


def jpeg_bytes(levels: list[list[int]]) -> bytes:
    """A baseline greyscale JPEG made of flat 8x8 blocks; levels[row][col] is each block's grey level.
    Flat blocks have only a DC coefficient, so one small Huffman table per class suffices."""
    rows, cols = len(levels), len(levels[0])

    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    app0 = segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    dqt = segment(0xDB, b"\x00" + b"\x01" * 64)
    sof = segment(0xC0, struct.pack(">BHHB", 8, rows * 8, cols * 8, 1) + b"\x01\x11\x00")
    # DC: categories 0..11 all with 4-bit codes (code == category). AC: only EOB, code "0".
    dc_counts = bytes([0, 0, 0, 12] + [0] * 12)
    dht_dc = segment(0xC4, b"\x00" + dc_counts + bytes(range(12)))
    dht_ac = segment(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    sos = segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    bitstring = []
    previous = 0
    for row in levels:
        for level in row:
            dc = 8 * (max(0, min(255, level)) - 128)
            diff = dc - previous
            previous = dc
            size = abs(diff).bit_length()
            bitstring.append(format(size, "04b"))
            if size:
                value = diff if diff > 0 else diff + (1 << size) - 1
                bitstring.append(format(value, f"0{size}b"))
            bitstring.append("0")  # EOB
    bits = "".join(bitstring)
    bits += "1" * (-len(bits) % 8)
    scan = bytearray()
    for i in range(0, len(bits), 8):
        byte = int(bits[i : i + 8], 2)
        scan.append(byte)
        if byte == 0xFF:
            scan.append(0x00)
    return b"\xff\xd8" + app0 + dqt + sof + dht_dc + dht_ac + sos + bytes(scan) + b"\xff\xd9"


def zip_bytes(files: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


# ---------------------------------------------------------------- Hangul helpers for obfuscation

_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_TAILS = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]

_HALFWIDTH_BY_NFKC = {
    unicodedata.normalize("NFKC", chr(code)): chr(code)
    for code in range(0xFFA1, 0xFFDD)
    if unicodedata.category(chr(code)) == "Lo"
}
# Compatibility jamo (U+3131..) -> halfwidth jamo (U+FFA1..); both normalise to the same conjoining jamo.
HALFWIDTH_JAMO = {
    chr(code): _HALFWIDTH_BY_NFKC[unicodedata.normalize("NFKC", chr(code))]
    for code in range(0x3131, 0x3164)
    if unicodedata.normalize("NFKC", chr(code)) in _HALFWIDTH_BY_NFKC
}


def is_syllable(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def decompose(ch: str) -> tuple[str, str, str]:
    """A precomposed syllable as (lead, vowel, tail) compatibility jamo; tail may be ''."""
    index = ord(ch) - 0xAC00
    return _LEADS[index // 588], _VOWELS[(index % 588) // 28], _TAILS[index % 28]


def compose(lead: str, vowel: str, tail: str = "") -> str:
    return chr(0xAC00 + _LEADS.index(lead) * 588 + _VOWELS.index(vowel) * 28 + _TAILS.index(tail))


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
