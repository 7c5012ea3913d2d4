"""Risky documents among the attachments: Office files with macros, HTML files with forms or scripts.

``document_findings(attachments)`` returns ``DocumentFinding(kind, filename, reason)`` for each; the
content stage scores them (they are not refused outright like the findings of app.scan.attachments:
offices do exchange real macro workbooks). Kinds:

``macro``
    A macro-enabled Office name (.docm, .xlsm, .pptm and their template and add-in forms); an OOXML zip
    (whatever its name) holding ``vbaProject.bin``; or an OLE2 file (.doc, .xls) holding a VBA project
    (a ``Macros`` or ``_VBA_PROJECT_CUR`` storage, or a ``_VBA_PROJECT`` stream). Zips are read by their
    central directory alone (``zipfile.ZipFile.namelist``): nothing is decompressed, so a zip bomb
    costs nothing here. OLE files are read with olefile (pure Python, 115 KB, BSD, maintained by the
    oletools author), which parses the directory and never decompresses VBA code.
``html-form``
    An HTML attachment with a ``<form`` or a password field that sends somewhere (``reaches_out``): the
    "log in to view the document" page.
``html-script``
    An HTML attachment with a ``<script``, a ``javascript:`` link or a meta refresh that goes somewhere (a
    redirect to a phishing site, a script that sends or fetches).

A page that reaches nowhere is no finding: the Korean "보안메일" (a card statement, an insurer's or a bank's
notice sent as an HTML attachment with a password input, decrypted by a script in the browser) has a form
and a script but no form action URL, no URL in its scripts and nothing that fetches, posts or navigates. A
harvester must send what is typed somewhere; one that does keeps its finding.
``archived-html``
    A zip that holds nothing but web pages (세금계산서.zip -> 세금계산서_확인.html, Draft_BL.zip ->
    Draft_BL.pdf.html): the HTML attachment lure packed so that a filter that opens no archive passes it.
    A web designer's deliverable carries its stylesheets and pictures beside the page. Names only.

Never raises on hostile input; reads at most MAX_HTML_BYTES of an HTML attachment.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

MACRO_EXTENSIONS = frozenset({".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".pptm", ".potm", ".ppsm", ".ppam", ".sldm"})
HTML_EXTENSIONS = frozenset({".htm", ".html", ".shtml", ".xhtml", ".mht", ".mhtml", ".svg"})
PAGE_EXTENSIONS = HTML_EXTENSIONS - {".svg"}  # an archive of pictures (brand-logos.zip) is no packed web page
MAX_HTML_BYTES = 1024 * 1024
MAX_ZIP_NAMES = 10_000  # central directory entries looked at
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
_PASSWORD_FIELD = re.compile(rb"""type\s*=\s*["']?password""")
_META_REFRESH = re.compile(rb"""http-equiv\s*=\s*["']?refresh""")
# An attribute that sends the page, or loads another into it, somewhere with a URL: a form's action (mailto:
# too), a button's formaction, a <base href> that makes a relative action remote, a frame or object, an
# external script. Links (<a href>, <img src>) are not in the list: they cannot carry what is typed.
_REMOTE_ATTRIBUTE = re.compile(
    rb"""\b(action|formaction|href|src|data)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]{1,20}:|//|\\\\)"""
)
_LOADING_TAGS = {b"href": (b"<base",), b"src": (b"<iframe", b"<frame", b"<embed", b"<script"), b"data": (b"<object",)}
TAG_REACH = 300  # characters between a tag's name and the attribute looked at
_REFRESH_URL = re.compile(rb"""http-equiv\s*=\s*["']?refresh[^>]{0,300}?url\s*=""")
# What a script uses to send, fetch or go somewhere, whatever builds the address (atob, concatenation).
_SCRIPT_EXITS = re.compile(
    rb"://|\bfetch\s*\(|xmlhttprequest|activexobject|sendbeacon|websocket|eventsource|\.ajax\b|\$\.(?:post|get)\b"
    rb"|\baxios\b|\blocation\b\s*(?:\.\s*(?:href|assign|replace)\b|=)|\bwindow\s*\.\s*open\s*\("
    rb"|\.\s*submit\s*\(|\.\s*(?:action|src)\s*=|\bimport\s*\(|\bimportscripts\b|postmessage"
    rb"|createobjecturl|mssaveoropenblob|\bnew\s+blob\b|\.\s*download\s*="
)
_EVENT_HANDLER = re.compile(rb"""\bon[a-z]{3,20}\s*=\s*(?:"[^"]{0,2000}"|'[^']{0,2000}'|[^\s>]{1,200})""")
_BASE64_LITERAL = re.compile(rb"""["'`]([a-z0-9+/]{12,1023}={0,2})["'`]""", re.IGNORECASE)
_ESCAPES = re.compile(rb"(?:\\x[0-9a-f]{2}|\\u00[0-9a-f]{2}|%[0-9a-f]{2}){4,}", re.IGNORECASE)
_CHAR_CODES = re.compile(rb"fromcharcode\s*\(([\d\s,]{1,4000})\)")
# A run this long of base64 letters is data (the sealed statement of a 보안메일, a picture), not code: dropped
# before the code is searched, which keeps a 1 MB sealed page to a millisecond or two.
_DATA_RUN = re.compile(rb"[A-Za-z0-9+/=]{1024,}")
MAX_SCRIPTS = 200  # <script> elements looked at in one page


