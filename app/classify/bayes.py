"""Token counts to a spam probability: Robinson's per-token estimate and Fisher's chi-square combining,
as SpamBayes and Bogofilter do it. Pure: no I/O, no state beyond the model it is given.

Per token: p = (spam/nspam) / (spam/nspam + ham/nham), pulled towards 0.5 when the token is rare:
f = (S*X + n*p) / (S + n), n = spam + ham (Robinson, S = 0.45, X = 0.5). Tokens never seen, and tokens
whose f lies within MIN_STRENGTH of 0.5, say nothing. Of the rest the MAX_CLUES most extreme decide:
H = chi2Q(-2 sum ln f, 2k), S = chi2Q(-2 sum ln (1-f), 2k), probability = (1 + H - S) / 2 — near 1 when
the spam evidence is strong and the ham evidence weak, near 0 the other way, 0.5 when both or neither.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

ROBINSON_S = 0.45
ROBINSON_X = 0.5
MIN_STRENGTH = 0.1
MAX_CLUES = 150
_UNKNOWN = object()


@dataclass(frozen=True)
class Model:
    """Token -> (messages of spam holding it, messages of ham holding it), and how many of each were learned."""

    counts: Mapping[str, tuple[int, int]] = field(default_factory=lambda: MappingProxyType({}))
    nspam: int = 0
    nham: int = 0
    version: int = 0  # the store's bayes_totals.version it was read at
    # token of the model -> its f, or None when f lies within MIN_STRENGTH of 0.5 (it says nothing); filled as
    # messages bring the tokens, so that a model of any size costs nothing up front
    _clues: dict[str, float | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def learned(self) -> int:
        return min(self.nspam, self.nham)


@dataclass(frozen=True)
class Verdict:
    probability: float
    clues: tuple[tuple[str, float], ...]  # (token, its f), most extreme first

    def top(self, count: int = 5, spammy: bool | None = None) -> list[tuple[str, float]]:
        """The `count` strongest clues; spammy=True only those pointing at spam, False only at ham."""
        chosen = [c for c in self.clues if spammy is None or (c[1] > 0.5) == spammy]
        return chosen[:count]


def chi2q(x2: float, v: int) -> float:
    """P(chi-square with v (even) degrees of freedom >= x2)."""
    m = x2 / 2.0
    term = math.exp(-m)
    total = term
    for i in range(1, v // 2):
        term *= m / i
        total += term
    return min(total, 1.0)


def token_probability(spam: int, ham: int, nspam: int, nham: int) -> float:
    spam_ratio = spam / nspam if nspam else 0.0
    ham_ratio = ham / nham if nham else 0.0
    if spam_ratio + ham_ratio == 0:
        return ROBINSON_X
    p = spam_ratio / (spam_ratio + ham_ratio)
    n = spam + ham
    return (ROBINSON_S * ROBINSON_X + n * p) / (ROBINSON_S + n)


def classify(model: Model, tokens: Iterable[str]) -> Verdict:
    """The spam probability of a message made of `tokens` (0.5 when the model knows nothing of them)."""
    counts, nspam, nham = model.counts, model.nspam, model.nham
    if not nspam or not nham:
        return Verdict(0.5, ())
    clues: list[tuple[float, str, float]] = []
    known = model._clues  # f per token, worked out once per model (the model never changes)
    remembered = known.get
    get = counts.get
    prior = ROBINSON_S * ROBINSON_X
    for token in tokens:
        f: float | None | object = remembered(token, _UNKNOWN)
        if f is _UNKNOWN:
            found = get(token)
            if found is None:
                continue  # not remembered: tokens the model never saw would grow `known` without bound
            spam_ratio, ham_ratio = found[0] / nspam, found[1] / nham
            f = None
            if spam_ratio + ham_ratio:
                n = found[0] + found[1]
                f = (prior + n * spam_ratio / (spam_ratio + ham_ratio)) / (ROBINSON_S + n)
                if abs(f - 0.5) < MIN_STRENGTH:
                    f = None
            known[token] = f
        if isinstance(f, float):
            clues.append((abs(f - 0.5), token, f))
    if not clues:
        return Verdict(0.5, ())
    clues.sort(key=lambda c: (-c[0], c[1]))
    clues = clues[:MAX_CLUES]
    ln_f = ln_not_f = 0.0
    for _strength, _token, f in clues:
        ln_f += math.log(f)
        ln_not_f += math.log(1.0 - f)
    k = 2 * len(clues)
    ham_evidence = 1.0 - chi2q(-2.0 * ln_f, k)
    spam_evidence = 1.0 - chi2q(-2.0 * ln_not_f, k)
    probability = (spam_evidence - ham_evidence + 1.0) / 2.0
    return Verdict(min(1.0, max(0.0, probability)), tuple((t, f) for _s, t, f in clues))


def trained(model: Model, tokens: Iterable[str], label: str, sign: int = 1) -> Model:
    """`model` with one message of `label` ("spam" or "ham") learned (sign=-1: unlearned)."""
    if label not in ("spam", "ham"):
        raise ValueError(f"label must be spam or ham, not {label!r}")
    counts = dict(model.counts)
    is_spam = label == "spam"
    for token in set(tokens):
        spam, ham = counts.get(token, (0, 0))
        spam, ham = (max(0, spam + sign), ham) if is_spam else (spam, max(0, ham + sign))
        if spam or ham:
            counts[token] = (spam, ham)
        else:
            counts.pop(token, None)
    return Model(
        MappingProxyType(counts),
        max(0, model.nspam + sign * is_spam),
        max(0, model.nham + sign * (not is_spam)),
        model.version,
    )
