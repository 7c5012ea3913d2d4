"""Does this recipient exist? Per local domain one method (callout, list, ldap), answers cached.

Callout and LDAP answers are cached, positive and negative each for their own time; the list is in
memory already. An error (upstream down, a 4xx, LDAP unreachable) is never cached and never turned
into a yes or a no: the caller tells the sender to try again later.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..policy.hostport import parse_hostport
from ..policy.settings import Settings
from ..policy.snapshot import PolicySnapshot
from .callout import Callout, Lookup

if TYPE_CHECKING:  # ldap3 loads only when LDAP is configured
    from .ldap_lookup import LdapRecipientLookup

MAX_CACHED = 200_000


@dataclass(frozen=True)
class Verdict:
    status: str  # found | unknown | error
    method: str
    detail: str
    cached: bool = False


@dataclass
class DomainStats:
    asked: int = 0
    from_cache: int = 0
    unknown: int = 0

    @property
    def hit_rate(self) -> float:
        return self.from_cache / self.asked if self.asked else 0.0


@dataclass
class RecipientVerifier:
    clock: Callable[[], float] = time.time
    cache: OrderedDict = field(default_factory=OrderedDict)  # (method, address) -> (Lookup, expires)
    stats: dict[str, DomainStats] = field(default_factory=dict)
    callout: Callout | None = None
    ldap: LdapRecipientLookup | None = None
    _callout_config: tuple = ()
    _ldap_config: object | None = None  # an LdapConfig, None (no LDAP), or why the settings are unusable

    def configure(self, settings: Settings) -> None:
        """Follows the settings: a new callout timeout or LDAP server gives new clients (and an empty cache)."""
        callout_config = (settings.hostname, settings.callout_timeout)
        if callout_config != self._callout_config:
            old, self.callout = self.callout, Callout(settings.hostname, settings.callout_timeout)
            self._callout_config = callout_config
            if old is not None:
                _later(old.close())
        try:
            ldap_config = _ldap_config(settings)
        except ValueError as exc:  # settings that make no LDAP connection together: every lookup says so
            ldap_config = f"LDAP settings unusable: {exc}"
        if ldap_config != self._ldap_config:
            old_ldap, self.ldap = self.ldap, None
            self._ldap_config = ldap_config
            if ldap_config is not None and not isinstance(ldap_config, str):
                from .ldap_lookup import LdapRecipientLookup

                self.ldap = LdapRecipientLookup(ldap_config)
            if old_ldap is not None:
                _later(old_ldap.close())
            self.cache = OrderedDict((k, v) for k, v in self.cache.items() if k[0] != "ldap")

    async def verify(
        self, policy: PolicySnapshot, address: str, domain: str, method: str, nexthop: str | None
    ) -> Verdict:
        stats = self.stats.setdefault(domain, DomainStats())
        stats.asked += 1
        address = address.lower()
        if method == "list":
            found = address in policy.recipients or f"@{domain}" in policy.recipients
            verdict = Verdict(
                "found" if found else "unknown",
                method,
                "in the recipient list" if found else "not in the recipient list",
            )
        else:
            key = (method, address)
            cached = self.cache.get(key)
            now = self.clock()
            if cached is not None and cached[1] > now:
                stats.from_cache += 1
                lookup = cached[0]
                verdict = Verdict(lookup.status, method, lookup.detail, cached=True)
            else:
                lookup = await self._ask(policy, address, method, nexthop)
                verdict = Verdict(lookup.status, method, lookup.detail)
                if lookup.status != "error":
                    settings = policy.settings
                    life = (
                        settings.recipients_cache_known
                        if lookup.status == "found"
                        else settings.recipients_cache_unknown
                    )
                    self.cache[key] = (lookup, now + life)
                    self.cache.move_to_end(key)
                    while len(self.cache) > MAX_CACHED:
                        self.cache.popitem(last=False)
        if verdict.status == "unknown":
            stats.unknown += 1
        return verdict

    async def _ask(self, policy: PolicySnapshot, address: str, method: str, nexthop: str | None) -> Lookup:
        if method == "callout":
            target = nexthop or policy.settings.upstream
            if not target or self.callout is None:
                return Lookup("error", "no upstream to ask (mailmoat set upstream HOST:PORT)")
            host, port = parse_hostport(target, 25)
            return await self.callout.verify(host, port, address)
        if method == "ldap":
            if self.ldap is None:
                if isinstance(self._ldap_config, str):
                    return Lookup("error", self._ldap_config)
                return Lookup("error", "no LDAP server configured (mailmoat set ldap.url ...)")
            result = await self.ldap.lookup(address)
            return Lookup(result.status, f"ldap: {result.detail}")
        return Lookup("error", f"unknown method {method!r}")

    async def close(self) -> None:
        if self.callout is not None:
            await self.callout.close()
        if self.ldap is not None:
            await self.ldap.close()


def _ldap_config(settings: Settings):
    if not settings.ldap_url:
        return None
    from .ldap_lookup import LdapConfig

    return LdapConfig(
        url=settings.ldap_url,
        bind_dn=settings.ldap_bind_dn,
        password=settings.ldap_password,
        base_dn=settings.ldap_base_dn,
        starttls=settings.ldap_starttls,
        verify_tls=settings.ldap_verify_tls,
        ca_file=settings.ldap_ca_file,
    )


def _later(coro) -> None:
    try:
        asyncio.get_running_loop().create_task(coro)
    except RuntimeError:
        coro.close()
