"""The starter's logistic model: training, scoring, the shipped file, and how its opinion joins the counts'."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from app.classify import starter
from app.classify.bayes import Model, trained
from app.classify.logistic import BAYES_LIMIT, LOGISTIC_LIMIT, LogisticModel, combined, even, train
from app.classify.signal import bayes_hit
from app.mail.decode import decode_message
from app.mail.tokens import message_tokens
from tests.support.corpus import text_message

FRAUD = frozenset({"w:폰이", "w:고장", "w:신분증", "w:사진", "from:gmail.com", "w:엄마"})
FAMILY = frozenset({"w:폰이", "w:고장", "w:저녁", "w:먹자", "from:gmail.com", "w:엄마"})
NOTICE = frozenset({"w:회의", "w:일정", "w:공유", "from:corp.example"})


def _messages() -> list[tuple[frozenset[str], bool]]:
    # the shared words (폰이 고장, 엄마, a free mailbox) say nothing alone; 신분증 사진 beside them is the fraud
    return [(FRAUD, True)] * 6 + [(FAMILY, False)] * 6 + [(NOTICE, False)] * 6


def test_it_learns_which_mix_of_shared_words_makes_the_fraud():
    model = train(_messages())
    assert model.probability(FRAUD) > 0.8
    assert model.probability(FAMILY) < 0.2
    assert model.probability(NOTICE) < 0.2
    assert model.weights["w:신분증"] > 0 > model.weights["w:저녁"]


def test_training_is_deterministic_and_leaves_out_tokens_of_one_message():
    messages = _messages() + [(frozenset({"w:한번만", "w:회의"}), False)]
    first, second = train(messages), train(messages)
    assert first == second
    assert "w:한번만" not in first.weights


def test_training_needs_both_kinds():
    with pytest.raises(ValueError):
        train([(FRAUD, True)])


@hsettings(max_examples=200, deadline=None)
@given(st.sets(st.text(max_size=12), max_size=40), st.floats(-50, 50), st.lists(st.floats(-200, 200), max_size=5))
def test_a_probability_is_a_probability_for_any_tokens_and_weights(tokens, bias, values):
    weights = {f"t{i}": v for i, v in enumerate(values)}
    model = LogisticModel(weights, bias)
    p = model.probability(tokens | set(weights))
    assert 0.0 <= p <= 1.0
    assert model.probability(()) == model.probability({"never seen"})


@given(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1))
def test_combined_lies_between_the_two_opinions_and_rises_with_each(a, b, c):
    p = combined(a, b)
    assert 0.0 < p < 1.0
    ends = (min(max(a, BAYES_LIMIT), 1 - BAYES_LIMIT), min(max(b, LOGISTIC_LIMIT), 1 - LOGISTIC_LIMIT))
    assert min(ends) - 1e-9 <= p <= max(ends) + 1e-9
    assert (combined(a, c) - p) * (c - b) >= -1e-12 and (combined(c, b) - p) * (c - a) >= -1e-12


def test_a_message_learned_on_site_outweighs_the_surest_starter_weight():
    # naive Bayes at its limit (a message learned as ham) against weights as sure of spam as they can be: no spam
    # band (they start at 0.4), and on the ham side, where both are heard equally, a ham credit (p <= 0.01)
    assert combined(0.0, 1.0) < 0.4 and combined(0.0, 0.9) < 0.15
    assert even(0.0, 1.0) <= 0.01
    assert combined(1.0, 0.0) > 0.6 and combined(1.0, 0.1) > 0.85  # learned as spam: a spam band, whatever the weights
    assert 0.0 < combined(float("nan"), 0.9) < 1.0  # a NaN says nothing, it never makes a verdict NaN
    assert 0.0 < even(0.9, float("nan")) < 1.0


def test_the_spam_side_hears_the_weights_over_counts_sure_of_ham():
    """Plain-language fraud: the counts sure of ham (business words), the weights leaning spam."""
    assert combined(1e-3, 0.95) > 0.6 and even(1e-3, 0.95) < 0.15
    assert combined(0.5, 0.5) == pytest.approx(0.5) and even(0.5, 0.5) == pytest.approx(0.5)


def test_weights_that_are_not_finite_numbers_are_refused():
    bad = gzip.compress(json.dumps({"format": 1, "bias": 0, "weights": {"w:a": float("nan")}}).encode())
    with pytest.raises(starter.StarterError):
        starter.parse_logistic(bad)


def test_a_damaged_starter_file_leaves_the_filter_on_its_counts(monkeypatch, caplog):
    good = starter.resources.files(starter.__package__).joinpath(starter.WEIGHTS_FILE).read_bytes()
    damaged = good[:200] + bytes(b ^ 0x5A for b in good[200:300]) + good[300:]  # the header intact, the stream not
    with pytest.raises(starter.StarterError):
        starter.parse_logistic(damaged)

    class Damaged:
        def joinpath(self, _name):
            return self

        def read_bytes(self):
            return damaged

    monkeypatch.setattr(starter.resources, "files", lambda _package: Damaged())
    starter.shipped_logistic.cache_clear()
    try:
        assert starter.shipped_logistic() is None
        assert "cannot be read" in caplog.text
    finally:
        starter.shipped_logistic.cache_clear()


def test_make_model_writes_the_weights_beside_the_counts_and_the_package_ships_both(tmp_path):
    shipped = starter.shipped_logistic()
    assert shipped is not None and len(shipped.weights) > 1000
    for label, count in (("spam", 3), ("ham", 3)):
        (tmp_path / "train" / label).mkdir(parents=True)
        for index in range(count):
            words = "바카라 카지노 첫충 지급" if label == "spam" else "회의 일정 공유드립니다 거래처"
            (tmp_path / "train" / label / f"m{index}.eml").write_bytes(text_message(f"{label} {index}", words))
    out = tmp_path / "model" / starter.STARTER_FILE
    out.parent.mkdir()
    assert starter.main([str(tmp_path / "train"), str(out)]) == 0
    counts, nspam, nham = starter.parse(out.read_bytes())
    assert (nspam, nham) == (3, 3) and counts
    weights = starter.parse_logistic((out.parent / starter.WEIGHTS_FILE).read_bytes())
    assert weights.weights and all(token in counts for token in weights.weights)
    with pytest.raises(starter.StarterError):
        starter.parse_logistic(out.read_bytes())  # the counts file is not a weights file
    with pytest.raises(starter.StarterError):
        starter.parse_logistic(b"not gzip")


def test_the_filters_hit_names_both_opinions(monkeypatch):
    raw = text_message("엄마 나야", "엄마 폰이 고장나서 그래 신분증 사진 찍어서 보내줘 급해 " * 3)
    message = decode_message(raw)
    tokens = message_tokens(message)
    model = Model()
    for index in range(12):
        model = trained(model, tokens | {f"w:spam{index}"}, "spam")
        model = trained(model, frozenset({f"w:ham{index}", "w:회의", "w:일정", "w:공유"}), "ham")
    sure = LogisticModel({token: 3.0 for token in tokens}, 0.0)
    monkeypatch.setattr("app.classify.signal.shipped_logistic", lambda: sure)
    hit = bayes_hit(model, message, spam_score=10, ham_score=3, min_learned=10)
    assert hit is not None and hit.score == 10
    assert "(counts 1.000, weights 1.000)" in hit.snippet
    monkeypatch.setattr("app.classify.signal.shipped_logistic", lambda: None)
    alone = bayes_hit(model, message, spam_score=10, ham_score=3, min_learned=10)
    assert alone is not None and "weights" not in alone.snippet
