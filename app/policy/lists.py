"""Block and allow lists compiled for lookups in microseconds, whatever their size.

Networks sit in one hash table per prefix length (at most 33 or 129 probes, in practice a few);
addresses, user names and domains in hash tables, a domain with its subdomains found by
probing each parent name. Scopes: the whole gateway, one local domain, or one recipient.
"""

from __future__ import annotations

import asyncio
import ipaddress
import weakref

from dataclasses import dataclass, field
from typing import Protocol

from .names import IPAddress, parse_ip, validate_domain

KINDS = ("ip", "email", "domain", "user")


@dataclass(frozen=True, slots=True)
class CompiledEntry:
    id: int
    list: str
    kind: str
    value: str
    scope: str
    action: str
    expires: float | None
    monitor: bool = False  # logs what it would have done, never acts

    @property
    def rule(self) -> str:
        where = f" for {self.scope.split(':', 1)[1]}" if self.scope else ""
        rule = f"{self.list}list:{self.kind}:{self.value}{where}#{self.id}"
        return f"monitor:{rule}" if self.monitor else rule

    def live(self, now: float) -> bool:
        return self.expires is None or self.expires > now


@dataclass
class _NetworkTable:
    by_prefix: dict[int, dict[int, list[CompiledEntry]]] = field(default_factory=dict)
    prefixes: tuple[int, ...] = ()

    def add(self, network: ipaddress.IPv4Network | ipaddress.IPv6Network, entry: CompiledEntry) -> None:
        self.by_prefix.setdefault(network.prefixlen, {}).setdefault(int(network.network_address), []).append(entry)

    def freeze(self) -> None:
        self.prefixes = tuple(sorted(self.by_prefix, reverse=True))

    def find(self, address: int, bits: int) -> list[CompiledEntry]:
        found: list[CompiledEntry] = []
        for prefix in self.prefixes:
            mask = ((1 << prefix) - 1) << (bits - prefix) if prefix else 0
            entries = self.by_prefix[prefix].get(address & mask)
            if entries:
                found.extend(entries)
        return found


class CompiledList:
    """One list (block or allow) of all four kinds."""

    def __init__(self) -> None:
        self.v4 = _NetworkTable()
        self.v6 = _NetworkTable()
        self.names: dict[str, dict[str, list[CompiledEntry]]] = {"email": {}, "user": {}, "domain": {}}
        self.domain_trees: dict[str, list[CompiledEntry]] = {}  # entries that also match subdomains
        self.size = 0

    def add(self, entry: CompiledEntry, subdomains: bool) -> None:
        self.size += 1
        if entry.kind == "ip":
            network = ipaddress.ip_network(entry.value, strict=False)
            (self.v4 if network.version == 4 else self.v6).add(network, entry)
        elif entry.kind == "domain" and subdomains:
            self.domain_trees.setdefault(entry.value, []).append(entry)
        else:
            self.names[entry.kind].setdefault(entry.value, []).append(entry)

    def freeze(self) -> None:
        self.v4.freeze()
        self.v6.freeze()

    def matches(self, ip: IPAddress | None, sender: str, domain: str, user: str) -> list[CompiledEntry]:
        found: list[CompiledEntry] = []
        if ip is not None:
            table, bits = (self.v4, 32) if ip.version == 4 else (self.v6, 128)
            found += table.find(int(ip), bits)
        if sender:
            found += self.names["email"].get(sender, ())
        if user:
            found += self.names["user"].get(user, ())
        if domain:
            found += self.names["domain"].get(domain, ())
            if self.domain_trees:
                labels = domain.split(".")
                for i in range(len(labels) - 1):
                    found += self.domain_trees.get(".".join(labels[i:]), ())
        return found


class EntryTable(Protocol):
    """What the stages ask of a list: a CompiledList, or a draft's overlay of one (app.policy.drafts)."""

    size: int

    def matches(self, ip: IPAddress | None, sender: str, domain: str, user: str) -> list[CompiledEntry]: ...


