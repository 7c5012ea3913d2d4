"""Attachment policy that needs no virus scanner: names, archive contents, executable headers.

``check_attachments(attachments)`` returns a list of ``AttachmentFinding(kind, filename, reason)``;
an empty list means nothing objectionable was seen. Kinds:

``blocked-extension``
    The name ends in an extension from ``blocked_extensions`` (programs, scripts, disk images,
    shortcuts). Trailing dots and spaces are ignored, as Windows ignores them.
``double-extension``
    The name is made to look like a harmless type while being a blocked one: ``invoice.pdf.exe``,
    ``photo.jpg      .scr`` (padding pushes the real extension out of view), or a name containing an
    invisible text-direction control (U+202E RIGHT-TO-LEFT OVERRIDE and friends) that makes
    ``invoice\u202efdp.exe`` display as ``invoiceexe.pdf``. A direction control in a file name is
    reported whatever the real extension, since it has no honest use there. Replaces the
    ``blocked-extension`` finding for the same name.
``executable-in-archive``
    A zip attachment (by name, content type or ``PK`` signature, so also .docx/.xlsx) holds a
    member with a blocked or disguised name, or whose first bytes are a program header; zips inside
    the zip are opened one level deep, in memory (never on disk), within ``max_nested_size``.
``encrypted-archive``
    A zip (or a zip inside it) has password-protected members (flag bit 0x1), which no scanner can
    look into. Only reported when ``block_encrypted_archives`` is true.
``executable-content``
    The attachment's bytes start with a Windows program header (``MZ``) or a Linux one (``\x7fELF``),
    whatever its name and declared type.
``corrupt-archive``
    Something that claims to be a zip (name, type or signature) cannot be read as one, or a member
    cannot be decompressed. Decision: this is *reported*, not ignored, because an archive we cannot
    read is an archive we cannot vouch for, and broken zips are a known way to slip past scanners
    that give up quietly; the policy decides whether it rejects, quarantines or only scores it.

Nothing here raises on hostile input: zip parsing is fenced so that any exception from a damaged
archive becomes a ``corrupt-archive`` finding. Work is bounded: at most ``max_members`` members per
archive are looked at, nested zips above ``max_nested_size`` bytes are not opened, and all nested zips of
one archive together unpack to at most twice that. Entries that share their data (the overlapping-entries
zip bomb: a 70 KB file that unpacks a 19 MB member a thousand times) are a ``corrupt-archive`` finding.
"""

from __future__ import annotations

import contextlib
import io
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from ..safe_text import wire_text

__all__ = [
    "DEFAULT_BLOCKED_EXTENSIONS",
    "Attachment",
    "AttachmentFinding",
    "check_attachment",
    "check_attachments",
    "is_zip",
    "looks_executable",
]

DEFAULT_BLOCKED_EXTENSIONS: frozenset[str] = frozenset(
    {
        ".exe",
        ".scr",
        ".vbs",
        ".vbe",
        ".js",
        ".jse",
        ".wsf",
        ".wsh",
        ".bat",
        ".cmd",
        ".com",
        ".pif",
        ".jar",
        ".lnk",
        ".iso",
        ".img",
        ".hta",
        ".cpl",
        ".msi",
        ".ps1",
        ".reg",
    }
)

ZIP_CONTENT_TYPES = frozenset(
    {
        "application/zip",
        "application/x-zip",
        "application/x-zip-compressed",
        "multipart/x-zip",
    }
)
MAX_MEMBERS = 1000
MAX_NESTED_SIZE = 20 * 1024 * 1024

# Extensions a disguised program pretends to have, with words a recipient would use for them.
_DECOY_TYPES: dict[str, str] = {
    "pdf": "a PDF document",
    "doc": "a Word document",
    "docx": "a Word document",
    "docm": "a Word document",
    "xls": "an Excel spreadsheet",
    "xlsx": "an Excel spreadsheet",
    "xlsm": "an Excel spreadsheet",
    "csv": "a spreadsheet",
    "ppt": "a PowerPoint presentation",
    "pptx": "a PowerPoint presentation",
    "hwp": "a Hangul (HWP) document",
    "hwpx": "a Hangul (HWP) document",
    "odt": "a document",
    "ods": "a spreadsheet",
    "rtf": "a document",
    "txt": "a text file",
    "htm": "a web page",
    "html": "a web page",
    "jpg": "a picture",
    "jpeg": "a picture",
    "png": "a picture",
    "gif": "a picture",
    "bmp": "a picture",
    "tif": "a picture",
    "tiff": "a picture",
    "heic": "a picture",
    "webp": "a picture",
    "mp3": "a sound file",
    "wav": "a sound file",
    "m4a": "a sound file",
    "mp4": "a video",
    "avi": "a video",
    "mov": "a video",
    "wmv": "a video",
    "mkv": "a video",
    "zip": "an archive",
    "rar": "an archive",
    "7z": "an archive",
    "eml": "an e-mail message",
}

