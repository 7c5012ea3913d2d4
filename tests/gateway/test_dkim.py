"""Outbound DKIM signing: keys made and checked by the real CLI against a real DNS server (dnsmasq),
and mail relayed through a real gateway verified by dkimpy's own verifier."""

from __future__ import annotations

import asyncio
import re
import sqlite3

import dkim
import dns.resolver
import pytest
from hypothesis import given, strategies as st

from app.mailauth import keys
from app.mailauth.signing import signature_header
from app.store import dkim_keys as keys_store
from app.store import relay as relay_store

from tests.conftest import run_dnsmasq, wait_for
from tests.support.processes import mailmoat
from tests.cli.test_cli import ok, usage_error
from tests.gateway.test_dnsbl import silent_udp

BODY = "안녕하세요. Quarterly figures attached.\r\n" * 200


def signed_mail(sender: str = "alice@corp.test", body: str = BODY) -> bytes:
    return (
        f"From: Alice <{sender}>\r\nTo: <bob@corp.example>\r\nSubject: figures\r\n"
        f"Message-ID: <q1@corp.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def published_strings(zone_line: str) -> tuple[str, list[str]]:
    """The owner name and character-strings of a zone-file TXT line, as an operator would paste them."""
    name = zone_line.split()[0].rstrip(".")
    return name, re.findall(r'"([^"]*)"', zone_line)


def dnsmasq_txt(zone_line: str) -> str:
    name, strings = published_strings(zone_line)
    return f"--txt-record={name}," + ",".join(strings)  # dnsmasq: one comma-separated string each


def verifier_dns(port: int):
    """dkimpy's dnsfunc, asking the test nameserver."""
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [dns.nameserver.Do53Nameserver("127.0.0.1", port)]

    def lookup(name: bytes, timeout: float = 5):
        try:
            answer = resolver.resolve(name.decode().rstrip("."), "TXT", lifetime=timeout)
        except dns.exception.DNSException:
            return None
        return b"".join(answer[0].strings)

    return lookup


@pytest.mark.parametrize("algorithm", ["rsa", "ed25519"])
def test_a_signature_verifies_with_dkimpy_and_a_tampered_body_fails(algorithm):
    key = keys.generate("corp.test", "s1", algorithm)
    record = key.txt_value.encode()
    mail = signed_mail()
    signed = signature_header(mail, key) + mail
    assert dkim.verify(signed, dnsfunc=lambda name, timeout=5: record)
    assert not dkim.verify(signed.replace(b"Quarterly", b"Quartely", 1), dnsfunc=lambda name, timeout=5: record)
    # a From: added on the way breaks it too (From: is signed once more than it occurs)
    assert not dkim.verify(b"From: mallory@evil.test\r\n" + signed, dnsfunc=lambda name, timeout=5: record)


def test_a_2048_bit_record_is_cut_into_strings_of_at_most_255():
    key = keys.generate("corp.test", "s1", "rsa", 2048)
    _name, strings = published_strings(keys.zone_record(key))
    assert len(strings) == 2 and all(len(s) <= 255 for s in strings) and "".join(strings) == key.txt_value


def test_the_private_key_is_not_in_the_repr():
    key = keys.generate("corp.test", "s1", "ed25519")
    assert key.private not in repr(key)


@given(st.text(max_size=200))
def test_tag_lists_parse_or_raise_value_error(text):
    try:
        tags = keys.parse_tags(text)
    except ValueError:
        return
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name) for name in tags)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "gateway.db"
    ok("init", "--hostname", "mx.corp.test", db=path)
    ok("domain", "add", "corp.test", db=path)
    return path


def test_keygen_output_pasted_into_a_zone_makes_check_pass(db, tmp_path):
    out = ok("dkim", "keygen", "corp.test", "--selector", "jan", db=db)
    line = next(line for line in out.splitlines() if "._domainkey." in line and " TXT " in line)
    assert line.startswith("jan._domainkey.corp.test. ")
    with run_dnsmasq(
        ["--host-record=probe.dkim.test,127.0.0.1", dnsmasq_txt(line)], "probe.dkim.test", tmp_path
    ) as port:
        ok("set", "dns.nameservers", f"127.0.0.1:{port}", db=db)
        assert "matches" in ok("dkim", "check", "corp.test", db=db)
        listed = ok("dkim", "list", db=db)
        assert "corp.test" in listed and "rsa 2048" in listed and "PRIVATE" not in listed
        # a rotation: the new key waits until its record is published
        out = ok("dkim", "rotate", "corp.test", "--selector", "feb", "--ed25519", db=db)
        assert "feb._domainkey.corp.test." in out
        refused = usage_error("dkim", "rotate", "corp.test", "--finish", db=db)
        assert "no TXT record at feb._domainkey.corp.test" in refused
        checked = mailmoat("dkim", "check", "corp.test", db=db)
        assert checked.returncode == 1 and "ok    jan._domainkey" in checked.stdout
        pending = next(line for line in out.splitlines() if "._domainkey." in line and " TXT " in line)
    with run_dnsmasq(
        ["--host-record=probe.dkim.test,127.0.0.1", dnsmasq_txt(line), dnsmasq_txt(pending)],
        "probe.dkim.test",
        tmp_path,
    ) as port:
        ok("set", "dns.nameservers", f"127.0.0.1:{port}", db=db)
        assert "signed with selector feb from now on" in ok("dkim", "rotate", "corp.test", "--finish", db=db)
        listed = ok("dkim", "list", db=db)
        assert "feb" in listed and "jan" not in listed and "ed25519" in listed
        assert ok("dkim", "check", "corp.test", db=db).startswith("ok    feb._domainkey.corp.test")


