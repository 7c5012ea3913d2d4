"""DNS blocklists: DNSBL (client address) and RHSBL (sender domain) against a real DNS server on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time

import pytest

from app.net.dns import make_resolver
from app.pipeline.context import SessionContext
from app.pipeline import mail
from app.policy.dnsbl import DnsblChecker, DnsblZone, compile_zones, parse_codes, query_name
from app.policy.settings import Settings
from app.policy.snapshot import PolicySnapshot
from app.store import dnsbl as dnsbl_store
from app.store import lists as lists_store
from app.store import relay as relay_store
from app.store.events import recent_events

from tests.conftest import run_dnsmasq, wait_for
from tests.support.processes import mailmoat

ZEN = DnsblZone("zen.test", "ip", 1.0)
RECORDS = [
    "--local-ttl=60",
    "--host-record=2.0.0.127.zen.test,127.0.0.2",  # client 127.0.0.2 listed at zen.test
    "--host-record=4.0.0.127.zen.test,127.0.0.10",  # 127.0.0.4: a code zen.test's entry does not count
    "--host-record=2.0.0.127.half.test,127.0.0.2",
    "--host-record=5.0.0.127.half.test,127.0.0.2",  # 127.0.0.5: only at half.test, weight 0.5
    "--host-record=bad.example.dbl.test,127.0.1.2",  # sender domain bad.example listed at dbl.test
]


class FakeClock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@contextlib.contextmanager
def silent_udp():
    """A loopback "nameserver" that receives queries and never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    try:
        yield sock.getsockname()[1]
    finally:
        sock.close()


@pytest.fixture
def dnsmasq(tmp_path):
    with silent_udp() as silent:
        records = RECORDS + [f"--server=/slow.test/127.0.0.1#{silent}"]  # slow.test: forwarded into the void
        with run_dnsmasq(records, "2.0.0.127.zen.test", tmp_path) as port:
            yield port


# --- query names, codes, zones --------------------------------------------------------------------


def test_query_names():
    assert query_name("127.0.0.2", ZEN) == "2.0.0.127.zen.test"
    assert query_name("::ffff:192.0.2.1", ZEN) == "1.2.0.192.zen.test"
    assert query_name("2001:db8::1", ZEN) == (
        "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.test"
    )
    rhs = DnsblZone("dbl.test", "domain")
    assert query_name("Bad.Example", rhs) == "bad.example.dbl.test"
    assert query_name("not an ip", ZEN) is None
    assert query_name("a" * 64 + ".example", rhs) is None


def test_codes_and_zone_compilation():
    assert parse_codes(" 127.0.0.2,127.0.0.3 ,") == {"127.0.0.2", "127.0.0.3"}
    with pytest.raises(ValueError):
        parse_codes("127.0.0.2,nope")
    any_code = DnsblZone("zen.test")
    assert any_code.counts("127.0.0.2") and any_code.counts("127.1.2.3")
    assert not any_code.counts("10.0.0.1") and not any_code.counts("127.255.255.254")  # Spamhaus error code
    only = DnsblZone("zen.test", codes=frozenset({"127.0.0.2"}))
    assert only.counts("127.0.0.2") and not only.counts("127.0.0.3")
    rows = [
        dnsbl_store.ZoneRow("ZEN.test.", "ip", 2.0, "127.0.0.2", 0.0),
        dnsbl_store.ZoneRow("bad.test", "ip", 1.0, "garbage", 0.0),
        dnsbl_store.ZoneRow("odd.test", "cidr", 1.0, "", 0.0),
    ]
    assert compile_zones(rows) == (DnsblZone("zen.test", "ip", 2.0, frozenset({"127.0.0.2"})),)


# --- the checker against dnsmasq ------------------------------------------------------------------


