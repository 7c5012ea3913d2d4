"""Inbound DKIM, SPF and DMARC in the running gateway, against a real DNS server (dnsmasq) publishing
the senders' keys and policies: the Authentication-Results: header, and what a failure does."""

from __future__ import annotations

import asyncio

import dkim
import pytest

from app.mailauth import keys
from app.mailauth.results import remove_forged
from app.mailauth.signing import signature_header
from app.store import quarantine as quarantine_store
from app.store import relay as relay_store

from tests.conftest import run_dnsmasq, wait_for
from tests.support.processes import mailmoat
from tests.gateway.test_dkim import dnsmasq_txt
from tests.gateway.test_dnsbl import silent_udp

SENDER_KEY = keys.generate("sender.test", "s1", "rsa", 2048)
ED_KEY = keys.generate("ed.test", "e1", "ed25519")
SUB_KEY = keys.generate("mail.strict.test", "s1", "ed25519")
QUAR_KEY = keys.generate("quar.test", "q1", "ed25519")


@pytest.fixture(scope="module")
def dns_port(tmp_path_factory):
    with silent_udp() as silent:
        records = [
            "--local-ttl=60",
            "--host-record=probe.dmarc.test,127.0.0.1",
            *(dnsmasq_txt(keys.zone_record(key)) for key in (SENDER_KEY, ED_KEY, SUB_KEY, QUAR_KEY)),
            "--txt-record=_dmarc.sender.test,v=DMARC1; p=reject",
            "--txt-record=_dmarc.ed.test,v=DMARC1; p=reject",
            "--txt-record=_dmarc.strict.test,v=DMARC1; p=reject; adkim=s",
            "--txt-record=_dmarc.quar.test,v=DMARC1; p=quarantine",
            "--txt-record=spf.test,v=spf1 ip4:127.0.0.2 -all",
            "--txt-record=_dmarc.spf.test,v=DMARC1; p=reject; aspf=r",
            "--local=/com/",  # look-alikes of brands: no records, NXDOMAIN
            "--txt-record=_dmarc.halfdead.test,v=DMARC1; p=reject",
            f"--server=/_domainkey.halfdead.test/127.0.0.1#{silent}",
            f"--server=/slow.test/127.0.0.1#{silent}",
        ]
        with run_dnsmasq(records, "probe.dmarc.test", tmp_path_factory.mktemp("dns")) as port:
            yield port


@pytest.fixture
async def verifying(gateway, dns_port):
    await relay_store.add_local_domain(gateway.store, "corp.test")
    await gateway.configure(dns__nameservers=f"127.0.0.1:{dns_port}")
    return gateway


def mail(author: str, body: str = "Invoice attached.\r\n", extra: str = "") -> bytes:
    return (
        f"{extra}From: <{author}>\r\nTo: <bob@corp.example>\r\nSubject: invoice\r\n"
        f"Message-ID: <m1@x.test>\r\n\r\n{body}"
    ).encode()


def signed(key: keys.DkimKey, author: str, body: str = "Invoice attached.\r\n", extra: str = "") -> bytes:
    message = mail(author, body, extra)
    return signature_header(message, key) + message


def send(gateway, message: bytes, sender: str = "kim@other.test", source_ip: str = "127.0.0.1") -> tuple[int, str]:
    with gateway.smtp(source_ip) as client:
        client.mail(sender)
        client.rcpt("bob@corp.example")
        code, text = client.data(message)
        return code, text.decode()


async def delivered_header(gateway, sink, message: bytes, **kwargs) -> str:
    count = len(sink.messages)
    code, text = await asyncio.to_thread(send, gateway, message, **kwargs)
    assert code == 250, text
    await wait_for(lambda: len(sink.messages) > count)
    head = sink.messages[-1].content.split(b"\r\n\r\n", 1)[0].decode()
    fields = [
        f for f in head.replace("\r\n\t", " ").split("\r\n") if f.startswith("Authentication-Results: mx.corp.example;")
    ]
    assert len(fields) == 1, head  # one of ours, whatever the message arrived with
    return fields[0]