@dataclass(frozen=True, slots=True)
class DocumentFinding:
    kind: str  # macro | html-form | html-script | archived-html
    filename: str
    reason: str


def document_findings(attachments: Iterable, listings: Mapping[int, list[str]] | None = None) -> list[DocumentFinding]:
    """The findings of `attachments`. `listings`: the member names of the zips among them, by position, as
    app.scan.attachments.check_attachments read them (their central directory is then not read again)."""
    findings: list[DocumentFinding] = []
    for position, attachment in enumerate(attachments):
        try:
            finding = _check(attachment, listings.get(position) if listings is not None else None)
        except Exception:  # noqa: BLE001 - a hostile file is never worth a crash
            finding = None
        if finding is not None:
            findings.append(finding)
    return findings


def _check(attachment, listed: list[str] | None = None) -> DocumentFinding | None:
    name = (getattr(attachment, "filename", None) or "").strip().rstrip(". ")
    data = getattr(attachment, "data", b"") or b""
    ctype = (getattr(attachment, "content_type", "") or "").lower()
    shown = name or f"(unnamed {ctype or 'attachment'})"
    extension = "." + name.rsplit(".", 1)[1].lower() if "." in name else ""
    if extension in MACRO_EXTENSIONS:
        return DocumentFinding("macro", shown, f"'{shown}' is a macro-enabled Office file ({extension}).")
    if data[:4] not in _ZIP_MAGIC:
        names = []
    else:
        names = listed[:MAX_ZIP_NAMES] if listed is not None else _zip_names(data)
    if any(n.rsplit("/", 1)[-1].lower() == "vbaproject.bin" for n in names):
        return DocumentFinding("macro", shown, f"'{shown}' is an Office file holding VBA macros (vbaProject.bin).")
    files = [n for n in names if not n.endswith("/")]
    if files and all(_extension(n) in PAGE_EXTENSIONS for n in files):
        return DocumentFinding(
            "archived-html",
            shown,
            f"The archive '{shown}' holds only web pages ({files[0][:80]}): an HTML lure packed to pass unread.",
        )
    if data[:8] == _OLE_MAGIC and _ole_has_macros(data):
        return DocumentFinding("macro", shown, f"'{shown}' is an Office file holding VBA macros.")
    if extension in HTML_EXTENSIONS or ctype in ("text/html", "application/xhtml+xml", "image/svg+xml"):
        return _html_finding(shown, data)
    return None


def _extension(name: str) -> str:
    """ ".html" for "a/b/Draft_BL.pdf.html", "" for a name without one."""
    base = name.rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[1].lower() if "." in base else ""


