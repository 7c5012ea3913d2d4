"""The Korean commercial-mail subject tag.

The Act on Promotion of Information and Communications Network Utilization (정보통신망법 제50조) requires
commercial mail to start its subject with `(광고)`. Senders write it many ways: `[광고]`, `(광 고)`,
`＜광고＞`, `【광고】`, `(廣告)`, `(AD)`, `[AD]`, `(광고성 정보)`, with zero-width characters, fullwidth
brackets, halfwidth or loose jamo (`(ㄱㅘㅇㄱㅗ)`), character references (`(&#44305;&#44256;)`), or at the
end of the subject instead of the start (`봄 세일 (광고)`). It is a signal of its own: legitimate advertisers
use it, so policy may tag or file such mail rather than reject it.

Only a bracketed tag counts, at the start of the subject (after `Re:`/`Fw:` prefixes and other bracketed
tags such as `[외부]`) or as the very last thing in it: the bare word 광고 in `광고 예산 회의` is ordinary
business language, and so is a bracket elsewhere (`신규 광고 (검토 요청)`).
"""

from __future__ import annotations

import re

from app.mail.normalise import _INVISIBLE, fold_characters, normalise

_OPEN = r"[\(\[<{【「『〈《〔〖⟨❨❮]"
_CLOSE = r"[\)\]>}】」』〉》〕〗⟩❩❯]"
_WORD = r"(?:광[\W_]{0,3}고(?:[\W_]{0,3}성(?:[\W_]{0,3}정[\W_]{0,3}보)?)?|廣[\W_]{0,3}告|a[\W_]{0,3}d\.?)"
_TAG = re.compile(
    rf"^\s*(?:(?:re|fw|fwd|회신|전달)\s*:\s*|{_OPEN}[^()\[\]<>{{}}]{{0,20}}?{_CLOSE}\s*)*?"
    rf"({_OPEN}\s*{_WORD}\s*{_CLOSE})"
)
_END_TAG = re.compile(rf"({_OPEN}\s*{_WORD}\s*{_CLOSE})[\s.!]*$")
_SPACES = re.compile(r"[\W_]+")
_HANGUL_JAMO = re.compile("[\u1100-\u11ff]")


def _find(text: str) -> re.Match[str] | None:
    return _TAG.match(text) or _END_TAG.search(text[-40:])


def detect_ad_tag(subject: str) -> str | None:
    """The ad tag at the start or the end of `subject` in a canonical spelling, or None.

    The result is the tag as found, NFKC-folded, lower-cased and with separators inside it removed
    apart from the brackets: `(광고)`, `[광고]`, `<광고>`, `(廣告)`, `(ad)`, `(광고성정보)` ...
    """
    if not subject:
        return None
    text = subject.lower() if subject.isascii() else fold_characters(_INVISIBLE.sub("", subject))
    match = _find(text)
    if match is None and _HANGUL_JAMO.search(text):
        match = _find(normalise(subject))  # jamo spelled with separators between them: `(ㄱ ㅘ ㅇ ㄱ ㅗ)`
    if match is None:
        return None
    tag = match.group(1)
    return tag[0] + _SPACES.sub("", tag[1:-1]) + tag[-1]
