"""Which keywords of a large lexicon can match a text, found in one pass (Aho-Corasick).

A keyword rule matches where the keyword's characters stand in order with separators allowed between two
Hangul characters (app.mail.normalise, keyword_pattern and exact_keyword_pattern). Take the separators out of
both sides and every such match becomes a plain substring: the keyword's separator-free core stands in the
separator-free text wherever the keyword can match (the converse does not hold: `광 고` inside `관광 고속버스`).
So one Aho-Corasick scan of the separator-free text names the few keywords worth a regex search; the regex
search then decides exactly as before. A keyword with no letter or digit at all is always a candidate.

Library: ahocorasick_rs (bindings to the Rust aho-corasick crate, wheels for every platform we run on).
pyahocorasick, the older C extension, took 210-330 µs over the 7,600-character bench body where this takes
about 50 µs (its per-node transitions are slow on a large alphabet such as Hangul).

Taking the separators out is done in bytes for ASCII (bytes.translate, one C pass); the regex engine is asked
only when non-ASCII separators (`·`, `※`, emoji ...) are left, since `re.sub` over a Korean body with a word
space every few characters costs 100-230 µs by itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import ahocorasick_rs

_ASCII_SEPARATORS = bytes(code for code in range(128) if not chr(code).isalnum())  # "_" among them, as in [\W_]
_SEPARATOR_RUN = re.compile(r"[\W_]+")


def separator_free(text: str) -> str:
    """`text` without any character of the class [\\W_] (what the regex engine calls a separator)."""
    if not text:
        return ""
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_SEPARATORS)
    compact = data.decode("utf-8", "surrogatepass")
    if not compact or compact.isalnum():  # str.isalnum and the regex engine's \w share Py_UNICODE_ISALNUM
        return compact
    return _SEPARATOR_RUN.sub("", compact)


class KeywordIndex:
    """The keywords (normalise()d texts) of one field, indexed for `candidates`."""

    def __init__(self, keywords: Sequence[str]) -> None:
        cores = [separator_free(keyword) for keyword in keywords]
        self._always = frozenset(index for index, core in enumerate(cores) if not core)
        distinct = sorted({core for core in cores if core})
        position = {core: index for index, core in enumerate(distinct)}
        self._owners: list[list[int]] = [[] for _ in distinct]
        for index, core in enumerate(cores):
            if core:
                self._owners[position[core]].append(index)
        self._automaton = ahocorasick_rs.AhoCorasick(distinct) if distinct else None

    def candidates(self, text: str) -> list[int]:
        """Indices (ascending) of the keywords that may match `text` (a match_form); every keyword that does
        match is among them."""
        found = set(self._always)
        if self._automaton is not None:
            compact = separator_free(text)
            if compact:
                owners = self._owners
                for pattern in {
                    match[0] for match in self._automaton.find_matches_as_indexes(compact, overlapping=True)
                }:
                    found.update(owners[pattern])
        return sorted(found)