# Invisible characters that reorder how text is displayed; none has an honest use in a file name.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_PADDING = 3  # this many spaces (or more) before the last dot count as hiding the extension


class Attachment(Protocol):
    """What the checks read from an attachment (the MIME layer's part objects, or a test's dataclass)."""

    @property
    def filename(self) -> str | None: ...

    @property
    def content_type(self) -> str: ...

    @property
    def data(self) -> bytes: ...


@dataclass(frozen=True, slots=True)
class AttachmentFinding:
    kind: str  # see the module docstring for the list
    filename: str  # the attachment's name, direction controls removed (or a description when it has none)
    reason: str  # a sentence a recipient or helpdesk can act on


@dataclass(frozen=True, slots=True)
class _Name:
    shown: str  # what a mail client displays (direction overrides applied, roughly)
    real: str  # what the operating system uses
    extension: str  # the real extension, lower case, with its dot ("" when none)
    decoy: str | None  # the extension it pretends to have, when disguised
    disguised: bool
    reason: str | None  # why it is disguised


def check_attachments(
    attachments: Iterable[Attachment],
    blocked_extensions: Iterable[str] = DEFAULT_BLOCKED_EXTENSIONS,
    *,
    block_encrypted_archives: bool = True,
    max_members: int = MAX_MEMBERS,
    max_nested_size: int = MAX_NESTED_SIZE,
    listings: dict[int, list[str]] | None = None,
) -> list[AttachmentFinding]:
    """Every finding for every attachment, in order. Never raises on hostile data. `listings`, when given,
    receives the member names of each attachment read as a zip (by its position in `attachments`; [] for any
    other, or one that cannot be read), so that app.scan.documents does not read the central directory again."""
    blocked = _normalise_extensions(blocked_extensions)
    findings: list[AttachmentFinding] = []
    for position, attachment in enumerate(attachments):
        names: list[str] | None = listings.setdefault(position, []) if listings is not None else None
        findings.extend(_check(attachment, blocked, block_encrypted_archives, max_members, max_nested_size, names))
    return findings


def check_attachment(
    attachment: Attachment,
    blocked_extensions: Iterable[str] = DEFAULT_BLOCKED_EXTENSIONS,
    *,
    block_encrypted_archives: bool = True,
    max_members: int = MAX_MEMBERS,
    max_nested_size: int = MAX_NESTED_SIZE,
) -> list[AttachmentFinding]:
    return check_attachments(
        [attachment],
        blocked_extensions,
        block_encrypted_archives=block_encrypted_archives,
        max_members=max_members,
        max_nested_size=max_nested_size,
    )


def looks_executable(data: bytes) -> str | None:
    """'a Windows program' / 'a Linux program' when the bytes start with such a header."""
    if data[:2] == b"MZ" and len(data) >= 64:  # a DOS/Windows header is 64 bytes; shorter "MZ..." is text
        return "a Windows program"
    if data[:4] == b"\x7fELF":
        return "a Linux program"
    return None


def is_zip(filename: str | None, content_type: str, data: bytes) -> bool:
    """Whether this claims to be a zip: signature, declared type, or name."""
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return True
    if (content_type or "").split(";")[0].strip().lower() in ZIP_CONTENT_TYPES:
        return True
    return filename is not None and filename != "" and _analyse_name(filename, frozenset()).extension == ".zip"


# -- internals ---------------------------------------------------------------------------------------


def _normalise_extensions(extensions: Iterable[str]) -> frozenset[str]:
    result = set()
    for extension in extensions:
        extension = extension.strip().casefold()
        if extension:
            result.add(extension if extension.startswith(".") else "." + extension)
    return frozenset(result)


def _display_name(attachment: Attachment) -> str:
    name = _safe_str(getattr(attachment, "filename", None))
    # Shown without direction controls, so that logs and the dashboard show the real name.
    name = "".join(char for char in name if char not in _BIDI_CONTROLS and char not in _INVISIBLE)
    if name.strip():
        return name
    content_type = _safe_str(getattr(attachment, "content_type", None)) or "unknown type"
    return f"(unnamed {content_type} attachment)"


