"""MX resolution against a real DNS server: dnsmasq serving a `.test` zone on loopback."""

from __future__ import annotations

import socket
import threading
import time

import dns.asyncresolver
import dns.exception
import dns.message
import dns.query
import dns.rcode
import dns.resolver
import pytest


from app.delivery.mx import (
    Destination,
    NoRoute,
    NullMX,
    TemporaryDNSError,
    resolve_mx,
)
from app.net.dns import make_resolver

from tests.conftest import run_dnsmasq

# Zone served by dnsmasq. Names outside .test are REFUSED (no upstream), and
# slow.test is forwarded to a loopback socket that never answers.
BIG_MX_COUNT = 40
ZONE = [
    # two MXs of different preference; mx1 has both address families
    "--mx-host=two.test,mx1.two.test,10",
    "--mx-host=two.test,mx2.two.test,20",
    "--host-record=mx1.two.test,127.0.0.11,fd00::11",
    "--host-record=mx2.two.test,127.0.0.12",
    # equal preference: either order, both before the backup
    "--mx-host=equal.test,a.equal.test,10",
    "--mx-host=equal.test,b.equal.test,10",
    "--mx-host=equal.test,c.equal.test,30",
    "--host-record=a.equal.test,127.0.0.21",
    "--host-record=b.equal.test,127.0.0.22",
    "--host-record=c.equal.test,127.0.0.23",
    # the preferred MX has no address and is skipped
    "--mx-host=partial.test,ghost.partial.test,10",
    "--mx-host=partial.test,real.partial.test,20",
    "--host-record=real.partial.test,127.0.0.31",
    # the only MX has no address
    "--mx-host=noaddr.test,ghost.noaddr.test,10",
    # IPv6-only MX host
    "--mx-host=v6.test,mx.v6.test,5",
    "--host-record=mx.v6.test,fd00::41",
    # MX target is a CNAME (RFC 5321 forbids it, but it happens and resolves)
    "--mx-host=alias.test,mail.alias.test,10",
    "--cname=mail.alias.test,box.alias.test",
    "--host-record=box.alias.test,127.0.0.51",
    # no MX: implicit MX on the domain's own addresses
    "--host-record=implicit.test,127.0.0.61,fd00::61",
    # the name exists but has neither MX nor address
    "--txt-record=bare.test,v=spf1 -all",
    # RFC 7505 null MX
    "--mx-host=nullmx.test,.,0",
    # a null MX next to a real one: the "." is ignored
    "--mx-host=halfnull.test,.,0",
    "--mx-host=halfnull.test,mx.halfnull.test,10",
    "--host-record=mx.halfnull.test,127.0.0.71",
    # MX host whose lookup times out (forwarded to the silent server)
    "--mx-host=stuck.test,mx.slow.test,10",
    # ... and the same with a working backup
    "--mx-host=stuckbackup.test,mx.slow.test,10",
    "--mx-host=stuckbackup.test,backup.stuckbackup.test,20",
    "--host-record=backup.stuckbackup.test,127.0.0.81",
    # too many MXs for a UDP answer: the resolver must retry over TCP
    *(f"--mx-host=big.test,relay-{i:02d}-with-a-fairly-long-label.big.test,{i}" for i in range(BIG_MX_COUNT)),
    "--host-record=relay-07-with-a-fairly-long-label.big.test,127.0.0.91",
]


