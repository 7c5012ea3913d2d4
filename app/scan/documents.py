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
    An HTML attachment with a ``<form`` or a password field: the "log in to view the document" page.
``html-script``
    An HTML attachment with a ``<script``, a ``javascript:`` link or a meta refresh (a redirect to a
    phishing site).
``archived-html``
    A zip that holds nothing but web pages (세금계산서.zip -> 세금계산서_확인.html, Draft_BL.zip ->
    Draft_BL.pdf.html): the HTML attachment lure packed so that a filter that opens no archive passes it.
    A web designer's deliverable carries its stylesheets and pictures beside the page. Names only.

Never raises on hostile input; reads at most MAX_HTML_BYTES of an HTML attachment.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

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


def _html_finding(shown: str, data: bytes) -> DocumentFinding | None:
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