def _safe_str(value: object) -> str:
    if value is None:
        return ""
    # Lone surrogates (from surrogateescape decoding) would break logging and storage later on.
    return wire_text(value if isinstance(value, (str, bytes)) else str(value))


def _basename(name: str) -> str:
    return name.replace("\\", "/").rstrip("/").rpartition("/")[2] or name


def _shown(name: str) -> str:
    """Roughly what a left-to-right mail client shows: each override run reversed."""
    out: list[str] = []
    run: list[str] | None = None
    for char in name:
        if char in ("\u202e", "\u202b", "\u2067"):  # right-to-left override / embedding / isolate
            if run is not None:
                out.extend(reversed(run))
            run = []
        elif char in ("\u202c", "\u2069", "\u202d", "\u202a", "\u2066"):
            if run is not None:
                out.extend(reversed(run))
                run = None
        elif char in _BIDI_CONTROLS or char in _INVISIBLE:
            continue
        elif run is not None:
            run.append(char)
        else:
            out.append(char)
    if run is not None:
        out.extend(reversed(run))
    return "".join(out)


def _extension(name: str) -> tuple[str, str]:
    """(stem, extension with dot, lower case) of a cleaned name, ignoring trailing dots and spaces."""
    name = name.rstrip(" .")
    stem, dot, extension = name.rpartition(".")
    if not dot:
        return name, ""
    return stem, "." + extension.strip().casefold()


def _analyse_name(raw: str, blocked: frozenset[str]) -> _Name:
    name = unicodedata.normalize("NFC", _basename(raw))
    has_bidi = any(char in _BIDI_CONTROLS for char in name)
    real = "".join(char for char in name if char not in _BIDI_CONTROLS and char not in _INVISIBLE)
    stem, extension = _extension(real)
    shown = _shown(name) if has_bidi else real
    if has_bidi:
        _shown_stem, shown_extension = _extension(shown)
        pretend = shown_extension.lstrip(".")
        looks = f" ({_DECOY_TYPES[pretend]})" if pretend in _DECOY_TYPES else ""
        real_kind = f"really a {extension} file" if extension else "really something else"
        reason = (
            f"The file name contains an invisible character that reverses the text direction, so "
            f"'{real}' is displayed as '{shown}'{looks}. It is {real_kind}. "
            "This is a common trick to disguise dangerous files."
        )
        return _Name(shown, real, extension, pretend or None, True, reason)
    if extension in blocked:
        before = stem.rstrip()
        padded = len(stem) - len(before) >= _PADDING
        _inner_stem, inner_extension = _extension(before)
        pretend = inner_extension.lstrip(".")
        if pretend in _DECOY_TYPES:
            padding = " with extra spaces that push the real ending out of view" if padded else ""
            reason = (
                f"'{real}' is named to look like {_DECOY_TYPES[pretend]} (.{pretend}){padding}, but it "
                f"really is {_what(extension)} ({extension}) that runs when opened."
            )
            return _Name(shown, real, extension, pretend, True, reason)
        if padded:
            reason = (
                f"'{real}' has extra spaces before its real ending ({extension}) to push it out of view; "
                f"it is {_what(extension)} that runs when opened."
            )
            return _Name(shown, real, extension, None, True, reason)
    return _Name(shown, real, extension, None, False, None)


def _what(extension: str) -> str:
    if extension in (".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh", ".bat", ".cmd", ".ps1", ".hta"):
        return "a script"
    if extension in (".iso", ".img"):
        return "a disk image that can hide programs"
    if extension in (".lnk", ".pif"):
        return "a shortcut that can start a program"
    if extension == ".reg":
        return "a file that changes Windows settings"
    if extension == ".jar":
        return "a Java program"
    if extension in (".msi",):
        return "an installer"
    return "a program"


def _name_finding(display: str, name: _Name, blocked: frozenset[str]) -> AttachmentFinding | None:
    if name.disguised:
        return AttachmentFinding("double-extension", display, name.reason or "")
    if name.extension in blocked:
        return AttachmentFinding(
            "blocked-extension",
            display,
            f"Files ending in {name.extension} are not accepted: '{name.real}' is {_what(name.extension)} "
            "that can run when opened. Send it another way, or ask for it in a safe format.",
        )
    return None