async def test_weights_threshold_and_codes(dnsmasq):
    checker = DnsblChecker(make_resolver(f"127.0.0.1:{dnsmasq}"), FakeClock())
    zones = (
        DnsblZone("zen.test", "ip", 1.0, frozenset({"127.0.0.2", "127.0.0.3"})),
        DnsblZone("half.test", "ip", 0.5),
        DnsblZone("dbl.test", "domain", 1.0),
    )
    both = await checker.check_ip("127.0.0.2", zones)
    assert both.listed and both.score == 1.5 and both.zone == "zen.test"
    assert both.rule == "dnsbl:zen.test(+1.0),half.test(+0.5)"
    half = await checker.check_ip("127.0.0.5", zones)
    assert not half.listed and half.score == 0.5 and half.rule == "dnsbl:half.test(+0.5)"
    assert (await checker.check_ip("127.0.0.5", zones, threshold=0.5)).listed
    wrong_code = await checker.check_ip("127.0.0.4", zones)  # 127.0.0.10 is not one of zen.test's codes
    assert not wrong_code.listed and wrong_code.hits == ()
    clean = await checker.check_ip("127.0.0.9", zones)
    assert not clean.listed and clean.score == 0 and clean.unanswered == ()
    rhs = await checker.check_domain("bad.example", zones)
    assert rhs.listed and rhs.rule == "dnsbl:dbl.test(+1.0)"
    assert not (await checker.check_domain("good.example", zones)).listed
    assert (await checker.check_ip("127.0.0.2", ())).score == 0  # no zones: no query
    assert (await checker.check_domain("bad.example", zones[:2])).hits == ()  # ip zones never asked for domains


async def test_cache_honours_ttl_with_the_injected_clock(dnsmasq):
    clock = FakeClock()
    checker = DnsblChecker(make_resolver(f"127.0.0.1:{dnsmasq}"), clock)
    assert (await checker.check_ip("127.0.0.2", [ZEN])).listed
    assert (await checker.check_ip("127.0.0.9", [ZEN])).hits == ()  # NXDOMAIN
    assert checker.queries == 2
    clock.now += 59
    assert (await checker.check_ip("127.0.0.2", [ZEN])).listed
    assert not (await checker.check_ip("127.0.0.9", [ZEN])).listed
    assert checker.queries == 2  # both answered from the cache
    clock.now += 2  # past the 60 s TTL of the A record, not yet past the negative TTL
    assert (await checker.check_ip("127.0.0.2", [ZEN])).listed
    assert (await checker.check_ip("127.0.0.9", [ZEN])).hits == ()
    assert checker.queries == 3
    expires = checker.cache["9.0.0.127.zen.test"][0]
    clock.now = expires + 0.1  # NXDOMAIN expires after the SOA minimum (or 5 minutes)
    await checker.check_ip("127.0.0.9", [ZEN])
    assert checker.queries == 4
    checker.set_resolver(make_resolver(f"127.0.0.1:{dnsmasq}"))  # a new nameserver: nothing cached stays
    assert checker.cache == {}


async def test_budget_bounds_a_silent_nameserver_and_nothing_is_cached():
    with silent_udp() as port:
        checker = DnsblChecker(make_resolver(f"127.0.0.1:{port}"), FakeClock())
        zones = (ZEN, DnsblZone("other.test", "ip", 5.0))
        started = time.monotonic()
        verdict = await checker.check_ip("127.0.0.2", zones, budget=0.3)
        elapsed = time.monotonic() - started
    assert not verdict.listed and verdict.score == 0
    assert set(verdict.unanswered) == {"zen.test", "other.test"}
    assert elapsed < 1.3
    assert checker.cache == {}


async def test_one_slow_zone_does_not_hide_an_answering_one(dnsmasq):
    checker = DnsblChecker(make_resolver(f"127.0.0.1:{dnsmasq}"), FakeClock())
    started = time.monotonic()
    verdict = await checker.check_ip("127.0.0.2", (ZEN, DnsblZone("slow.test")), budget=0.5)
    assert time.monotonic() - started < 1.5
    assert verdict.listed and verdict.rule == "dnsbl:zen.test(+1.0)" and verdict.unanswered == ("slow.test",)


async def test_probe_context_without_a_checker_asks_no_dns():
    snapshot = PolicySnapshot(settings=Settings.from_rows({}), dnsbl_zones=(ZEN,))
    ctx = SessionContext("s", "127.0.0.2", "", snapshot)
    results = await mail.check(ctx, "<a@b.example>")
    assert [r.reason for r in results] == ["sender_ok"]


# --- sessions through a real gateway --------------------------------------------------------------


async def zones(gateway, port: int, *rows: tuple[str, str, float, str], **settings: str) -> None:
    for zone, kind, weight, codes in rows:
        await dnsbl_store.set_zone(gateway.store, zone, kind, weight, codes)
    await gateway.configure(dns__nameservers=f"127.0.0.1:{port}", **settings)


