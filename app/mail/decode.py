"""Decode a raw message into what content rules match on. Pure: bytes in, data out; never raises.

The stdlib parser with `policy=compat32` splits the MIME structure (about 5x cheaper than
`policy=default`, whose header objects and content manager we do not need), or app.mail.mime_tree builds
the very same tree faster for the well-formed messages it takes; everything else is decoded
explicitly here: RFC 2047 encoded words (B and Q, adjacent words of one charset joined before decoding
so that a multibyte character split across two words survives, a missing `?=` tolerated, a wrong
charset label overridden by detection), raw 8-bit headers, transfer encodings (base64, quoted-printable,
8bit), charsets through `charsets.decode_bytes`, and HTML through `html_text.visible_and_hidden`: text
hidden from the reader (display:none, white on white ...) goes to `hidden_text`, not to `text`.

Anything broken is decoded as well as it can be and noted in `defects`. Text kept for matching is
bounded by MAX_TEXT_CHARS.
"""

from __future__ import annotations

import binascii
import contextlib
import email
import email.parser
import email.utils
import re
from dataclasses import dataclass, field
from email.message import Message
from email.policy import compat32

from app.mail import feedparser_speed  # noqa: F401  (the stdlib parser's end-of-payload search, made cheap)
from app.mail import mime_tree
from app.mail.charsets import decode_bytes
from app.mail.html_text import visible_and_hidden
from app.mail.mime_tree import BoundedMessage
from app.mail.normalise import match_form

MAX_TEXT_CHARS = 256 * 1024  # decoded body text used for matching
MAX_PARTS = 512  # MIME leaves looked at (a bomb of tiny parts stops here)
MAX_HEADER_CHARS = 16 * 1024  # one decoded header value
# The stdlib parser keeps a str per line, about 85 bytes each: 24 MB of empty lines took 1 GB. Past this many
# lines, runs of blank lines are squeezed to one and, if that is not enough, only the first lines decoded.
MAX_DECODED_LINES = 400_000
_BLANK_LINES = re.compile(rb"[\r\n]{5,}")  # a class, not a group: no per-repeat state
MAX_HTML_CHARS = 512 * 1024  # raw HTML kept for link extraction (app.mail.links)
MAX_SCANNED_NAMES = 64  # file names read from the raw bytes of a message the parser could not take
MAX_MULTIPARTS = 256  # more multipart containers than this: not parsed (nesting bombs), names scanned

_FOLD = re.compile(r"\r?\n(?=[ \t])|\r(?=[ \t])")
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,64})\?([bBqQ])\?([^?\s]*)(\?=)?")
_WHITESPACE_ONLY = re.compile(r"[ \t\r\n]*")
_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
_ANGLE_ADDRESS = re.compile(r"<\s*([^<>\s@]+@[^<>\s@]+?)\s*>")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
# A file name parameter anywhere in the raw bytes: what a message the parser cannot read still names.
_RAW_NAME = re.compile(
    rb"""(?:file)?name\*?(?:0\*?)?[ \t]*=[ \t]*(?:"([^"\r\n]{1,255})"|([^;"\s]{1,255}))""", re.IGNORECASE
)


