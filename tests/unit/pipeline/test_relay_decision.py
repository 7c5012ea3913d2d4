"""The relay decision as a table: who may send to whom, with no socket in sight (app.pipeline.relay)."""

from __future__ import annotations

import ipaddress
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.mail.addresses import parse_forward_path
from app.pipeline.relay import RelayRequest, relay_verdict
from app.pipeline.result import Action
from app.policy.settings import Settings
from app.policy.snapshot import PolicySnapshot

LOCAL = frozenset({"corp.example", "xn--vf4b131b.kr"})  # the second: 회사.kr
RELAY = MappingProxyType({"backup.example": "10.9.9.9:25"})
TRUSTED = (ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("fd00::/8"))
POLICY = PolicySnapshot(
    settings=Settings.from_rows({}),
    local_domains=LOCAL,
    relay_routes=RELAY,
    trusted_networks=TRUSTED,
    sender_exceptions=frozenset({"partner.example"}),
)
OUR_ADDRESS = "192.0.2.25"  # where the client connected


def decide(client_ip: str, recipient: str, auth_user: str | None = None, sender_domain: str | None = "x.example"):
    request = RelayRequest(
        client_ip=client_ip,
        recipient=parse_forward_path(f"<{recipient}>", smtputf8=True),
        auth_user=auth_user,
        sender_domain=sender_domain,
        local_ip=OUR_ADDRESS,
    )
    return relay_verdict(POLICY, request)


STRANGER = "203.0.113.7"


ACCEPT, REJECT = Action.ACCEPT, Action.REJECT
DENIED = (REJECT, "relay_denied", "", "default:deny")
TRUSTED_V4 = (ACCEPT, "relay_trusted", "outbound", "trusted_network:10.0.0.0/8")
ELSEWHERE = "ann@elsewhere.example"


# (client, recipient, account, sender domain) -> (action, reason, route, rule)
# fmt: off
@pytest.mark.parametrize(("client_ip", "recipient", "auth_user", "sender_domain", "expected"), [
    # our own domains: anyone may send to them
    (STRANGER, "bob@corp.example", None, "x.example", (ACCEPT, "local_domain", "upstream", "local_domain:corp.example")),
    (STRANGER, "bob@회사.kr", None, "x.example", (ACCEPT, "local_domain", "upstream", "local_domain:xn--vf4b131b.kr")),
    (STRANGER, "bob@[192.0.2.25]", None, "x.example", (ACCEPT, "local_domain", "upstream", "address_literal:ours")),
    (STRANGER, "bob@mail.corp.example", None, "x.example", DENIED),  # a subdomain of ours is not ours
    # the relay (backup MX) domains: anyone, to their next hop
    (STRANGER, "ann@backup.example", None, None,
     (ACCEPT, "relay_domain", "relay", "relay_domain:backup.example->10.9.9.9:25")),
    # elsewhere: only the trusted networks, an account, or a sender-domain exception
    (STRANGER, ELSEWHERE, None, "x.example", DENIED),
    ("10.1.2.3", ELSEWHERE, None, "x.example", TRUSTED_V4),
    ("::ffff:10.1.2.3", ELSEWHERE, None, None, TRUSTED_V4),  # an IPv4-mapped peer is judged as IPv4
    ("fd12::1", ELSEWHERE, None, None, (ACCEPT, "relay_trusted", "outbound", "trusted_network:fd00::/8")),
    ("11.1.2.3", ELSEWHERE, None, "x.example", DENIED),
    (STRANGER, ELSEWHERE, "kim@corp.example", None,
     (ACCEPT, "relay_authenticated", "outbound", "account:kim@corp.example")),
    (STRANGER, ELSEWHERE, "", "x.example", DENIED),  # an empty account name is no login
    (STRANGER, ELSEWHERE, None, "partner.example",
     (ACCEPT, "relay_sender_exception", "outbound", "sender_exception:partner.example")),
    (STRANGER, ELSEWHERE, None, None, DENIED),  # the null sender
    # an address literal that is not ours: refused unless the client may relay anyway
    (STRANGER, "ann@[198.51.100.1]", None, "x.example", (REJECT, "relay_literal_denied", "", "default:deny")),
    ("10.1.2.3", "ann@[198.51.100.1]", None, "x.example", TRUSTED_V4),
])
# fmt: on
def test_the_relay_table(client_ip, recipient, auth_user, sender_domain, expected):
    verdict = decide(client_ip, recipient, auth_user, sender_domain)
    assert (verdict.action, verdict.reason, verdict.route, verdict.rule) == expected
    assert verdict.stage == "rcpt" and verdict.check == "relay"


def test_a_sender_exception_is_a_weak_accept_and_the_rest_are_not():
    assert decide(STRANGER, ELSEWHERE, sender_domain="partner.example").weak
    assert not decide("10.1.2.3", ELSEWHERE).weak


_labels = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
_domains = st.lists(_labels, min_size=1, max_size=3).map(lambda labels: ".".join(labels) + ".example")
_outside_v4 = st.integers(0, 2**32 - 1).map(lambda n: str(ipaddress.IPv4Address(n)))
_outside_v6 = st.integers(0, 2**128 - 1).map(lambda n: str(ipaddress.IPv6Address(n)))
_literals = _outside_v4.map(lambda ip: f"[{ip}]")


@given(
    client_ip=st.one_of(_outside_v4, _outside_v6).filter(lambda ip: POLICY.trusted_network_for(ip) is None),
    domain=st.one_of(_domains, _literals).filter(
        lambda d: d not in LOCAL and d not in RELAY and d != f"[{OUR_ADDRESS}]"
    ),
    sender_domain=st.one_of(st.none(), _domains).filter(lambda d: d not in POLICY.sender_exceptions),
)
def test_an_unauthenticated_stranger_never_relays_to_a_domain_that_is_not_ours(client_ip, domain, sender_domain):
    verdict = decide(client_ip, f"someone@{domain}", None, sender_domain)
    assert verdict.action is Action.REJECT and verdict.reason in ("relay_denied", "relay_literal_denied")
