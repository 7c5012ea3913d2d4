"""DKIM keys as the Relay screen's DKIM pane shows them (mixed into ui.backend.Backend).

The same data as `mailmoat dkim list` (app.store.dkim_keys) and the same DNS comparison as `mailmoat dkim
check` (app.mailauth.dns_check). What leaves here carries no private key: only names, kinds, states, ages.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..mailauth.dns_check import KeyCheck, check_keys, txt_checker
from ..policy.settings import Settings
from ..store import dkim_keys as keys_store
from ..store import relay as relay_store
from ..store import settings as settings_store
from .backend_base import BackendBase

STATE_SHOWN = {"active": "active", "pending": "waiting"}  # pending: made by `dkim rotate`, not yet signing


def row_key(domain: str, selector: str) -> str:
    """A key's row in the pane ("" selector: a domain without a key), split by a tab: no valid name has one."""
    return f"{domain}\t{selector}"


@dataclass(frozen=True)
class DkimRow:
    domain: str
    selector: str  # "" for a local domain without a key
    kind: str  # "rsa 2048", "ed25519", ""
    state: str  # active | waiting | no key
    created: float | None

    @property
    def key(self) -> str:
        return row_key(self.domain, self.selector)


class DkimBackend(BackendBase):
    """Mixed into Backend (store, clock)."""

    async def dkim_rows(self) -> list[DkimRow]:
        """Every key, and every local domain that has none (its mail leaves unsigned)."""
        keys = await keys_store.list_keys(self.store)
        rows = [DkimRow(k.domain, k.selector, _kind(k), STATE_SHOWN.get(k.state, k.state), k.created) for k in keys]
        with_key = {k.domain for k in keys}
        local = (await relay_store.load_relay_rows(self.store)).local_domains
        rows += [DkimRow(domain, "", "", "no key", None) for domain in local if domain not in with_key]
        return sorted(rows, key=lambda r: (r.domain, r.state != "active", r.selector))

    async def check_dkim_dns(self) -> dict[str, KeyCheck]:
        """Each key's published record compared with the key (DkimRow.key -> result), all at once within
        the check budget; a bad dns.nameservers setting is "no answer" for each, with the reason."""
        keys = await keys_store.list_keys(self.store)
        settings = Settings.from_rows(await settings_store.all_settings(self.store))
        try:
            checker = txt_checker(settings.dns_nameservers)
        except ValueError as exc:
            return {row_key(k.domain, k.selector): KeyCheck("no answer", f"dns.nameservers: {exc}") for k in keys}
        checks = await check_keys(checker, keys)
        return {row_key(k.domain, k.selector): check for k, check in zip(keys, checks)}


def _kind(key) -> str:
    try:
        return key.kind
    except ValueError:  # a damaged stored key: say so rather than fail the pane
        return f"{key.algorithm} (unreadable)"
