"""A logistic model over the filter's token sets: the starter model's second, discriminative opinion.

Naive Bayes judges each token on its own: a token that spam and ham both use (가족, 계좌, 송금, "invoice") counts
for little, however it is combined. Logistic regression weighs the tokens together, learning which mix of
ordinary words makes a fraud ("폰이 고장" beside "신분증 사진" beside a free mailbox) and which a real family note.
Grouped 5-fold CV on corpus/train (1753 spam, 882 ham; each fold's weights trained without it), the classifier
alone, at the probability above the third most spam-like ham: naive Bayes 87.6% of spam, this model 94.2%. The
whole content stage (rules, signals, both opinions): spam caught 91.7% -> 94.8%, ham 0 quarantined, 6 -> 7 tagged.
On a batch of the corpus left out whole (written later, by a writer who never saw the filter; its training
part only, trained on the rest): batch 7 75.0% -> 83.0%, batch 8 83.3% -> 87.5%, no ham quarantined. EPOCHS
and LEARNING_RATE were chosen on those measures and the CV on 1849 spam / 916 ham (91.2% -> 94.8% caught, ham
7 -> 5 tagged); 15 epochs at 2.0 or 4.0, 30 at 1.0, an L2 of 1e-4 caught as many or fewer, 8 at 8.0 two more
and tagged two more ham.

Trained once, by `make model` (app.classify.starter), on the repository's corpus: stochastic gradient descent on
the log loss, classes balanced, an L2 pull towards zero, tokens seen in fewer than two training messages left out.
A message's score is the bias plus the sum of its known tokens' weights, divided by the square root of how many
it has, so that a long message is not surer for being long. Pure: no I/O.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

EPOCHS = 8
LEARNING_RATE = 4.0
L2 = 1e-5
MIN_DOCUMENTS = 2  # a token of one training message is that message's name, not a clue
SEED = 16
FIT_BIAS = False  # no bias: a message none of whose tokens the weights know gets no opinion (0.5); a fitted one
# (+1.8 on this corpus) leaned a bland note of unknown words towards spam (a test message was tagged). CV and the
# batches left out: the same caught, 8 -> 9 ham tagged in CV, batch 9 -1, batch 10 +1 message.
WEIGHT_DIGITS = 4  # as shipped (a weight that rounds to 0 stays: it counts in the square root)


@dataclass(frozen=True)
class LogisticModel:
    weights: Mapping[str, float]
    bias: float

    def probability(self, tokens: Iterable[str]) -> float:
        """The spam probability of a message made of `tokens` (the bias alone when none is known)."""
        get = self.weights.get
        known = [w for w in map(get, tokens) if w is not None]
        z = self.bias + (sum(known) / math.sqrt(len(known)) if known else 0.0)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(
    messages: Sequence[tuple[frozenset[str], bool]],
    *,
    epochs: int = EPOCHS,
    learning_rate: float = LEARNING_RATE,
    l2: float = L2,
    seed: int = SEED,
    fit_bias: bool = FIT_BIAS,
) -> LogisticModel:
    """A model of `messages`, each (its token set, is it spam). Deterministic for the same input and seed."""
    documents: dict[str, int] = {}
    for tokens, _spam in messages:
        for token in tokens:
            documents[token] = documents.get(token, 0) + 1
    kept = [(sorted(t for t in tokens if documents[t] >= MIN_DOCUMENTS), spam) for tokens, spam in messages]
    nspam = sum(spam for _tokens, spam in kept)
    nham = len(kept) - nspam
    if not nspam or not nham:
        raise ValueError("need spam and ham to train on")
    spam_weight = nham / nspam  # balanced classes: the corpus's mix is not the mail stream's
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(kept)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        rate = learning_rate / (1 + epoch)
        for index in order:
            features, spam = kept[index]
            scale = 1.0 / math.sqrt(len(features) or 1)
            z = bias + scale * sum(weights.get(t, 0.0) for t in features)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            gradient = (p - 1.0) * spam_weight if spam else p
            if fit_bias:
                bias -= rate * gradient
            step = gradient * scale
            for token in features:
                weight = weights.get(token, 0.0)
                weights[token] = weight - rate * (step + l2 * weight)
    return LogisticModel({t: round(w, WEIGHT_DIGITS) for t, w in sorted(weights.items())}, round(bias, WEIGHT_DIGITS))


# How near 0 or 1 each opinion may count. Naive Bayes may go further than the weights: a message learned on site
# drives its counts to their limit, and that must outweigh a starter weight however sure.
BAYES_LIMIT = 1e-6
LOGISTIC_LIMIT = 0.02
# The spam side listens to the weights three times as much as to the counts. Naive Bayes is sure to the limit of
# ham (p < 1e-6) of any message written in business words, the plain-language fraud among them ("the rent goes to
# a new account", "the association's fee for next year"); the weights, which learned which mix of such words makes
# a fraud, lean spam (0.8-0.95) and were outvoted by a mean of log-odds. A message learned on site as ham still
# stays out of every spam band: 0.25 x -13.8 + 0.75 x 3.9 (the weights at their limit, 0.98) gives p = 0.37.
# Measured with the bands unchanged (bench/README.md, "Eight more batches written blind ... the weights' say"):
# batches 9-12 left out 81.2% -> 86.9% of spam caught, grouped CV 94.2% -> 95.8% (ham quarantined 0 -> 1 of 1056,
# tagged 12 -> 14), the thirteenth batch (plain-language fraud, measured blind before, then used for this choice)
# 64.2% -> 72.6%; confirmed on batches 14 and 15, written after the choice (+4.5 and +9 points). The held-out set was
# run too before the choice (94.9% -> 96.0%), so it is not blind to it. Weights 0.5 / 0.35 / 0.3 / 0.2: see there.
BAYES_WEIGHT = 0.25


def combined(bayes_probability: float, logistic_probability: float) -> float:
    """The two opinions as one, for the spam side: the log-odds of each, held within its limit of 0 and 1, weighed
    BAYES_WEIGHT to the rest, so that one certain opinion cannot silence the other."""
    mean = BAYES_WEIGHT * _logit(bayes_probability, BAYES_LIMIT) + (1.0 - BAYES_WEIGHT) * _logit(
        logistic_probability, LOGISTIC_LIMIT
    )
    return 1.0 / (1.0 + math.exp(-mean))


def even(bayes_probability: float, logistic_probability: float) -> float:
    """The two opinions as one, for the ham side (how much a message is trusted as ham): the mean of their log-odds.
    The counts learn on site and the weights do not: what the office taught is heard as much as the starter here."""
    mean = (_logit(bayes_probability, BAYES_LIMIT) + _logit(logistic_probability, LOGISTIC_LIMIT)) / 2.0
    return 1.0 / (1.0 + math.exp(-mean))


def _logit(p: float, limit: float) -> float:
    p = min(max(p, limit), 1.0 - limit) if p == p else 0.5  # NaN says nothing
    return math.log(p / (1.0 - p))
