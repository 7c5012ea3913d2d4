"""The policy linter: a database built to contain each problem, and one built clean."""

from __future__ import annotations

import argparse
import json
import time

import pytest

from app.cli import lint as cli_lint
from app.install import initialise
from app.monitor.lint import DETAIL_LIMIT, LintFinding, counts, lint
from app.policy.content_rules import ContentRule
from app.store import content_rules as rules_store
from app.store import lists as lists_store
from app.store import relay as relay_store
from app.store.database import Store
from app.store.samples import sample_statement
from tests.conftest import db_execute

NOW = time.time()  # starter rules are seeded with the real clock; the linter gets this injected
DAY = 86400.0


@pytest.fixture
async def store(tmp_path):
    store = await Store.open(tmp_path / "gw.db")
    await initialise(store, hostname="mx.corp.example")
    await relay_store.add_local_domain(store, "corp.example")
    await relay_store.set_relay_route(store, "backup.example", "10.0.0.25:25")
    await relay_store.add_trusted_network(store, "192.168.1.0/24", "office")
    try:
        yield store
    finally:
        await store.close()


def entry(list_name: str, kind: str, value: str, scope: str = "", **extra) -> dict:
    return {"list": list_name, "kind": kind, "value": value, "scope": scope, "created": NOW - DAY, **extra}


async def add_samples(store: Store, rows: list[tuple[float, str, str, str]]) -> None:
    """rows: (age in days, subject, body, verdict)."""
    await store.commit_batched(
        [
            sample_statement(
                NOW - age * DAY,
                f"s{i}",
                "someone@partner.example",
                "bob@corp.example",
                subject,
                [("from", "someone@partner.example"), ("subject", subject)],
                body,
                [("application/pdf", "report.pdf")],
                0.0,
                verdict,
            )
            for i, (age, subject, body, verdict) in enumerate(rows)
        ]
    )


def ordinary_mail(n: int) -> list[tuple[float, str, str, str]]:
    return [
        (i % 6 + 0.5, f"Meeting notes {i}", f"Hello Bob,\nthe notes from meeting {i} are attached.\nRegards", "accept")
        for i in range(n)
    ]


def rule(
    name: str,
    field: str,
    pattern: str,
    *,
    regex: bool = False,
    action: str | None = None,
    mode: str = "enforce",
    score: float = 1.0,
) -> ContentRule:
    return ContentRule(None, name, field, pattern, regex, "custom", score, action, True, mode)


def found(findings: list[LintFinding], code: str) -> dict[str, LintFinding]:
    return {f.subject: f for f in findings if f.code == code}


