"""The Korean commercial-mail subject tag.

The Act on Promotion of Information and Communications Network Utilization (정보통신망법 제50조) requires
commercial mail to start its subject with `(광고)`. Senders write it many ways: `[광고]`, `(광 고)`,
`＜광고＞`, `【광고】`, `(廣告)`, `(AD)`, `[AD]`, `(광고성 정보)`, with zero-width characters or fullwidth
brackets. It is a signal of its own: legitimate advertisers use it, so policy may tag or file such mail
rather than reject it.

Only a bracketed tag at the start of the subject counts (after `Re:`/`Fw:` prefixes and other bracketed
tags such as `[외부]`): the bare word 광고 in `광고 예산 회의` is ordinary business language.
"""
from __future__ import annotations

import re
import unicodedata

from app.mail.normalise import _INVISIBLE

_OPEN = r"[\(\[<{【「『〈《〔〖⟨❨❮]"
_CLOSE = r"[\)\]>}】」』〉》〕〗⟩❩❯]"
_WORD = r"(?:광[\W_]{0,3}고(?:[\W_]{0,3}성(?:[\W_]{0,3}정[\W_]{0,3}보)?)?|廣[\W_]{0,3}告|a[\W_]{0,3}d\.?)"
_TAG = re.compile(
    rf"^\s*(?:(?:re|fw|fwd|회신|전달)\s*:\s*|{_OPEN}[^()\[\]<>{{}}]{{0,20}}?{_CLOSE}\s*)*?"
    rf"({_OPEN}\s*{_WORD}\s*{_CLOSE})"
)
_SPACES = re.compile(r"[\W_]+")


def detect_ad_tag(subject: str) -> str | None:
    """The ad tag at the start of `subject` in a canonical spelling, or None.

    The result is the tag as found, NFKC-folded, lower-cased and with separators inside it removed
    apart from the brackets: `(광고)`, `[광고]`, `<광고>`, `(廣告)`, `(ad)`, `(광고성정보)` ...
    """
    if not subject:
        return None
    text = subject if subject.isascii() else unicodedata.normalize("NFKC", _INVISIBLE.sub("", subject))
    match = _TAG.match(text.casefold())
    if match is None:
        return None
    tag = match.group(1)
    return tag[0] + _SPACES.sub("", tag[1:-1]) + tag[-1]