async def test_a_good_rsa_signature_passes_dkim_and_dmarc(verifying, sink):
    header = await delivered_header(verifying, sink, signed(SENDER_KEY, "kim@sender.test"))
    assert header.startswith("Authentication-Results: mx.corp.example;")
    assert "dkim=pass header.d=sender.test header.s=s1 header.a=rsa-sha256" in header
    assert "dmarc=pass (p=reject) header.from=sender.test" in header


async def test_ed25519_signed_by_dkimpy_passes(verifying, sink):
    message = mail("kim@ed.test")
    message = (
        dkim.sign(message, b"e1", b"ed.test", ED_KEY.private.encode(), signature_algorithm=b"ed25519-sha256") + message
    )
    header = await delivered_header(verifying, sink, message)
    assert "dkim=pass header.d=ed.test header.s=e1 header.a=ed25519-sha256" in header and "dmarc=pass" in header


async def test_a_tampered_body_fails_and_p_reject_is_honoured(verifying, sink):
    message = signed(SENDER_KEY, "kim@sender.test").replace(b"Invoice", b"Invoise")
    code, text = await asyncio.to_thread(send, verifying, message)
    assert code == 550 and "DMARC" in text and "sender.test" in text
    await verifying.configure(dmarc__action="tag")
    header = await delivered_header(verifying, sink, message)
    assert "dkim=fail" in header and "dmarc=fail (p=reject)" in header
    assert b"X-Mailmoat-Rules: dmarc-fail(+5)" in sink.messages[-1].content


async def test_relaxed_alignment_passes_a_subdomain_and_strict_does_not(verifying, sink):
    sub = keys.DkimKey("sender.test", "s1", "rsa", SENDER_KEY.private)
    header = await delivered_header(verifying, sink, signed(sub, "news@news.sender.test"))
    assert "dkim=pass" in header and "dmarc=pass (p=reject) header.from=news.sender.test" in header
    code, text = await asyncio.to_thread(send, verifying, signed(SUB_KEY, "ceo@strict.test"))
    assert code == 550, text  # d=mail.strict.test is no exact match for strict.test under adkim=s


async def test_p_quarantine_quarantines_and_the_action_caps_it(verifying, sink):
    message = mail("kim@quar.test")  # not signed: DMARC fails
    code, text = await asyncio.to_thread(send, verifying, message)
    assert code == 250
    held = await quarantine_store.list_quarantine(verifying.store)
    assert len(held) == 1 and "dmarc-fail(+5)" in held[0].rules and not sink.messages
    await verifying.configure(dmarc__action="off")
    header = await delivered_header(verifying, sink, message)
    assert "dmarc" not in header and "dkim=none" in header


async def test_spf_aligned_is_a_dmarc_pass_without_dkim(verifying, sink):
    header = await delivered_header(verifying, sink, mail("kim@spf.test"), sender="kim@spf.test", source_ip="127.0.0.2")
    assert "spf=pass smtp.mailfrom=kim@spf.test" in header and "dmarc=pass" in header
    code, _text = await asyncio.to_thread(
        send, verifying, mail("kim@spf.test"), sender="kim@spf.test", source_ip="127.0.0.3"
    )
    assert code == 550


async def test_a_spoof_of_our_own_domain_from_outside_is_quarantined(verifying, sink):
    code, _text = await asyncio.to_thread(send, verifying, mail("ceo@corp.test"))
    assert code == 250
    held = await quarantine_store.list_quarantine(verifying.store)
    assert len(held) == 1 and "from-own-domain-spoof" in held[0].rules and not sink.messages


async def test_our_authserv_id_is_removed_and_others_are_kept(verifying, sink):
    forged = (
        "Authentication-Results: mx.corp.example; dkim=pass header.d=bank.test\r\n"
        "Authentication-Results: relay.other.test;\r\n\tspf=pass\r\n"
    )
    header = await delivered_header(verifying, sink, signed(SENDER_KEY, "kim@sender.test", extra=forged))
    content = sink.messages[-1].content
    assert b"header.d=bank.test" not in content and b"relay.other.test;\r\n\tspf=pass" in content
    assert "dkim=pass header.d=sender.test" in header