async def test_each_problem_is_found(store):
    await lists_store.add_entries(
        store,
        [
            # shadowed: a whole-gateway allow of a domain and its subdomains covers a scoped block of one address
            entry("allow", "domain", "corp-partner.example", subdomains=True),
            entry("block", "email", "x@sub.corp-partner.example", "domain:corp.example"),
            # shadowed: an allowed network covers a blocked address; a user name covers an address
            entry("allow", "ip", "10.0.0.0/8"),
            entry("block", "ip", "10.1.2.3/32"),
            entry("allow", "user", "info"),
            entry("block", "email", "info@spam.example"),
            # shadowed: a domain's allow covers one of its recipients; an allow lasting longer than the block
            entry("allow", "domain", "partner-d.example", "domain:corp.example"),
            entry("block", "email", "boss@partner-d.example", "rcpt:bob@corp.example"),
            entry("allow", "ip", "198.51.100.0/24", expires=NOW + 10 * DAY),
            entry("block", "ip", "198.51.100.7/32", expires=NOW + 5 * DAY),
            # not shadowed: the allow covers the domain but not its subdomains / a narrower scope / for less time
            entry("allow", "domain", "partner-b.example"),
            entry("block", "domain", "partner-b.example", subdomains=True),
            entry("allow", "email", "boss@partner-c.example", "rcpt:bob@corp.example"),
            entry("block", "email", "boss@partner-c.example", "domain:corp.example"),
            entry("allow", "ip", "203.0.113.0/24", expires=NOW + DAY),
            entry("block", "ip", "203.0.113.9/32"),
            entry("block", "ip", "10.0.0.0/7"),
            # can never match: expired, scoped to a domain that is not ours, stored in a form never compared
            entry("block", "email", "old@spam.example", expires=NOW - 3 * DAY),
            entry("block", "domain", "spam.example", "domain:other.example"),
            entry("block", "email", "Bob@Spam.Example"),
            entry("block", "ip", "not-an-ip"),
            # fine: our own domain forged from outside; a hacked printer inside the trusted network; a relay domain
            entry("block", "email", "ceo@corp.example"),
            entry("block", "ip", "192.168.1.77/32"),
            entry("block", "domain", "spam2.example", "rcpt:bob@backup.example"),
            # unused for 40 days (the second one decided something 2 days ago)
            entry("block", "domain", "stale.example", created=NOW - 40 * DAY),
            entry("block", "domain", "busy.example", created=NOW - 40 * DAY),
        ],
    )
    await db_execute(
        store, "UPDATE list_entries SET hits = 7, last_hit = ? WHERE value = 'busy.example'", (NOW - 2 * DAY,)
    )
    # open relay
    await relay_store.add_sender_exception(store, "corp.example")
    await relay_store.add_trusted_network(store, "0.0.0.0/0")
    await relay_store.add_trusted_network(store, "10.0.0.0/8")
    await relay_store.set_relay_route(store, "corp.example", "10.0.0.9:25")
    # content rules
    for r in (
        rule("invoice-number", "body", r"invoice\s+#?\d+", regex=True, action="reject"),
        rule("quarterly", "subject", "quarterly", mode="monitor"),
        rule("rare-word", "body", "zanzibar"),
        rule("broken", "body", "(unclosed", regex=True),
        rule("old-silent", "subject", "never seen anywhere"),
        rule("old-busy", "subject", "seen lately"),
    ):
        await rules_store.save_rule(store, r)
    await db_execute(
        store, "UPDATE content_rules SET created = ? WHERE name IN ('old-silent', 'old-busy')", (NOW - 40 * DAY,)
    )
    await db_execute(store, "UPDATE content_rules SET last_hit = ? WHERE name = 'old-busy'", (NOW - 5 * DAY,))
    mail = ordinary_mail(40)
    mail += [(1, f"Invoice {n}", f"Please find invoice #{1000 + n} attached.", "accept") for n in range(5)]
    mail += [(2, f"Quarterly figures {n}", "The figures are attached.", "accept") for n in range(4)]
    mail += [(1, "Trip", "Greetings from Zanzibar", "accept")]
    # spam and old mail do not count as legitimate mail of the last 7 days
    mail += [(1, "Invoice", "Pay invoice 666 now", "reject")] * 20 + [(9, "Invoice", "invoice 7", "accept")] * 20
    await add_samples(store, mail)

    findings = await lint(store, NOW)

    shadows = found(findings, "allow-shadows-block")
    assert set(shadows) == {
        "block email x@sub.corp-partner.example for corp.example",
        "block ip 10.1.2.3/32",
        "block email info@spam.example",
        "block email boss@partner-d.example for bob@corp.example",
        "block ip 198.51.100.7/32",
    }
    assert (
        "allow domain .corp-partner.example"
        in shadows["block email x@sub.corp-partner.example for corp.example"].explanation
    )
    assert all(f.severity == "warning" for f in shadows.values())
    assert set(found(findings, "block-expired")) == {"block email old@spam.example"}
    assert found(findings, "block-expired")["block email old@spam.example"].severity == "info"
    assert set(found(findings, "block-scope-not-ours")) == {"block domain spam.example for other.example"}
    assert set(found(findings, "block-never-matches")) == {"block email Bob@Spam.Example", "block ip not-an-ip"}
    assert set(found(findings, "entry-no-hits")) == {"block domain stale.example"}

    assert found(findings, "sender-relay-exception")["corp.example"].severity == "critical"
    assert found(findings, "public-trusted-network")["0.0.0.0/0"].severity == "critical"
    assert set(found(findings, "wide-trusted-network")) == {"0.0.0.0/0", "10.0.0.0/8"}
    assert found(findings, "relay-route-for-local-domain")["corp.example"].severity == "warning"

    legit = found(findings, "rule-matches-legitimate-mail")
    assert set(legit) == {"invoice-number", "quarterly"}
    assert legit["invoice-number"].severity == "critical"  # enforced reject: real mail will bounce
    assert "matched 5 of the 50 messages" in legit["invoice-number"].explanation
    assert legit["quarterly"].severity == "warning"  # monitor mode
    assert found(findings, "rule-invalid")["broken"].severity == "warning"
    assert set(found(findings, "rule-no-hits")) == {"old-silent"}

    assert [f.severity for f in findings] == sorted(
        (f.severity for f in findings), key=("critical", "warning", "info").index
    )
    assert all(f.explanation and f.fix and f.ref for f in findings)
    assert counts(findings)["critical"] == 3

    args = argparse.Namespace(json=True)
    assert await cli_lint.cmd_lint(store, args) == 1


