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
from ..policy.signals import message_signals
from ..store import bayes as bayes_store
from ..store.bayes import Learned
from ..store.database import Store


def tokens_of(raw: bytes) -> tuple[frozenset[str], str]:
    """(the tokens of `raw`, its subject)."""
    return decoded_tokens(decode_message(raw))


def decoded_tokens(message: DecodedMessage) -> tuple[frozenset[str], str]:
    """The tokens the content stage classifies `message` by: its text and the structural signals of the message
    itself (links, pictures, documents, hidden text: app.policy.signals, at their default scores), never the
    operator's rules nor what depends on the moment (DNS answers, authentication), so that learning and
    classifying see the same tokens."""
    return message_tokens(message, message_signals(message).found), message.subject


def digest(tokens: frozenset[str]) -> str:
    """What identifies a message to the filter: the same text learned twice is one training."""
    return hashlib.sha256("\n".join(sorted(tokens)).encode("utf-8", "surrogatepass")).hexdigest()[:32]


async def learn(store: Store, raw: bytes, label: str, source: str) -> Learned:
    """Learns `raw` as `label` (spam or ham). Raises ValueError for another label or a message with no text."""
    if label not in ("spam", "ham"):
        raise ValueError(f"learn spam or ham, not {label!r}")
    return await _learn(store, await asyncio.to_thread(tokens_of, raw), label, source)


async def learn_decoded(store: Store, message: DecodedMessage, label: str, source: str) -> Learned:
    """As learn(), for a message known only as decoded (a content sample of the Live screen)."""
    return await _learn(store, await asyncio.to_thread(decoded_tokens, message), label, source)


async def _learn(store: Store, found: tuple[frozenset[str], str], label: str, source: str) -> Learned:
    if label not in ("spam", "ham"):
        raise ValueError(f"learn spam or ham, not {label!r}")
    tokens, subject = found
    if len(tokens) < 3:
        raise ValueError("the message has next to nothing to learn from (fewer than 3 tokens)")
    return await bayes_store.add_training(store, label, tokens, source, subject, digest(tokens))


async def learn_released(store: Store, raw: bytes, message_id: str) -> str:
    """A message released from the quarantine was ham: learn it so. Returns a line saying what happened."""
    try:
        learned = await learn(store, raw, "ham", f"quarantine release {message_id}")
    except ValueError as exc:
        return f"not learned as ham: {exc}"
    return describe_learned(learned, "ham")


def describe_learned(learned: Learned, label: str) -> str:
    if learned.training is None:
        return f"already learned as {label}"
    return (
        f"learned as {label} (training {learned.training}"
        + (f"; it replaces {learned.replaced} earlier training(s) as the other label" if learned.replaced else "")
        + ")"
    )
