"""SPF at MAIL FROM, against a real DNS server (dnsmasq) publishing the policies on loopback."""

from __future__ import annotations

import asyncio
import time

import pytest

from app.policy.spf import SpfChecker, SpfVerdict

from tests.conftest import db_rows, message, run_dnsmasq, wait_for
from tests.gateway.test_dnsbl import silent_udp

RECORDS = [
    "--host-record=probe.spf.test,127.0.0.1",
    "--txt-record=strict.test,v=spf1 ip4:127.0.0.2 -all",
    "--txt-record=soft.test,v=spf1 ip4:127.0.0.2 ~all",
    "--txt-record=neutral.test,v=spf1 ?all",
    "--txt-record=helo.test,v=spf1 ip4:127.0.0.5 -all",
    "--txt-record=broken.test,v=spf1 ip4:not-an-ip -all",
    "--txt-record=loop.test,v=spf1 include:loop.test -all",
]


@pytest.fixture
def dns_port(tmp_path):
    with silent_udp() as silent:
        records = RECORDS + [f"--server=/slow.test/127.0.0.1#{silent}"]
        with run_dnsmasq(records, "probe.spf.test", tmp_path) as port:
            yield port


@pytest.mark.parametrize(
    ("ip", "sender", "expected"),
    [
        ("127.0.0.2", "a@strict.test", "pass"),
        ("127.0.0.3", "a@strict.test", "fail"),
        ("127.0.0.3", "a@soft.test", "softfail"),
        ("127.0.0.3", "a@neutral.test", "neutral"),
        ("127.0.0.3", "a@nothing.test", "none"),
        ("127.0.0.3", "a@broken.test", "permerror"),
        ("127.0.0.3", "a@loop.test", "permerror"),
    ],
)
async def test_checker_results(dns_port, ip, sender, expected):
    checker = SpfChecker([("127.0.0.1", dns_port)])
    try:
        verdict = await checker.check(ip, sender, "client.example", budget=3)
    finally:
        checker.close()
    assert verdict.result == expected, verdict


async def test_null_sender_is_checked_by_its_helo_name(dns_port):
    checker = SpfChecker([("127.0.0.1", dns_port)])
    try:
        good = await checker.check("127.0.0.5", "", "helo.test", budget=3)
        bad = await checker.check("127.0.0.6", "", "helo.test", budget=3)
    finally:
        checker.close()
    assert (good.result, good.identity) == ("pass", "helo.test")
    assert (bad.result, bad.identity) == ("fail", "helo.test")


async def test_an_unanswering_nameserver_costs_no_more_than_the_budget(dns_port):
    checker = SpfChecker([("127.0.0.1", dns_port)])
    started = time.monotonic()
    try:
        verdict = await checker.check("127.0.0.3", "a@x.slow.test", "client.example", budget=0.5)
    finally:
        checker.close()
    assert time.monotonic() - started < 1.5
    assert verdict.result == "temperror"


async def spf_gateway(gateway, dns_port, action: str):
    await gateway.configure(dns__nameservers=f"127.0.0.1:{dns_port}", spf__action=action, spf__budget="1s")


def mail_reply(gateway, source_ip: str, sender: str) -> tuple[int, str]:
    with gateway.smtp(source_ip) as client:
        code, text = client.mail(sender)
        return code, text.decode()


async def test_reject_refuses_a_fail_at_mail_from(gateway, dns_port):
    await spf_gateway(gateway, dns_port, "reject")
    code, text = await asyncio.to_thread(mail_reply, gateway, "127.0.0.3", "a@strict.test")
    assert code == 550 and text.startswith("5.7.23 Message rejected due to: SPF fail")
    assert (await asyncio.to_thread(mail_reply, gateway, "127.0.0.2", "a@strict.test"))[0] == 250
    assert (await asyncio.to_thread(mail_reply, gateway, "127.0.0.3", "a@soft.test"))[0] == 250


async def test_the_log_names_the_domain_and_result(gateway, dns_port):
    await spf_gateway(gateway, dns_port, "reject")
    await asyncio.to_thread(mail_reply, gateway, "127.0.0.3", "a@strict.test")
    rows = await wait_for(
        lambda: db_rows(gateway.store, "SELECT verdict, rule, reply FROM events WHERE check_name = 'spf'")
    )
    assert rows[0][0] == "reject" and rows[0][1] == "spf:strict.test=fail" and rows[0][2].startswith("550 5.7.23")


