"""Why a password is weak, in words an office manager understands.

``password_findings(account, password)`` is pure and cheap (no hashing): call it when a
password is set or imported, and when an AUTH succeeds (the plaintext is in hand only
then) to flag accounts whose existing password is weak.

Decisions, so that reviewers can argue with them:

* Comparisons are case-insensitive (``str.casefold``) and ignore surrounding whitespace.
* "Same as the account" also catches the obvious decorations a guessing program tries
  first: the name reversed, and the name with digits or punctuation added in front or
  behind (``webmaster1``, ``Webmaster2024!``, ``!webmaster``). hydra's ``-e nsr`` and
  every cracking rule set start with exactly these.
* The domain counts too: the whole domain (``corp.example``), the domain without dots
  (``corpexample``) and each label except the top-level one (``corp``), skipping generic
  labels (``mail``, ``co``, ``com`` ...) and labels shorter than 3 characters.
* A password that merely *contains* the user name (``webmasterrocks``) is a warning.
* "Letters and digits": required only below 16 characters; a long passphrase of words
  is strong without digits. Any Unicode letter counts (Hangul included).
* Sequences: 4 or more consecutive characters ascending or descending in the alphabet or
  among digits (``1234``, ``dcba``), or 4 keys along a keyboard row starting at either end
  (``qwer``, ``asdf``, ``zxcv``, ``poiu``), or 5 adjacent keys anywhere along a row
  (``werty``); 4-key runs in the middle of a row are ordinary English (``liberty``).
* Repeats: the same character 4 times in a row (``aaaa``), or the whole password being
  one short block repeated (``abcabc``, ``123123``).
* Common passwords: ``common_passwords.txt`` (loaded once, lowercased). A password that
  becomes a common one after removing added digits/punctuation or undoing look-alike
  substitutions (``P@ssw0rd``, ``Dragon77``) is treated as common too: critical.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "MIN_LENGTH",
    "PASSPHRASE_LENGTH",
    "Finding",
    "PasswordFinding",
    "common_passwords",
    "password_findings",
]

MIN_LENGTH = 8
PASSPHRASE_LENGTH = 16
_SEQUENCE_RUN = 4
_KEYBOARD_MIDDLE_RUN = 5

COMMON_PASSWORDS_FILE = Path(__file__).with_name("common_passwords.txt")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem with an account or its password.

    ``severity`` is "critical" (an attacker will guess it: act now) or "warning".
    """

    code: str
    severity: str
    explanation: str
    fix: str


PasswordFinding = Finding

CRITICAL = "critical"
WARNING = "warning"

# Host and second-level labels that name no organisation (mail.corp.co.kr -> only "corp").
_GENERIC_LABELS = frozenset(
    "www mail smtp mx mx1 mx2 imap pop pop3 webmail exchange owa remote vpn "
    "com net org edu gov mil int biz co or ne go ac re pe kg es hs ms sc".split()
)

_DECORATION = re.compile(r"^[\W\d_]*(.*?)[\W\d_]*$", re.DOTALL)
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "8": "b", "9": "g"}
)
_LEET_L = str.maketrans({"1": "l", "!": "l", "|": "l"})

_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "!@#$%^&*()")