def _check(
    attachment: Attachment,
    blocked: frozenset[str],
    block_encrypted: bool,
    max_members: int,
    max_nested_size: int,
    names: list[str] | None = None,
) -> list[AttachmentFinding]:
    display = _display_name(attachment)
    raw_name = _safe_str(getattr(attachment, "filename", None))
    content_type = _safe_str(getattr(attachment, "content_type", None))
    data = getattr(attachment, "data", b"")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        data = b""
    data = bytes(data) if not isinstance(data, bytes) else data
    findings: list[AttachmentFinding] = []
    if raw_name:
        finding = _name_finding(display, _analyse_name(raw_name, blocked), blocked)
        if finding:
            findings.append(finding)
    program = looks_executable(data)
    if program:
        subject = f"'{display}'" if raw_name.strip() else "This attachment"
        findings.append(
            AttachmentFinding(
                "executable-content",
                display,
                f"{subject} is {program}, whatever its name or type says. Programs are not accepted by e-mail.",
            )
        )
    if is_zip(raw_name, content_type, data):
        findings.extend(
            _check_zip(
                display, display, data, blocked, block_encrypted, max_members, max_nested_size, depth=0, names=names
            )
        )
    return findings


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name; legacy (non-UTF-8) names are usually cp949 on Korean Windows, not cp437."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("cp949")
        except (UnicodeError, ValueError):
            pass
    return _safe_str(name)


def _check_zip(
    display: str,
    path: str,
    data: bytes,
    blocked: frozenset[str],
    block_encrypted: bool,
    max_members: int,
    max_nested_size: int,
    depth: int,
    names: list[str] | None = None,
) -> list[AttachmentFinding]:
    """The findings inside the zip `data`; `names` (when given) receives its member names, as listed."""
    findings: list[AttachmentFinding] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, reason: str) -> None:
        if (kind, reason) not in seen:
            seen.add((kind, reason))
            findings.append(AttachmentFinding(kind, display, reason))

    def corrupt(why: str) -> None:
        add(
            "corrupt-archive",
            f"The archive '{path}' is damaged or not a real zip file ({why}), so what is inside could not be checked.",
        )

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - zipfile raises many types on hostile input
        corrupt(_why(error))
        return findings
    try:
        infos = archive.infolist()[:max_members]
        if names is not None:
            names.extend(_member_name(info) for info in infos)
        encrypted = False
        offsets: set[int] = set()
        nested_left = 2 * max_nested_size  # bytes all nested zips of this archive may unpack to, together
        for info in infos:
            if info.header_offset in offsets:  # entries sharing one body: the overlapping-entries zip bomb
                corrupt("several entries share the same data, as in a zip bomb")
                break
            offsets.add(info.header_offset)
            try:
                member = _member_name(info)
                inside = f"{path} → {member}"
                if info.is_dir():
                    continue
                name = _analyse_name(member, blocked)
                if name.disguised or name.extension in blocked:
                    what = (
                        (name.reason or "")
                        if name.disguised
                        else (f"'{name.real}' is {_what(name.extension)} that can run when opened.")
                    )
                    add(
                        "executable-in-archive",
                        f"The archive '{path}' contains '{member}'. {what} Programs are not accepted by e-mail, "
                        "even inside archives.",
                    )
                if info.flag_bits & 0x1:
                    encrypted = True
                    continue  # cannot look inside without the password
                with archive.open(info) as stream:
                    head = stream.read(64)
                program = looks_executable(head) if len(head) >= 64 or head[:4] == b"\x7fELF" else None
                if program:
                    add(
                        "executable-in-archive",
                        f"The archive '{path}' contains '{member}', which is {program} whatever its name says. "
                        "Programs are not accepted by e-mail, even inside archives.",
                    )
                if is_zip(member, "", head):
                    if depth >= 1:
                        continue  # one level of nesting is opened; deeper ones are left to the virus scanner
                    if info.file_size > min(max_nested_size, nested_left):
                        continue
                    nested_left -= info.file_size
                    with archive.open(info) as stream:
                        inner = stream.read(max_nested_size + 1)
                    if len(inner) > max_nested_size:
                        continue
                    for finding in _check_zip(
                        display, inside, inner, blocked, block_encrypted, max_members, max_nested_size, depth + 1
                    ):
                        add(finding.kind, finding.reason)
            except Exception as error:  # noqa: BLE001 - a damaged member, unsupported method, bad CRC ...
                corrupt(_why(error))
        if encrypted and block_encrypted:
            add(
                "encrypted-archive",
                f"The archive '{path}' is protected by a password, so it cannot be checked for viruses. "
                "Ask the sender to share the file another way, or without a password.",
            )
    except Exception as error:  # noqa: BLE001
        corrupt(_why(error))
    finally:
        with contextlib.suppress(Exception):
            archive.close()
    return findings


def _why(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}"[:160] if text else type(error).__name__
