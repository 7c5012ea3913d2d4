"""Spam traps: addresses no person uses (spamtrap.addresses). What they receive is accepted, learned as
spam and delivered to no one; the other recipients of the same message get it as the content checks
decide."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..policy.loader import PolicyHolder
from ..policy.settings import Settings
from ..store.database import Store, log_failure
from .learning import learn as learn_message

log = logging.getLogger(__name__)


def trapped(settings: Settings, recipients: Sequence) -> list:
    """The recipients (pipeline AcceptedRecipients) that are spam traps."""
    traps = settings.spamtrap_addresses
    if not traps:
        return []
    return [r for r in recipients if r.mailbox.address.lower() in traps]


async def learn(store: Store, policy: PolicyHolder, raw: bytes, recipients: Sequence) -> None:
    """Learns `raw` as spam and swaps in the new model. Never raises (it runs in the background)."""
    try:
        address = recipients[0].mailbox.address
        learned = await learn_message(store, raw, "spam", f"spamtrap {address}"[:200])
        if learned.training is not None:
            await policy.reload()
    except Exception:  # noqa: BLE001 - a trap must never break the session that fed it
        log_failure(log, "spam trap: learning failed")