@functools.lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The shipped common-password list, lowercased; loaded once."""
    try:
        text = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _norm(text: str) -> str:
    return text.strip().casefold()


def _undecorated(pw: str) -> str:
    """The password without digits/punctuation added in front or behind."""
    m = _DECORATION.match(pw)
    return m.group(1) if m else pw


def _account_parts(account: str) -> tuple[list[str], list[str], str]:
    """(names, domain candidates, local part) for an address or a bare id."""
    acc = _norm(account or "")
    if "@" in acc:
        local, _, domain = acc.rpartition("@")
    else:
        local, domain = acc, ""
    local = local.split("+", 1)[0] if "+" in local else local
    names = [n for n in {acc, local} if n]
    domains: set[str] = set()
    domain = domain.strip(".")
    if domain:
        domains.add(domain)
        labels = [lab for lab in domain.split(".") if lab]
        if len(labels) > 1:
            domains.add("".join(labels))
            for lab in labels[:-1]:
                if len(lab) >= 3 and lab not in _GENERIC_LABELS:
                    domains.add(lab)
    return names, sorted(domains), local


def _matches(pw: str, candidates: list[str]) -> str | None:
    """The candidate the password is (reversed, or decorated with digits/punctuation)."""
    core = _undecorated(pw)
    for cand in candidates:
        rev = cand[::-1]
        if pw in (cand, rev) or (len(core) >= 3 and core in (cand, rev)):
            return cand
        # The candidate itself may end in digits (user01): decorations then wrap it.
        if len(cand) >= 3 and pw.startswith(cand) and not _undecorated(pw[len(cand) :]):
            return cand
    return None


def _has_sequence(pw: str) -> str | None:
    """The first sequential run found, or None."""
    n = len(pw)
    # Alphabet and digit runs (ascending or descending by one code point).
    for i in range(n - _SEQUENCE_RUN + 1):
        chunk = pw[i : i + _SEQUENCE_RUN]
        if not (chunk.isascii() and (chunk.isdigit() or chunk.isalpha())):
            continue
        steps = {ord(b) - ord(a) for a, b in itertools.pairwise(chunk)}
        if steps in ({1}, {-1}):
            return chunk
    # Keyboard rows: 4 keys from either end of a row, or 5 anywhere along it.
    for row in _KEYBOARD_ROWS:
        for line in (row, row[::-1]):
            if len(line) >= _SEQUENCE_RUN and line[:_SEQUENCE_RUN] in pw:
                return line[:_SEQUENCE_RUN]
            for i in range(len(line) - _KEYBOARD_MIDDLE_RUN + 1):
                if line[i : i + _KEYBOARD_MIDDLE_RUN] in pw:
                    return line[i : i + _KEYBOARD_MIDDLE_RUN]
    return None


def _repeated_block(pw: str) -> str | None:
    m = re.search(r"(.)\1{3,}", pw, re.DOTALL)
    if m:
        return m.group(0)
    n = len(pw)
    for size in range(1, min(4, n // 2) + 1):
        if n % size == 0 and pw[:size] * (n // size) == pw:
            return pw[:size]
    return None


def _is_common(pw: str) -> tuple[bool, str]:
    """(is common, how): exact, decorated or look-alike substitution of a common one."""
    common = common_passwords()
    if pw in common:
        return True, "exact"
    core = _undecorated(pw)
    variants = {
        core,
        pw.translate(_LEET),
        core.translate(_LEET),
        pw.translate(_LEET_L),
        _undecorated(pw.translate(_LEET)),
    }
    for v in variants:
        if len(v) >= 4 and v != pw and v in common:
            return True, "variant"
    return False, ""


def password_findings(account: str, password: str) -> list[Finding]:
    """Everything wrong with ``password`` for ``account`` (an address or a bare id).

    Never raises, whatever the text. Returns an empty list for a strong password.
    Order: critical findings first.
    """
    try:
        return _findings(str(account or ""), str(password if password is not None else ""))
    except Exception:  # noqa: BLE001 - a checker must never break a login or an import
        return [
            Finding(
                "unchecked",
                WARNING,
                "Mailmoat could not check this password.",
                "Choose a long passphrase of several unrelated words.",
            )
        ]


def _findings(account: str, password: str) -> list[Finding]:
    out: list[Finding] = []
    pw = _norm(password)
    names, domains, local = _account_parts(account)

    name_hit = _matches(pw, names) if pw else None
    if name_hit:
        out.append(
            Finding(
                "same-as-account",
                CRITICAL,
                f"The password is the account name ({name_hit!r}), possibly reversed or with "
                "a few digits or symbols added. Password-guessing programs try this first, "
                "within seconds of finding the account.",
                "Set a new password that has nothing to do with the account name: a "
                "passphrase of four or more unrelated words works well.",
            )
        )
    dom_hit = _matches(pw, domains) if pw and not name_hit else None
    if dom_hit:
        out.append(
            Finding(
                "same-as-domain",
                CRITICAL,
                f"The password is the company's domain name ({dom_hit!r}), possibly reversed "
                "or with a few digits or symbols added. Anyone who sees an e-mail address "
                "of the company can guess it.",
                "Set a new password that has nothing to do with the company or its domain.",
            )
        )
    common, how = _is_common(pw) if pw else (False, "")
    if common:
        out.append(
            Finding(
                "common-password",
                CRITICAL,
                "This is one of the most common passwords"
                + (
                    " with a small change (digits or symbols added, letters swapped for "
                    "look-alikes) that guessing programs also try"
                    if how == "variant"
                    else ""
                )
                + ". Attackers try these lists against every mail server on the internet.",
                "Choose a password that is not a word, name or pattern: a passphrase of "
                "four or more unrelated words, or a password manager's random password.",
            )
        )
    if not name_hit and len(local) >= 4 and local in pw:
        out.append(
            Finding(
                "contains-account-name",
                WARNING,
                f"The password contains the account name ({local!r}), so it is partly "
                "known to anyone who knows the e-mail address.",
                "Choose a password that does not include the account name.",
            )
        )
    if len(password) < MIN_LENGTH:
        out.append(
            Finding(
                "too-short",
                WARNING,
                f"The password has only {len(password)} characters. Short passwords can "
                f"be guessed by trying every combination; use at least {MIN_LENGTH}, "
                "better 12 or more.",
                "Choose a longer password, e.g. several unrelated words.",
            )
        )
    if password and len(password) < PASSPHRASE_LENGTH:
        has_letter = any(c.isalpha() for c in password)
        has_digit = any(c.isdigit() for c in password)
        if not (has_letter and has_digit):
            out.append(
                Finding(
                    "letters-and-digits",
                    WARNING,
                    "The password uses only "
                    + ("digits" if has_digit else "letters" if has_letter else "symbols")
                    + f". Below {PASSPHRASE_LENGTH} characters, a mix of letters and digits "
                    "makes it much harder to guess.",
                    "Mix letters and digits, or use a passphrase of 16 characters or more.",
                )
            )
    seq = _has_sequence(pw)
    if seq:
        out.append(
            Finding(
                "sequence",
                WARNING,
                f"The password contains a run of neighbouring characters ({seq!r}), such as "
                "1234, abcd or keys next to each other on the keyboard. Guessing programs "
                "try these patterns early.",
                "Avoid runs like 1234, abcd, qwer or asdf.",
            )
        )
    rep = _repeated_block(pw)
    if rep:
        out.append(
            Finding(
                "repeated-characters",
                WARNING,
                f"The password repeats the same characters ({rep!r}), which adds almost nothing to its strength.",
                "Avoid repeating a character or a short group of characters.",
            )
        )
    out.sort(key=lambda f: f.severity != CRITICAL)
    return out
