"""Learning a message: decode it, take its tokens as the gateway would, and record the training.

Used by `mailmoat learn`, the quarantine release (CLI and dashboard), the dashboard's spam/ham keys and
the spam traps. The tokens include the built-in signals the gateway's rules find (the ad tag, ...), so
that what is learned is what the gateway later classifies.
"""
from __future__ import annotations

import asyncio
import hashlib

from ..mail.decode import DecodedMessage, decode_message
from ..mail.tokens import message_tokens
from ..policy.content_rules import CompiledContentRules
from ..policy.loader import compile_rule_rows
from ..policy.settings import Settings
from ..store import bayes as bayes_store
from ..store.content_rules import load_rules
from ..store.settings import all_settings
from ..store.bayes import Learned
from ..store.database import Store
from .signal import structural_signals


def tokens_of(raw: bytes, rules: CompiledContentRules | None) -> tuple[frozenset[str], str]:
    """(the tokens of `raw`, its subject)."""
    return decoded_tokens(decode_message(raw), rules)


def decoded_tokens(message: DecodedMessage, rules: CompiledContentRules | None) -> tuple[frozenset[str], str]:
    hits = rules.evaluate(message) if rules is not None else []
    return message_tokens(message, structural_signals(hits)), message.subject


def digest(tokens: frozenset[str]) -> str:
    """What identifies a message to the filter: the same text learned twice is one training."""
    return hashlib.sha256("\n".join(sorted(tokens)).encode("utf-8", "surrogatepass")).hexdigest()[:32]


async def learn(store: Store, raw: bytes, label: str, source: str,
                rules: CompiledContentRules | None) -> Learned:
    """Learns `raw` as `label` (spam or ham). Raises ValueError for another label or a message with no text."""
    if label not in ("spam", "ham"):
        raise ValueError(f"learn spam or ham, not {label!r}")
    return await _learn(store, await asyncio.to_thread(tokens_of, raw, rules), label, source)


async def learn_decoded(store: Store, message: DecodedMessage, label: str, source: str,
                        rules: CompiledContentRules | None) -> Learned:
    """As learn(), for a message known only as decoded (a content sample of the Live screen)."""
    return await _learn(store, await asyncio.to_thread(decoded_tokens, message, rules), label, source)


async def _learn(store: Store, found: tuple[frozenset[str], str], label: str, source: str) -> Learned:
    if label not in ("spam", "ham"):
        raise ValueError(f"learn spam or ham, not {label!r}")
    tokens, subject = found
    if len(tokens) < 3:
        raise ValueError("the message has next to nothing to learn from (fewer than 3 tokens)")
    return await bayes_store.add_training(store, label, tokens, source, subject, digest(tokens))


async def rules_in_force(store: Store) -> CompiledContentRules:
    """The content rules as the gateway compiles them (their built-in signals become tokens)."""
    settings = Settings.from_rows(await all_settings(store))
    return compile_rule_rows(await load_rules(store), settings)


async def learn_released(store: Store, raw: bytes, message_id: str,
                         rules: CompiledContentRules | None = None) -> str:
    """A message released from the quarantine was ham: learn it so. Returns a line saying what happened."""
    try:
        learned = await learn(store, raw, "ham", f"quarantine release {message_id}",
                              rules if rules is not None else await rules_in_force(store))
    except ValueError as exc:
        return f"not learned as ham: {exc}"
    return describe_learned(learned, "ham")


def describe_learned(learned: Learned, label: str) -> str:
    if learned.training is None:
        return f"already learned as {label}"
    return (f"learned as {label} (training {learned.training}"
            + (f"; it replaces {learned.replaced} earlier training(s) as the other label" if learned.replaced else "")
            + ")")
