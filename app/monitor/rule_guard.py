"""Turns off a content rule whose regex ran into its time limit, says why, and raises an alert.

The rule stays off across restarts (content_rules.enabled = 0, with the reason in disabled_reason, shown by
`mailmoat rule list` and the dashboard) until the operator fixes or re-enables it; enabling runs the
hostile-text probe first (app.policy.rule_regex.probe_regex)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from ..policy.content_rules import RuleTimeout
from ..policy.loader import PolicyHolder
from ..store import content_rules as rules_store
from ..store.database import Store
from .alert_desk import AlertDesk

log = logging.getLogger(__name__)
ALERT_KIND = "rule-timeout"


async def disable_timed_out_rules(
    store: Store,
    policy: PolicyHolder,
    alerts: AlertDesk | None,
    timeouts: Iterable[RuleTimeout],
    *,
    client_ip: str = "",
) -> int:
    """Disables each rule once (a second report of a rule already off does nothing); returns how many."""
    disabled = 0
    for timeout in timeouts:
        rule = timeout.rule
        if not await rules_store.disable_with_reason(store, rule.name, rule.pattern, timeout.reason):
            continue
        disabled += 1
        summary = f"content rule {rule.name} disabled: its regex {rule.pattern[:80]!r} {timeout.reason}" + (
            " (monitor mode)" if rule.mode == "monitor" else ""
        )
        log.warning("%s", summary)
        if alerts is not None:
            await alerts.raise_alert(
                ALERT_KIND,
                f"rule:{rule.name}",
                "warning",
                summary,
                {
                    "rule": rule.name,
                    "pattern": rule.pattern,
                    "field": timeout.field,
                    "mode": rule.mode,
                    "milliseconds": round(timeout.seconds * 1000),
                    "text_length": timeout.text_length,
                },
                client_ip=client_ip,
            )
    if disabled:
        await policy.reload()
    return disabled