@dataclass(frozen=True)
class Lists:
    block: EntryTable
    allow: EntryTable

    @classmethod
    def empty(cls) -> "Lists":
        return cls(CompiledList(), CompiledList())

    @classmethod
    def compile(cls, rows) -> "Lists":
        """rows: tuples in app.store.lists.ListEntry field order (id, list, kind, value, subdomains, scope,
        action, comment, created, expires, ...), as app.store.lists.load_entry_rows returns them."""
        lists = {"block": CompiledList(), "allow": CompiledList()}
        for row in rows:
            entry_id, list_name, kind, value, subdomains, scope, action, _comment, _created, expires = row[:10]
            monitor = len(row) > 12 and row[12] == "monitor"
            try:
                lists[list_name].add(
                    CompiledEntry(entry_id, list_name, kind, value, scope, action, expires, monitor), bool(subdomains)
                )
            except (ValueError, KeyError):
                continue  # an unparsable row from a hand-edited database: skip, never crash
        for compiled in lists.values():
            compiled.freeze()
        return cls(lists["block"], lists["allow"])


_compiled: "weakref.WeakKeyDictionary[object, tuple[int, Lists]]" = weakref.WeakKeyDictionary()


async def compiled_lists(store) -> Lists:
    """The store's entries compiled; recompiled (in a thread, off the loop) only after they changed."""
    from ..store.lists import lists_version, load_entry_rows

    version = await lists_version(store)
    cached = _compiled.get(store)
    if cached is not None and cached[0] == version:
        return cached[1]
    lists = await asyncio.to_thread(Lists.compile, await load_entry_rows(store))
    _compiled[store] = (version, lists)
    return lists


def applicable(entries: list[CompiledEntry], now: float, recipient: str | None) -> list[CompiledEntry]:
    """Live entries whose scope covers the recipient (None: only whole-gateway entries)."""
    if recipient is None:
        return [e for e in entries if not e.scope and e.live(now)]
    domain = recipient.rpartition("@")[2]
    scopes = ("", f"domain:{domain}", f"rcpt:{recipient}")
    return [e for e in entries if e.scope in scopes and e.live(now)]


def sender_keys(sender: str) -> tuple[str, str, str]:
    """(address, domain, user) as the lists store them: lower case, IDNA domain."""
    user, _, domain = sender.rpartition("@")
    return sender.lower(), domain.lower(), user.lower()


def normalise_value(kind: str, text: str) -> tuple[str, bool]:
    """An operator's value as stored: (value, subdomains). Raises ValueError with a readable message."""
    text = text.strip()
    if kind == "ip":
        try:
            return str(ipaddress.ip_network(text, strict=False)), False
        except ValueError:
            raise ValueError(f"not an IP address or network: {text!r}") from None
    if kind == "email":
        user, at, domain = text.rpartition("@")
        if not at or not user or not domain or any(c.isspace() for c in text):
            raise ValueError(f"not an email address: {text!r}")
        return f"{user.lower()}@{validate_domain(domain)}", False
    if kind == "domain":
        subdomains = text.startswith(".") or text.startswith("*.")
        return validate_domain(text.lstrip("*").lstrip(".")), subdomains
    if kind == "user":
        if not text or "@" in text or any(c.isspace() for c in text):
            raise ValueError(f"not a user name (the part left of @): {text!r}")
        return text.lower(), False
    raise ValueError(f"unknown kind {kind!r} (ip, email, domain or user)")


def normalise_scope(text: str | None) -> str:
    if not text:
        return ""
    text = text.strip()
    if "@" in text:
        value, _ = normalise_value("email", text)
        return f"rcpt:{value}"
    return f"domain:{validate_domain(text)}"


def guess_kind(text: str) -> str:
    """For plain lists: an address or network is ip, anything with @ is email, else a domain."""
    text = text.strip()
    if parse_ip(text.split("/")[0]) is not None:
        return "ip"
    return "email" if "@" in text else "domain"