def _zip_names(data: bytes) -> list[str]:
    """The member names of the central directory; reads names only, decompresses nothing."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()[:MAX_ZIP_NAMES]
    except Exception:  # noqa: BLE001 - not a readable zip: app.scan.attachments reports that
        return []


def _ole_has_macros(data: bytes) -> bool:
    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            entries = ole.listdir(streams=True, storages=True)
    except Exception:  # noqa: BLE001 - a damaged OLE file: the virus scanner's business
        return False
    for path in entries:
        lowered = [element.lower() for element in path]
        if lowered and lowered[0] in ("macros", "_vba_project_cur"):
            return True
        if "_vba_project" in lowered:
            return True
    return False


def reaches_out(data: bytes) -> bool:
    """Whether an HTML page can send what is typed into it, or take the reader, somewhere: a form action or
    another remote attribute with a URL, a meta refresh to a URL, or a script (a <script>, an event handler,
    a javascript: link) with a URL or a way out (fetch, XMLHttpRequest, location, submit...), also behind
    base64, escapes or character codes. False for a page that works only inside the browser."""
    data = data[:MAX_HTML_BYTES]
    page = data.translate(_ASCII_LOWER)
    if _REFRESH_URL.search(page) or any(map(_sends_the_page, _REMOTE_ATTRIBUTE.finditer(page))):
        return True
    code = _script_text(data, page)
    if not code:
        return False
    return (
        _SCRIPT_EXITS.search(code.translate(_ASCII_LOWER)) is not None
        or _SCRIPT_EXITS.search(_decoded(code)) is not None
    )


def _sends_the_page(attribute: re.Match[bytes]) -> bool:
    """An action or formaction with a URL; an href, src or data with a URL on a tag that loads or sends (not a
    link or a picture)."""
    tags = _LOADING_TAGS.get(attribute.group(1))
    if tags is None:
        return True
    page = attribute.string
    start = page.rfind(b"<", max(0, attribute.start() - TAG_REACH), attribute.start())
    return start >= 0 and page.startswith(tags, start)


def goes_nowhere(data: bytes) -> bool:
    """An HTML page that neither reaches out nor links anywhere (no URL at all): what the reader types or
    clicks stays in the browser, so the page is no lure's landing place."""
    return b"://" not in data[:MAX_HTML_BYTES] and not reaches_out(data)


def _script_text(data: bytes, page: bytes) -> bytes:
    """The page's code, as written (base64 keeps its case): its <script> elements, event handlers and
    javascript: links, joined. `page` is `data` in lower case, where they are looked for."""
    spans: list[tuple[int, int]] = []
    start = page.find(b"<script")
    while start >= 0 and len(spans) < MAX_SCRIPTS:
        end = page.find(b"</script", start)
        spans.append((start, end if end >= 0 else len(page)))
        start = page.find(b"<script", spans[-1][1])
    spans += [match.span() for match, _ in zip(_EVENT_HANDLER.finditer(page), range(MAX_SCRIPTS))]
    start = page.find(b"javascript:")
    while start >= 0 and len(spans) < 3 * MAX_SCRIPTS:
        spans.append((start, start + 2000))
        start = page.find(b"javascript:", start + 11)
    return _DATA_RUN.sub(b" ", b"\n".join(data[begin:end] for begin, end in spans))


def _decoded(code: bytes) -> bytes:
    """What the code's short base64 literals, escape runs and character-code lists spell, lower case (a large
    base64 literal is data: an encrypted statement, a picture)."""
    spelled: list[bytes] = []
    for match in _BASE64_LITERAL.finditer(code):
        literal = match.group(1)
        try:
            spelled.append(base64.b64decode(literal + b"=" * (-len(literal) % 4)))
        except (binascii.Error, ValueError):
            continue
    for match in _ESCAPES.finditer(code):
        run = match.group().lower().replace(b"\\u00", b"%").replace(b"\\x", b"%")
        spelled.append(unquote_to_bytes(run))
    for match in _CHAR_CODES.finditer(code.translate(_ASCII_LOWER)):
        numbers = [int(n) for n in match.group(1).replace(b" ", b"").split(b",") if n.strip()]
        spelled.append(bytes(n for n in numbers if 0 < n < 128))
    return b"\n".join(spelled).translate(_ASCII_LOWER)


def _html_finding(shown: str, data: bytes) -> DocumentFinding | None:
    if not reaches_out(data):
        return None
    page = data[:MAX_HTML_BYTES].translate(_ASCII_LOWER)
    if b"<form" in page or (b"<input" in page and _PASSWORD_FIELD.search(page)):
        what = "a password field" if _PASSWORD_FIELD.search(page) else "a form"
        return DocumentFinding(
            "html-form",
            shown,
            f"The web page '{shown}' has {what}: a log-in page sent as "
            "an attachment sends what is typed to someone else.",
        )
    if b"<script" in page or b"javascript:" in page or _META_REFRESH.search(page):
        return DocumentFinding("html-script", shown, f"The web page '{shown}' runs a script or redirects when opened.")
    return None
