"""Writing that only a filter-dodger uses: the marks of deliberate obfuscation in a subject or text. Pure.

The normaliser (app.mail.normalise) undoes these tricks so that words match; this module notices that they
were there at all, which honest mail never needs:
- loose jamo spelling a syllable (`ㅎㅘㄱㅇㅣㄴ`: a consonant followed by a vowel), not `ㅋㅋ`, `ㅎㅎ` or `ㅠㅠ`;
- halfwidth jamo (U+FFA0-FFDC), which no Korean keyboard types;
- zero-width or soft-hyphen characters between two letters (`대\u200b출`);
- single syllables strung together by one punctuation mark (`입.금`, `주_문_하_신`); not the middle dot,
  comma, slash, hyphen or tilde of `월·화·수`, `소/중/대`, `남-북` and `월~금`.
Each finding is a short snippet of where it was seen.
"""

from __future__ import annotations

import re

_HANGUL = "\uac00-\ud7a3"
# One character class finds every candidate (a regex of alternatives costs several times more on Korean
# text); each candidate is then looked at in its context.
_CANDIDATE = re.compile(
    "[\u3131-\u314e._|^+](?=[\uac00-\ud7a3\u314f-\u3163])|[\uffa0-\uffdc\u200b-\u200d\u2060\u00ad\ufeff]"
)
_SEPARATED = re.compile(
    f"(?<![{_HANGUL}])[{_HANGUL}](?P<mark>[._|^+])[{_HANGUL}](?:(?P=mark)[{_HANGUL}])*(?![{_HANGUL}])"
)
# Not "*": Korean notices mask names with it (홍*동, 예금주 김*수), which is no trick.
_INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
MAX_CANDIDATES = 64


def _is_letter(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or ("a" <= char.lower() <= "z")


def _kind(text: str, at: int) -> str:
    char = text[at]
    if "\uffa0" <= char <= "\uffdc":
        return "halfwidth jamo"
    if "\u3131" <= char <= "\u314e":
        return "loose jamo" if "\u314f" <= text[at + 1] <= "\u3163" else ""  # ㅎㅘ, not ㅋ가
    if char in _INVISIBLE:
        inside = at and _is_letter(text[at - 1]) and at + 1 < len(text) and _is_letter(text[at + 1])
        return "an invisible character inside a word" if inside else ""
    if at and _SEPARATED.match(text, max(0, at - 1)) and not (at >= 2 and "\uac00" <= text[at - 2] <= "\ud7a3"):
        return "syllables split by punctuation"
    return ""


def obfuscation(text: str) -> str:
    """ "loose jamo: ㅎㅘㄱ" for the first mark of obfuscation in `text`, "" for none."""
    for count, match in enumerate(_CANDIDATE.finditer(text)):
        if count >= MAX_CANDIDATES:
            break
        kind = _kind(text, match.start())
        if kind:
            around = text[max(0, match.start() - 4) : match.end() + 4].replace("\n", " ")
            return f"{kind}: {around}"
    return ""
