"""A faster stand-in for one internal of the stdlib MIME parser (email.feedparser), installed when
app.mail.decode is imported.

After every MIME part the feedparser takes the line break before the next boundary off the part's payload
(RFC 2046: it belongs to the boundary), finding it with `NLCRE_eol.search(payload)`: `(\\r\\n|\\r|\\n)\\Z`
searched from the start of the payload, which tries the pattern at every character. On the 20 KB bench message
that was 115 µs of a ~390 µs parse. A match of that pattern is at most two characters long and ends the string,
so searching from two characters before the end finds the same match, and the feedparser reads nothing of it
but group(0). Installed only over the pattern it mirrors (another Python's feedparser keeps its own);
tests/unit/mail/test_feedparser_speed.py checks the stand-in against the original.
"""

from __future__ import annotations

import email.feedparser
import re

_EOL_PATTERN = "(\\r\\n|\\r|\\n)\\Z"
_original = email.feedparser.NLCRE_eol  # type: ignore[attr-defined]  # an internal the stubs omit


class _EndOfLineAtTheEnd:
    """email.feedparser.NLCRE_eol, with search(string) looking at the last two characters only."""

    def __init__(self, original: re.Pattern[str]) -> None:
        self._original = original
        self.pattern = original.pattern

    def search(self, string, *args, **kwargs):
        if args or kwargs:
            return self._original.search(string, *args, **kwargs)
        return self._original.search(string, max(0, len(string) - 2))

    def __getattr__(self, name: str):
        return getattr(self._original, name)


def install() -> None:
    if isinstance(_original, re.Pattern) and _original.pattern == _EOL_PATTERN and _original.flags == re.UNICODE:
        email.feedparser.NLCRE_eol = _EndOfLineAtTheEnd(_original)  # type: ignore[attr-defined]


install()