@dataclass(slots=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int
    data: bytes = field(repr=False)


@dataclass(slots=True)
class DecodedMessage:
    subject: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    text: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    from_address: str = ""
    charsets: set[str] = field(default_factory=set)
    html: list[str] = field(default_factory=list)  # the text/html parts as decoded, before html_to_text
    incomplete: str = ""  # why part of the MIME structure could not be read (a finding the content stage scores)
    hidden_text: str = ""  # text of HTML parts that the reader does not see; not part of `text`
    _match_forms: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def match_form(self, text: str) -> str:
        """app.mail.normalise.match_form(text), worked out once per message: the content rules and the statistical
        filter's tokens both ask it of a body of up to 2,000 characters (the filter reads the first 2,000)."""
        form = self._match_forms.get(text)
        if form is None:
            form = self._match_forms[text] = match_form(text)
        return form

    def header(self, name: str) -> list[str]:
        """Every decoded value of header `name` (case-insensitive), in order."""
        name = name.lower()
        return [value for key, value in self.headers if key == name]


def _to_bytes(value: str) -> bytes:
    """Undo the parser's ascii+surrogateescape reading of raw header/payload bytes."""
    try:
        return value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace")


def _b_decode(text: str) -> tuple[bytes, bool]:
    data = text.encode("ascii", "replace")
    try:
        return binascii.a2b_base64(data + b"=" * (-len(data) % 4)), False
    except binascii.Error:
        data = _BASE64_JUNK.sub(b"", data)
        data = data[: len(data) - len(data) % 4] if len(data) % 4 == 1 else data + b"=" * (-len(data) % 4)
        try:
            return binascii.a2b_base64(data), True
        except binascii.Error:
            return b"", True


def _literal(text: str, out: list[str], msg: DecodedMessage) -> None:
    if text.isascii() and "\x1b" not in text:
        out.append(text)
        return
    decoded, codec, defect = decode_bytes(_to_bytes(text))
    msg.charsets.add(codec)
    if defect:
        msg.defects.append(f"header: {defect}")
    out.append(decoded)


def decode_header_value(value: str, msg: DecodedMessage) -> str:
    """An RFC 2047 header value (as the compat32 parser holds it) to text; problems go to msg.defects."""
    value = _FOLD.sub("", value)
    if "=?" not in value:
        if value.isascii() and "\x1b" not in value:  # escapes: raw 7-bit ISO-2022 text (Japanese mail's headers)
            return value.strip()[:MAX_HEADER_CHARS]
        out: list[str] = []
        _literal(value, out, msg)
        return out[0].strip()[:MAX_HEADER_CHARS]
    out = []
    pos = 0
    pending_label: str | None = None
    pending = bytearray()

    def flush() -> None:
        nonlocal pending_label
        if pending_label is not None:
            text, codec, defect = decode_bytes(bytes(pending), pending_label)
            msg.charsets.add(codec)
            if defect:
                msg.defects.append(f"encoded word: {defect}")
            out.append(text)
            pending.clear()
            pending_label = None

    for match in _ENCODED_WORD.finditer(value):
        between = value[pos : match.start()]
        if pending_label is None or not _WHITESPACE_ONLY.fullmatch(between):
            flush()
            if between:
                _literal(between, out, msg)
        label = match.group(1).split("*", 1)[0]
        if match.group(2) in "bB":
            data, broken = _b_decode(match.group(3))
            if broken:
                msg.defects.append("encoded word: invalid base64")
        else:
            data = binascii.a2b_qp(match.group(3).encode("ascii", "replace"), header=True)
        if match.group(4) is None:
            msg.defects.append("encoded word: missing ?=")
        if pending_label is not None and pending_label.lower() != label.lower():
            flush()
        pending_label = label
        pending += data
        pos = match.end()
    flush()
    if pos < len(value):
        _literal(value[pos:], out, msg)
    return "".join(out).strip()[:MAX_HEADER_CHARS]


def _raw_param(part: Message, name: str, header: str, msg: DecodedMessage) -> str | None:
    """A parameter of a header holding raw 8-bit bytes (compat32 would hand back U+FFFD for them)."""
    for key, value in part.raw_items():
        if key.lower() == header:
            out: list[str] = []
            _literal(_FOLD.sub("", value), out, msg)
            found = re.search(rf'(?:^|;)\s*{name}\s*=\s*(?:"([^"]*)"?|([^;\s]*))', out[0], re.IGNORECASE)
            if found:
                return found.group(1) if found.group(1) is not None else found.group(2)
    return None


def _filename(part: Message, msg: DecodedMessage) -> str | None:
    for header, name in (("content-disposition", "filename"), ("content-type", "name")):
        raw = part.get(header)
        if raw is None:
            continue
        if isinstance(raw, str) and raw.isascii():
            value = _param(part, name, header)
        else:
            value = _raw_param(part, name, header, msg)
        if value is not None:
            return decode_header_value(value, msg)
    return None


def _param(part: Message, name: str, header: str = "content-type") -> str | None:
    value = part.get_param(name, header=header)
    if value is None:
        return None
    if isinstance(value, tuple):  # RFC 2231: (charset, language, value)
        return email.utils.collapse_rfc2231_value(value)
    return str(value)


def _payload(part: Message, msg: DecodedMessage) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:  # noqa: BLE001 - a broken part must not stop the rest
        msg.defects.append(f"payload: {type(exc).__name__}")
        raw = part.get_payload()
        return _to_bytes(raw) if isinstance(raw, str) else b""
    return data if isinstance(data, bytes) else b""


def _from_address(raw_value: str | None, decoded: str) -> str:
    if not raw_value:
        return ""
    match = _ANGLE_ADDRESS.search(raw_value)
    if match is None:
        _, address = email.utils.parseaddr(decoded)
    else:
        address = match.group(1)
    address = address.strip().lower()
    return address if "@" in address and len(address) <= 320 else ""


def _walk(msg: DecodedMessage, root: Message, texts: list[str], hidden: list[str]) -> None:
    budget = MAX_TEXT_CHARS
    leaves = 0
    for part in root.walk():
        for defect in part.defects:
            msg.defects.append(type(defect).__name__)
        if part.is_multipart():
            continue
        leaves += 1
        if leaves > MAX_PARTS:
            msg.defects.append(f"more than {MAX_PARTS} MIME parts: the rest not decoded")
            msg.incomplete = msg.incomplete or f"more than {MAX_PARTS} MIME parts"
            break
        try:
            budget = _leaf(msg, part, texts, hidden, budget)
        except Exception as exc:  # noqa: BLE001 - one part that cannot be read must not hide the parts after it
            msg.defects.append(f"part {leaves} not decoded: {type(exc).__name__}")
            msg.incomplete = msg.incomplete or f"a MIME part could not be decoded ({type(exc).__name__})"


def _leaf(msg: DecodedMessage, part: Message, texts: list[str], hidden: list[str], budget: int) -> int:
    """One leaf part: an attachment, or text within the budget left; returns the budget left."""
    ctype = part.get_content_type()
    filename = _filename(part, msg)
    disposition = str(part.get("content-disposition", "")).split(";", 1)[0].strip().lower()
    is_text = (
        ctype in ("text/plain", "text/html")
        and disposition != "attachment"
        and (filename is None or disposition == "inline")
    )
    data = _payload(part, msg)
    if not is_text:
        msg.attachments.append(Attachment(filename, ctype, len(data), data))
        return budget
    if budget <= 0:
        msg.defects.append("text beyond the matching limit not decoded")
        return budget
    if len(data) > budget * 4:
        data = data[: budget * 4]
        for _ in range(3):  # do not end inside a multibyte character
            if data and data[-1] >= 0x80:
                data = data[:-1]
    label = _param(part, "charset")
    if label is None and ctype == "text/html":
        meta = _META_CHARSET.search(data, 0, 4096)
        if meta:
            label = meta.group(1).decode("ascii")
    text, codec, defect = decode_bytes(data, label)
    msg.charsets.add(codec)
    if defect:
        msg.defects.append(f"{ctype}: {defect}")
    if ctype == "text/html":
        msg.html.append(text[: max(0, MAX_HTML_CHARS - sum(map(len, msg.html)))])
        text, hidden_text = visible_and_hidden(text)
        if hidden_text:  # bounded like the visible text, on its own budget
            hidden.append(hidden_text[: MAX_TEXT_CHARS - sum(map(len, hidden))])
    text = text[:budget]
    texts.append(text)
    return budget - len(text)


def _within_line_budget(raw: bytes, msg: DecodedMessage) -> bytes:
    """`raw`, or a version of it with at most MAX_DECODED_LINES lines for the parser (a defect says so)."""
    if raw.count(b"\n") <= MAX_DECODED_LINES:
        return raw
    raw = _BLANK_LINES.sub(b"\r\n\r\n", raw)  # blank lines mean nothing to MIME or to the rules
    if raw.count(b"\n") <= MAX_DECODED_LINES:
        return raw
    low, high = 0, len(raw)  # the shortest prefix holding MAX_DECODED_LINES line ends
    while low < high:
        middle = (low + high) // 2
        if raw.count(b"\n", 0, middle) < MAX_DECODED_LINES:
            low = middle + 1
        else:
            high = middle
    msg.defects.append(f"more than {MAX_DECODED_LINES} lines: only the first {MAX_DECODED_LINES} decoded")
    msg.incomplete = f"more than {MAX_DECODED_LINES} lines"  # fail closed: the rest is not read, so it is scored
    return raw[:low]


def decode_message(raw: bytes) -> DecodedMessage:
    """Decode `raw` (a whole RFC 5322 message) for content matching; never raises."""
    msg = DecodedMessage()
    whole, raw = raw, _within_line_budget(raw, msg)
    try:
        if raw.count(b"multipart/") + raw.count(b"Multipart/") + raw.count(b"MULTIPART/") > MAX_MULTIPARTS:
            raise RecursionError(f"more than {MAX_MULTIPARTS} multipart containers")
        root = mime_tree.parse(raw)  # the same tree without a step per line, for well-formed mail
        if root is None:
            root = email.message_from_bytes(raw, BoundedMessage, policy=compat32)
    except Exception as exc:  # noqa: BLE001 - the parser is forgiving, but a filter must be more so
        return _unparseable(raw, msg, exc)
    raw_from = None
    for name, value in root.raw_items():
        name = name.lower()
        if not isinstance(value, str):
            value = str(value)
        decoded = decode_header_value(value, msg)
        msg.headers.append((name, decoded))
        if name == "subject" and not msg.subject:
            msg.subject = decoded
        elif name == "from" and raw_from is None:
            raw_from = _FOLD.sub("", value)
            msg.from_address = _from_address(raw_from, decoded)
    texts: list[str] = []
    hidden: list[str] = []
    try:
        _walk(msg, root, texts, hidden)
    except Exception as exc:  # noqa: BLE001 - e.g. RecursionError on absurd nesting
        msg.defects.append(f"MIME walk stopped: {type(exc).__name__}")
        msg.incomplete = msg.incomplete or f"the MIME structure could not be walked ({type(exc).__name__})"
        _scan_names(raw, msg)
    if msg.incomplete and raw is not whole:
        _scan_names(whole, msg)  # the attachment policy still sees the names past the cut
    msg.text = "\n".join(texts)
    msg.hidden_text = "\n".join(hidden)
    msg.charsets.discard("ascii")
    return msg


def _unparseable(raw: bytes, msg: DecodedMessage, exc: Exception) -> DecodedMessage:
    """What can be said of a message the parser gave up on (absurd nesting): its headers, its text as one
    block, and every file name it names, so that the attachment policy still sees them (fail closed)."""
    msg.defects.append(f"unparseable message: {type(exc).__name__}")
    msg.incomplete = f"the message could not be parsed ({type(exc).__name__})"
    with contextlib.suppress(Exception):
        head = email.parser.BytesHeaderParser(BoundedMessage, policy=compat32).parsebytes(raw[: 256 * 1024])
        for name, value in head.raw_items():
            decoded = decode_header_value(str(value), msg)
            msg.headers.append((name.lower(), decoded))
            if name.lower() == "subject" and not msg.subject:
                msg.subject = decoded
    text, codec, _ = decode_bytes(raw[:MAX_TEXT_CHARS])
    msg.text, msg.charsets = text, {codec}
    _scan_names(raw, msg)
    return msg


def _scan_names(raw: bytes, msg: DecodedMessage) -> None:
    """Attachments (without content) for the file names in `raw` that the walk did not reach."""
    known = {a.filename for a in msg.attachments}
    for match in _RAW_NAME.finditer(raw):
        name = decode_header_value((match.group(1) or match.group(2)).decode("latin-1"), msg)
        if name not in known:
            known.add(name)
            msg.attachments.append(Attachment(name, "application/octet-stream", 0, b""))
            if len(known) >= MAX_SCANNED_NAMES:
                break
