"""Recipient validation as the Relay screen shows it: each local domain's method and how the cache does."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..policy.settings import Settings
from ..store import settings as settings_store
from .backend_base import BackendBase

RECIPIENT_STATS_KEY = "internal.recipient_stats"  # written by the gateway (app/runtime.py)


@dataclass(frozen=True)
class DomainValidation:
    method: str  # none | callout | list | ldap
    asked: int
    from_cache: int
    unknown: int

    @property
    def cache_text(self) -> str:
        if self.method in ("none", "list") or not self.asked:
            return "-"
        return f"{100 * self.from_cache / self.asked:.0f}% of {self.asked}"


class RecipientsBackend(BackendBase):
    """Mixed into Backend."""

    async def recipient_validation(self, domains: list[str]) -> dict[str, DomainValidation]:
        settings = Settings.from_rows(await settings_store.all_settings(self.store))
        try:
            stats = json.loads(await settings_store.get_setting(self.store, RECIPIENT_STATS_KEY) or "{}")
        except ValueError:
            stats = {}
        shown = {}
        for domain in domains:
            asked, from_cache, unknown = (stats.get(domain) or [0, 0, 0])[:3]
            shown[domain] = DomainValidation(
                settings.for_domain("recipients.method", domain), asked, from_cache, unknown
            )
        return shown