def test_remove_forged_keeps_a_foreign_header_with_our_name_in_a_comment():
    message = (
        b"Authentication-Results: (mx.corp.example) other.test; spf=pass\r\n"
        b"Authentication-Results: MX.Corp.Example.\r\n (folded); dkim=pass\r\nSubject: x\r\n\r\n"
        b"Authentication-Results: mx.corp.example; in the body\r\n"
    )
    cleaned = remove_forged(message, "mx.corp.example")
    assert cleaned == (
        b"Authentication-Results: (mx.corp.example) other.test; spf=pass\r\nSubject: x\r\n\r\n"
        b"Authentication-Results: mx.corp.example; in the body\r\n"
    )


async def test_a_dead_nameserver_is_temperror_and_the_mail_still_flows(verifying, sink):
    await verifying.configure(dnsbl__budget="0.5s", spf__budget="0.5s")
    dead = keys.generate("slow.test", "s1", "ed25519")
    header = await delivered_header(verifying, sink, signed(dead, "kim@slow.test"), sender="kim@slow.test")
    assert "dkim=temperror (key-lookup-failed) header.d=slow.test" in header
    assert "spf=temperror" in header and "dmarc=temperror header.from=slow.test" in header
    assert b"X-Mailmoat-Rules" not in sink.messages[-1].content  # no signal fires for a lookup that failed


async def test_a_key_lookup_that_fails_is_never_a_dmarc_refusal(verifying, sink):
    await verifying.configure(dnsbl__budget="0.5s")
    key = keys.generate("halfdead.test", "s1", "ed25519")
    header = await delivered_header(verifying, sink, signed(key, "kim@halfdead.test"))
    assert "dkim=temperror" in header and "dmarc=temperror (p=reject) header.from=halfdead.test" in header


async def test_trusted_clients_are_not_verified(verifying, sink):
    await verifying.trust("127.0.0.0/8")
    count = len(sink.messages)
    code, _text = await asyncio.to_thread(send, verifying, mail("kim@quar.test"))
    assert code == 250
    await wait_for(lambda: len(sink.messages) > count)
    assert b"Authentication-Results" not in sink.messages[-1].content


async def test_key_and_policy_answers_come_from_the_shared_dns_cache(verifying, sink):
    await delivered_header(verifying, sink, signed(ED_KEY, "kim@ed.test"))
    checker = verifying.gateway.dnsbl
    asked = checker.txt_queries
    assert asked >= 2 and "TXT e1._domainkey.ed.test" in checker.cache and "TXT _dmarc.ed.test" in checker.cache
    header = await delivered_header(verifying, sink, signed(ED_KEY, "kim@ed.test"))
    assert "dkim=pass" in header and checker.txt_queries == asked


async def test_explain_shows_the_authentication_results(verifying, tmp_path):
    eml = tmp_path / "signed.eml"
    eml.write_bytes(signed(SENDER_KEY, "kim@sender.test"))
    result = await asyncio.to_thread(
        mailmoat,
        "explain",
        "--ip",
        "203.0.113.5",
        "--from",
        "kim@other.test",
        "--to",
        "bob@corp.example",
        "--message",
        str(eml),
        db=verifying.db,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "auth:dkim=pass(d=sender.test) spf=none dmarc=pass(p=reject)" in result.stdout
    eml.write_bytes(signed(SENDER_KEY, "kim@sender.test").replace(b"Invoice", b"Invoise"))
    result = await asyncio.to_thread(
        mailmoat,
        "explain",
        "--ip",
        "203.0.113.5",
        "--from",
        "kim@other.test",
        "--to",
        "bob@corp.example",
        "--message",
        str(eml),
        db=verifying.db,
    )
    assert result.returncode == 1 and "dmarc_reject" in result.stdout and "dkim=fail(d=sender.test)" in result.stdout


async def test_an_unauthenticated_brand_look_alike_is_scored(verifying, sink):
    # to tag, not hold: the content stage's own look-alike sender signal (sender-brand-lookalike, 6) would add to it
    await verifying.configure(content__signal_scores="from-brand-unauthenticated=5,sender-brand-lookalike=0")
    await delivered_header(verifying, sink, mail("security@kbstar-secure.com"))
    assert b"from-brand-unauthenticated(+5)" in sink.messages[-1].content
    header = await delivered_header(verifying, sink, signed(SENDER_KEY, "kim@sender.test"))
    assert "dmarc=pass" in header and b"X-Mailmoat-Rules" not in sink.messages[-1].content
