"""The audit's DMARC findings, through the real CLI against a real DNS server (dnsmasq), then a silent one."""

from __future__ import annotations

import json

import pytest

from app.policy.names import validate_domain

from tests.conftest import run_dnsmasq
from tests.support.processes import mailmoat
from tests.cli.test_cli import ok
from tests.gateway.test_dnsbl import silent_udp

KOREAN = validate_domain("한빛무역.kr")  # stored (and asked) as its A-label
DOMAINS = ("strict.co.kr", "nodmarc.co.kr", "lax.co.kr", KOREAN)
RECORDS = [
    "--host-record=probe.dmarc-audit.test,127.0.0.1",
    "--local=/kr/",  # unknown names under kr: NXDOMAIN
    "--txt-record=_dmarc.strict.co.kr,v=DMARC1; p=reject; rua=mailto:d@strict.co.kr",
    "--txt-record=_dmarc.lax.co.kr,v=DMARC1; p=none",
    f"--txt-record=_dmarc.{KOREAN},v=DMARC1; p=none; sp=reject",
]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "gateway.db"
    ok("init", "--hostname", "mx.strict.co.kr", db=path)
    for domain in DOMAINS:
        ok("domain", "add", domain, db=path)
    ok("relay", "allow-net", "192.168.1.0/24", db=path)  # the office sends mail out
    return path


def dmarc_findings(db, status: int = 0) -> list[dict]:
    result = mailmoat("audit", "--json", db=db)
    assert result.returncode == status and "Traceback" not in result.stderr, (result.stdout, result.stderr)
    findings = json.loads(result.stdout)
    return [f for f in findings if "dmarc" in f["code"]]


def test_a_missing_record_and_p_none_are_warned_about_and_p_reject_is_not(db, tmp_path):
    with run_dnsmasq(RECORDS, "probe.dmarc-audit.test", tmp_path) as port:
        ok("set", "dns.nameservers", f"127.0.0.1:{port}", db=db)
        found = {(f["severity"], f["code"], f["subject"]): f for f in dmarc_findings(db)}
        assert set(found) == {
            ("warning", "no-dmarc-record", "nodmarc.co.kr"),
            ("warning", "dmarc-policy-none", "lax.co.kr"),
            ("warning", "dmarc-policy-none", KOREAN),
        }
        assert all("Gmail and Naver may reject your mail" in f["explanation"] for f in found.values())
        assert "_dmarc.nodmarc.co.kr" in found[("warning", "no-dmarc-record", "nodmarc.co.kr")]["fix"]
        text = ok("audit", db=db)
        assert "WARNING  lax.co.kr: The DMARC record of lax.co.kr says p=none" in text


def test_a_silent_nameserver_is_one_could_not_check_not_a_warning_per_domain(db):
    with silent_udp() as dead:
        ok("set", "dns.nameservers", f"127.0.0.1:{dead}", db=db)
        findings = dmarc_findings(db)
    assert [(f["severity"], f["code"]) for f in findings] == [("info", "dmarc-unchecked")]
    assert "Could not check the DMARC record of" in findings[0]["explanation"]
    assert all(domain in findings[0]["explanation"] for domain in DOMAINS)


def test_placeholder_domains_and_an_office_that_sends_nothing_are_not_asked(tmp_path):
    path = tmp_path / "quiet.db"
    ok("init", "--hostname", "mx.corp.example", db=path)
    ok("domain", "add", "nodmarc.co.kr", db=path)
    with silent_udp() as dead:  # were anything asked, it would be "could not check"
        ok("set", "dns.nameservers", f"127.0.0.1:{dead}", db=path)
        assert dmarc_findings(path) == []  # no trusted network and no account: nothing leaves
        ok("domain", "remove", "nodmarc.co.kr", db=path)
        ok("domain", "add", "corp.example", db=path)
        ok("relay", "allow-net", "192.168.1.0/24", db=path)
        assert dmarc_findings(path, status=1) == []  # .example has its own (critical) finding
