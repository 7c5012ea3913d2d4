"""The relay decision: may this client, authenticated or not, send to this recipient? A pure function of the
request and the policy snapshot, tried in order: our domains (and an address literal naming our own address),
the relay (backup MX) domains, the trusted networks, an authenticated account, a weak sender-domain exception;
anything else is refused, so the gateway is never an open relay."""

from __future__ import annotations

from dataclasses import dataclass

from ..mail.addresses import Mailbox
from ..policy.names import parse_ip
from ..policy.snapshot import PolicySnapshot
from .result import Action, Result


@dataclass(frozen=True)
class RelayRequest:
    client_ip: str
    recipient: Mailbox
    auth_user: str | None = None  # the account the client logged in as; None: not authenticated
    sender_domain: str | None = None  # the envelope sender's domain (ASCII); None: the null sender
    local_ip: str = ""  # the address the client reached: an address literal recipient naming it is ours


def relay_verdict(policy: PolicySnapshot, request: RelayRequest) -> Result:
    """An ACCEPT with the route the recipient takes (upstream, relay, outbound) and the rule that allowed it,
    or a REJECT (relay_denied, relay_literal_denied) by default:deny."""
    rcpt = request.recipient
    address = rcpt.address
    if rcpt.literal is not None:
        if str(rcpt.literal) == str(parse_ip(request.local_ip)):
            return Result("rcpt", "relay", Action.ACCEPT, "local_domain", address, "address_literal:ours", "upstream")
    elif policy.is_local_domain(rcpt.ascii_domain):
        return Result(
            "rcpt", "relay", Action.ACCEPT, "local_domain", address, f"local_domain:{rcpt.ascii_domain}", "upstream"
        )
    elif (hop := policy.relay_nexthop(rcpt.ascii_domain)) is not None:
        return Result(
            "rcpt", "relay", Action.ACCEPT, "relay_domain", address, f"relay_domain:{rcpt.ascii_domain}->{hop}", "relay"
        )
    network = policy.trusted_network_for(request.client_ip)
    if network is not None:
        return Result(
            "rcpt", "relay", Action.ACCEPT, "relay_trusted", address, f"trusted_network:{network}", "outbound"
        )
    if request.auth_user:
        return Result(
            "rcpt", "relay", Action.ACCEPT, "relay_authenticated", address, f"account:{request.auth_user}", "outbound"
        )
    if request.sender_domain is not None and (domain := policy.sender_exception_for(request.sender_domain)):
        return Result(
            "rcpt",
            "relay",
            Action.ACCEPT,
            "relay_sender_exception",
            address,
            f"sender_exception:{domain}",
            "outbound",
            weak=True,
        )
    reason = "relay_literal_denied" if rcpt.literal is not None else "relay_denied"
    return Result("rcpt", "relay", Action.REJECT, reason, address, "default:deny")
