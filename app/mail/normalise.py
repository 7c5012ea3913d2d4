"""Normalise text for matching, so that spammers cannot walk around a keyword without inventing words.

Idempotent, never raises, linear in the input. Steps, in order:
1. numeric character references decoded (`&#44305;&#44256;` -> 광고; one that would decode to `&` or `#`,
   or complete a reference that stands before it, becomes a space, so that a second pass finds nothing);
2. zero-width and invisible characters removed (ZWSP/ZWNJ/ZWJ, bidi controls, word joiner, BOM, soft
   hyphen, Hangul fillers ...);
3. look-alikes folded, only right beside a loose jamo: a Latin letter or digit standing for a vowel after
   a consonant jamo (`ㅋr` -> 카: r for ㅏ, l, 1, I and | for ㅣ) or for a consonant beside a vowel jamo
   (`ㄱㅘ0` -> ㄱㅘㅇ: 0 and o for ㅇ, 2 for ㄹ, 7 for ㄱ, L for ㄴ). Digits beside whole syllables are left
   alone (`제2회`, `1층`);
4. Unicode NFKC (fullwidth `ＡＤ` -> `AD`, halfwidth and compatibility jamo -> conjoining jamo, which
   NFKC composes with a following vowel) and case folding;
5. separators (anything that is not a letter or digit, `_` included, whitespace included) removed between
   two *short* Hangul words only, a short word being a single character or a word holding a loose jamo:
   `[광, 고]`, `광 고`, `광.고`, `ㄱ ㅘ ㅇ.ㄱㅗ` join, `관광 고속버스` and `완성 인원` stay two words. Word
   boundaries are kept, so that rules can match substrings or whole words;
6. loose jamo composed into syllables, also beside whole syllables (`대ㅊㅜㄹ` -> 대출, `광ㄱㅗ` -> 광고,
   `과ㅇ고` -> 광고, compound vowels `ㄱㅗㅏ` -> 과): a loose consonant becomes the final of the open
   syllable before it unless another loose consonant follows that starts no syllable, so that `ㅋㅋㅋ`
   after `요` stays laughter;
7. runs of three or more single Latin letters separated by separators joined (`v i a g r a` -> `viagra`,
   `f.r.e.e` -> `free`); two single letters (`a b`) are left alone;
8. whitespace runs squeezed to one space.

Keywords are normalise()d; the text they are matched in is `match_form` (steps 1-4 and 7, separators all
kept, cheap on a long body). A keyword matches where its characters stand in order, separators allowed
between two Hangul characters, and where the match crosses a separator it must not start inside a word
(so `무료수신거부` finds `무료 수신 거부` and `무 료수신거부`, but `광고` does not find `관광 고속버스`, nor `성인`
`완성 인원`). In word mode it must also end a word, optionally followed by one or two common particles
(josa: 은 는 이 가 을 를 의 에 에서 에게 로 으로 와 과 도 만 까지 부터), so `성인` finds `성인 인증`, `성인은`, not
`성인용품`. `keyword_pattern` is the fast pre-filter (separators anywhere between Hangul, a literal first
character the regex engine can skip to); `exact_keyword_pattern` confirms a candidate.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_INVISIBLE_CHARS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f"
)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff"
_HANGUL_SEPARATORS = re.compile(f"(?<=[{_HANGUL}])[\\W_]+(?=[{_HANGUL}])")
_JAMO = re.compile("[\u1100-\u11ff]")
_HANGUL_CHAR = re.compile(f"[{_HANGUL}]")
_SEPARATOR = re.compile(r"[\W_]")

# --- 1. numeric character references ------------------------------------------------------------------
_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?")
_REFERENCE_START = re.compile(r"&#[xX]?[0-9a-fA-F]*\Z")


def _reference(match: re.Match[str]) -> str:
    code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return " "
    char = chr(code)
    folded = unicodedata.normalize("NFKC", char)
    if "&" in folded or "#" in folded:
        return " "
    if folded[:1] in "0123456789abcdefABCDEFxX;" and _REFERENCE_START.search(
        match.string, max(0, match.start() - 12), match.start()
    ):
        return " "  # "&#&#51;8;" must not become "&#38;", a reference for the next pass
    return char


# --- 3. look-alikes beside loose jamo -------------------------------------------------------------------
_CONSONANT_JAMO = "\u3131-\u314e\uffa1-\uffbe\u1100-\u1112"
_VOWEL_JAMO = "\u314f-\u3163\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc\u1161-\u1175"
_VOWEL_LOOKALIKES = {c: "\u314f" for c in "rRｒＲ"} | {c: "\u3163" for c in "l1I|ｌ１Ｉ｜"}
_CONSONANT_LOOKALIKES = (
    {c: "\u3147" for c in "0oOｏＯ０"}
    | {c: "\u3139" for c in "2２"}
    | {c: "\u3131" for c in "7７"}
    | {c: "\u3134" for c in "LＬ"}
)
_LOOKALIKES = "".join(_VOWEL_LOOKALIKES) + "".join(_CONSONANT_LOOKALIKES)
_LOOKALIKE_NEAR_JAMO = re.compile(
    f"[{_CONSONANT_JAMO}][{re.escape(''.join(_VOWEL_LOOKALIKES))}]"
    f"|[{_VOWEL_JAMO}][{re.escape(''.join(_CONSONANT_LOOKALIKES))}]"
    f"|[{re.escape(''.join(_CONSONANT_LOOKALIKES))}][{_VOWEL_JAMO}]"
)
_JAMO_AND_LOOKALIKE_RUN = re.compile(f"[{_CONSONANT_JAMO}{_VOWEL_JAMO}{re.escape(_LOOKALIKES)}]{{2,}}+")
_ANY_JAMO = re.compile(f"[{_CONSONANT_JAMO}{_VOWEL_JAMO}]")


def _char_set(ranges: str) -> frozenset[str]:
    """The characters of a regex character-class body made only of ranges `a-b` and single characters."""
    chars: set[str] = set()
    index = 0
    while index < len(ranges):
        if index + 2 < len(ranges) and ranges[index + 1] == "-":
            chars.update(map(chr, range(ord(ranges[index]), ord(ranges[index + 2]) + 1)))
            index += 3
        else:
            chars.add(ranges[index])
            index += 1
    return frozenset(chars)


_CONSONANT_JAMO_SET = _char_set(_CONSONANT_JAMO)
_VOWEL_JAMO_SET = _char_set(_VOWEL_JAMO)


def _fold_run(match: re.Match[str]) -> str:
    """One left-to-right pass: each look-alike is decided once, from the output before it and the raw
    character after it (so that running it again changes nothing)."""
    run = match.group(0)
    out: list[str] = []
    previous = ""
    last = len(run) - 1
    for index, char in enumerate(run):
        if char in _VOWEL_LOOKALIKES and previous in _CONSONANT_JAMO_SET:
            char = _VOWEL_LOOKALIKES[char]
        elif char in _CONSONANT_LOOKALIKES and (
            previous in _VOWEL_JAMO_SET or (index < last and run[index + 1] in _VOWEL_JAMO_SET)
        ):
            char = _CONSONANT_LOOKALIKES[char]
        out.append(char)
        previous = char
    return "".join(out)


def _fold_lookalikes(text: str) -> str:
    if _LOOKALIKE_NEAR_JAMO.search(text) is None:
        return text
    return _JAMO_AND_LOOKALIKE_RUN.sub(_fold_run, text)


# --- 4. NFKC and case folding ------------------------------------------------------------------------------
def _fold(text: str) -> str:
    """NFKC + case folding to a fixed point (case folding can produce text that NFKC changes again)."""
    for _ in range(4):
        folded = unicodedata.normalize("NFKC", text).casefold()
        if folded == text:
            break
        text = folded
    return text


# Everything that is or NFKC makes into a conjoining jamo (compatibility, halfwidth, enclosed jamo): text
# without any of these has no loose jamo after _prepare, and the jamo steps are skipped.
_JAMO_SOURCE_CHARS = "\u1100-\u11ff\u3131-\u318e\u3200-\u321e\u3260-\u327e\uffa0-\uffdc"
_JAMO_SOURCE = re.compile(f"[{_JAMO_SOURCE_CHARS}]")
# One character of either: a single-character class is what the regex engine scans fastest (the `+` of _INVISIBLE
# costs it its fast scan), so ordinary text, with neither, is looked at once instead of twice.
_INVISIBLE_OR_JAMO_SOURCE = re.compile(f"[{_INVISIBLE_CHARS}{_JAMO_SOURCE_CHARS}]")


def _prepare(text: str) -> tuple[str, bool]:
    """Steps 1-4 (the per-character steps shared by normalise and match_form), for non-ASCII text; and
    whether the result may hold loose jamo."""
    if "&#" in text:
        text = _REFERENCE.sub(_reference, text)
    if _INVISIBLE_OR_JAMO_SOURCE.search(text) is None:
        jamo = False
    else:
        text = _INVISIBLE.sub("", text)
        jamo = _JAMO_SOURCE.search(text) is not None
    if jamo:
        text = _fold_lookalikes(text)
    text = _fold(text)
    if "&#" in text:  # written in fullwidth characters: decoded only now
        text = _fold(_REFERENCE.sub(_reference, text))
        text = _INVISIBLE.sub("", text)
        jamo = _JAMO.search(text) is not None
    elif "\u1160" in text:  # NFKC made Hangul fillers (U+3164, U+FFA0) into U+1160
        text = _INVISIBLE.sub("", text)
    if jamo:
        jamo = _JAMO.search(text) is not None
        if jamo:
            folded = _fold_lookalikes(text)  # beside jamo that NFKC left loose
            if folded != text:
                text = _fold(folded)  # the compatibility jamo put in become conjoining ones
                jamo = _JAMO.search(text) is not None
    return text, jamo


# --- 5. joining short Hangul words ---------------------------------------------------------------------
_H = _HANGUL
# Two single-character Hangul words with separators between them (text without loose jamo).
_SINGLES = re.compile(f"([{_H}])(?<![{_H}][{_H}])[\\W_]+(?=[{_H}](?![{_H}]))")
_TOKENS = re.compile(f"[{_H}]++|[\\W_]++|[^{_H}\\W_]++")


def _join_singles(match: re.Match[str]) -> str:
    return match.group(1)


_HANGUL_SET = _char_set(_HANGUL)


def _join_short_words(text: str, jamo: bool) -> str:
    if not jamo:
        return _SINGLES.sub(_join_singles, text) if _HANGUL_SEPARATORS.search(text) else text
    tokens = _TOKENS.findall(text)
    # per token: 0 other, 1 separators, 2 short Hangul (one character, or holding a loose jamo), 3 long Hangul
    kinds = []
    for token in tokens:
        first = token[0]
        if first in _HANGUL_SET:
            kinds.append(2 if len(token) == 1 or _JAMO.search(token) else 3)
        else:
            kinds.append(1 if first == "_" or not first.isalnum() else 0)
    out: list[str] = []
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        if kinds[index] == 1 and 0 < index < last and kinds[index - 1] == 2 and kinds[index + 1] == 2:
            continue
        out.append(token)
    return "".join(out)


# --- 6. composing loose jamo ------------------------------------------------------------------------------
_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3
_CHOSEONG, _JUNGSEONG = 0x1100, 0x1161
# choseong index -> jongseong index (ㄸ, ㅃ, ㅉ have no final form)
_CHO_TO_JONG = {
    0: 1,
    1: 2,
    2: 4,
    3: 7,
    5: 8,
    6: 16,
    7: 17,
    9: 19,
    10: 20,
    11: 21,
    12: 22,
    14: 23,
    15: 24,
    16: 25,
    17: 26,
    18: 27,
}
_COMPOUND_VOWEL = {(8, 0): 9, (8, 1): 10, (8, 20): 11, (13, 4): 14, (13, 5): 15, (13, 20): 16, (18, 20): 19}
_COMPOUND_FINAL = {
    (1, 19): 3,
    (4, 22): 5,
    (4, 27): 6,
    (8, 1): 9,
    (8, 16): 10,
    (8, 17): 11,
    (8, 19): 12,
    (8, 25): 13,
    (8, 26): 14,
    (8, 27): 15,
    (17, 19): 18,
}
_JAMO_RUN = re.compile("[\uac00-\ud7a3]?+[\u1100-\u1112\u1161-\u1175]++")


def _unit(char: str) -> tuple[str, int, int, int] | None:
    code = ord(char)
    if _FIRST_SYLLABLE <= code <= _LAST_SYLLABLE:
        index = code - _FIRST_SYLLABLE
        return ("S", index // 588, index % 588 // 28, index % 28)
    if _CHOSEONG <= code <= 0x1112:
        return ("C", code - _CHOSEONG, 0, 0)
    if _JUNGSEONG <= code <= 0x1175:
        return ("V", code - _JUNGSEONG, 0, 0)
    return None


def _compose_run(match: re.Match[str]) -> str:
    # the two characters after the run tell whether a syllable starts there
    run, after = match.group(0), match.string[match.end() : match.end() + 2]
    return _compose_short(run, after) if len(run) <= 16 else _compose(run, after)


def _compose(run: str, after: str) -> str:
    units = [_unit(char) for char in run]
    context = units + [_unit(char) for char in after]

    def starts_syllable(index: int) -> bool:
        unit = context[index] if index < len(context) else None
        if unit is None or unit[0] == "V":
            return False
        if unit[0] == "S":
            return True
        following = context[index + 1] if index + 1 < len(context) else None
        return following is not None and following[0] == "V"

    out: list[list] = []  # [kind, initial or jamo index, vowel, final]: a str and three ints
    index = 0
    while index < len(units):
        kind, a, b, c = units[index]  # type: ignore[misc]
        last = out[-1] if out else None
        if kind == "S":
            out.append(["S", a, b, c])
        elif kind == "C":
            following = units[index + 1] if index + 1 < len(units) else None
            if following is not None and following[0] == "V":
                out.append(["S", a, following[1], 0])
                index += 2
                continue
            # A final, unless a loose consonant that starts no syllable follows (ㅋㅋㅋ stays laughter).
            attach = (
                last is not None
                and last[0] == "S"
                and (starts_syllable(index + 1) or following is None or following[0] != "C")
            )
            final = _CHO_TO_JONG.get(a)
            if attach and last is not None and final is not None and last[3] == 0:
                last[3] = final
            elif attach and last is not None and final is not None and (last[3], final) in _COMPOUND_FINAL:
                last[3] = _COMPOUND_FINAL[(last[3], final)]
            else:
                out.append(["C", a, 0, 0])
        else:  # a vowel: compound with the vowel of an open syllable before it (고 + ㅏ -> 과), or loose
            if last is not None and last[0] == "S" and last[3] == 0 and (last[2], a) in _COMPOUND_VOWEL:
                last[2] = _COMPOUND_VOWEL[(last[2], a)]
            else:
                out.append(["V", a, 0, 0])
        index += 1
    chars = []
    for kind, a, b, c in out:
        if kind == "S":
            chars.append(chr(_FIRST_SYLLABLE + a * 588 + b * 28 + c))
        else:
            chars.append(chr((_CHOSEONG if kind == "C" else _JUNGSEONG) + a))
    return "".join(chars)


_compose_short = functools.lru_cache(maxsize=4096)(_compose)  # ㅋㅋ, ㅠㅠ and their like come again and again


def _compose_jamo(text: str) -> str:
    return _JAMO_RUN.sub(_compose_run, text)


# --- 7., 8. single letters, whitespace ----------------------------------------------------------------------
# The lookbehind comes after the first letter so that the regex engine can skip to candidate letters.
_SINGLE_LETTERS = re.compile(r"[a-z](?<![^\W_][a-z])(?:[\W_]+[a-z](?![^\W_])){2,}")
_NOT_LETTER = re.compile(r"[^a-z]+")


def _join_letters(match: re.Match[str]) -> str:
    return _NOT_LETTER.sub("", match.group(0))


def fold_characters(text: str) -> str:
    """Steps 1-4 and 6 only: references decoded, invisibles gone, look-alikes folded, NFKC and case folded,
    loose jamo composed where they stand together; separators and spacing untouched (for app.mail.adtag)."""
    if not text or (text.isascii() and "&#" not in text):
        return text.lower() if text else ""
    text, jamo = _prepare(text)
    if jamo:
        text = unicodedata.normalize("NFC", _compose_jamo(unicodedata.normalize("NFC", text)))
    return text


def match_form(text: str) -> str:
    """The cheap form of `text` that compiled keyword patterns (see keyword_pattern) are searched in.

    Like normalise() but separators are all kept and whitespace is not squeezed: joining short words in a
    Korean body costs more than the rest of the evaluation, so keyword patterns tolerate separators instead.
    Text holding loose jamo gets the full normalise() (jamo need the separators gone to compose).
    """
    if not text:
        return ""
    if text.isascii() and "&#" not in text:
        text = text.lower()
    else:
        text, jamo = _prepare(text)
        if jamo:
            return normalise(text)
    if _SINGLE_LETTERS.search(text):
        text = _SINGLE_LETTERS.sub(_join_letters, text)
    return text


def normalise(text: str) -> str:
    """The matching form of `text` (see the module docstring). normalise(normalise(x)) == normalise(x)."""
    if not text:
        return ""
    if text.isascii() and "&#" not in text:
        text = text.lower()
    else:
        text, jamo = _prepare(text)
        text = _join_short_words(text, jamo)
        if jamo:  # joining may have brought a syllable and a final jamo together: NFC composes them first
            text = unicodedata.normalize("NFC", _compose_jamo(unicodedata.normalize("NFC", text)))
    if _SINGLE_LETTERS.search(text):
        text = _SINGLE_LETTERS.sub(_join_letters, text)
    return " ".join(text.split())  # whitespace runs squeezed (split() knows the same spaces as \s)


# --- keyword patterns ------------------------------------------------------------------------------------
JOSA = (
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "에서",
    "에게",
    "로",
    "으로",
    "와",
    "과",
    "도",
    "만",
    "까지",
    "부터",
)
_JOSA = "(?:" + "|".join(sorted(JOSA, key=len, reverse=True)) + ")"
_WORD_START = r"(?<![^\W_])"
_WORD_END = r"(?![^\W_])"


def _is_hangul(char: str) -> bool:
    return _HANGUL_CHAR.match(char) is not None


def compact_keyword(keyword: str) -> str:
    """A normalise()d keyword with the separators between its Hangul characters removed (`무료 수신거부` ->
    `무료수신거부`): a keyword's own word spaces between Hangul are optional in the text."""
    return _HANGUL_SEPARATORS.sub("", keyword)


