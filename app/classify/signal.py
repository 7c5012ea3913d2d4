"""The statistical filter as a content signal: the spam probability of a message as a scored RuleHit.

Bands, so that one word more or less does not swing the score: probability >= 0.99 gives the full
bayes.spam_score, >= 0.95 two thirds of it, >= 0.80 a third; <= 0.01 takes off the full bayes.ham_score,
<= 0.05 two thirds, <= 0.20 a third. In between the filter says nothing (no hit). The hit's snippet names
the probability and the tokens that decided, for `explain`, `check` and the dashboard.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..mail.decode import DecodedMessage
from ..mail.tokens import message_tokens
from ..policy.content_rules import RuleHit
from .bayes import Model, Verdict, classify

RULE_NAME = "bayes"
_BANDS = ((0.99, 1.0), (0.95, 2 / 3), (0.80, 1 / 3))
TOP_TOKENS = 6


def band_score(probability: float, spam_score: float, ham_score: float) -> float:
    for edge, share in _BANDS:
        if probability >= edge:
            return round(spam_score * share, 1)
        if probability <= 1.0 - edge:
            return -round(ham_score * share, 1)
    return 0.0


def describe(verdict: Verdict) -> str:
    """"p=0.998: 바카(0.99) 카라(0.98) ..." — the strongest tokens on the side the verdict fell."""
    spammy = verdict.probability >= 0.5
    tokens = " ".join(f"{token}({f:.2f})" for token, f in verdict.top(TOP_TOKENS, spammy=spammy))
    return f"p={verdict.probability:.3f}: {tokens}"


def structural_signals(hits: Iterable[RuleHit]) -> list[str]:
    """The built-in signals among `hits` (the ad tag, a corrupt archive, link checks ...; not the operator's
    rules, which have an id), as token names for the filter."""
    return [hit.name for hit in hits if hit.id is None and hit.name != RULE_NAME]


def bayes_hit(model: Model, message: DecodedMessage, *, spam_score: float, ham_score: float, min_learned: int,
              signals: Iterable[str] = ()) -> RuleHit | None:
    """The filter's hit on `message`, None while it has learned too little or when it is unsure."""
    if model.learned < max(1, min_learned):
        return None
    verdict = classify(model, message_tokens(message, signals))
    score = band_score(verdict.probability, spam_score, ham_score)
    if score == 0:
        return None
    return RuleHit(RULE_NAME, None, "custom", score, None, "message", describe(verdict))
