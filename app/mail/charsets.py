"""Charset labels as mailers write them, and bytes -> str that never raises.

Korean mail arrives labelled `euc-kr`, `ks_c_5601-1987` (Outlook/Exchange), `x-windows-949`, `cp949`,
`iso-2022-kr`, `utf-8`, or with no label at all. CP949 (Unified Hangul Code) is a superset of EUC-KR and
is what Outlook really sends under the `ks_c_5601-1987` label (e.g. 똠 is CP949-only), so every EUC-KR
label is decoded as CP949. Undeclared or wrongly declared 8-bit text is detected: UTF-8 strictly, then
CP949 strictly, then latin-1 (which cannot fail).
"""

from __future__ import annotations

import codecs
from functools import lru_cache

# Label (lowercased, stripped) -> Python codec name. None: no usable label, detect from the bytes.
_ALIASES: dict[str, str | None] = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "ks_c_5601_1987": "cp949",
    "ks_c_5601-1989": "cp949",
    "ksc5601": "cp949",
    "ksc_5601": "cp949",
    "ks_c_5601-1992": "cp949",
    "ksc5601-1987": "cp949",
    "euc-kr": "cp949",
    "euc_kr": "cp949",
    "euckr": "cp949",
    "x-euc-kr": "cp949",
    "cseuckr": "cp949",
    "korean": "cp949",
    "csksc56011987": "cp949",
    "iso-ir-149": "cp949",
    "ks_x_1001": "cp949",
    "cp949": "cp949",
    "ms949": "cp949",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "uhc": "cp949",
    "x-uhc": "cp949",
    "cp-949": "cp949",
    "iso-2022-kr": "iso2022_kr",
    "iso2022-kr": "iso2022_kr",
    "iso_2022_kr": "iso2022_kr",
    "csiso2022kr": "iso2022_kr",
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "x-utf-8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    # Labels that say nothing about the bytes: detect.
    "unknown-8bit": None,
    "x-unknown": None,
    "unknown": None,
    "default": None,
    "x-user-defined": None,
    "8bit": None,
    "binary": None,
    "": None,
}

DETECT_ORDER = ("utf-8", "cp949")
_REFUSED_CODECS = frozenset({"undefined", "idna", "punycode", "raw_unicode_escape", "unicode_escape"})
_OFTEN_MISLABELLED_UTF8 = frozenset({"cp949", "latin_1", "iso8859-1", "cp1252", "iso8859_1"})
ISO2022KR_DESIGNATOR = b"\x1b$)C"
# 7-bit CJK text switches character sets with escape sequences: ISO-2022-KR announces KS X 1001 once (above);
# ISO-2022-JP (Japanese mail's usual charset, bodies and raw headers alike) and its -2 extension (which also
# carries KS X 1001 and GB 2312) switch in place. iso2022_jp_2 reads all of these.
_ISO2022_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b$(D", b"\x1b$A", b"\x1b$(C", b"\x1b(I")


@lru_cache(maxsize=256)
def resolve_charset(label: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when the bytes must be detected.

    Unknown or bogus labels also give None (detect rather than trust a label Python cannot decode).
    `us-ascii` is returned as `ascii`: the caller falls back to detection when the bytes are not ASCII.
    """
    if label is None:
        return None
    key = label.strip().strip("\"'").lower()
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        name = codecs.lookup(key).name
    except (LookupError, ValueError):
        return None
    if name == "euc_kr":
        return "cp949"
    # Refuse codecs that are not text charsets (base64_codec, rot13, zlib ... reachable through lookup), and
    # Python's `undefined`, which raises on every byte: a label is the sender's word, never an order.
    if not getattr(codecs.lookup(name), "_is_text_encoding", True) or name.replace("-", "_") in _REFUSED_CODECS:
        return None
    return name


def detect(data: bytes) -> str:
    """The codec to read undeclared bytes with: ascii, iso2022_kr, utf-8, cp949, or latin-1 as the last resort."""
    if data.isascii():
        return _seven_bit(data, None)[1]
    for name in DETECT_ORDER:
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        return name
    return "latin-1"


def decode_bytes(data: bytes, label: str | None = None) -> tuple[str, str, str | None]:
    """Decode `data` declared as `label`; never raises.

    Returns (text, codec used, defect or None). A declared charset that does not fit the bytes is
    overridden by detection (recorded as a defect); if nothing fits strictly, the declared codec (or
    cp949 for undeclared) is used with replacement characters.
    """
    if data.isascii():
        text, seven_bit = _seven_bit(data, label)
        return text, seven_bit, None
    codec = resolve_charset(label)
    if codec in _OFTEN_MISLABELLED_UTF8:
        # UTF-8 text labelled euc-kr/ks_c_5601-1987/latin-1 is common; the reverse (legacy Korean bytes that
        # happen to be valid UTF-8) practically never happens: Hangul lead bytes 0xB0-0xC8 cannot start UTF-8.
        try:
            return data.decode("utf-8"), "utf-8", f"charset {(label or '').strip()[:40]!r} is really utf-8"
        except UnicodeDecodeError:
            pass
    if codec is not None and codec != "ascii":
        try:
            return data.decode(codec), codec, None
        except Exception:  # noqa: BLE001 - any codec Python has may be named; none of them may stop a message
            pass
    found = detect(data)
    defect = None
    if label and codec != found:
        defect = f"charset {label.strip()[:40]!r} does not fit the bytes; read as {found}"
    if found == "latin-1":
        # Nothing strict fits: a declared multibyte charset with a few broken bytes reads better in that
        # charset with replacements than as latin-1 mojibake.
        fallback = codec if codec not in (None, "ascii") else "cp949"
        try:
            text = data.decode(fallback, "replace")
        except Exception:  # noqa: BLE001 - see above
            text = data.decode("latin-1")
            fallback = "latin-1"
        if text.count("\ufffd") * 4 <= len(text):
            return text, fallback, defect or f"undecodable bytes read as {fallback} with replacements"
        return data.decode("latin-1"), "latin-1", defect or "undecodable bytes read as latin-1"
    return data.decode(found), found, defect


def _seven_bit(data: bytes, label: str | None) -> tuple[str, str]:
    """(text, codec) of ASCII bytes: plain ASCII reads the same in every ASCII-compatible charset; escape
    sequences mean 7-bit CJK (ISO-2022-KR, -JP, -JP-2), read in the declared one when it fits, else the one the
    escapes name."""
    if b"\x1b" not in data:
        return data.decode("ascii"), "ascii"
    declared = resolve_charset(label)
    candidates = [declared] if declared and declared.startswith("iso2022") else []
    if ISO2022KR_DESIGNATOR in data:
        candidates.append("iso2022_kr")
    if any(escape in data for escape in _ISO2022_ESCAPES):
        candidates.append("iso2022_jp_2")
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("ascii"), "ascii"