async def test_clean_database_has_nothing_beyond_info(store, capsys):
    await lists_store.add_entries(
        store,
        [
            entry("allow", "email", "friend@partner.example"),
            entry("block", "domain", "spam.example", subdomains=True),
            entry("block", "ip", "203.0.113.0/24", action="disconnect"),
            entry("block", "email", "ceo@corp.example"),
            entry("block", "ip", "192.168.1.77/32"),
            entry("block", "user", "lottery", "rcpt:bob@corp.example"),
            entry("allow", "domain", "partner.example", "domain:backup.example"),
        ],
    )
    await rules_store.save_rule(store, rule("invoice-scam", "body", r"wire\s+transfer\s+urgent", regex=True))
    await add_samples(store, ordinary_mail(60) + [(1, "Urgent", "wire transfer urgent", "quarantine")] * 5)

    findings = await lint(store, NOW)
    assert [f for f in findings if f.severity != "info"] == []

    capsys.readouterr()
    assert await cli_lint.cmd_lint(store, argparse.Namespace(json=False)) == 0
    assert "CRITICAL" not in capsys.readouterr().out
    # a month on, nothing has hit: the starter rules and the entries are reported, as info only
    later = await lint(store, NOW + 40 * DAY)
    assert later and {f.severity for f in later} == {"info"}
    assert {"rule-no-hits", "entry-no-hits", "block-expired"} >= {f.code for f in later}


async def test_many_alike_become_one_finding(store):
    await lists_store.add_entries(
        store,
        [entry("block", "domain", f"d{i}.example", created=NOW - 60 * DAY) for i in range(DETAIL_LIMIT + 5)]
        + [entry("block", "ip", f"10.9.0.{i}/32") for i in range(DETAIL_LIMIT + 1)]
        + [entry("allow", "ip", "10.9.0.0/16")],
    )
    findings = await lint(store, NOW)
    assert list(found(findings, "entry-no-hits")) == [f"{DETAIL_LIMIT + 5} block entries"]
    shadows = found(findings, "allow-shadows-block")
    assert (
        list(shadows) == ["allow ip 10.9.0.0/16"]
        and f"{DETAIL_LIMIT + 1} block entries" in shadows["allow ip 10.9.0.0/16"].explanation
    )


async def test_cli_parser_and_json(store, capsys):
    commands = argparse.ArgumentParser().add_subparsers(dest="command")
    cli_lint.add_parsers(commands)
    args = commands._name_parser_map["lint"].parse_args(["--json"])
    await relay_store.add_trusted_network(store, "172.16.0.0/12")
    capsys.readouterr()
    assert await cli_lint.COMMANDS["lint"](store, args) == 0  # wide but private: a warning, not critical
    shown = json.loads(capsys.readouterr().out)
    assert [(f["severity"], f["code"], f["subject"]) for f in shown] == [
        ("warning", "wide-trusted-network", "172.16.0.0/12")
    ]


async def test_short_keyword_rule_is_told_its_word_form(store):
    """A bare 성인 hits 성인식 and 완성 인원-like ham as a substring; the finding counts both forms."""
    await rules_store.save_rule(store, rule("adult-bare", "body", "성인"))
    await rules_store.save_rule(
        store, ContentRule(None, "adult-word", "body", "성인", False, "custom", 1.0, None, word=True)
    )
    ham = [
        (1, "행사 안내", "이번 주 성인식 행사가 있습니다.", "accept"),
        (2, "교육", "성인교육 과정 안내", "accept"),
        (2, "인원", "완성 인원 보고드립니다", "accept"),
        (3, "회의", "회의 자료입니다", "accept"),
        (1, "문의", "성인 인증 방법 문의", "accept"),
    ]
    await add_samples(store, ham)
    findings = found(await lint(store, NOW), "rule-short-keyword")
    assert set(findings) == {"adult-bare"}  # the word rule is fine; the starter 섹스 hits no ham
    finding = findings["adult-bare"]
    assert finding.severity == "info"
    assert "it hit 3 of the 5 messages" in finding.explanation and "as a whole word 1" in finding.explanation
    assert "--word" in finding.fix
