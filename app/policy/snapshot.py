"""An immutable, compiled view of the policy rows: what one SMTP session judges by."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from ..mailauth.keys import DkimKey
from ..classify.bayes import Model
from .accounts import Accounts
from .content_rules import CompiledContentRules
from .dnsbl import DnsblZone
from .lists import Lists
from .names import IPNetwork, parse_ip
from .settings import Settings


@dataclass(frozen=True)
class PolicySnapshot:
    settings: Settings
    local_domains: frozenset[str] = frozenset()
    trusted_networks: tuple[IPNetwork, ...] = ()
    relay_routes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    sender_exceptions: frozenset[str] = frozenset()
    lists: Lists = field(default_factory=Lists.empty)
    dnsbl_zones: tuple[DnsblZone, ...] = ()
    content_rules: CompiledContentRules | None = None
    accounts: Accounts = field(default_factory=Accounts)
    recipients: frozenset[str] = frozenset()  # the recipient list: addresses and "@domain" catch-alls
    held_senders: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # sender -> reason
    sender_limits: Mapping[str, tuple[int | None, int | None, int | None]] = field(
        default_factory=lambda: MappingProxyType({})
    )  # "account:x" / "sender:x" -> (per minute, hour, day)
    dkim_keys: Mapping[str, DkimKey] = field(default_factory=lambda: MappingProxyType({}))  # domain -> active key
    bayes: Model = field(default_factory=Model)  # the statistical filter's token counts

    def is_local_domain(self, domain: str) -> bool:
        return domain in self.local_domains

    def relay_nexthop(self, domain: str) -> str | None:
        return self.relay_routes.get(domain)

    def trusted_network_for(self, ip: str) -> IPNetwork | None:
        address = parse_ip(ip)
        if address is None:
            return None
        for network in self.trusted_networks:
            if address.version == network.version and address in network:
                return network
        return None

    def sender_exception_for(self, domain: str) -> str | None:
        return domain if domain in self.sender_exceptions else None