def test_check_says_what_is_wrong(db, tmp_path):
    ok("dkim", "keygen", "corp.test", "--selector", "s1", "--ed25519", db=db)
    other = keys.generate("corp.test", "s1", "ed25519")
    with run_dnsmasq(
        ["--host-record=probe.dkim.test,127.0.0.1", f"--txt-record=s1._domainkey.corp.test,{other.txt_value}"],
        "probe.dkim.test",
        tmp_path,
    ) as port:
        ok("set", "dns.nameservers", f"127.0.0.1:{port}", db=db)
        result = mailmoat("dkim", "check", "corp.test", db=db)
        assert result.returncode == 1 and "another public key" in result.stdout
    with silent_udp() as dead:
        ok("set", "dns.nameservers", f"127.0.0.1:{dead}", db=db)
        result = mailmoat("dkim", "check", "corp.test", db=db)
        assert result.returncode == 3 and "no answer" in result.stdout and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args, says",
    [
        (["dkim", "keygen"], "missing DOMAIN"),
        (["dkim", "keygen", "other.test"], "not a local domain"),
        (["dkim", "keygen", "corp.test", "--bits", "512"], "--bits must be one of"),
        (["dkim", "keygen", "corp.test", "--selector", "a b"], "not a selector"),
        (["dkim", "keygen", "bad..name"], "mailmoat dkim keygen:"),
        (["dkim", "check", "corp.test"], "has no key"),
        (["dkim", "rotate", "corp.test"], "has no key"),
        (["dkim", "remove", "corp.test"], "has no key"),
    ],
)
def test_bad_input_gets_a_clear_error(db, args, says):
    assert says in usage_error(*args, db=db)


def test_keygen_twice_is_refused_and_remove_works(db):
    ok("dkim", "keygen", "corp.test", db=db)
    assert "has a key already" in usage_error("dkim", "keygen", "corp.test", db=db)
    assert "1 key(s) of corp.test removed" in ok("dkim", "remove", "corp.test", db=db)
    assert "no DKIM keys" in ok("dkim", "list", db=db)


async def add_key(gateway, algorithm: str) -> keys.DkimKey:
    await relay_store.add_local_domain(gateway.store, "corp.test")
    key = keys.generate("corp.test", "gw", algorithm)
    await keys_store.add_key(gateway.store, key)
    await gateway.gateway.policy.reload()
    return key


@pytest.mark.parametrize("algorithm", ["rsa", "ed25519"])
async def test_mail_relayed_out_is_signed_and_verifies_through_real_dns(gateway, sink, tmp_path, algorithm):
    key = await add_key(gateway, algorithm)
    await gateway.trust("127.0.0.0/8")
    await asyncio.to_thread(gateway.send, "alice@corp.test", ["bob@corp.example"], signed_mail())
    await wait_for(lambda: sink.messages)
    delivered = sink.messages[0].content
    assert delivered.startswith(b"DKIM-Signature: ") and b" d=corp.test;" in delivered
    with run_dnsmasq(
        ["--host-record=probe.dkim.test,127.0.0.1", dnsmasq_txt(keys.zone_record(key))], "probe.dkim.test", tmp_path
    ) as port:
        assert dkim.verify(delivered, dnsfunc=verifier_dns(port))
        assert not dkim.verify(delivered.replace("안녕".encode(), "앙녕".encode(), 1), dnsfunc=verifier_dns(port))


async def test_a_subdomain_is_signed_with_its_parent_domains_key(gateway, sink):
    await add_key(gateway, "ed25519")
    await gateway.trust("127.0.0.0/8")
    author = "news@news.corp.test"
    await asyncio.to_thread(gateway.send, author, ["bob@corp.example"], signed_mail(author))
    await wait_for(lambda: sink.messages)
    assert b" d=corp.test;" in sink.messages[0].content.split(b"\r\n\r\n")[0]


async def test_only_mail_from_a_domain_with_a_key_and_from_the_office_is_signed(gateway, sink):
    await add_key(gateway, "ed25519")
    await gateway.configure(dkim__verify="no")  # else the spoof below is quarantined (tests/gateway/test_dmarc.py)
    send = gateway.send
    await asyncio.to_thread(send, "eve@elsewhere.example", ["bob@corp.test"], signed_mail("eve@corp.test"))  # outside
    await gateway.trust("127.0.0.0/8")
    await asyncio.to_thread(send, "carol@corp.example", ["bob@corp.example"], signed_mail("carol@corp.example"))
    await gateway.configure(dkim__sign="no")
    await asyncio.to_thread(send, "alice@corp.test", ["bob@corp.example"], signed_mail())  # signing off
    await wait_for(lambda: len(sink.messages) == 3)
    assert all(b"DKIM-Signature" not in m.content for m in sink.messages)


def test_private_keys_never_reach_the_journal(db):
    ok("dkim", "keygen", "corp.test", db=db)
    ok("dkim", "rotate", "corp.test", "--selector", "next", db=db)
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT private_key FROM dkim_keys").fetchall()
        journal = " ".join(str(row) for row in conn.execute("SELECT * FROM journal").fetchall())
    assert len(stored) == 2 and all("PRIVATE KEY" in key or len(key) == 44 for (key,) in stored)
    assert "PRIVATE KEY" not in journal and stored[0][0][40:80] not in journal
    assert "PRIVATE KEY" not in ok("journal", "list", db=db) + ok("dkim", "list", db=db)