@pytest.fixture(scope="module")
def silent_port():
    """A loopback UDP port with a bound socket that never replies.

    Bound (rather than closed) so the kernel sends no ICMP port unreachable and
    queries really time out.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@pytest.fixture(scope="module")
def servfail_port():
    """A minimal DNS responder on loopback UDP that answers SERVFAIL to everything."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                wire, peer = sock.recvfrom(4096)
            except TimeoutError:
                continue
            try:
                response = dns.message.make_response(dns.message.from_wire(wire))
            except dns.exception.DNSException:
                continue
            response.set_rcode(dns.rcode.SERVFAIL)
            sock.sendto(response.to_wire(), peer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield sock.getsockname()[1]
    stop.set()
    thread.join()
    sock.close()


@pytest.fixture(scope="module")
def dnsmasq_port(silent_port, tmp_path_factory):
    """dnsmasq on a free loopback port (UDP and TCP) serving ZONE."""
    with run_dnsmasq(
        [f"--server=/slow.test/127.0.0.1#{silent_port}", *ZONE], "mx1.two.test", tmp_path_factory.mktemp("dnsmasq")
    ) as port:
        yield port


@pytest.fixture
def resolver(dnsmasq_port) -> dns.asyncresolver.Resolver:
    return make_resolver(f"127.0.0.1:{dnsmasq_port}", timeout=0.5)


async def test_two_mx_in_preference_order_with_ipv4_first(resolver):
    assert await resolve_mx("two.test", resolver) == [
        Destination("mx1.two.test", ["127.0.0.11", "fd00::11"], 10),
        Destination("mx2.two.test", ["127.0.0.12"], 20),
    ]


async def test_domain_is_case_insensitive_and_may_end_with_a_dot(resolver):
    destinations = await resolve_mx("TWO.Test.", resolver)
    assert [d.addresses for d in destinations] == [["127.0.0.11", "fd00::11"], ["127.0.0.12"]]


async def test_equal_preference_hosts_come_before_the_backup(resolver):
    destinations = await resolve_mx("equal.test", resolver)
    assert {d.host for d in destinations[:2]} == {"a.equal.test", "b.equal.test"}
    assert destinations[2] == Destination("c.equal.test", ["127.0.0.23"], 30)


async def test_equal_preference_order_is_shuffled(resolver):
    firsts = {(await resolve_mx("equal.test", resolver))[0].host for _ in range(40)}
    assert firsts == {"a.equal.test", "b.equal.test"}


async def test_mx_host_without_address_is_skipped(resolver):
    assert await resolve_mx("partial.test", resolver) == [Destination("real.partial.test", ["127.0.0.31"], 20)]


async def test_no_mx_host_with_an_address_is_no_route(resolver):
    with pytest.raises(NoRoute):
        await resolve_mx("noaddr.test", resolver)


async def test_ipv6_only_mx_host(resolver):
    assert await resolve_mx("v6.test", resolver) == [Destination("mx.v6.test", ["fd00::41"], 5)]


async def test_mx_host_behind_a_cname(resolver):
    assert await resolve_mx("alias.test", resolver) == [Destination("mail.alias.test", ["127.0.0.51"], 10)]


async def test_no_mx_uses_the_domain_itself_as_implicit_mx(resolver):
    assert await resolve_mx("implicit.test", resolver) == [Destination("implicit.test", ["127.0.0.61", "fd00::61"], 0)]


async def test_no_mx_and_no_address_is_no_route(resolver):
    with pytest.raises(NoRoute):
        await resolve_mx("bare.test", resolver)


async def test_nxdomain_is_no_route(resolver):
    with pytest.raises(NoRoute):
        await resolve_mx("does-not-exist.test", resolver)


@pytest.mark.parametrize("domain", ["", ".", "a..b.test", "x" * 64 + ".test"])
async def test_invalid_domain_is_no_route(resolver, domain):
    with pytest.raises(NoRoute):
        await resolve_mx(domain, resolver)


async def test_null_mx(resolver):
    with pytest.raises(NullMX):
        await resolve_mx("nullmx.test", resolver)


async def test_null_mx_beside_a_real_mx_is_ignored(resolver):
    assert await resolve_mx("halfnull.test", resolver) == [Destination("mx.halfnull.test", ["127.0.0.71"], 10)]


async def test_large_mx_set_is_fetched_over_tcp(resolver):
    # The answer does not fit in UDP; this only passes if the TCP retry works.
    assert await resolve_mx("big.test", resolver) == [
        Destination("relay-07-with-a-fairly-long-label.big.test", ["127.0.0.91"], 7)
    ]


async def test_refused_is_temporary(resolver):
    # dnsmasq has no upstream for names outside .test and answers REFUSED.
    with pytest.raises(TemporaryDNSError):
        await resolve_mx("elsewhere.example", resolver)


async def test_servfail_is_temporary(servfail_port):
    resolver = make_resolver(f"127.0.0.1:{servfail_port}", timeout=0.5)
    with pytest.raises(TemporaryDNSError):
        await resolve_mx("two.test", resolver)


async def test_timeout_is_temporary(silent_port):
    resolver = make_resolver(f"127.0.0.1:{silent_port}", timeout=0.5)
    started = time.monotonic()
    with pytest.raises(TemporaryDNSError):
        await resolve_mx("two.test", resolver)
    assert time.monotonic() - started < 3


async def test_mx_host_lookup_timing_out_is_temporary_not_no_route(resolver):
    with pytest.raises(TemporaryDNSError):
        await resolve_mx("stuck.test", resolver)


async def test_mx_host_lookup_timing_out_falls_through_to_backup(resolver):
    assert await resolve_mx("stuckbackup.test", resolver) == [
        Destination("backup.stuckbackup.test", ["127.0.0.81"], 20)
    ]


@pytest.mark.parametrize(
    ("text", "servers"),
    [
        ("127.0.0.1", [("127.0.0.1", 53)]),
        ("127.0.0.1:5353", [("127.0.0.1", 5353)]),
        ("::1", [("::1", 53)]),
        ("[::1]", [("::1", 53)]),
        ("[::1]:5353", [("::1", 5353)]),
        ("127.0.0.1:5353, [::1]:5454,10.0.0.1", [("127.0.0.1", 5353), ("::1", 5454), ("10.0.0.1", 53)]),
    ],
)
def test_make_resolver_with_nameservers(text, servers):
    resolver = make_resolver(text, timeout=2.5)
    assert [(server.address, server.port) for server in resolver.nameservers] == servers
    assert resolver.lifetime == 2.5


@pytest.mark.parametrize(
    "text", ["dns.example", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:70000", "[::1", "[::1]x", "127.0.0.1,x"]
)
def test_make_resolver_rejects_bad_nameserver(text):
    with pytest.raises(ValueError):
        make_resolver(text)


async def test_each_nameserver_keeps_its_own_port(servfail_port, dnsmasq_port):
    """The first server fails every query; the second, on another port, answers."""
    resolver = make_resolver(f"127.0.0.1:{servfail_port},127.0.0.1:{dnsmasq_port}", timeout=3)
    destinations = await resolve_mx("two.test", resolver)
    assert [d.host for d in destinations] == ["mx1.two.test", "mx2.two.test"]


def test_make_resolver_falls_back_to_localhost_without_system_config(monkeypatch):
    def no_config(self, *args, **kwargs):
        raise dns.resolver.NoResolverConfiguration("no resolv.conf")

    monkeypatch.setattr(dns.asyncresolver.Resolver, "read_resolv_conf", no_config)
    resolver = make_resolver(None, timeout=1.0)
    assert list(resolver.nameservers) == ["127.0.0.1"]
    assert resolver.port == 53
    assert resolver.lifetime == 1.0


def test_make_resolver_uses_system_config():
    try:
        dns.resolver.Resolver()
    except dns.resolver.NoResolverConfiguration:
        pytest.skip("no usable /etc/resolv.conf")
    assert make_resolver(None, timeout=3.0).lifetime == 3.0