def mail_from(gateway, source_ip: str, sender: str) -> tuple[int, str, float]:
    with gateway.smtp(source_ip) as client:
        started = time.monotonic()
        code, text = client.mail(sender)
        return code, text.decode(), time.monotonic() - started


async def test_listed_client_is_refused_at_mail_with_postfix_wording(gateway, dnsmasq):
    await zones(gateway, dnsmasq, ("zen.test", "ip", 1.0, ""), ("dbl.test", "domain", 1.0, ""))
    code, text, _ = await asyncio.to_thread(mail_from, gateway, "127.0.0.2", "alice@other.example")
    assert (code, text) == (554, "5.7.1 Service unavailable; client [127.0.0.2] blocked using zen.test")
    code, text, _ = await asyncio.to_thread(mail_from, gateway, "127.0.0.3", "spam@bad.example")
    assert (code, text) == (554, "5.7.1 Sender address <spam@bad.example> rejected: domain listed at dbl.test")
    code, _, _ = await asyncio.to_thread(mail_from, gateway, "127.0.0.3", "alice@other.example")
    assert code == 250
    code, _, _ = await asyncio.to_thread(mail_from, gateway, "127.0.0.3", "")  # the null sender: no RHSBL
    assert code == 250

    async def refused():
        return [e for e in await recent_events(gateway.store) if e["check_name"] in ("dnsbl", "rhsbl")]

    events = await wait_for(refused)
    assert [(e["check_name"], e["verdict"], e["rule"]) for e in events] == [
        ("dnsbl", "reject", "dnsbl:zen.test(+1.0)"),
        ("rhsbl", "reject", "dnsbl:dbl.test(+1.0)"),
    ]


async def test_listed_client_passes_below_the_threshold_and_whole_messages_flow(gateway, dnsmasq, sink):
    await zones(gateway, dnsmasq, ("half.test", "ip", 0.5, ""))
    code, _, _ = await asyncio.to_thread(mail_from, gateway, "127.0.0.5", "alice@other.example")
    assert code == 250
    await gateway.configure(dnsbl__threshold="0.5")
    code, text, _ = await asyncio.to_thread(mail_from, gateway, "127.0.0.5", "alice@other.example")
    assert (code, text) == (554, "5.7.1 Service unavailable; client [127.0.0.5] blocked using half.test")
    refused = await asyncio.to_thread(
        lambda: gateway.send("alice@other.example", ["bob@corp.example"], b"Subject: x\r\n\r\nhi\r\n", "127.0.0.3")
    )
    assert refused == {}
    await wait_for(lambda: len(sink.messages) == 1)


async def test_trusted_and_allowlisted_clients_are_not_checked(gateway, dnsmasq):
    await zones(gateway, dnsmasq, ("zen.test", "ip", 1.0, ""), ("dbl.test", "domain", 1.0, ""))
    await gateway.trust("127.0.0.2/32")
    code, _, _ = await asyncio.to_thread(mail_from, gateway, "127.0.0.2", "alice@other.example")
    assert code == 250
    await relay_store.remove_trusted_network(gateway.store, "127.0.0.2/32")
    await lists_store.add_entries(gateway.store, [{"list": "allow", "kind": "domain", "value": "bad.example"}])
    await gateway.gateway.policy.reload()
    code, _, _ = await asyncio.to_thread(mail_from, gateway, "127.0.0.3", "news@bad.example")
    assert code == 250
    code, _, _ = await asyncio.to_thread(mail_from, gateway, "127.0.0.2", "alice@other.example")
    assert code == 554  # the allow entry is for the domain, not for this client


async def test_a_silent_zone_costs_a_session_no_more_than_the_budget(gateway, dnsmasq):
    await zones(gateway, dnsmasq, ("slow.test", "ip", 5.0, ""), dnsbl__budget="0.5")
    code, _, elapsed = await asyncio.to_thread(mail_from, gateway, "127.0.0.2", "alice@other.example")
    assert code == 250
    assert 0.4 < elapsed < 1.5  # waited for the budget, and no longer
    with silent_udp() as port:  # the whole nameserver silent
        await zones(gateway, port, ("zen.test", "ip", 1.0, ""))
        code, _, elapsed = await asyncio.to_thread(mail_from, gateway, "127.0.0.2", "alice@other.example")
    assert code == 250 and elapsed < 1.5


