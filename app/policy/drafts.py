"""Draft policies: the current snapshot with one change applied in memory, for previews. Nothing is saved."""

from __future__ import annotations

import dataclasses
import ipaddress
from types import MappingProxyType

from .lists import CompiledEntry, CompiledList, EntryTable, Lists
from .names import normalise_domain
from .snapshot import PolicySnapshot

DRAFT_ID = -1  # the id a draft entry carries: no stored entry has it


class _OverlayList:
    """A compiled list with draft entries added and stored ones taken away, without recompiling a million."""

    def __init__(self, base: EntryTable, extra: CompiledList | None = None, removed: frozenset[int] = frozenset()):
        self.base, self.extra, self.removed = base, extra, removed
        self.size = base.size + (extra.size if extra else 0)

    def matches(self, ip, sender: str, domain: str, user: str) -> list[CompiledEntry]:
        found = [e for e in self.base.matches(ip, sender, domain, user) if e.id not in self.removed]
        if self.extra is not None:
            found += self.extra.matches(ip, sender, domain, user)
        return found


def with_list_entry(policy: PolicySnapshot, entry: dict) -> PolicySnapshot:
    """`entry` as app.policy.list_files.entry_from_row makes it (list, kind, value, subdomains, scope, ...)."""
    extra = CompiledList()
    extra.add(
        CompiledEntry(
            DRAFT_ID,
            entry["list"],
            entry["kind"],
            entry["value"],
            entry.get("scope", ""),
            entry.get("action", "reject"),
            entry.get("expires"),
            entry.get("mode") == "monitor",
        ),
        bool(entry.get("subdomains")),
    )
    extra.freeze()
    block, allow = policy.lists.block, policy.lists.allow
    lists = Lists(
        _OverlayList(block, extra) if entry["list"] == "block" else block,
        _OverlayList(allow, extra) if entry["list"] == "allow" else allow,
    )
    return dataclasses.replace(policy, lists=lists)


def without_list_entry(policy: PolicySnapshot, entry_id: int) -> PolicySnapshot:
    removed = frozenset({entry_id})
    return dataclasses.replace(
        policy,
        lists=Lists(
            _OverlayList(policy.lists.block, removed=removed), _OverlayList(policy.lists.allow, removed=removed)
        ),
    )


def with_relay_change(
    policy: PolicySnapshot, kind: str, value: str, *, remove: bool = False, nexthop: str = ""
) -> PolicySnapshot:
    """kind: network | local_domain | relay_domain | sender_exception (as the Relay screen names them)."""
    if kind == "network":
        network = ipaddress.ip_network(value, strict=False)
        networks = tuple(n for n in policy.trusted_networks if n != network) + (() if remove else (network,))
        return dataclasses.replace(policy, trusted_networks=networks)
    domain = normalise_domain(value)
    if kind == "local_domain":
        domains = policy.local_domains - {domain} if remove else policy.local_domains | {domain}
        return dataclasses.replace(policy, local_domains=frozenset(domains))
    if kind == "sender_exception":
        domains = policy.sender_exceptions - {domain} if remove else policy.sender_exceptions | {domain}
        return dataclasses.replace(policy, sender_exceptions=frozenset(domains))
    if kind == "relay_domain":
        routes = dict(policy.relay_routes)
        if remove:
            routes.pop(domain, None)
        else:
            routes[domain] = nexthop
        return dataclasses.replace(policy, relay_routes=MappingProxyType(routes))
    raise ValueError(f"unknown relay rule kind {kind!r}")
