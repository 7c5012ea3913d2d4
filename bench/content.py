"""Content filtering cost: parse, decode, normalise and match one 20 KB Korean multipart message.

    .venv/bin/python bench/content.py [--runs 2000]

The message (tests/support/corpus.py `korean_multipart_20k`) is multipart/mixed: a multipart/alternative of
text/plain and text/html in CP949 (labelled ks_c_5601-1987) base64, plus a small PDF attachment with an
encoded Korean file name. Prints the median cost of the full content evaluation with the starter rules
(`decode_message` + `CompiledContentRules.evaluate` + the structural signals of `message_signals`: links,
pictures, documents), split into decoding, matching and signals, the same for a
spam variant of the message (which hits rules, so every keyword is tried one by one), the statistical
filter's part (`bayes_hit`: tokens + classify, on the shipped starter model, or on a synthetic model of
20,000 tokens when this build has none) and the whole with it, and, measured in
the same run as the reference, a naive walk with `email.policy.default` (subject read, every leaf
decoded with `get_content()`; no matching at all), with the ratio. Target: under 1.5 ms.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.classify import starter
from app.classify.bayes import Model
from app.classify.signal import bayes_hit
from app.mail.decode import DecodedMessage, decode_message
from app.mail.tokens import message_tokens
from app.policy.content_rules import compile_rules
from app.policy.signals import message_signals
from app.policy.starter_rules import STARTER_RULES
from tests.support.corpus import korean_multipart_20k


def naive(raw: bytes) -> int:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    size = len(str(msg["subject"]))
    for part in msg.walk():
        if not part.is_multipart():
            content = part.get_content()
            size += len(content)
    return size


def model() -> tuple[Model, str]:
    shipped = starter.shipped()
    if shipped is not None:
        counts, nspam, nham = shipped
        return Model(counts, nspam, nham), f"the starter model, {len(counts):,} tokens"
    tokens = message_tokens(decode_message(korean_multipart_20k()))
    counts = {f"filler{i}": (i % 7, i % 5) for i in range(20000)}
    counts.update({t: (i % 3, 1 + i % 4) for i, t in enumerate(tokens)})
    return Model(counts, 1000, 1000), "a synthetic model of 20,000 tokens (no starter model in this build)"


def median_us(func, runs: int) -> float:
    for _ in range(min(50, runs)):
        func()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e6


def main(runs: int) -> None:
    rules = compile_rules(STARTER_RULES)
    ham = korean_multipart_20k()
    spam = ham.replace(b"Subject: ", b"Subject: (\xea\xb4\x91\xea\xb3\xa0) ", 1)  # "(광고) " raw UTF-8 8-bit
    decoded = decode_message(ham)
    spam_hits = rules.evaluate(decode_message(spam))
    assert not rules.evaluate(decoded), "the bench message is ham: it must hit no rule"

    assert not message_signals(decoded).hits, "the bench message is ham: it must fire no signal"

    def evaluate(raw: bytes) -> None:
        message = decode_message(raw)
        rules.evaluate(message)
        message_signals(message)

    full = median_us(lambda: evaluate(ham), runs)
    decode = median_us(lambda: decode_message(ham), runs)
    match = median_us(lambda: rules.evaluate(decoded), runs)
    signals = median_us(lambda: message_signals(decoded), runs)
    full_spam = median_us(lambda: evaluate(spam), runs)
    newsletter = DecodedMessage(
        text=decoded.text,
        html=[
            decoded.html[0]
            + "".join(
                f'<a href="https://click.esp.example/c/{i}?u=https%3A%2F%2Fshop.example%2F{i}">상품 {i} 보기</a>'
                for i in range(30)
            )
        ],
        attachments=decoded.attachments,
    )
    with_links = median_us(lambda: message_signals(newsletter), runs)
    reference = median_us(lambda: naive(ham), runs)
    bayes, described = model()

    def classify(message):
        return bayes_hit(bayes, message, spam_score=6, ham_score=3, min_learned=1)

    def with_filter(raw):
        message = decode_message(raw)
        rules.evaluate(message)
        message_signals(message)
        return classify(message)

    filter_only = median_us(lambda: classify(decoded), runs)
    full_filter = median_us(lambda: with_filter(ham), runs)
    full_filter_spam = median_us(lambda: with_filter(spam), runs)
    print(
        f"message: {len(ham):,} bytes, {len(decoded.text):,} characters of text, "
        f"{len(decoded.attachments)} attachment, {rules.rule_count} enabled rules ({len(STARTER_RULES)} in all)"
    )
    print(
        f"content: {full:7.0f} µs per message (decode {decode:.0f} µs + match {match:.0f} µs + signals "
        f"{signals:.0f} µs, {len(message_signals(decoded).links)} links; "
        f"median of {runs:,}; target 1500 µs)"
    )
    print(f"links:   {with_links:7.0f} µs for the signals of the same message with 30 tracked links in its HTML")
    print(f"spam:    {full_spam:7.0f} µs per message (same message with an ad tag: {len(spam_hits)} hit)")
    print(
        f"filter:  {filter_only:7.0f} µs per message (tokens + classify; {described}; "
        f"{len(message_tokens(decoded))} tokens; {classify(decoded).snippet[:60]})"
    )
    print(
        f"all:     {full_filter:7.0f} µs per message with the filter (spam variant {full_filter_spam:.0f} µs; "
        "target 1500 µs)"
    )
    print(f"naive:   {reference:7.0f} µs for email.policy.default parsing and get_content() of every part, no matching")
    print(f"ratio:   x{full / reference:.2f} of the naive walk")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    main(args.runs)