async def test_no_zones_no_dns(gateway):
    checker = gateway.gateway.dnsbl
    code, _, _ = await asyncio.to_thread(mail_from, gateway, "127.0.0.2", "alice@other.example")
    assert code == 250 and checker.queries == 0


# --- CLI ------------------------------------------------------------------------------------------


def test_cli_add_list_remove(tmp_path):
    db = tmp_path / "mm.db"
    assert mailmoat("init", db=db).returncode == 0
    added = mailmoat("dnsbl", "add", "zen.test", "--weight", "2", db=db)
    assert added.returncode == 0, added.stderr
    assert "zen.test" in added.stdout and "weight 2" in added.stdout
    rhs = mailmoat("dnsbl", "add", "dbl.test", "--kind", "domain", "--codes", "127.0.1.2,127.0.1.3", db=db)
    assert rhs.returncode == 0, rhs.stderr
    listing = mailmoat("dnsbl", "list", db=db).stdout.splitlines()
    assert listing[0].split()[:4] == ["domain", "dbl.test", "weight", "1"]
    assert "127.0.1.2,127.0.1.3" in listing[0]
    assert listing[1].split()[:4] == ["ip", "zen.test", "weight", "2"] and "any 127.0.0.0/8" in listing[1]
    removed = mailmoat("dnsbl", "remove", "zen.test", db=db)
    assert removed.returncode == 0 and "removed" in removed.stdout
    assert "zen.test" not in mailmoat("dnsbl", "list", db=db).stdout
    for bad in (
        ["add", "not a zone!"],
        ["add", "zen.test", "--weight", "x"],
        ["add", "zen.test", "--codes", "1.2"],
        ["remove", "zen.test"],
        ["add"],
    ):
        result = mailmoat("dnsbl", *bad, db=db)
        assert result.returncode == 2, (bad, result.stdout)
        assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("mailmoat"), result.stderr


def test_selfcheck_cli_says_whether_our_own_address_is_listed(tmp_path):
    from tests.conftest import run_dnsmasq
    from tests.support.processes import mailmoat

    db = tmp_path / "gw.db"
    assert mailmoat("init", "--hostname", "mx.corp.example", db=db).returncode == 0
    records = ["--host-record=7.113.0.203.own.test,127.0.0.2", "--host-record=probe.own.test,127.0.0.1"]
    with run_dnsmasq(records, "probe.own.test", tmp_path) as port:
        for command in (["set", "dns.nameservers", f"127.0.0.1:{port}"], ["dnsbl", "add", "own.test"]):
            assert mailmoat(*command, db=db).returncode == 0
        missing = mailmoat("dnsbl", "check", db=db)
        assert missing.returncode == 2 and "public_ip" in missing.stderr
        assert mailmoat("set", "public_ip", "203.0.113.7", db=db).returncode == 0
        listed = mailmoat("dnsbl", "check", db=db)
        assert listed.returncode == 1, listed.stderr
        assert "LISTED: our address 203.0.113.7 is listed at own.test" in listed.stdout
        clean = mailmoat("dnsbl", "check", "203.0.113.8", db=db)
        assert clean.returncode == 0 and "203.0.113.8 is not listed" in clean.stdout


async def test_a_listed_gateway_address_shows_in_the_dashboard_header(gateway, tmp_path):
    from app.monitor.selfcheck import SelfCheck
    from app.store import dnsbl as dnsbl_store
    from app.ui.backend import Backend
    from tests.conftest import run_dnsmasq

    records = ["--host-record=7.113.0.203.own.test,127.0.0.2", "--host-record=probe.own.test,127.0.0.1"]
    with run_dnsmasq(records, "probe.own.test", tmp_path) as port:
        await gateway.configure(public_ip="203.0.113.7")
        await dnsbl_store.set_zone(gateway.store, "own.test")
        await gateway.gateway.policy.reload()
        gateway.gateway.dnsbl.set_resolver(make_resolver(f"127.0.0.1:{port}", timeout=2))
        text = await SelfCheck(gateway.store, gateway.gateway.policy, gateway.gateway.dnsbl).once()
    assert text == "LISTED: our address 203.0.113.7 is listed at own.test"
    status = await Backend(gateway.store, gateway.gateway.policy, attached=False).header_status()
    assert not status.problem and any("LISTED: our address 203.0.113.7" in badge for badge in status.badges)
