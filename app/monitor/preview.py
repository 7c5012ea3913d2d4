"""Previews of policy changes over the stored history: the transactions of the last hours judged again by
the server's own stages under the current policy and under a draft (app.pipeline.replay)."""

from __future__ import annotations

import time
from collections.abc import Callable

from ..pipeline.replay import Preview, preview, transactions_from_events
from ..policy.loader import load_snapshot
from ..policy.snapshot import PolicySnapshot
from ..store.database import Store
from ..store.events import queued_since, transaction_rows
from .promotion import correspondents


async def preview_change(
    store: Store, make_draft: Callable[[PolicySnapshot], PolicySnapshot], hours: float = 24.0
) -> Preview:
    current = await load_snapshot(store)
    draft = make_draft(current)
    transactions = transactions_from_events(await transaction_rows(store, time.time() - hours * 3600))
    return await preview(current, draft, transactions, await correspondents(store, set(current.local_domains)))


def summary(result: Preview, hours: float) -> str:
    text = (
        f"In the last {hours:g} hours ({result.units} recipients judged again): {len(result.to_refused)} would "
        f"now be refused, {len(result.to_accepted)} would now be accepted."
    )
    if result.correspondents_hit:
        text += (
            f" WARNING: {result.correspondents_hit} of the refused come from senders the office has written "
            "to; they are probably legitimate."
        )
    return text


async def preview_limits(store: Store, limits, sender: str | None = None, hours: float = 24.0) -> str:
    """How many of the last hours' outgoing messages the draft limits would have deferred, replayed in order
    through the gateway's own rate windows (per envelope sender, as for mail relayed from trusted networks)."""
    from ..guards.outbound import RateLimiter, sender_key

    policy = await load_snapshot(store)
    local = set(policy.local_domains)
    rows = await queued_since(store, time.time() - hours * 3600)
    clock = _ReplayClock()
    limiter = RateLimiter(clock, limits)
    sent = deferred = 0
    hit: dict[str, int] = {}
    for ts, address, recipients in rows:
        if not address or address.rpartition("@")[2].lower() not in local or (sender and address.lower() != sender):
            continue
        external = [r for r in recipients.split(",") if r and r.rpartition("@")[2].lower() not in local]
        if not external:
            continue
        clock.now = ts
        key = sender_key(address)
        sent += 1
        if not limiter.check(key, ts).ok:
            deferred += 1
            hit[address] = hit.get(address, 0) + 1
            continue
        limiter.record(key, [r.rpartition("@")[2] for r in external], ts)
    worst = ", ".join(f"{a} ({n})" for a, n in sorted(hit.items(), key=lambda kv: -kv[1])[:5])
    return (
        f"In the last {hours:g} hours, {deferred} of {sent} outgoing messages would have been deferred"
        + (f": {worst}" if worst else "")
        + "."
    )


class _ReplayClock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


async def preview_thresholds(store: Store, key: str, value: float, hours: float = 24.0) -> str:
    """How the last hours' messages would have fared under a new content.*_score threshold: each content
    sample's score (as the rules gave it then) against the draft thresholds. A rule's own action is not in
    the sample, so a message a rule acted on directly is judged by its score alone."""
    from dataclasses import replace

    from ..store.samples import samples_since

    current = (await load_snapshot(store)).settings
    base, _, domain = key.partition(".")[2].partition(".")
    if base not in ("tag_score", "quarantine_score", "reject_score"):
        raise ValueError(f"{key} is not a content threshold")
    if domain:
        overrides = {k: dict(v) for k, v in current.per_domain.items()}
        overrides.setdefault(f"content.{base}", {})[domain] = value
        draft = replace(current, per_domain=overrides)
    else:
        draft = (
            replace(current, tag_score=value)
            if base == "tag_score"
            else replace(current, quarantine_score=value)
            if base == "quarantine_score"
            else replace(current, reject_score=value)
        )
    changed: dict[tuple[str, str], int] = {}
    samples = await samples_since(store, time.time() - hours * 3600)
    for sample in samples:
        domains = {r.rpartition("@")[2].lower() for r in sample.recipients.split(",") if r} or {""}
        before, after = _action(current, sample.score, domains), _action(draft, sample.score, domains)
        if before != after:
            changed[(before, after)] = changed.get((before, after), 0) + 1
    if not changed:
        return f"In the last {hours:g} hours ({len(samples)} messages), nothing would have been handled differently."
    flips = ", ".join(f"{n} from {b} to {a}" for (b, a), n in sorted(changed.items(), key=lambda kv: -kv[1]))
    return f"In the last {hours:g} hours ({len(samples)} messages): {flips}."


def _action(settings, score: float, domains: set[str]) -> str:
    for action, key in (
        ("reject", "content.reject_score"),
        ("quarantine", "content.quarantine_score"),
        ("tag", "content.tag_score"),
    ):
        if score > 0 and score >= min(settings.for_domain(key, d) for d in domains):
            return action
    return "deliver"