def _pattern(keyword: str, hangul_gap: str, *, literal_first: bool = True) -> str:
    out: list[str] = []
    for index, char in enumerate(keyword):
        if char == " ":
            out.append(r"\s+")
            continue
        if index and _is_hangul(char) and _is_hangul(keyword[index - 1]):
            out.append(hangul_gap)
        out.append(re.escape(char))
        if index == 0 and char.isascii() and char.isalnum() and literal_first:
            out.append(f"(?<![^\\W_]{re.escape(char)})")
    if keyword and keyword[-1].isascii() and keyword[-1].isalnum():
        out.append(_WORD_END)
    return "".join(out)


def keyword_pattern(keyword: str) -> str:
    """Regex source of the pre-filter for normalise()d `keyword` in match_form() or normalise() text.

    Separators are allowed between two Hangul characters of the keyword, any whitespace run where the
    keyword has a space; Latin letters or digits at either end of the keyword must stand at a word boundary
    there. Finds every exact match (exact_keyword_pattern) and more (`광 고` inside `관광 고속버스`). The
    first character stays a literal so that the regex engine can skip ahead.
    """
    return _pattern(compact_keyword(keyword), r"[\W_]*")


def exact_keyword_pattern(keyword: str, *, word: bool = False) -> str:
    """Regex source that finds normalise()d `keyword` in match_form() text, as the module docstring says:
    contiguous anywhere, or across separators from the start of a word; with `word`, only as a whole word
    (a Hangul keyword may be followed by one or two particles)."""
    keyword = compact_keyword(keyword)
    across = _WORD_START + _pattern(keyword, r"[\W_]*", literal_first=False)
    if word:
        if keyword and _is_hangul(keyword[-1]):
            across += f"{_JOSA}{{0,2}}{_WORD_END}"
        elif not across.endswith(_WORD_END):
            across += _WORD_END
        return across
    return f"(?:{_pattern(keyword, '')}|{across})"


def keyword_found(keyword: str, text: str, *, word: bool = False) -> bool:
    """The reference meaning of a keyword rule: does the rule's keyword match `text`? (Slow; for tests and
    previews. CompiledContentRules gets the same answers faster.)"""
    return re.search(exact_keyword_pattern(normalise(keyword), word=word), match_form(text)) is not None
