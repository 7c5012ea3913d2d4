"""Text from outside made safe twice: once where it enters, once where it meets a terminal.

`wire_text` is the one decoding of client text (SMTP arguments, AUTH identities, anything a stranger
typed). aiosmtpd reads command arguments as UTF-8 with `surrogateescape`, so an invalid byte arrives as a
lone surrogate (b"\\xff" -> "\\udcff"). Such a string cannot be encoded as UTF-8: SQLite, the logging
module and a terminal all refuse it. The house choice: every lone surrogate (one per byte that was not
UTF-8) becomes U+FFFD, the Unicode replacement character that `bytes.decode("utf-8", "replace")` also
uses, so the text that travels on is valid Unicode that every room can store and print, and the mark of
a bad byte stays visible as "�".

`visible` is the one rendering of stored or wire text for the operator's terminal: every character that
is not printable text (C0 and C1 controls, DEL, ESC and thus every escape sequence, tab, newline, line
and paragraph separators, format characters such as the bidi overrides, lone surrogates) is shown as a
Python-style escape (`\\x1b`, `\\n`, `\\u202e`); printable text, Korean and other wide characters
included, is kept, and so are spaces (a no-break space in a subject is common and harmless).
A backslash is kept as it is, so `\\x1b` may also be literal text: the point is that nothing the
terminal would act on gets through.
"""

from __future__ import annotations

import contextlib
import re
import sys
import unicodedata
from collections.abc import Iterator
from typing import overload

REPLACEMENT = "\ufffd"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_NAMED_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


@overload
def wire_text(value: str | bytes) -> str: ...


@overload
def wire_text(value: None) -> None: ...


def wire_text(value: str | bytes | None) -> str | None:
    """Client text as valid Unicode: bytes are decoded as UTF-8, invalid bytes and lone surrogates
    become U+FFFD. None stays None (aiosmtpd passes None for a command without argument)."""
    if isinstance(value, str):
        return value if value.isascii() else _LONE_SURROGATE.sub(REPLACEMENT, value)
    if value is None:
        return None
    return bytes(value).decode("utf-8", "replace")


def visible(value: object, keep: str = "") -> str:
    """`value` as text safe to print on a terminal: non-printable characters escaped, except those in
    `keep` (the CLI's output guard keeps the newlines its own printers write)."""
    text = value if isinstance(value, str) else str(value)
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() or char in keep or unicodedata.category(char) == "Zs" else _escape(char)
        for char in text
    )


def visible_lines(text: str) -> str:
    """Multi-line text (a report, a message) with its line structure kept and every line made visible."""
    return "\n".join(visible(line) for line in text.replace("\r\n", "\n").split("\n"))


@contextlib.contextmanager
def terminal_guard() -> Iterator[None]:
    """While inside, everything written to sys.stdout and sys.stderr passes `visible` (newlines kept): the
    backstop behind the printers' own `visible`, so that no printer can forget it. Not for the dashboard,
    whose terminal driver writes escape sequences on purpose."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _VisibleStream(sys.stdout), _VisibleStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


class _VisibleStream:
    """A text stream that shows control characters instead of passing them on; the rest is delegated."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(visible(text, keep="\n"))

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _escape(char: str) -> str:
    named = _NAMED_ESCAPES.get(char)
    if named is not None:
        return named
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def shortened(text: str, width: int) -> str:
    """`text` in at most `width` characters: cut at the last space in its second half (a word is not cut in two),
    else at `width`, with "…" when anything was left out."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:(") + "…"
