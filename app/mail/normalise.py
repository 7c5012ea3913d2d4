"""Normalise text for matching, so that spammers cannot walk around a keyword. Idempotent, never raises.

Steps, in order:
1. zero-width and invisible characters removed (ZWSP/ZWNJ/ZWJ, bidi controls, word joiner, BOM, soft
   hyphen, Hangul fillers ...);
2. Unicode NFKC (fullwidth `ＡＤ` -> `AD`, circled letters, compatibility jamo `ㄱ` -> conjoining `ᄀ`,
   which NFKC then composes with a following vowel into a syllable) and case folding;
3. separators (anything that is not a letter or digit, `_` included, whitespace included) between two
   Hangul characters removed: `[광, 고]`, `광 고`, `광.고`, `광_고` all become `[광고]` / `광고`.
   Consequence: Korean text loses its word spaces, so Korean keywords match as substrings across
   word boundaries; choose Korean keywords of several syllables (see starter_rules.py);
4. jamo left over composed: a lone initial consonant after an open syllable becomes its final consonant
   (`ㄱㅘㅇㄱㅗ` -> `과ᄋ고` -> `광고`);
5. runs of three or more single Latin letters separated by separators joined (`v i a g r a` -> `viagra`,
   `f.r.e.e` -> `free`); two single letters (`a b`) are left alone;
6. whitespace runs squeezed to one space.
"""
from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f]+"
)
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff"
_HANGUL_SEPARATORS = re.compile(f"(?<=[{_HANGUL}])[\\W_]+(?=[{_HANGUL}])")
_JAMO = re.compile("[\u1100-\u11ff]")
_HANGUL_CHAR = re.compile(f"[{_HANGUL}]")
# An open syllable (no final consonant) followed by a lone initial consonant that has a final form.
_LV = "".join(chr(0xAC00 + i * 28) for i in range(19 * 21))
_CHOSEONG_TO_JONGSEONG = {
    0x1100: 1, 0x1101: 2, 0x1102: 4, 0x1103: 7, 0x1105: 8, 0x1106: 16, 0x1107: 17, 0x1109: 19,
    0x110A: 20, 0x110B: 21, 0x110C: 22, 0x110E: 23, 0x110F: 24, 0x1110: 25, 0x1111: 26, 0x1112: 27,
}
_OPEN_THEN_INITIAL = re.compile(
    f"([{_LV}])([{''.join(map(chr, _CHOSEONG_TO_JONGSEONG))}])(?![\u1161-\u11a7])"
)
# The lookbehind comes after the first letter so that the regex engine can skip to candidate letters.
_SINGLE_LETTERS = re.compile(r"[a-z](?<![^\W_][a-z])(?:[\W_]+[a-z](?![^\W_])){2,}")
_NOT_LETTER = re.compile(r"[^a-z]+")
_WHITESPACE = re.compile(r"\s+")


def _close_syllable(match: re.Match[str]) -> str:
    return chr(ord(match.group(1)) + _CHOSEONG_TO_JONGSEONG[ord(match.group(2))])


def _join_letters(match: re.Match[str]) -> str:
    return _NOT_LETTER.sub("", match.group(0))


def _fold(text: str) -> str:
    """NFKC + case folding to a fixed point (case folding can produce text that NFKC changes again)."""
    for _ in range(4):
        folded = unicodedata.normalize("NFKC", text).casefold()
        if folded == text:
            break
        text = folded
    return text


def match_form(text: str) -> str:
    """The cheap form of `text` that compiled keyword patterns (see keyword_pattern) are searched in.

    Like normalise() but separators between Hangul are kept and whitespace is not squeezed: removing a
    thousand word spaces from a Korean body costs more than the rest of the evaluation, so keyword patterns
    tolerate separators instead. Text holding loose jamo gets the full normalise() (jamo need the
    separators gone before they compose); keyword patterns match that form too.
    """
    if not text:
        return ""
    if text.isascii():
        text = text.lower()
    else:
        text = _fold(_INVISIBLE.sub("", text))
        if "\u1160" in text:  # NFKC made Hangul fillers (U+3164, U+FFA0) into U+1160
            text = _INVISIBLE.sub("", text)
        if _JAMO.search(text):
            return normalise(text)
    if _SINGLE_LETTERS.search(text):
        text = _SINGLE_LETTERS.sub(_join_letters, text)
    return text


def _is_hangul(char: str) -> bool:
    return _HANGUL_CHAR.match(char) is not None


def keyword_pattern(keyword: str) -> str:
    """Regex source that finds normalise()d `keyword` in match_form() or normalise() text.

    keyword_pattern(normalise(k)) matches match_form(t) exactly when normalise(k) occurs in normalise(t)
    (Latin letters or digits at either end of the keyword must also stand at a word boundary there):
    separators are allowed between two Hangul characters of the keyword, any whitespace run where the
    keyword has a space. The first character stays a literal so that the regex engine can skip ahead.
    """
    out: list[str] = []
    for index, char in enumerate(keyword):
        if char == " ":
            out.append(r"\s+")
            continue
        if index and _is_hangul(char) and _is_hangul(keyword[index - 1]):
            out.append(r"[\W_]*")
        out.append(re.escape(char))
        if index == 0 and char.isascii() and char.isalnum():
            out.append(f"(?<![^\\W_]{re.escape(char)})")
    if keyword and keyword[-1].isascii() and keyword[-1].isalnum():
        out.append(r"(?![^\W_])")
    return "".join(out)


def normalise(text: str) -> str:
    """The matching form of `text` (see the module docstring). normalise(normalise(x)) == normalise(x)."""
    if not text:
        return ""
    if text.isascii():
        text = text.lower()
    else:
        text = _INVISIBLE.sub("", text)
        text = _INVISIBLE.sub("", _fold(text))
        if _HANGUL_SEPARATORS.search(text):
            text = _HANGUL_SEPARATORS.sub("", text)
        if _JAMO.search(text):
            # Separators removed above may have brought an initial and a vowel together: compose again.
            text = unicodedata.normalize("NFC", text)
            text = _OPEN_THEN_INITIAL.sub(_close_syllable, text)
    if _SINGLE_LETTERS.search(text):
        text = _SINGLE_LETTERS.sub(_join_letters, text)
    return _WHITESPACE.sub(" ", text).strip()