@pytest.mark.parametrize(
    ("action", "source_ip", "sender", "header"),
    [
        ("tag", "127.0.0.3", "a@strict.test", "Received-SPF: fail"),
        ("reject", "127.0.0.2", "a@strict.test", "Received-SPF: pass"),
        ("reject", "127.0.0.3", "a@soft.test", "Received-SPF: softfail"),
    ],
)
async def test_delivered_mail_carries_received_spf(gateway, sink, dns_port, action, source_ip, sender, header):
    await spf_gateway(gateway, dns_port, action)
    await asyncio.to_thread(gateway.send, sender, ["bob@corp.example"], message(sender=sender), source_ip)
    await wait_for(lambda: sink.messages)
    content = sink.messages[0].content.decode()
    assert header in content and f"client-ip={source_ip};" in content


async def test_off_and_trusted_networks_are_not_checked(gateway, sink, dns_port):
    await spf_gateway(gateway, dns_port, "off")
    await asyncio.to_thread(gateway.send, "a@strict.test", ["bob@corp.example"], message(), "127.0.0.3")
    await spf_gateway(gateway, dns_port, "reject")
    await gateway.trust("127.0.0.4/32")
    await asyncio.to_thread(gateway.send, "a@strict.test", ["bob@corp.example"], message(), "127.0.0.4")
    await wait_for(lambda: len(sink.messages) == 2)
    assert all(b"Received-SPF" not in m.content for m in sink.messages)


async def test_a_dead_nameserver_delays_mail_from_by_the_budget_at_most(gateway, dns_port):
    await spf_gateway(gateway, dns_port, "reject")
    started = time.monotonic()
    code, _ = await asyncio.to_thread(mail_reply, gateway, "127.0.0.3", "a@x.slow.test")
    assert code == 250 and time.monotonic() - started < 2.5


async def test_answers_are_kept_for_their_ttl(tmp_path):
    """A domain that sends often costs its SPF lookups once per TTL, not once per message: with the DNS server
    gone, the same sender checks as before, while a domain never asked is a temporary error."""
    with run_dnsmasq([*RECORDS, "--local-ttl=300"], "probe.spf.test", tmp_path) as port:
        checker = SpfChecker([("127.0.0.1", port)])
        try:
            first = await checker.check("127.0.0.3", "a@strict.test", "client.example", budget=3)
            absent = await checker.check("127.0.0.3", "a@nothing.test", "client.example", budget=3)
        except BaseException:
            checker.close()
            raise
    try:
        again = await checker.check("127.0.0.3", "b@strict.test", "client.example", budget=1)
        still_absent = await checker.check("127.0.0.3", "b@nothing.test", "client.example", budget=1)
        never_asked = await checker.check("127.0.0.3", "a@soft.test", "client.example", budget=1)
    finally:
        checker.close()
    assert (first.result, again.result) == ("fail", "fail")
    assert (absent.result, still_absent.result) == ("none", "none")
    assert never_asked.result == "temperror", never_asked


async def asked_before_the_dns_went(tmp_path, options: list[str], **kwargs) -> tuple[SpfChecker, SpfVerdict]:
    """A checker, and its verdict on a@strict.test from 127.0.0.3 while the DNS server ran; the server is gone."""
    with run_dnsmasq([*RECORDS, *options], "probe.spf.test", tmp_path) as port:
        checker = SpfChecker([("127.0.0.1", port)], **kwargs)
        try:
            return checker, await checker.check("127.0.0.3", "a@strict.test", "client.example", budget=3)
        except BaseException:
            checker.close()
            raise


async def test_a_verdict_is_kept_as_long_as_its_answers_and_no_longer(tmp_path):
    """The same client, sender and HELO again within the answers' TTL get the verdict without asking the DNS; a
    verdict from answers with a TTL of 0 is asked again; with the DNS gone, a new question is a temporary error."""
    now = [1000.0]
    checker, first = await asked_before_the_dns_went(tmp_path, ["--local-ttl=300"], clock=lambda: now[0])
    try:
        checker._resolver.cache.flush()  # noqa: SLF001 - not the answers: the verdict itself is kept
        now[0] += 299
        again = await checker.check("127.0.0.3", "a@strict.test", "Client.Example", budget=1)
        other_sender = await checker.check("127.0.0.3", "b@strict.test", "client.example", budget=1)
        now[0] += 2  # past the 300 s the answers held
        expired = await checker.check("127.0.0.3", "a@strict.test", "client.example", budget=1)
    finally:
        checker.close()
    assert (first.result, again.result, again.explanation) == ("fail", "fail", first.explanation)
    assert (other_sender.result, expired.result) == ("temperror", "temperror")


async def test_a_verdict_on_answers_that_hold_no_time_is_not_kept(tmp_path):
    checker, first = await asked_before_the_dns_went(tmp_path, [])  # dnsmasq's own records: TTL 0
    try:
        again = await checker.check("127.0.0.3", "a@strict.test", "client.example", budget=1)
    finally:
        checker.close()
    assert (first.result, again.result) == ("fail", "temperror")
