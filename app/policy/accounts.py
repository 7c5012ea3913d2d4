"""SMTP AUTH accounts as the gateway consults them: who may log in, from where, and send as whom."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .names import parse_ip

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Account:
    address: str
    password_hash: str
    enabled: bool
    expires: float | None
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
    aliases: frozenset[str]  # addresses, or "@domain" for every address at a domain

    def refusal(self, now: float, client_ip: str) -> str:
        """Why this account may not log in now from `client_ip`, or "" if it may."""
        if not self.enabled:
            return "account_disabled"
        if self.expires is not None and self.expires <= now:
            return "account_expired"
        if self.networks:
            address = parse_ip(client_ip)
            if address is None or not any(address.version == n.version and address in n for n in self.networks):
                return "account_network"
        return ""

    def owns(self, sender: str) -> bool:
        sender = sender.lower()
        return (
            sender == self.address
            or sender in self.aliases
            or ("@" in sender and "@" + sender.rpartition("@")[2] in self.aliases)
        )


@dataclass(frozen=True)
class Accounts:
    by_address: Mapping[str, Account] = field(default_factory=lambda: MappingProxyType({}))

    def find(self, login: str) -> Account | None:
        return self.by_address.get(login.strip().lower())

    def __len__(self) -> int:
        return len(self.by_address)


def compile_accounts(rows) -> Accounts:
    accounts = {}
    for row in rows:
        networks = []
        for cidr in filter(None, (c.strip() for c in row.networks.split(","))):
            try:
                networks.append(ipaddress.ip_network(cidr, strict=False))
            except ValueError:
                log.warning("account %s: ignoring unparsable network %r", row.address, cidr)
        accounts[row.address] = Account(
            row.address,
            row.password_hash,
            row.enabled,
            row.expires,
            tuple(networks),
            frozenset(a.lower() for a in row.aliases),
        )
    return Accounts(MappingProxyType(accounts))
